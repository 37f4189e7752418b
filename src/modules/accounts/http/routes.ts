import type { Hono } from "hono";
import type { AppEnv } from "../../../platform/http/env";
import { passwordRoutes } from "./password-routes";
import { profileRoutes } from "./profile-routes";
import { registrationRoutes } from "./registration-routes";
import { secondFactorRoutes } from "./second-factor-routes";
import { sessionRoutes } from "./session-routes";
import { tokenRoutes } from "./token-routes";
import { twoFactorRoutes } from "./two-factor-routes";

/** The account pages: login, registration, confirmation links, password reset, profile. */
export function authRoutes(app: Hono<AppEnv>): void {
  sessionRoutes(app);
  secondFactorRoutes(app);
  registrationRoutes(app);
  passwordRoutes(app);
  profileRoutes(app);
  tokenRoutes(app);
  twoFactorRoutes(app);
}
