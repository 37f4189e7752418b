import type { Context } from "hono";
import { AppError, Invalid, TooManyRequests } from "../errors/errors";
import { translator } from "../i18n/i18n";
import type { AppEnv } from "./env";
import { problem } from "./problem";

function isApi(c: Context<AppEnv>): boolean {
  return c.req.path.startsWith("/api/");
}

/** The path as sent (percent-encoded), so a control character in it never reaches a log or an answer. */
function sentPath(c: Context<AppEnv>): string {
  try {
    return new URL(c.req.url).pathname;
  } catch {
    return "(unreadable)";
  }
}

/** Draws the error page for a request that wants HTML; the app passes the design system's page. */
export type ErrorPageRenderer = (
  c: Context<AppEnv>,
  error: { status: number; message: string; showReference: boolean },
) => Response | Promise<Response>;

/**
 * The one place where errors become HTTP answers: problem+json under /api, a friendly page
 * elsewhere. Unexpected errors are logged with the request id, which the page shows as reference.
 */
export function errorHandlers(renderPage: ErrorPageRenderer) {
  return {
    handleError: (error: Error, c: Context<AppEnv>) => handleError(renderPage, error, c),
    handleNotFound: (c: Context<AppEnv>) => handleNotFound(renderPage, c),
  };
}

function handleError(renderPage: ErrorPageRenderer, error: Error, c: Context<AppEnv>): Response | Promise<Response> {
  const state = c.get("state");
  const deps = c.get("deps");
  const t = state?.t ?? translator("de");
  const requestId = state?.requestId;
  const known = error instanceof AppError;
  const status = known ? error.status : 500;
  const message = known ? error.message : "errors.internal";
  if (known) {
    deps?.logger.info("request refused", {
      requestId,
      status,
      code: error.code,
      path: sentPath(c),
      message: error.message,
    });
  } else {
    deps?.logger.error("request failed", { requestId, path: sentPath(c), error: error.stack ?? String(error) });
  }
  if (error instanceof TooManyRequests) c.header("Retry-After", String(error.retryAfterSeconds));
  if (isApi(c) || !state) {
    const body = problem(status, t(message), {
      instance: sentPath(c),
      requestId,
      errors:
        error instanceof Invalid && error.issues.length > 0
          ? error.issues.map((i) => ({ path: i.path, message: t(i.message) }))
          : undefined,
    });
    return c.body(JSON.stringify(body), status as 400, { "Content-Type": "application/problem+json" });
  }
  return renderPage(c, { status, message, showReference: !known });
}

function handleNotFound(renderPage: ErrorPageRenderer, c: Context<AppEnv>): Response | Promise<Response> {
  if (isApi(c) || !c.get("state")) {
    const t = c.get("state")?.t ?? translator("de");
    return c.body(JSON.stringify(problem(404, t("errors.notFound"), { instance: sentPath(c) })), 404, {
      "Content-Type": "application/problem+json",
    });
  }
  return renderPage(c, { status: 404, message: "errors.notFound", showReference: false });
}
