import type { FieldIssue } from "../../../platform/errors/errors";
import { defaultTimeZone } from "../../../platform/reference-data";
import { comparePeriods, isPeriodKey, type PeriodKey, periodEnd } from "./periods";

/**
 * How far an indicator has come toward its target, whether that is on track, and how measures and
 * the whole portfolio stand. The rules, in short:
 *
 * - Progress is the share of the way from the baseline to the target that the latest value has
 *   covered: 0 at the baseline, 1 at the target, above 1 past it (reported clamped to 0..1 beside).
 *   Where there is no way to go (baseline equal to the target, or already beyond it), progress is
 *   1 plus the distance past the target relative to the size of the numbers, so nothing divides by 0.
 * - Without a baseline, the earliest observation stands in for it (as the UN's SDG progress
 *   assessment uses the earliest year with data), and the assessment says so.
 * - Expected progress is linear in time from the end of the baseline's period to the end of the
 *   target's period, read at the end of the latest value's period: the value is compared with what
 *   was due by the time it describes, because statistics arrive late and a measure early in its run
 *   must not be called off track for not having reached its final target yet.
 * - On track when progress ≥ 0.9 × expected, at risk when ≥ 0.6 × expected, otherwise off track;
 *   reaching the target is always on track; no value or no target is "no-data".
 *
 * Input data with faults come back as issues (values must be finite and at most 10^15 in size, so
 * every ratio stays finite); settings are configuration checked
 * once where they are read (`progressSettingsIssues`, `rollUpSettingsIssues`), so invalid settings throw.
 */
export const directions = ["increase", "decrease", "target"] as const;
/** "increase": higher is better; "decrease": lower is better; "target": the closer to the target, the better. */
export type Direction = (typeof directions)[number];

export const observationStatuses = ["provisional", "final", "corrected"] as const;
export type ObservationStatus = (typeof observationStatuses)[number];

export const progressStatuses = ["on-track", "at-risk", "off-track", "no-data"] as const;
export type ProgressStatus = (typeof progressStatuses)[number];

export const trends = ["improving", "steady", "worsening", "unknown"] as const;
export type Trend = (typeof trends)[number];

/** The starting value, measured over a period or at an instant. */
export type Baseline = { value: number; period: PeriodKey } | { value: number; at: Date };

export interface Target {
  period: PeriodKey;
  value: number;
}

export interface Observation {
  period: PeriodKey;
  value: number;
  status: ObservationStatus;
}

export interface IndicatorInput {
  direction: Direction;
  baseline?: Baseline;
  targets: readonly Target[];
  observations: readonly Observation[];
  /** The period the city is in now; it picks the target that counts. */
  currentPeriod: PeriodKey;
  /**
   * The city's time zone, in which periods end (`City.timeZone`); when left out, the zone of a city
   * file that names none.
   */
  timeZone?: string;
}

export interface ProgressSettings {
  /** Share of the expected progress that counts as on track. */
  onTrack: number;
  /** Share of the expected progress that counts as at risk; below it, off track. */
  atRisk: number;
  /** A change smaller than this share of the way from baseline to target is steady, not a trend. */
  steadyShare: number;
}

export const defaultProgressSettings: ProgressSettings = { onTrack: 0.9, atRisk: 0.6, steadyShare: 0.01 };

export interface IndicatorAssessment {
  latest: Observation | null;
  target: Target | null;
  baseline: { value: number; since: Date; source: "given" | "earliest-observation" } | null;
  /** 0 at the baseline, 1 at the target, above 1 past it, below 0 behind the baseline. */
  progress: number | null;
  /** The same, clamped to 0..1 for bars and percentages. */
  progressClamped: number | null;
  /** The progress due by the end of the latest value's period, 0..1. */
  expectedProgress: number | null;
  status: ProgressStatus;
  trend: Trend;
}

export type AssessmentResult = { ok: true; assessment: IndicatorAssessment } | { ok: false; issues: FieldIssue[] };

/** Relative tolerance for comparing computed numbers. */
const EPSILON = 1e-9;
/** Numbers smaller than this in size count as zero when they set a scale. */
const TINY = 1e-9;
/** The largest value in size an indicator may have; it keeps every ratio below finite. */
const LARGEST = 1e15;

/** The size of the numbers at hand, to make distances relative; 1 when they are all (nearly) zero. */
function scaleOf(...values: number[]): number {
  const size = Math.max(...values.map(Math.abs));
  return size > TINY ? size : 1;
}

/** The settings that break a rule: each share between 0 and 1, and at risk not above on track. */
export function progressSettingsIssues(settings: ProgressSettings): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const name of ["onTrack", "atRisk", "steadyShare"] as const) {
    const value = settings[name];
    if (!(Number.isFinite(value) && value >= 0 && value <= 1)) {
      issues.push({ path: name, message: "monitoring.errors.shareOutOfRange" });
    }
  }
  if (issues.length === 0 && settings.atRisk > settings.onTrack) {
    issues.push({ path: "atRisk", message: "monitoring.errors.thresholdOrder" });
  }
  return issues;
}

function inputIssues(input: IndicatorInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const value = (path: string, v: number) => {
    if (!Number.isFinite(v)) issues.push({ path, message: "monitoring.errors.valueNotFinite" });
    else if (Math.abs(v) > LARGEST) issues.push({ path, message: "monitoring.errors.valueTooLarge" });
  };
  const period = (path: string, p: string) => {
    if (!isPeriodKey(p)) issues.push({ path, message: "monitoring.errors.periodInvalid" });
  };
  if (!(directions as readonly string[]).includes(input.direction)) {
    issues.push({ path: "direction", message: "monitoring.errors.directionUnknown" });
  }
  period("currentPeriod", input.currentPeriod);
  if (input.baseline) {
    value("baseline.value", input.baseline.value);
    if ("period" in input.baseline) period("baseline.period", input.baseline.period);
    else if (!Number.isFinite(input.baseline.at.getTime())) {
      issues.push({ path: "baseline.at", message: "monitoring.errors.instantInvalid" });
    }
  }
  const targetPeriods = new Set<string>();
  for (const [i, target] of input.targets.entries()) {
    value(`targets.${i}.value`, target.value);
    period(`targets.${i}.period`, target.period);
    if (targetPeriods.has(target.period)) {
      issues.push({ path: `targets.${i}.period`, message: "monitoring.errors.targetPeriodTwice" });
    }
    targetPeriods.add(target.period);
  }
  for (const [i, observation] of input.observations.entries()) {
    value(`observations.${i}.value`, observation.value);
    period(`observations.${i}.period`, observation.period);
    if (!(observationStatuses as readonly string[]).includes(observation.status)) {
      issues.push({ path: `observations.${i}.status`, message: "monitoring.errors.observationStatusUnknown" });
    }
  }
  return issues;
}

const statusWeight: Record<ObservationStatus, number> = { provisional: 0, final: 1, corrected: 2 };

/**
 * One observation per period, oldest first. Where a period has several, a correction beats a final
 * value, which beats a provisional one; among equals the later in the list wins.
 */
export function observationsByPeriod(observations: readonly Observation[]): Observation[] {
  const chosen = new Map<PeriodKey, Observation>();
  for (const observation of observations) {
    const current = chosen.get(observation.period);
    if (!current || statusWeight[observation.status] >= statusWeight[current.status]) {
      chosen.set(observation.period, observation);
    }
  }
  return [...chosen.values()].sort((a, b) => comparePeriods(a.period, b.period));
}

/**
 * The target that counts now: the first one whose period does not end before the current period
 * does (the current period's own target, or the next); once every deadline has passed, the last one,
 * which must then be kept.
 */
export function currentTarget(
  targets: readonly Target[],
  currentPeriod: PeriodKey,
  timeZone: string = defaultTimeZone,
): Target | null {
  const sorted = [...targets].sort((a, b) => comparePeriods(a.period, b.period));
  const now = periodEnd(currentPeriod, timeZone).getTime();
  return sorted.find((t) => periodEnd(t.period, timeZone).getTime() >= now) ?? sorted.at(-1) ?? null;
}

/** Values turned so that higher is always better; "target" has no such turn and is handled apart. */
function better(direction: Direction, value: number): number {
  return direction === "decrease" ? -value : value;
}

/**
 * Progress of a value from the baseline toward the target, respecting the direction. Monotonic in the
 * value for "increase", the mirror for "decrease", and highest at the target for "target".
 */
export function progressOf(direction: Direction, baseline: number, target: number, value: number): number {
  const scale = scaleOf(baseline, target);
  if (direction === "target") {
    const way = Math.abs(baseline - target);
    return 1 - Math.abs(value - target) / (way > EPSILON * scale ? way : scale);
  }
  const way = better(direction, target) - better(direction, baseline);
  if (way > EPSILON * scale) return (better(direction, value) - better(direction, baseline)) / way;
  // No way to go: the target was met at the start, so progress is 1 plus the distance past it.
  return 1 + (better(direction, value) - better(direction, target)) / scale;
}

/** Whether the value reaches the target: at or beyond it for "increase"/"decrease", at it for "target". */
export function reachesTarget(direction: Direction, target: number, value: number): boolean {
  const tolerance = EPSILON * scaleOf(target, value);
  if (direction === "target") return Math.abs(value - target) <= tolerance;
  return better(direction, value) >= better(direction, target) - tolerance;
}

/** The share of the way due at `at`, linear from the baseline's time to the target's; 1 once the target is due. */
export function expectedProgressAt(since: Date, due: Date, at: Date): number {
  const span = due.getTime() - since.getTime();
  if (span <= 0) return 1;
  return Math.min(1, Math.max(0, (at.getTime() - since.getTime()) / span));
}

/** The status of a progress against the progress due, by the thresholds. */
export function statusOf(progress: number, expected: number, settings: ProgressSettings): ProgressStatus {
  if (progress >= settings.onTrack * expected - EPSILON) return "on-track";
  if (progress >= settings.atRisk * expected - EPSILON) return "at-risk";
  return "off-track";
}

/**
 * The direction of the last step, from the value before the latest to the latest. A change smaller
 * than `steadyShare` of the way from baseline to target (or of the values, with no way to go) is steady.
 */
export function trendOf(
  direction: Direction,
  previous: number,
  latest: number,
  reference: { baseline: number; target: number } | null,
  steadyShare: number,
): Trend {
  let gain: number;
  if (direction === "target") {
    if (!reference) return "unknown";
    gain = Math.abs(previous - reference.target) - Math.abs(latest - reference.target);
  } else {
    gain = better(direction, latest) - better(direction, previous);
  }
  const way = reference ? Math.abs(reference.target - reference.baseline) : 0;
  const size =
    way > EPSILON * scaleOf(reference?.baseline ?? 0, reference?.target ?? 0) ? way : scaleOf(previous, latest);
  const tolerance = steadyShare * size + EPSILON * scaleOf(previous, latest);
  if (gain > tolerance) return "improving";
  if (gain < -tolerance) return "worsening";
  return "steady";
}

function checkedSettings(settings: ProgressSettings): ProgressSettings {
  const issues = progressSettingsIssues(settings);
  if (issues.length > 0) throw new RangeError(`invalid progress settings: ${issues.map((i) => i.path).join(", ")}`);
  return settings;
}

/** Assesses one indicator: latest value, target that counts, progress, expected progress, status and trend. */
export function assessIndicator(
  input: IndicatorInput,
  settings: ProgressSettings = defaultProgressSettings,
): AssessmentResult {
  checkedSettings(settings);
  const issues = inputIssues(input);
  if (issues.length > 0) return { ok: false, issues };

  const series = observationsByPeriod(input.observations);
  const latest = series.at(-1) ?? null;
  const previous = series.at(-2) ?? null;
  const timeZone = input.timeZone ?? defaultTimeZone;
  const target = currentTarget(input.targets, input.currentPeriod, timeZone);
  const first = series[0];
  const baseline = input.baseline
    ? {
        value: input.baseline.value,
        since: "period" in input.baseline ? periodEnd(input.baseline.period, timeZone) : input.baseline.at,
        source: "given" as const,
      }
    : first
      ? { value: first.value, since: periodEnd(first.period, timeZone), source: "earliest-observation" as const }
      : null;
  const reference = baseline && target ? { baseline: baseline.value, target: target.value } : null;
  const trend =
    latest && previous
      ? trendOf(input.direction, previous.value, latest.value, reference, settings.steadyShare)
      : "unknown";

  if (!latest || !target || !baseline) {
    const assessment = { latest, target, baseline, progress: null, progressClamped: null, expectedProgress: null };
    return { ok: true, assessment: { ...assessment, status: "no-data", trend } };
  }
  const progress = progressOf(input.direction, baseline.value, target.value, latest.value);
  const expectedProgress = expectedProgressAt(
    baseline.since,
    periodEnd(target.period, timeZone),
    periodEnd(latest.period, timeZone),
  );
  const status = reachesTarget(input.direction, target.value, latest.value)
    ? "on-track"
    : statusOf(progress, expectedProgress, settings);
  const progressClamped = Math.min(1, Math.max(0, progress));
  return {
    ok: true,
    assessment: { latest, target, baseline, progress, progressClamped, expectedProgress, status, trend },
  };
}

/**
 * Roll-up of statuses (indicators into a measure, measures into the portfolio) by a share rule: the
 * result is the best status that at least `share` of the judged inputs reach or beat. "no-data"
 * inputs are left out of the judgement unless every input is "no-data". With share 1 this is
 * worst-of, the default for a measure: its few indicators were each chosen because they matter, so
 * the weakest decides. A portfolio of dozens of measures would be off track forever by one
 * straggler under worst-of, so it defaults to three quarters; the counts per status are shown
 * beside it, so no straggler is hidden. The result always lies between the best and worst input,
 * and improving one input never worsens it.
 */
export interface RollUpSettings {
  /** Share of the judged inputs (more than 0, at most 1) that must reach the rolled-up status. */
  share: number;
}

export const defaultMeasureRollUp: RollUpSettings = { share: 1 };
export const defaultPortfolioRollUp: RollUpSettings = { share: 0.75 };

/** The settings that break a rule: the share must be more than 0 and at most 1. */
export function rollUpSettingsIssues(settings: RollUpSettings): FieldIssue[] {
  const { share } = settings;
  return Number.isFinite(share) && share > 0 && share <= 1
    ? []
    : [{ path: "share", message: "monitoring.errors.shareOutOfRange" }];
}

const judged = ["on-track", "at-risk", "off-track"] as const;

/** Rolls statuses up by the share rule described above; "no-data" for no inputs or only "no-data". */
export function rollUpStatus(statuses: readonly ProgressStatus[], settings: RollUpSettings): ProgressStatus {
  if (rollUpSettingsIssues(settings).length > 0) throw new RangeError(`invalid roll-up share: ${settings.share}`);
  const counts = statusCounts(statuses);
  const total = statuses.length - counts["no-data"];
  if (total === 0) return "no-data";
  let reached = 0;
  for (const status of judged) {
    reached += counts[status];
    // A status no input has cannot be the result, however small the share.
    if (counts[status] > 0 && reached / total >= settings.share - EPSILON) return status;
  }
  return "off-track";
}

/** A measure's status from its indicators' statuses (worst-of by default). */
export function measureStatus(
  indicatorStatuses: readonly ProgressStatus[],
  settings: RollUpSettings = defaultMeasureRollUp,
): ProgressStatus {
  return rollUpStatus(indicatorStatuses, settings);
}

/** The portfolio's status from its measures' statuses (three quarters by default). */
export function portfolioStatus(
  measureStatuses: readonly ProgressStatus[],
  settings: RollUpSettings = defaultPortfolioRollUp,
): ProgressStatus {
  return rollUpStatus(measureStatuses, settings);
}

/** How many inputs have each status, every status present (0 where none), for dashboards. */
export function statusCounts(statuses: readonly ProgressStatus[]): Record<ProgressStatus, number> {
  const counts: Record<ProgressStatus, number> = { "on-track": 0, "at-risk": 0, "off-track": 0, "no-data": 0 };
  for (const status of statuses) counts[status] += 1;
  return counts;
}

/**
 * Adds one input with this status to the counts kept for its key (a district, a group), starting
 * the key with every status at 0, so a dashboard can count by key in the loop it already runs.
 */
export function countStatusOf<K>(counts: Map<K, Record<ProgressStatus, number>>, key: K, status: ProgressStatus): void {
  let held = counts.get(key);
  if (!held) {
    held = statusCounts([]);
    counts.set(key, held);
  }
  held[status] += 1;
}

/** How many inputs the counts hold in all. */
export function countedInAll(counts: Readonly<Record<ProgressStatus, number>>): number {
  return progressStatuses.reduce((sum, status) => sum + counts[status], 0);
}
