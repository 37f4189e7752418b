import type { Hono } from "hono";
import type { AppEnv } from "../../../platform/http/env";
import { surveyAnswerRoutes } from "./survey-answer-routes";
import { surveyEditRoutes } from "./survey-edit-routes";
import { surveyResultsRoutes } from "./survey-results-routes";

/**
 * The survey pages of a participation process: the office's builder, the results (with their
 * downloads) and answering; the more specific addresses first.
 */
export function surveyRoutes(app: Hono<AppEnv>): void {
  surveyEditRoutes(app);
  surveyResultsRoutes(app);
  surveyAnswerRoutes(app);
}
