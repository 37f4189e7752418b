import type { Hono } from "hono";
import type { AppEnv } from "../../../platform/http/env";
import { pageContext } from "../../../ui/page-context";
import { HomePage } from "../views/home";

export function siteRoutes(app: Hono<AppEnv>): void {
  app.get("/", (c) => c.html(<HomePage page={pageContext(c)} />));
}
