import type { Context } from "hono";
import { problem } from "../api/problem";
import { AppError, Invalid, TooManyRequests } from "../errors/errors";
import { translator } from "../i18n/i18n";
import { pageContext } from "../../ui/page-context";
import type { AppEnv } from "./env";
import { ErrorPage } from "./views/error-page";

function isApi(c: Context<AppEnv>): boolean {
  return c.req.path.startsWith("/api/");
}

/**
 * The one place where errors become HTTP answers: problem+json under /api, a friendly page
 * elsewhere. Unexpected errors are logged with the request id, which the page shows as reference.
 */
export function handleError(error: Error, c: Context<AppEnv>): Response | Promise<Response> {
  const state = c.get("state");
  const deps = c.get("deps");
  const t = state?.t ?? translator("de");
  const requestId = state?.requestId;
  const known = error instanceof AppError;
  const status = known ? error.status : 500;
  const message = known ? error.message : "errors.internal";
  if (known) {
    deps?.logger.info("request refused", { requestId, status, code: error.code, path: c.req.path, message: error.message });
  } else {
    deps?.logger.error("request failed", { requestId, path: c.req.path, error: error.stack ?? String(error) });
  }
  if (error instanceof TooManyRequests) c.header("Retry-After", String(error.retryAfterSeconds));
  if (isApi(c) || !state) {
    const body = problem(status, t(message), {
      instance: c.req.path,
      requestId,
      errors: error instanceof Invalid ? error.issues.map((i) => ({ path: i.path, message: t(i.message) })) : undefined,
    });
    return c.body(JSON.stringify(body), status as 400, { "Content-Type": "application/problem+json" });
  }
  return c.html(<ErrorPage page={pageContext(c)} status={status} message={message} showReference={!known} />, status as 400);
}

export function handleNotFound(c: Context<AppEnv>): Response | Promise<Response> {
  if (isApi(c) || !c.get("state")) {
    const t = c.get("state")?.t ?? translator("de");
    return c.body(JSON.stringify(problem(404, t("errors.notFound"), { instance: c.req.path })), 404, {
      "Content-Type": "application/problem+json",
    });
  }
  return c.html(<ErrorPage page={pageContext(c)} status={404} message="errors.notFound" showReference={false} />, 404);
}
