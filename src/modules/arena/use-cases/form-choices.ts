import type { Counters } from "../../../platform/cache/change-counters";
import type { Deps } from "../../../platform/deps";
import type { Locale } from "../../../platform/i18n/i18n";
import { keptCatalogueChoices } from "../../strategy";

/**
 * The strategy's action fields and compass values in the reader's language, from the catalogue kept
 * in memory: what the Arena's forms offer and its pages name.
 */
export function entryFormChoices(deps: Deps, locale: Locale, counters?: Counters) {
  return keptCatalogueChoices(deps, locale, counters);
}
