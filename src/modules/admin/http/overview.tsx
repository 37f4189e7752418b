import type { Hono } from "hono";
import type { AppEnv } from "../../../platform/http/env";
import { pageContext } from "../../../ui/page-context";
import { adminOverview } from "../use-cases/show-overview";
import { OverviewPage } from "../views/overview";

/** The administration's start page. */
export function overviewRoutes(app: Hono<AppEnv>): void {
  app.get("/admin", async (c) => {
    const overview = await adminOverview(c.get("deps"), c.get("state").actor);
    return c.html(<OverviewPage page={pageContext(c)} {...overview} />);
  });
}
