/** Reading the monitoring pages' query parameters. */

/** A page number from the address: a whole number from 1, else 1. */
export function pageNumber(text: string | undefined): number {
  const n = Number(text);
  return Number.isSafeInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}

const notices = [
  "definitionAdded",
  "definitionSaved",
  "modelSetUp",
  "recorded",
  "corrected",
  "targetChanged",
  "indicatorAdded",
  "goalChanged",
  "baselineChanged",
  "sourceConfigured",
  "sourceRemoved",
  "indicatorRemoved",
  "goalAdded",
  "goalRemoved",
] as const;

/** The note of what was just done, from `?done=`; anything else is no note. */
export function noticeOf(text: string | undefined): (typeof notices)[number] | undefined {
  return notices.find((notice) => notice === text);
}
