import { compareCodeUnits } from "./lottery-list";

/**
 * Who sits on the panel now: the drawn panel, with every replacement applied in order. Pseudonyms
 * only, sorted like the published list.
 */
export function currentMembers(
  drawn: readonly string[],
  replacements: ReadonlyArray<{ leaving: string; replacement: string }>,
): string[] {
  const members = new Set(drawn);
  for (const r of replacements) {
    members.delete(r.leaving);
    members.add(r.replacement);
  }
  return [...members].sort(compareCodeUnits);
}
