import type { Hono } from "hono";
import { pageQuery } from "../../../platform/api/pagination";
import { requestCounters } from "../../../platform/cache/change-counters";
import { publicPage } from "../../../platform/http/cache-policy";
import type { AppEnv } from "../../../platform/http/env";
import { cachedPage } from "../../../platform/http/page-cache";
import { pageContext } from "../../../ui/page-context";
import { showPortfolio } from "../use-cases/show-portfolio";
import { PortfolioPageView } from "../views/portfolio-page";

/**
 * The dashboard is made afresh at least this often: whether a measure is on track depends on the
 * period the city is in, not only on the stored data (as on a measure's monitoring page).
 */
const PORTFOLIO_MAX_AGE_MS = 10 * 60 * 1000;

/** Measures per page of the list (the charts and counts always cover all of them). */
const PORTFOLIO_PAGE_SIZE = 20;

/** The portfolio dashboard (public): how all the strategy's measures stand. */
export function portfolioRoutes(app: Hono<AppEnv>): void {
  app.get("/monitoring", async (c) => {
    const counters = await requestCounters(c);
    publicPage(c);
    return cachedPage(
      c,
      // Measures, their places and the values compass come from the strategy's catalogue.
      { scope: "monitoring", version: `${counters.monitoring}.${counters.catalogue}`, maxAgeMs: PORTFOLIO_MAX_AGE_MS },
      async () => {
        const page = pageContext(c);
        const list = pageQuery((name) => c.req.query(name), PORTFOLIO_PAGE_SIZE);
        const data = await showPortfolio(c.get("deps"), page.locale, list, counters);
        return c.html(<PortfolioPageView page={page} data={data} />);
      },
    );
  });
}
