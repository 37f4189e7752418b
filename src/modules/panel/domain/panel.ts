/**
 * What a panel is made of and what its selection run leaves behind, as the pages, the job and the
 * tables share them.
 */

/** One value of a feature with its quota and the city's population share (0–1) beside it. */
export interface PanelQuotaValue {
  name: string;
  min: number;
  max: number;
  populationShare: number | null;
}

/** A feature the volunteers are asked about (age group, gender, district …) with its quotas. */
export interface PanelFeature {
  name: string;
  values: PanelQuotaValue[];
}

/** LEGACY's estimated probabilities beside LEXIMIN's, for the coordinator's comparison. */
export interface SelectionComparison {
  /** Runs of the greedy method the estimate is based on. */
  legacyRuns: number;
  /** Chances below this share count as "hardly any chance". */
  threshold: number;
  leximinBelow: number;
  /** null when LEGACY could not form panels with these quotas. */
  legacyMinProbability: number | null;
  legacyBelow: number | null;
}

/** The outcome of a selection run that a job stores for the coordinator to check and publish. */
export interface SelectionOutcome {
  algorithm: "leximin";
  minProbability: number;
  distributionPanels: number;
  /** The list as it will be published (domain/lottery-list.ts), its SHA-256 and its number of panels M. */
  listText: string;
  hash: string;
  lotterySize: number;
  /** Largest change of a volunteer's chance by the rounding to M panels (null for runs stored before it was measured). */
  maxDeviation: number | null;
  /** null for runs stored before the comparison existed. */
  comparison: SelectionComparison | null;
  ms: number;
}

/** The infeasibility report, kept structured so the page can show it in the reader's language. */
export interface SelectionFailure {
  kind: "infeasible" | "solver" | "input";
  message: string;
  conflicts?: string[];
  relaxation?: Array<{ feature: string; value: string; bound: "min" | "max"; from: number; to: number }>;
}

/** Whether the retention period after the draw has passed for a panel whose personal data is still stored. */
export function pastRetention(
  panel: { retentionDays: number; drawnAt: Date | null; deletedAt: Date | null },
  now: Date,
): boolean {
  return (
    panel.deletedAt === null &&
    panel.drawnAt !== null &&
    panel.drawnAt.getTime() + panel.retentionDays * 86_400_000 <= now.getTime()
  );
}

/** Invitation codes have 12 characters of 5 bits: 60 bits, printed as three groups of four. */
export const INVITATION_CODE_LENGTH = 12;
