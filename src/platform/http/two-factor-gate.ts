import type { MiddlewareHandler } from "hono";
import { mustEnrolFirst } from "../identity/two-factor";
import type { AppEnv } from "./env";

/** Where the second factor is set up; the only pages a session that must set one up first may use. */
export const TWO_FACTOR_SETUP_PATH = "/profile/two-factor";

/** What such a session may still reach besides the set-up pages. */
const alwaysOpen = new Set(["/logout"]);

/**
 * Sends a session whose account must use a second factor, but has not set one up, to the set-up
 * pages: until it is done, every other page (and every form) answers with a redirect there. The API
 * is not affected, since it is reached with API keys, not with sessions.
 */
export function twoFactorGate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const state = c.get("state");
    const path = c.req.path;
    if (
      state.actor.kind !== "user" ||
      path.startsWith("/api/") ||
      path === TWO_FACTOR_SETUP_PATH ||
      path.startsWith(`${TWO_FACTOR_SETUP_PATH}/`) ||
      alwaysOpen.has(path) ||
      !mustEnrolFirst(
        { grants: state.actor.grants, secondFactorAt: state.secondFactorAt },
        c.get("deps").config.GEMEINSAM_2FA_REQUIRED_ROLES,
      )
    ) {
      await next();
      return;
    }
    c.header("Cache-Control", "no-store");
    return c.redirect(`${TWO_FACTOR_SETUP_PATH}?notice=required`, 303);
  };
}
