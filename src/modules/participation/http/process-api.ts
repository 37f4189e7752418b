import type { ApiRouteDefinition } from "../../../platform/api/api";

/** The process part of the participation API. */
export const processApi: ApiRouteDefinition[] = [];
