import type { Hono } from "hono";
import type { AppEnv } from "../../../platform/http/env";
import { actionFieldRoutes } from "./action-field-routes";
import { catalogueRoutes } from "./catalogue-routes";
import { districtRoutes } from "./district-routes";
import { exportRoutes } from "./export-routes";
import { measureEditRoutes } from "./measure-edit-routes";
import { measureRoutes } from "./measure-routes";
import { organisationRoutes } from "./organisation-routes";

/**
 * The catalogue's pages, flow by flow. The order matters: fixed addresses under /measures/ (the
 * export, the new-measure form) come before a measure's own address.
 */
export function strategyRoutes(app: Hono<AppEnv>): void {
  catalogueRoutes(app);
  exportRoutes(app);
  measureEditRoutes(app);
  measureRoutes(app);
  actionFieldRoutes(app);
  organisationRoutes(app);
  districtRoutes(app);
}
