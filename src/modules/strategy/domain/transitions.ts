import type { MeasureStatus, Phase } from "./model";

/**
 * Status changes the strategy office may make. A planned measure starts, pauses or is stopped
 * before it starts; a running one pauses, completes or stops; a paused one resumes or stops.
 * Completed and stopped are final: a new phase of work is a new measure, so the record stays true.
 */
const statusTransitions: Record<MeasureStatus, readonly MeasureStatus[]> = {
  planned: ["running", "paused", "stopped"],
  running: ["paused", "completed", "stopped"],
  paused: ["running", "stopped"],
  completed: [],
  stopped: [],
};

type TransitionVerdict = { ok: true } | { ok: false; reason: string };

/** Whether the status may change from `from` to `to`. Keeping the status is always allowed. */
export function checkStatusTransition(from: MeasureStatus | null, to: MeasureStatus | null): TransitionVerdict {
  if (from === to) return { ok: true };
  if (to === null) return { ok: false, reason: "strategy.rules.statusRequired" };
  if (from === null) return { ok: true };
  return statusTransitions[from].includes(to) ? { ok: true } : { ok: false, reason: "strategy.rules.statusTransition" };
}

/** The statuses a measure in `from` may move to, itself included (for the form's choices). */
export function allowedStatuses(from: MeasureStatus | null): MeasureStatus[] {
  if (from === null) return ["planned", "running", "completed", "paused", "stopped"];
  return [from, ...statusTransitions[from]];
}

/**
 * Phase changes: forward one phase at a time (no phase is skipped, each is reported on), back to
 * any earlier phase (a learning strategy may step back), or the first phase ever set. A completed
 * or stopped measure keeps its phase.
 */
export function checkPhaseTransition(
  phases: readonly Phase[],
  status: MeasureStatus | null,
  from: string | null,
  to: string | null,
): TransitionVerdict {
  if (from === to) return { ok: true };
  if (status === "completed" || status === "stopped") return { ok: false, reason: "strategy.rules.phaseFinal" };
  if (to === null) return { ok: false, reason: "strategy.rules.phaseRequired" };
  const target = phases.find((p) => p.id === to);
  if (!target) return { ok: false, reason: "strategy.rules.phaseUnknown" };
  if (from === null) return { ok: true };
  const current = phases.find((p) => p.id === from);
  if (!current) return { ok: true };
  const ordered = [...phases].sort((a, b) => a.position - b.position);
  const step = ordered.indexOf(target) - ordered.indexOf(current);
  if (step === 1 || step < 0) return { ok: true };
  return { ok: false, reason: "strategy.rules.phaseSkip" };
}

/** The phases a measure may move to from `from` (itself included), in order. */
export function allowedPhases(phases: readonly Phase[], status: MeasureStatus | null, from: string | null): Phase[] {
  const ordered = [...phases].sort((a, b) => a.position - b.position);
  return ordered.filter((p) => checkPhaseTransition(phases, status, from, p.id).ok);
}
