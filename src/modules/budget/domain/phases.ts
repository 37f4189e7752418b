/** The phases of a budget, in order. Each starts at its date; the current one follows from the clock. */
export const PHASES = ["upcoming", "proposals", "review", "voting", "results", "implementation"] as const;
export type Phase = (typeof PHASES)[number];

export interface PhaseDates {
  proposalsStart: Date;
  reviewStart: Date;
  votingStart: Date;
  resultsStart: Date;
  implementationStart: Date;
}

export const phaseDateFields = [
  "proposalsStart",
  "reviewStart",
  "votingStart",
  "resultsStart",
  "implementationStart",
] as const;
export type PhaseDateField = (typeof phaseDateFields)[number];

export function phaseOf(dates: PhaseDates, now: Date): Phase {
  const t = now.getTime();
  if (t >= dates.implementationStart.getTime()) return "implementation";
  if (t >= dates.resultsStart.getTime()) return "results";
  if (t >= dates.votingStart.getTime()) return "voting";
  if (t >= dates.reviewStart.getTime()) return "review";
  if (t >= dates.proposalsStart.getTime()) return "proposals";
  return "upcoming";
}

/** Whether results may be shown: only once voting has closed. */
export function resultsPublished(phase: Phase): boolean {
  return phase === "results" || phase === "implementation";
}

/**
 * The start dates after starting the next phase now: the next phase's start becomes now, and later
 * dates move along (a second apart) if they would come before it. Null in the last phase.
 */
export function nextPhaseDates(
  current: PhaseDates,
  now: Date,
): { phase: Phase; next: Phase; dates: Record<PhaseDateField, Date> } | null {
  const phase = phaseOf(current, now);
  const index = PHASES.indexOf(phase);
  if (phase === "implementation") return null;
  const dates = { ...Object.fromEntries(phaseDateFields.map((f) => [f, current[f]])) } as Record<PhaseDateField, Date>;
  // PHASES[index + 1] starts at phaseDateFields[index].
  const field = phaseDateFields[index] as PhaseDateField;
  dates[field] = now;
  for (let i = index + 1; i < phaseDateFields.length; i++) {
    const later = phaseDateFields[i] as PhaseDateField;
    if (dates[later].getTime() <= now.getTime()) dates[later] = new Date(now.getTime() + 1000 * (i - index));
  }
  return { phase, next: PHASES[index + 1] as Phase, dates };
}
