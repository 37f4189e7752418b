import type { Deps } from "../../../platform/deps";
import { listEntries } from "../data/entries";
import { type ResourceType, resourceTypes } from "../domain/entry";

/**
 * The offers-and-needs page: for each of the five things (partners, money, data, space, know-how)
 * the entries that look for it beside the entries that offer it, in the chosen action field and
 * district, so a company with data finds the initiative that needs it.
 */
export async function listOffersAndNeeds(
  deps: Deps,
  filter: { actionField?: string; district?: string; type?: ResourceType },
) {
  const db = deps.database.db;
  const types = filter.type ? [filter.type] : [...resourceTypes];
  const base = { actionField: filter.actionField, district: filter.district };
  const options = { sort: "newest" as const, limit: 10, offset: 0 };
  return Promise.all(
    types.map(async (type) => {
      const [needs, offers] = await Promise.all([
        listEntries(db, { ...base, need: type }, options),
        listEntries(db, { ...base, offer: type }, options),
      ]);
      return { type, needs, offers };
    }),
  );
}
