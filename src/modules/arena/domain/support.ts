import { entryStates, isClosed, isEntryState } from "./workflow";

/** Adding a support, or withdrawing one. */
export type SupportChange = "add" | "remove";

/** Why a support of an entry cannot change: the entry is not there (or hidden), or it has its answer. */
export type SupportRefusal = "notFound" | "closed";

/**
 * The states in which an entry takes no new supports; withdrawing stays possible. The statement that
 * writes supports filters with this list, so it changes exactly what `supportRefusal` allows.
 */
export const supportClosedStates: readonly string[] = entryStates.filter(isClosed);

/** Whether a support of this entry may be added or withdrawn; null when it may. */
export function supportRefusal(
  entry: { state: string; hiddenReason: string | null } | undefined,
  change: SupportChange,
): SupportRefusal | null {
  if (!entry || entry.hiddenReason) return "notFound";
  if (change === "add" && isEntryState(entry.state) && isClosed(entry.state)) return "closed";
  return null;
}
