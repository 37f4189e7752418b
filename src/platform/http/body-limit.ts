import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { translator } from "../i18n/i18n";
import type { AppEnv } from "./env";
import { problem } from "./problem";

/** Every request body is limited to this unless its route declares an upload limit of its own. */
export const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

/** A route that takes files and the largest body it accepts (a module declares it in its manifest). */
export interface UploadLimit {
  /** The route as the module mounts it, e.g. `/panels/:id/sample/draw`. */
  path: string;
  maxBytes: number;
  /** Default POST. */
  method?: string;
}

/** The limit as people read it: "1 MB", "50 MB" (binary megabytes, rounded down to a tenth). */
export function limitText(bytes: number): string {
  const megabytes = Math.floor((bytes / (1024 * 1024)) * 10) / 10;
  return megabytes >= 0.1 ? `${String(megabytes)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function routePattern(path: string): RegExp {
  const escaped = path
    .split("/")
    .map((part) => (part.startsWith(":") ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("/");
  return new RegExp(`^${escaped}/?$`);
}

/** What a page answers when the body is too large; the API answers problem+json itself. */
export type TooLargePage = (c: Context<AppEnv>, limit: string) => Response | Promise<Response>;

/**
 * Refuses request bodies above the route's limit with 413 before anything reads them: a declared
 * upload route gets its own limit, every other route the small default. Under /api the answer is
 * problem+json, elsewhere the page drawn by `tooLarge`; both state the limit. Runs after the request
 * state is known (for the language) and before anything parses the body.
 */
export function bodyLimits(options: {
  uploads: readonly UploadLimit[];
  tooLarge: TooLargePage;
  defaultBytes?: number;
}): MiddlewareHandler<AppEnv> {
  const refuse = (maxBytes: number) => (c: Context<AppEnv>) => {
    const state = c.get("state");
    const t = state?.t ?? translator("de");
    const limit = limitText(maxBytes);
    c.get("deps")?.logger.info("request refused", {
      requestId: state?.requestId,
      status: 413,
      code: "payload_too_large",
      path: c.req.path,
      limitBytes: maxBytes,
    });
    if (c.req.path.startsWith("/api/") || !state) {
      const body = problem(413, t("errors.payloadTooLarge"), {
        detail: t("errors.payloadTooLargeLimit", { limit }),
        instance: c.req.path,
        requestId: state?.requestId,
      });
      return c.body(JSON.stringify(body), 413, { "Content-Type": "application/problem+json" });
    }
    return options.tooLarge(c, limit);
  };
  const fallback = options.defaultBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const limited = (maxBytes: number) => bodyLimit({ maxSize: maxBytes, onError: refuse(maxBytes) });
  const routes = options.uploads.map((u) => ({
    method: (u.method ?? "POST").toUpperCase(),
    pattern: routePattern(u.path),
    check: limited(u.maxBytes),
  }));
  const byDefault = limited(fallback);
  return (c, next) => {
    const method = c.req.method;
    // Nothing reads the body of a GET or HEAD. Asking for it would make the server build a full
    // Request object (with an AbortController) for every page view, a fifth of a kept page's time.
    if (method === "GET" || method === "HEAD") return next();
    const route = routes.find((r) => r.method === method && r.pattern.test(c.req.path));
    return (route?.check ?? byDefault)(c, next);
  };
}
