import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "./env";

/**
 * Caching and transport headers of every answer.
 *
 * - An answer to a signed-in request is `Cache-Control: no-store` unless its route says otherwise:
 *   such a page may show personal or non-public data, and neither the browser's disk nor a proxy
 *   may keep it. A page that is public (the same for everyone but the header's name) opts out
 *   with `publicPage(c)` and gets `private, no-cache`: the browser may keep it but asks again, a
 *   shared cache never keeps it. Answers that set their own Cache-Control keep it.
 * - Visitors without an account are not affected; their public pages are cached in the process
 *   (see the catalogue's page cache) and are the same for every visitor.
 * - HSTS is sent only over HTTPS (directly, or as the trusted proxy says in X-Forwarded-Proto), so a
 *   development server on http://localhost never tells the browser to insist on HTTPS.
 */

const publicPages = new WeakSet<object>();

/** Declares this answer a public page: for a signed-in person it is `private, no-cache`, not `no-store`. */
export function publicPage(c: Context<AppEnv>): void {
  publicPages.add(c);
}

/** The Cache-Control an answer gets when its route set none; undefined: leave it without one. */
export function defaultCacheControl(signedIn: boolean, isPublic: boolean): string | undefined {
  if (!signedIn) return undefined;
  return isPublic ? "private, no-cache" : "no-store";
}

/**
 * Whether the client reached the app over HTTPS: the request's own scheme, or with trusted proxies
 * (TRUST_PROXY) the scheme the outermost of them recorded in X-Forwarded-Proto. Each proxy that
 * appends to the header adds one entry, so with N proxies the N-th from the right is the one the
 * client spoke to; without trusted proxies the header is ignored (a client could write it).
 */
export function isHttps(
  requestScheme: string,
  forwardedProto: string | null | undefined,
  trustedProxies: number,
): boolean {
  if (requestScheme === "https") return true;
  if (trustedProxies <= 0 || !forwardedProto) return false;
  const chain = forwardedProto
    .split(",")
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);
  return chain[Math.max(0, chain.length - trustedProxies)] === "https";
}

const HSTS = "max-age=31536000; includeSubDomains";

export function cachePolicy(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const state = c.get("state");
    const value = defaultCacheControl(state?.actor.kind === "user", publicPages.has(c));
    if (value && !c.res.headers.has("Cache-Control")) c.res.headers.set("Cache-Control", value);
    const trusted = c.get("deps")?.config.TRUST_PROXY ?? 0;
    const scheme = new URL(c.req.url).protocol.replace(/:$/, "");
    if (isHttps(scheme, c.req.header("x-forwarded-proto"), trusted))
      c.res.headers.set("Strict-Transport-Security", HSTS);
  };
}
