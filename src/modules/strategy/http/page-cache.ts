import type { Context } from "hono";
import { type Counters, requestCounters } from "../../../platform/cache/change-counters";
import { publicPage } from "../../../platform/http/cache-policy";
import type { AppEnv } from "../../../platform/http/env";
import { cachedPage } from "../../../platform/http/page-cache";

/**
 * The catalogue's public pages and API answers, kept in memory per process (platform/cache/
 * page-cache.ts): per address, language and the rights of the person asking, checked against the
 * catalogue's change counter before each answer (the platform's counters, read once per request:
 * one tiny query on PostgreSQL; on the embedded database kept until a change is announced). An entry made at another counter is
 * never served, so a change made by any process shows at once.
 */
export async function cachedAnswer(
  c: Context<AppEnv>,
  produce: (version: number) => Promise<Response>,
  /** What else the page shows, as a version from the counters (other modules' steps on a measure's journey). */
  alsoShows?: (counters: Counters) => string,
): Promise<Response> {
  const counters = await requestCounters(c);
  const version = counters.catalogue;
  // The catalogue is public: a signed-in person's copy may be kept by their browser (not no-store).
  publicPage(c);
  const kept = alsoShows ? `${version}.${alsoShows(counters)}` : version;
  return cachedPage(c, { scope: "catalogue", version: kept }, () => produce(version));
}
