import { defaultTimeZone, startOfCityDay } from "../../../platform/reference-data";
import type { IndicatorDefinition, IndicatorUse } from "./indicator";
import { targetList } from "./indicator";
import type { Difference, Goal, LogicModel } from "./logic-model";
import { comparePeriods, periodContaining } from "./periods";
import {
  assessIndicator,
  type IndicatorAssessment,
  measureStatus,
  type ObservationStatus,
  type ProgressStatus,
} from "./progress";

/**
 * What the monitoring pages show, as plain data: definitions, values and versions as stored, and
 * each indicator use assessed (progress.ts) at a given instant. Pure; the use cases read the rows.
 */
export const observationSources = ["form", "csv", "api", "sensorthings", "json"] as const;
export type ObservationSource = (typeof observationSources)[number];

export interface StoredDefinition extends IndicatorDefinition {
  demo: boolean;
  version: number;
  updatedAt: Date;
}

export interface StoredObservation {
  id: string;
  indicator: string;
  period: string;
  spatialUnit: string;
  value: number;
  status: ObservationStatus;
  source: ObservationSource;
  note: string;
  /** The value this one corrects. */
  corrects: string | null;
  /** When a correction replaced this value; null while it is the current one. */
  supersededAt: Date | null;
  enteredAt: Date;
  demo: boolean;
}

export interface ModelVersion {
  id: string;
  measureId: string;
  version: number;
  model: LogicModel;
  reason: string;
  differences: Difference[];
  createdAt: Date;
  demo: boolean;
}

/** A current value with the values it replaced, newest replacement first. */
export interface ValueRow {
  observation: StoredObservation;
  replaced: StoredObservation[];
}

export interface IndicatorView {
  use: IndicatorUse;
  /** Null only if the catalogue lost the definition, which the pages then say. */
  definition: StoredDefinition | null;
  goal: Goal | null;
  /** Current values, newest period first, each with what it replaced. */
  values: ValueRow[];
  /** How many current values there are in all (the page may show only the newest). */
  valueCount: number;
  assessment: IndicatorAssessment | null;
  status: ProgressStatus;
  /**
   * For an indicator measured per district: each district with values, assessed on its own values
   * against the use's baseline and targets (they are per district for such an indicator). Empty for
   * city-wide indicators. The measure's status still rolls up from the city-wide values.
   */
  districts: DistrictAssessment[];
}

/** One district's standing on an indicator measured per district. */
export interface DistrictAssessment {
  district: string;
  assessment: IndicatorAssessment | null;
  status: ProgressStatus;
}

/** What an assessment reads of a stored value. */
export type AssessedObservation = Pick<
  StoredObservation,
  "period" | "value" | "status" | "spatialUnit" | "supersededAt"
>;

/** The current values of one area: the whole city's (`city`, the measure-wide values) or a district's. */
function currentValuesOf(observations: readonly AssessedObservation[], area: string) {
  return observations.filter((o) => o.supersededAt === null && o.spatialUnit === area);
}

/**
 * One indicator use assessed at `now`: the baseline day counts from its start (midnight in the
 * city's time zone), targets in period order, the current values of one area (the whole city unless
 * another is named); the target that counts is picked by the city's period `now` lies in.
 * A use whose definition is missing, or whose data the assessment refuses, has no assessment.
 */
export function assessUse(
  use: IndicatorUse,
  definition: Pick<IndicatorDefinition, "direction" | "frequency"> | null,
  observations: readonly AssessedObservation[],
  now: Date,
  timeZone: string = defaultTimeZone,
  area = "city",
): IndicatorAssessment | null {
  if (!definition) return null;
  const result = assessIndicator({
    direction: definition.direction,
    baseline: use.baseline ? { value: use.baseline.value, at: startOfCityDay(use.baseline.date, timeZone) } : undefined,
    targets: targetList(use.targets),
    observations: currentValuesOf(observations, area).map((o) => ({
      period: o.period,
      value: o.value,
      status: o.status,
    })),
    currentPeriod: periodContaining(now, definition.frequency, timeZone),
    timeZone,
  });
  return result.ok ? result.assessment : null;
}

/** The current values of one use, newest period first, each with the values it replaced (by `corrects`). */
export function valueRows(observations: readonly StoredObservation[]): ValueRow[] {
  const byId = new Map(observations.map((o) => [o.id, o]));
  const rows: ValueRow[] = [];
  for (const observation of observations) {
    if (observation.supersededAt !== null) continue;
    const replaced: StoredObservation[] = [];
    let previous = observation.corrects ? byId.get(observation.corrects) : undefined;
    while (previous && replaced.length < 50) {
      replaced.push(previous);
      previous = previous.corrects ? byId.get(previous.corrects) : undefined;
    }
    rows.push({ observation, replaced });
  }
  return rows.sort(
    (a, b) =>
      comparePeriods(b.observation.period, a.observation.period) ||
      a.observation.spatialUnit.localeCompare(b.observation.spatialUnit),
  );
}

/**
 * Each district with current values of a use measured per district, assessed like the city (see
 * `assessUse`), by district key (pages order them as the city lists its districts); none for other uses.
 */
export function districtAssessments(
  use: IndicatorUse,
  definition: Pick<IndicatorDefinition, "direction" | "frequency" | "spatialUnit"> | null,
  observations: readonly AssessedObservation[],
  now: Date,
  timeZone: string = defaultTimeZone,
): DistrictAssessment[] {
  if (definition?.spatialUnit !== "district") return [];
  const areas = new Set(observations.filter((o) => o.supersededAt === null).map((o) => o.spatialUnit));
  areas.delete("city");
  return [...areas]
    .sort((a, b) => a.localeCompare(b))
    .map((district) => {
      const assessment = assessUse(use, definition, observations, now, timeZone, district);
      return { district, assessment, status: assessment?.status ?? "no-data" };
    });
}

/** Every use of the model with its definition, goal, values and assessment, in the model's order. */
export function indicatorViews(
  model: LogicModel,
  definitions: ReadonlyMap<string, StoredDefinition>,
  observations: readonly StoredObservation[],
  now: Date,
  shownValues: number,
  timeZone: string = defaultTimeZone,
): IndicatorView[] {
  return model.indicators.map((use) => {
    const definition = definitions.get(use.indicator) ?? null;
    const own = observations.filter((o) => o.indicator === use.indicator);
    const assessment = assessUse(use, definition, own, now, timeZone);
    const rows = valueRows(own);
    return {
      use,
      definition,
      goal: model.goals.find((goal) => goal.id === use.goal) ?? null,
      values: rows.slice(0, shownValues),
      valueCount: rows.length,
      assessment,
      status: assessment?.status ?? "no-data",
      districts: districtAssessments(use, definition, own, now, timeZone),
    };
  });
}

/** The measure's status from its indicators' (worst-of, see progress.ts). */
export function rolledUpStatus(views: readonly IndicatorView[]): ProgressStatus {
  return measureStatus(views.map((view) => view.status));
}
