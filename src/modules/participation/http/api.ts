import type { ApiRouteDefinition } from "../../../platform/api/api";
import { processApi } from "./process-api";
import { surveyApi } from "./survey-api";

/** The participation module's public API under /api/v1. */
export const participationApi: ApiRouteDefinition[] = [...processApi, ...surveyApi];
