import type { Hono } from "hono";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { pageContext } from "../../../ui/page-context";
import { loadOperatorDetails } from "../data/operator";
import { AccessibilityPage } from "../views/accessibility";
import { EasyLanguagePage } from "../views/easy-language";
import { HomePage } from "../views/home";
import { ImprintPage } from "../views/imprint";
import { PrivacyPage } from "../views/privacy";

const operatorDetails = (c: AppContext) => loadOperatorDetails(c.get("deps").config.OPERATOR_FILE);

export function siteRoutes(app: Hono<AppEnv>): void {
  app.get("/", (c) => c.html(<HomePage page={pageContext(c)} />));
  app.get("/barrierefreiheit", async (c) =>
    c.html(<AccessibilityPage page={pageContext(c)} operator={await operatorDetails(c)} />),
  );
  app.get("/impressum", async (c) => c.html(<ImprintPage page={pageContext(c)} operator={await operatorDetails(c)} />));
  app.get("/datenschutz", async (c) =>
    c.html(<PrivacyPage page={pageContext(c)} operator={await operatorDetails(c)} />),
  );
  app.get("/leichte-sprache", async (c) =>
    c.html(<EasyLanguagePage page={pageContext(c)} operator={await operatorDetails(c)} />),
  );
}
