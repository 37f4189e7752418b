import { getConnInfo } from "@hono/node-server/conninfo";
import type { AppContext } from "../../../platform/http/env";

/** The client's address for rate limits; "unknown" when the request did not come over a socket. */
export function clientAddress(c: AppContext): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
}
