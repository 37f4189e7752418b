import type { Deps } from "../../../platform/deps";
import { Invalid } from "../../../platform/errors/errors";
import { findEntryByNumber } from "../data/entries";

/**
 * The entries named by their numbers in a text ("12, 15" or "A-0012 A-0015"), as the office types
 * them; a number without an entry is refused with the number named.
 */
export async function entryIdsOfNumbers(deps: Deps, text: string): Promise<string[]> {
  const numbers = [...text.matchAll(/\d{1,9}/g)].map((m) => Number(m[0])).slice(0, 20);
  if (numbers.length === 0)
    throw new Invalid("errors.invalidInput", [{ path: "others", message: "arena.errors.consortiumEntries" }]);
  const ids: string[] = [];
  for (const number of numbers) {
    const entry = await findEntryByNumber(deps.database.db, number);
    if (!entry) throw new Invalid("errors.invalidInput", [{ path: "others", message: "arena.errors.unknownNumber" }]);
    ids.push(entry.id);
  }
  return ids;
}
