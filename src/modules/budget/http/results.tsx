import type { Hono } from "hono";
import { requestCounters } from "../../../platform/cache/change-counters";
import { csvText } from "../../../platform/csv/csv-writer";
import type { AppEnv } from "../../../platform/http/env";
import { cachedDownload, cachedPage } from "../../../platform/http/page-cache";
import { pageContext } from "../../../ui/page-context";
import { resultsCsvRows } from "../domain/results";
import { readResults, showResults } from "../use-cases/show-results";
import { noticeOf } from "../views/notices";
import { ResultsNotYetPage, ResultsPage } from "../views/results";

/** The published results, as a page and as CSV. */
export function budgetResultRoutes(app: Hono<AppEnv>): void {
  // Results are published once voting has ended, when no ballot can change any more: kept until a
  // budget, heading or project changes, and made afresh every second at least (the phase follows the clock).
  app.get("/budgets/:slug/results", async (c) =>
    cachedPage(c, { scope: "budget", version: (await requestCounters(c)).budget, maxAgeMs: 1_000 }, async () => {
      const shown = await showResults(c.get("deps"), c.get("state").actor, c.req.param("slug"));
      if (!shown.published) return c.html(<ResultsNotYetPage page={pageContext(c)} {...shown} />);
      return c.html(<ResultsPage page={pageContext(c)} {...shown} notice={noticeOf(c.req.query("done"))} />);
    }),
  );

  app.get("/budgets/:slug/results.csv", async (c) =>
    cachedDownload(c, { scope: "budget", version: (await requestCounters(c)).budget, maxAgeMs: 1_000 }, async () => {
      const { budget, results } = await readResults(c.get("deps"), c.req.param("slug"));
      return c.body(csvText(resultsCsvRows(results)), 200, {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${budget.slug}-results.csv"`,
      });
    }),
  );
}
