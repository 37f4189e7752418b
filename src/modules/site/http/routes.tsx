import type { Hono } from "hono";
import { privacyEntries } from "../../../platform/contributions/contributions";
import type { AppEnv } from "../../../platform/http/env";
import { pageContext } from "../../../ui/page-context";
import { readOperatorDetails } from "../use-cases/read-operator-details";
import { AccessibilityPage } from "../views/accessibility";
import { EasyLanguagePage } from "../views/easy-language";
import { HomePage } from "../views/home";
import { ImprintPage } from "../views/imprint";
import { PrivacyPage } from "../views/privacy";

export function siteRoutes(app: Hono<AppEnv>): void {
  app.get("/", (c) => c.html(<HomePage page={pageContext(c)} />));
  app.get("/barrierefreiheit", async (c) =>
    c.html(<AccessibilityPage page={pageContext(c)} operator={await readOperatorDetails(c.get("deps"))} />),
  );
  app.get("/impressum", async (c) =>
    c.html(<ImprintPage page={pageContext(c)} operator={await readOperatorDetails(c.get("deps"))} />),
  );
  app.get("/datenschutz", async (c) =>
    c.html(
      <PrivacyPage
        page={pageContext(c)}
        operator={await readOperatorDetails(c.get("deps"))}
        entries={privacyEntries().map((e) => e.entry)}
      />,
    ),
  );
  app.get("/leichte-sprache", async (c) =>
    c.html(<EasyLanguagePage page={pageContext(c)} operator={await readOperatorDetails(c.get("deps"))} />),
  );
}
