/** What an Arena entry is, in the words of the strategy ("Arena der Ideen"). */

export const entryKinds = ["idea", "challenge", "existing_project", "cooperation_offer", "event"] as const;
export type EntryKind = (typeof entryKinds)[number];

/** What people bring to an entry or look for: the same five words on both sides, so they can match. */
export const resourceTypes = ["partners", "money", "data", "space", "know_how"] as const;
export type ResourceType = (typeof resourceTypes)[number];

/** The score of the values-compass self-assessment: 0 (does not touch the value) to 3 (strongly). */
export const compassScores = [0, 1, 2, 3] as const;

export interface CompassAnswer {
  score: number;
  reason: string;
}

/** The text of an entry as its author writes it; every version keeps one whole. */
export interface EntryContent {
  title: string;
  problem: string;
  affected: string;
  approach: string;
  kind: EntryKind;
  language: "de" | "en";
  actionFieldIds: string[];
  /** Empty: the whole city. */
  districtIds: string[];
  compass: Record<string, CompassAnswer>;
  offers: ResourceType[];
  needs: ResourceType[];
  offerNote: string;
  needNote: string;
}

/**
 * A submission on its way: the entry's fields as far as the author got, and the call for ideas it
 * is meant for (its key; empty or absent: none). The call is not part of the entry: on submission it
 * is told about the entry (platform/idea-calls).
 */
export type DraftContent = Partial<EntryContent> & { ideaCall?: string };

/** The fields compared between two versions, in the order a reader meets them. */
export const contentFields = [
  "title",
  "problem",
  "affected",
  "approach",
  "kind",
  "actionFieldIds",
  "districtIds",
  "compass",
  "offers",
  "needs",
  "offerNote",
  "needNote",
] as const satisfies readonly (keyof EntryContent)[];

/** The fields whose values differ between two versions. */
export function changedFields(before: EntryContent, after: EntryContent): (keyof EntryContent)[] {
  return contentFields.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}

/** An entry's running number as people quote it and the CSV lists it, e.g. "A-0042". */
export function referenceNumber(number: number): string {
  return `A-${String(number).padStart(4, "0")}`;
}
