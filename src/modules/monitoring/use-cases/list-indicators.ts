import type { Deps } from "../../../platform/deps";
import type { Locale } from "../../../platform/i18n/i18n";
import { type Actor, can } from "../../../platform/permissions/permissions";
import { listDefinitions } from "../data/indicators";
import type { StoredDefinition } from "../domain/monitoring-view";

export const CATALOGUE_PAGE_SIZE = 25;

/** One page of the indicator catalogue, by name in the reader's language. Public; says whether the reader may add one. */
export async function listIndicators(
  deps: Deps,
  actor: Actor,
  options: { page: number; locale: Locale },
): Promise<{ items: StoredDefinition[]; total: number; page: number; canDefine: boolean }> {
  const { items, total } = await listDefinitions(deps.database.db, {
    locale: options.locale,
    limit: CATALOGUE_PAGE_SIZE,
    offset: (options.page - 1) * CATALOGUE_PAGE_SIZE,
  });
  return { items, total, page: options.page, canDefine: can(actor, "monitoring.indicator.define") };
}
