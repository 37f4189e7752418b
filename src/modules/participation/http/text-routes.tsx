import type { Hono } from "hono";
import type { AppEnv } from "../../../platform/http/env";

/** The text pages of a participation process. */
export function textRoutes(_app: Hono<AppEnv>): void {}
