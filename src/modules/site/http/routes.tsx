import type { Hono } from "hono";
import { requestCounters } from "../../../platform/cache/change-counters";
import { privacyEntries, type Reader } from "../../../platform/contributions/contributions";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { cachedPage } from "../../../platform/http/page-cache";
import { pageContext } from "../../../ui/page-context";
import { readOperatorDetails } from "../use-cases/read-operator-details";
import { readHappening, readHappeningVersion, readOfficeTasks, readOpenData } from "../use-cases/read-shared-pages";
import { AccessibilityPage } from "../views/accessibility";
import { EasyLanguagePage } from "../views/easy-language";
import { HomePage } from "../views/home";
import { ImprintPage } from "../views/imprint";
import { OfficePage } from "../views/office";
import { OpenDataPage } from "../views/open-data";
import { PrivacyPage } from "../views/privacy";

function reader(c: AppContext): Reader {
  const state = c.get("state");
  return { t: state.t, locale: state.locale, now: c.get("deps").clock() };
}

export function siteRoutes(app: Hono<AppEnv>): void {
  // The home page is kept until what it shows changes in a module, and made afresh every second at
  // least, since "voting open until …" follows the clock.
  app.get("/", async (c) => {
    const home = async () =>
      c.html(<HomePage page={pageContext(c)} happening={await readHappening(c.get("deps"), reader(c))} />);
    const version = readHappeningVersion(await requestCounters(c));
    return version === null ? home() : cachedPage(c, { scope: "site", version, maxAgeMs: 1_000 }, home);
  });
  app.get("/open-data", async (c) =>
    c.html(<OpenDataPage page={pageContext(c)} items={await readOpenData(c.get("deps"), reader(c))} />),
  );
  // The page's first address; links to it keep working.
  app.get("/offene-daten", (c) => c.redirect("/open-data", 301));
  app.get("/office", async (c) => {
    const tasks = await readOfficeTasks(c.get("deps"), c.get("state").actor, reader(c));
    return c.html(<OfficePage page={pageContext(c)} tasks={tasks} />);
  });
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
