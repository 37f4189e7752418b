import type { ApiRouteDefinition } from "../../../platform/api/api";

/** The survey part of the participation API. */
export const surveyApi: ApiRouteDefinition[] = [];
