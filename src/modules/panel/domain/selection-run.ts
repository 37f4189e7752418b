import { LegacyGaveUpError } from "./errors";
import { estimateLegacyProbabilities } from "./legacy";
import { findLeximinDistribution, type LeximinProgress } from "./leximin";
import { publishLottery } from "./lottery-list";
import { roundToLottery } from "./lottery-rounding";
import type { SelectionComparison } from "./panel";
import type { SelectionProblem } from "./problem";
import { seededRandom } from "./random";
import { loadHighs } from "./solver/highs-solver";

/**
 * The selection run as the platform uses it, entirely from the selection core: LEXIMIN
 * probabilities, the rounding to a uniform lottery of M panels (each chance within 1/M), the list
 * text as it will be published with its SHA-256, and LEGACY's estimated probabilities for the
 * comparison. Deterministic given the problem and the seed, so a run can be repeated.
 */
export interface SelectionRun {
  /** LEXIMIN probabilities, in the order of `problem.volunteers`. */
  probabilities: number[];
  minProbability: number;
  distributionPanels: number;
  listText: string;
  hash: string;
  maxDeviation: number;
  /** LEGACY's estimate in the same order; null when the greedy method cannot meet these quotas. */
  legacyProbabilities: number[] | null;
}

/** Enough runs for a stable estimate of who has almost no chance, and seconds for a pool of hundreds. */
const LEGACY_RUNS = 2000;

export async function computeSelection(
  problem: SelectionProblem,
  lotterySize: number,
  seed: number,
  onProgress?: (progress: LeximinProgress) => void,
): Promise<SelectionRun> {
  const highs = await loadHighs();
  // Separate generators, so the list does not depend on how many numbers another step drew.
  const distribution = findLeximinDistribution(problem, { highs, random: seededRandom(seed), onProgress });
  const lottery = roundToLottery(distribution, { highs, random: seededRandom(seed + 1), size: lotterySize });
  const published = publishLottery(problem, lottery.panels);
  const probabilities = Array.from(distribution.probabilities);
  return {
    probabilities,
    minProbability: Math.min(...probabilities),
    distributionPanels: distribution.panels.length,
    listText: published.text,
    hash: published.hash,
    maxDeviation: lottery.maxDeviation,
    legacyProbabilities: legacyEstimate(problem, seed + 2),
  };
}

function legacyEstimate(problem: SelectionProblem, seed: number): number[] | null {
  try {
    return Array.from(estimateLegacyProbabilities(problem, LEGACY_RUNS, seededRandom(seed)).probabilities);
  } catch (error) {
    // The greedy method gives up on quotas it keeps running into dead ends with; LEXIMIN still works.
    if (error instanceof LegacyGaveUpError) return null;
    throw error;
  }
}

/** Below this chance a volunteer has hardly any: the figure the comparison with LEGACY counts. */
const LOW_CHANCE = 0.01;

/** How many volunteers LEXIMIN and LEGACY leave with hardly any chance, for the coordinator's page. */
export function compareWithLegacy(run: SelectionRun): SelectionComparison {
  const below = (values: number[]) => values.filter((p) => p < LOW_CHANCE).length;
  const legacy = run.legacyProbabilities;
  return {
    legacyRuns: LEGACY_RUNS,
    threshold: LOW_CHANCE,
    leximinBelow: below(run.probabilities),
    legacyMinProbability: legacy ? Math.min(...legacy) : null,
    legacyBelow: legacy ? below(legacy) : null,
  };
}
