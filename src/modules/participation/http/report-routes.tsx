import type { Hono } from "hono";
import type { AppEnv } from "../../../platform/http/env";

/** The report pages of a participation process. */
export function reportRoutes(_app: Hono<AppEnv>): void {}
