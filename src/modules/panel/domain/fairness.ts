/**
 * How the smallest chances of LEXIMIN and of the earlier method (LEGACY, estimated) compare, in a
 * verdict the coordinator's page can put into words. The page must never call two clearly
 * different numbers "about equally fair", so the verdict follows the numbers:
 *
 * - Fewer people with hardly any chance (below the comparison's threshold) decides first.
 * - Otherwise the smallest chances are compared. They count as about equal only when they differ
 *   by less than {@link SIMILAR_ABSOLUTE} (one percentage point) or by less than
 *   {@link SIMILAR_RELATIVE} of the larger one (a tenth) — LEGACY's figure is an estimate from a
 *   few thousand runs, so smaller gaps say nothing.
 */
export type FairnessVerdict = "leximinFairer" | "similar" | "legacyFairer";

/** Gaps between the smallest chances below one percentage point count as "about equal". */
export const SIMILAR_ABSOLUTE = 0.01;
/** Gaps below a tenth of the larger smallest chance count as "about equal". */
export const SIMILAR_RELATIVE = 0.1;

export interface FairnessFigures {
  leximinMin: number;
  legacyMin: number;
  leximinBelow: number;
  legacyBelow: number;
}

export function fairnessVerdict(f: FairnessFigures): FairnessVerdict {
  if (f.leximinBelow < f.legacyBelow) return "leximinFairer";
  if (f.legacyBelow < f.leximinBelow) return "legacyFairer";
  const gap = f.leximinMin - f.legacyMin;
  const larger = Math.max(f.leximinMin, f.legacyMin);
  if (Math.abs(gap) < SIMILAR_ABSOLUTE || Math.abs(gap) < SIMILAR_RELATIVE * larger) return "similar";
  return gap > 0 ? "leximinFairer" : "legacyFairer";
}
