import type { Hono } from "hono";
import type { AppEnv } from "../../../platform/http/env";

/** The process pages of a participation process. */
export function processRoutes(_app: Hono<AppEnv>): void {}
