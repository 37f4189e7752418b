import type { Hono } from "hono";
import type { AppEnv } from "../../../platform/http/env";
import { catalogueRoutes } from "./catalogue-routes";
import { demoSensorThingsRoutes } from "./demo-sensorthings-routes";
import { measureMonitoringRoutes } from "./measure-routes";
import { openDataRoutes } from "./open-data-routes";
import { portfolioRoutes } from "./portfolio-routes";
import { reviewRoutes } from "./review-routes";
import { uploadRoutes } from "./upload-routes";

/** Every page of the monitoring module. */
export function monitoringRoutes(app: Hono<AppEnv>): void {
  catalogueRoutes(app);
  measureMonitoringRoutes(app);
  uploadRoutes(app);
  openDataRoutes(app);
  portfolioRoutes(app);
  reviewRoutes(app);
  demoSensorThingsRoutes(app);
}
