/**
 * When no panel meets the quotas, people need to know why and what to change, in words, not a
 * solver status. The report combines direct checks that name a reason a coordinator can act on
 * ("only 3 volunteers have education: low, but the minimum is 5") with the smallest relaxation of
 * the quotas that makes a panel possible, computed as an integer program. Nothing is relaxed
 * silently: the report only suggests.
 */
import type { SelectionProblem } from "./problem";
import type { Highs } from "./solver/highs-solver";
import { findSmallestRelaxation, type QuotaChange } from "./solver/quota-relaxation-ilp";
import { type GroupedPool, groupVolunteers } from "./volunteer-groups";

export interface QuotaConflict {
  /** Quotas involved, as "feature: value" (or just the feature for its sums). */
  readonly quotas: readonly string[];
  readonly message: string;
}

export interface SuggestedQuotaChange {
  readonly feature: string;
  readonly value: string;
  readonly bound: "min" | "max";
  readonly from: number;
  readonly to: number;
}

export interface InfeasibilityReport {
  readonly summary: string;
  readonly conflicts: readonly QuotaConflict[];
  /** Smallest change that admits a panel; empty with `relaxable: false` when none exists. */
  readonly relaxation: readonly SuggestedQuotaChange[];
  /** False when no change of the quotas within their flex bounds helps (e.g. too few households). */
  readonly relaxable: boolean;
}

export function analyseInfeasibleQuotas(highs: Highs, problem: SelectionProblem): InfeasibilityReport {
  const pool = groupVolunteers(problem);
  const conflicts = directConflicts(pool);
  const changes = findSmallestRelaxation(highs, pool);
  const relaxation = (changes ?? []).map((change) => describeChange(pool, change));
  if (conflicts.length === 0 && relaxation.length > 0) {
    // No single quota is impossible on its own: the changed quotas conflict in combination.
    conflicts.push({
      quotas: relaxation.map((c) => `${c.feature}: ${c.value}`),
      message: "these quotas cannot all be met together by the volunteers in the pool",
    });
  }
  const lines = ["No panel satisfies all quotas."];
  for (const conflict of conflicts) lines.push(`- ${conflict.message}`);
  if (changes === null) {
    lines.push("No change of the quotas within their allowed range (min_flex/max_flex) makes a panel possible.");
  } else {
    lines.push("Smallest change that makes a panel possible:");
    for (const c of relaxation) lines.push(`- ${c.feature}: ${c.value}: ${c.bound} ${c.from} → ${c.to}`);
  }
  return { summary: lines.join("\n"), conflicts, relaxation, relaxable: changes !== null };
}

function describeChange(pool: GroupedPool, change: QuotaChange): SuggestedQuotaChange {
  const { feature, value } = quotaName(pool, change.quota);
  return { feature, value, bound: change.bound, from: change.from, to: change.to };
}

function quotaName(pool: GroupedPool, quota: number): { feature: string; value: string } {
  const features = pool.problem.features;
  let f = 0;
  while (f + 1 < features.length && (pool.quotaOffset[f + 1] as number) <= quota) f++;
  const feature = features[f];
  const value = feature?.values[quota - (pool.quotaOffset[f] as number)];
  return { feature: feature?.name ?? "", value: value?.name ?? "" };
}

/** Reasons visible without optimisation: sums of a feature's bounds, and too few volunteers. */
function directConflicts(pool: GroupedPool): QuotaConflict[] {
  const { problem } = pool;
  const conflicts: QuotaConflict[] = [];
  const k = problem.k;
  problem.features.forEach((feature) => {
    const sumMin = feature.values.reduce((sum, v) => sum + v.min, 0);
    const sumMax = feature.values.reduce((sum, v) => sum + v.max, 0);
    if (sumMin > k) {
      conflicts.push({
        quotas: [feature.name],
        message: `the minimums of ${feature.name} add up to ${sumMin}, more than the panel size ${k}`,
      });
    }
    if (sumMax < k) {
      conflicts.push({
        quotas: [feature.name],
        message: `the maximums of ${feature.name} add up to ${sumMax}, less than the panel size ${k}`,
      });
    }
  });
  // Volunteers who could sit on a panel at all: none of their values has maximum 0.
  const eligible = problem.volunteers.filter((volunteer) =>
    volunteer.values.every((v, f) => (problem.features[f]?.values[v]?.max ?? 0) > 0),
  );
  const householdKey = (index: number, id: string, household: string | undefined): string =>
    problem.households && household ? `h:${household}` : `v:${id}:${index}`;
  problem.features.forEach((feature, f) => {
    feature.values.forEach((value, v) => {
      if (value.min === 0) return;
      const holders = eligible.filter((volunteer) => volunteer.values[f] === v);
      const distinct = new Set(holders.map((h, i) => householdKey(i, h.id, h.household))).size;
      if (holders.length < value.min) {
        conflicts.push({
          quotas: [`${feature.name}: ${value.name}`],
          message: `only ${holders.length} eligible volunteers have ${feature.name}: ${value.name}, but the minimum is ${value.min}`,
        });
      } else if (distinct < value.min) {
        conflicts.push({
          quotas: [`${feature.name}: ${value.name}`],
          message: `the volunteers with ${feature.name}: ${value.name} live in only ${distinct} households, but the minimum is ${value.min} and a panel takes one person per household`,
        });
      }
    });
  });
  if (problem.households) {
    const households = new Set(eligible.map((volunteer, i) => householdKey(i, volunteer.id, volunteer.household)));
    if (households.size < k) {
      conflicts.push({
        quotas: [],
        message: `the eligible volunteers live in only ${households.size} households, fewer than the panel size ${k}`,
      });
    }
  }
  return conflicts;
}
