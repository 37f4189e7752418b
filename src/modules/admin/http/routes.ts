import type { Hono } from "hono";
import type { AppEnv } from "../../../platform/http/env";
import { auditRoutes } from "./audit";
import { overviewRoutes } from "./overview";
import { userRoutes } from "./users";

/** The administration area: overview, accounts and their roles, the audit log. */
export function adminRoutes(app: Hono<AppEnv>): void {
  overviewRoutes(app);
  userRoutes(app);
  auditRoutes(app);
}
