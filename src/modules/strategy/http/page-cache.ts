import type { Context } from "hono";
import { cachedPage } from "../../../platform/http/page-cache";
import { publicPage } from "../../../platform/http/cache-policy";
import type { AppEnv } from "../../../platform/http/env";
import { readCatalogueVersion } from "../use-cases/read-catalogue-version";

/**
 * The catalogue's public pages and API answers, kept in memory per process (platform/cache/
 * page-cache.ts): per address, language and the rights of the person asking, checked against the
 * catalogue's change counter before each answer (one tiny query on PostgreSQL; on the embedded
 * database the counter is kept until a change is announced). An entry made at another counter is
 * never served, so a change made by any process shows at once.
 */
export async function cachedAnswer(
  c: Context<AppEnv>,
  produce: (version: number) => Promise<Response>,
): Promise<Response> {
  const version = await readCatalogueVersion(c.get("deps"));
  // The catalogue is public: a signed-in person's copy may be kept by their browser (not no-store).
  publicPage(c);
  return cachedPage(c, { scope: "catalogue", version }, () => produce(version));
}
