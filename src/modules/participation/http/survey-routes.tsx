import type { Hono } from "hono";
import type { AppEnv } from "../../../platform/http/env";

/** The survey pages of a participation process. */
export function surveyRoutes(_app: Hono<AppEnv>): void {}
