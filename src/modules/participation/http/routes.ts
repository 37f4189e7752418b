import type { Hono } from "hono";
import type { AppEnv } from "../../../platform/http/env";
import { processRoutes } from "./process-routes";
import { reportRoutes } from "./report-routes";
import { surveyRoutes } from "./survey-routes";
import { textRoutes } from "./text-routes";

/**
 * Every page of the participation module. The method pages (`/participation/{slug}/text`, `/survey`,
 * `/report`) come before the process page so its catch-all address cannot shadow them.
 */
export function participationRoutes(app: Hono<AppEnv>): void {
  textRoutes(app);
  surveyRoutes(app);
  reportRoutes(app);
  processRoutes(app);
}
