import type { MiddlewareHandler } from "hono";
import { BadRequest } from "../errors/errors";
import { hasControlCharacters } from "../forms/plain-text";
import type { AppEnv } from "./env";

const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Why a request can't be read, or null; `address` problems concern the URL, `body` problems the content. */
type Problem = { part: "address" | "body"; reason: string };

function decodedOrNull(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** The path and the query, decoded: broken percent-encoding, invalid UTF-8 or control characters. */
function addressProblem(url: string): Problem | null {
  const start = url.indexOf("/", url.indexOf("//") + 2);
  const address = start < 0 ? "/" : (url.slice(start).split("#")[0] ?? "/");
  const queryAt = address.indexOf("?");
  const path = queryAt < 0 ? address : address.slice(0, queryAt);
  const query = queryAt < 0 ? "" : address.slice(queryAt + 1);
  const decodedPath = decodedOrNull(path);
  if (decodedPath === null) return { part: "address", reason: "path encoding" };
  if (hasControlCharacters(decodedPath) || /[\t\n\r]/.test(decodedPath))
    return { part: "address", reason: "control character in path" };
  for (const pair of query.split("&")) {
    const decoded = decodedOrNull(pair.replaceAll("+", " "));
    if (decoded === null) return { part: "address", reason: "query encoding" };
    if (hasControlCharacters(decoded)) return { part: "address", reason: "control character in query" };
  }
  return null;
}

function mediaTypeOf(contentType: string): string {
  return (contentType.split(";")[0] ?? "").trim().toLowerCase();
}

/** A form or JSON body that can't be read: not UTF-8, broken percent-encoding, a broken multipart or JSON. */
async function bodyProblem(c: Parameters<MiddlewareHandler<AppEnv>>[0]): Promise<Problem | null> {
  const mediaType = mediaTypeOf(c.req.header("content-type") ?? "");
  if (mediaType === "application/x-www-form-urlencoded") {
    let text: string;
    try {
      text = utf8.decode(await c.req.arrayBuffer());
    } catch {
      return { part: "body", reason: "form not UTF-8" };
    }
    for (const pair of text.split("&")) {
      if (decodedOrNull(pair.replaceAll("+", " ")) === null) return { part: "body", reason: "form encoding" };
    }
  } else if (mediaType === "multipart/form-data") {
    try {
      // Parsed once here and kept by the request, so the CSRF check and the route read the same body.
      await c.req.parseBody();
    } catch {
      return { part: "body", reason: "multipart" };
    }
  } else if (mediaType === "application/json" || mediaType.endsWith("+json")) {
    try {
      const text = utf8.decode(await c.req.arrayBuffer());
      if (text.trim() !== "") JSON.parse(text);
    } catch {
      return { part: "body", reason: "json" };
    }
  }
  return null;
}

/**
 * Refuses requests whose bytes can't be read, before the CSRF check, any route or any database
 * access sees them: control characters (NUL …) or broken percent-encoding in the path or the query,
 * and form or JSON bodies that are not UTF-8, badly percent-encoded, or a multipart body with a
 * broken boundary. The answer is 400 (problem+json under /api, the error page elsewhere) and one
 * `warn` line without a stack trace; nothing of the request is read further.
 */
export function requestGuard(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    let problem = addressProblem(c.req.url);
    if (!problem && unsafeMethods.has(c.req.method)) problem = await bodyProblem(c);
    if (problem) {
      c.get("deps").logger.warn("malformed request refused", {
        requestId: c.get("state")?.requestId,
        method: c.req.method,
        path: problem.part === "address" ? "(not shown)" : c.req.path,
        reason: problem.reason,
      });
      const message =
        problem.part === "address"
          ? "errors.malformedAddress"
          : problem.reason === "json"
            ? "errors.invalidJson"
            : "errors.malformedBody";
      throw new BadRequest(message);
    }
    await next();
  };
}
