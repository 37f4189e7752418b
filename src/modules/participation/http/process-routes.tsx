import type { Hono } from "hono";
import { pageQuery } from "../../../platform/api/pagination";
import type { AppEnv } from "../../../platform/http/env";
import { pageContext } from "../../../ui/page-context";
import { processFilterQuery } from "../domain/process-filter";
import { listProcessPage } from "../use-cases/list-processes";
import { mayManageProcesses } from "../use-cases/process-access";
import { showProcess } from "../use-cases/show-process";
import { ProcessListView } from "../views/list-page";
import { ProcessPage, processNotices } from "../views/process-page";
import { processFormRoutes } from "./process-form-routes";

/**
 * The list of processes, the office's form, and a process's page. The pages are made afresh for
 * each request: the follow button and the invitation are the viewer's own.
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
    const view = await showProcess(c.get("deps"), state.actor, c.req.param("slug"), state.locale);
    const notice = processNotices.find((n) => n === c.req.query("done"));
    return c.html(<ProcessPage page={pageContext(c)} view={view} notice={notice} />);
  });
}
