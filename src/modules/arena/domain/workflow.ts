/**
 * The way of an entry from submission to an answer. Every step is taken by the strategy office with
 * a public explanation; the two optional steps (consortium, workshop) may be left out.
 */
export const entryStates = [
  "submitted",
  "qualification",
  "consortium",
  "workshop",
  "decision",
  "accepted",
  "declined",
] as const;
export type EntryState = (typeof entryStates)[number];

/** Where each state may lead. "Not pursued" is possible from every open state; nothing leaves an answer. */
const next: Record<EntryState, readonly EntryState[]> = {
  submitted: ["qualification", "declined"],
  qualification: ["consortium", "workshop", "decision", "declined"],
  consortium: ["workshop", "decision", "declined"],
  workshop: ["decision", "declined"],
  decision: ["accepted", "declined"],
  accepted: [],
  declined: [],
};

export function nextStates(state: EntryState): readonly EntryState[] {
  return next[state];
}

export function canMoveTo(from: EntryState, to: EntryState): boolean {
  return next[from].includes(to);
}

/** Final states: the entry has its answer. */
export function isClosed(state: EntryState): boolean {
  return next[state].length === 0;
}

/** Authors may change their text only until the office starts to qualify it. */
export function authorMayEdit(state: EntryState): boolean {
  return state === "submitted";
}

export function isEntryState(value: string): value is EntryState {
  return (entryStates as readonly string[]).includes(value);
}
