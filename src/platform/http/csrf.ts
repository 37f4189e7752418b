import type { MiddlewareHandler } from "hono";
import { BadRequest, Forbidden } from "../errors/errors";
import { safeEqual } from "../security/tokens";
import type { AppEnv } from "./env";

const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Every form post must carry the CSRF token of this browser (a hidden `_csrf` field, or the
 * `X-CSRF-Token` header for scripts). The API is exempt: it authenticates with bearer tokens, never
 * with cookies, so a foreign site can't make a browser send an authenticated API request.
 * Mount it after `requestGuard()`, which refuses bodies that can't be parsed.
 */
export function csrfProtection(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!unsafeMethods.has(c.req.method) || c.req.path.startsWith("/api/")) return next();
    const expected = c.get("state").csrfToken;
    let sent = c.req.header("x-csrf-token");
    if (!sent) {
      const contentType = c.req.header("content-type") ?? "";
      if (contentType.includes("form")) {
        // The request guard has already read the body and refused one that can't be parsed.
        const body = await c.req.parseBody().catch(() => {
          throw new BadRequest("errors.malformedBody");
        });
        sent = typeof body._csrf === "string" ? body._csrf : undefined;
      }
    }
    if (!sent || !safeEqual(sent, expected)) throw new Forbidden("errors.csrf");
    return next();
  };
}
