import type { Hono } from "hono";
import { pageQuery } from "../../../platform/api/pagination";
import { requestCounters } from "../../../platform/cache/change-counters";
import type { AppEnv } from "../../../platform/http/env";
import { cachedPage } from "../../../platform/http/page-cache";
import { pageContext } from "../../../ui/page-context";
import { processFilterQuery } from "../domain/process-filter";
import { listProcessPage } from "../use-cases/list-processes";
import { mayManageProcesses } from "../use-cases/process-access";
import { showProcess } from "../use-cases/show-process";
import { ProcessListView } from "../views/list-page";
import { ownProcessParts, ProcessPage, processNotices } from "../views/process-page";
import { processFormRoutes } from "./process-form-routes";

/**
 * The list of processes, the office's form, and a process's page. The list is made afresh for each
 * request; the process page is kept for readers with the same rights, with the follow button their own.
 */
export function processRoutes(app: Hono<AppEnv>): void {
  app.get("/participation", async (c) => {
    const page = pageContext(c);
    const filter = processFilterQuery.parse(c.req.query());
    const pagination = pageQuery((name) => c.req.query(name));
    const list = await listProcessPage(c.get("deps"), filter, pagination, page.locale);
    const now = c.get("deps").clock();
    return c.html(
      <ProcessListView page={page} list={list} now={now} mayManage={mayManageProcesses(c.get("state").actor)} />,
    );
  });
  processFormRoutes(app);
  app.get("/participation/:slug", async (c) => {
    const state = c.get("state");
    const counters = await requestCounters(c);
    const view = await showProcess(c.get("deps"), state.actor, {
      slug: c.req.param("slug"),
      locale: state.locale,
      counters,
    });
    const notice = processNotices.find((n) => n === c.req.query("done"));
    // Kept per rights, language, address and whether the reader takes part, and per version of the
    // processes, events and catalogue; a minute at most, as phases begin by the clock. The follow
    // button is put in per answer.
    return cachedPage(
      c,
      {
        scope: `participation-process ${view.mayTakePart}`,
        version: `${counters.participation}.${counters.workshops}.${counters.catalogue}`,
        maxAgeMs: 60_000,
        ownParts: () => ownProcessParts(pageContext(c), view),
      },
      async () => c.html(<ProcessPage page={pageContext(c)} view={view} notice={notice} shared />),
    );
  });
}
