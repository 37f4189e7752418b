import { z } from "zod";
import { cityDay, defaultTimeZone } from "../../../platform/reference-data";
import { comparePeriods, type Frequency, frequencies, frequencyOf, isComplete, type PeriodKey } from "./periods";
import { isUcumUnit, unitNotUcum } from "./units";

/**
 * Indicators in two parts. A DEFINITION is a reusable catalogue entry, with the fields city
 * indicator standards give each indicator (ISO 37120 and its family, the ITU/U4SSC key performance
 * indicators): what is measured, in which unit, from which source, how often, for which area. A USE
 * is one measure's commitment to a definition: where it starts (baseline), what it aims for in which
 * period (targets), who looks after it and which goal of the measure's logic model it shows.
 */
export const indicatorLevels = ["input", "output", "outcome", "impact", "milestone"] as const;
export type IndicatorLevel = (typeof indicatorLevels)[number];

/** Which way is better: more (participants), less (NO₂), or hitting a value (a yes, a range's middle). */
export const indicatorDirections = ["increase", "decrease", "target"] as const;
export type IndicatorDirection = (typeof indicatorDirections)[number];

export const spatialUnits = ["city", "district"] as const;
export type SpatialUnit = (typeof spatialUnits)[number];

/**
 * Most indicators are numbers; a yes-no indicator ("guideline published") is stored as 1 for yes and
 * 0 for no with the unit `1`, so it fits every chart and export, and pages show it as yes or no.
 */
export const valueKinds = ["number", "yes-no"] as const;
export type ValueKind = (typeof valueKinds)[number];

const error = (name: string) => `monitoring.errors.${name}`;

const text = (min: number, max: number, key: string) =>
  z
    .string({ error: error(key) })
    .trim()
    .min(min, { error: error(key) })
    .max(max, { error: error(`${key}Long`) });

const bilingual = (min: number, max: number, key: string) =>
  z.object({ de: text(min, max, key), en: text(min, max, key) }, { error: error(key) });

/** Keys are slugs, stable across languages and versions, e.g. "z1-training-participants". */
export const indicatorKey = z
  .string({ error: error("indicatorKey") })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: error("indicatorKey") })
  .max(80, { error: error("indicatorKey") });

/**
 * An SDG goal (1–17), a target (a number or one of the letters for means of implementation, "11.a")
 * and, for an indicator, its number: "11.6", "11.a", "11.6.2".
 */
const sdgTarget = z
  .string({ error: error("sdgTarget") })
  .trim()
  .regex(/^(?:[1-9]|1[0-7])\.(?:[1-9]|1[0-9]|[a-d])(?:\.[1-9])?$/, { error: error("sdgTarget") });

const unitCode = z
  .string({ error: unitNotUcum })
  .trim()
  .refine((code) => isUcumUnit(code), { error: unitNotUcum });

export const indicatorDefinitionSchema = z
  .object({
    key: indicatorKey,
    name: bilingual(3, 200, "indicatorName"),
    // A draft from a source that gives none (the demo) may still lack a definition; pages say so.
    definition: bilingual(0, 3000, "indicatorDefinition").default({ de: "", en: "" }),
    level: z.enum(indicatorLevels, { error: error("level") }),
    unit: unitCode,
    valueKind: z.enum(valueKinds, { error: error("valueKind") }).default("number"),
    numerator: bilingual(3, 500, "ratioPart").optional(),
    denominator: bilingual(3, 500, "ratioPart").optional(),
    direction: z.enum(indicatorDirections, { error: error("direction") }),
    // Empty until someone names the source; a page shows "source not yet named" rather than a guess.
    dataSource: text(0, 500, "dataSource").default(""),
    frequency: z.enum(frequencies, { error: error("frequency") }),
    spatialUnit: z.enum(spatialUnits, { error: error("spatialUnit") }),
    sdgTarget: sdgTarget.optional(),
    /** The clause of the standard the definition follows, e.g. "ISO 37120:2018 8.1". */
    standardReference: text(3, 100, "standardReference").optional(),
  })
  .refine((d) => (d.numerator === undefined) === (d.denominator === undefined), {
    error: error("ratioIncomplete"),
    path: ["denominator"],
  })
  .refine((d) => d.valueKind === "number" || d.unit === "1", { error: error("yesNoUnit"), path: ["unit"] });

export type IndicatorDefinition = z.output<typeof indicatorDefinitionSchema>;

/** Whether a value is a calendar day written as "2025-07-01" that exists (no 31 February). */
export function isCalendarDay(value: unknown): value is string {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isFinite(date.getTime()) && date.toISOString().startsWith(value);
}

export interface Baseline {
  value: number;
  /** The day the baseline value describes. */
  date: string;
}

export type Targets = Record<PeriodKey, number>;

export interface IndicatorUse {
  /** The key of the definition used. */
  indicator: string;
  /** The id of the goal in the measure's logic model that the indicator shows. */
  goal: string;
  baseline: Baseline | null;
  /**
   * Target values by period. An object keeps year keys ("2026") before all others whatever the order
   * of insertion, so read targets in period order with `targetList`.
   */
  targets: Targets;
  /** A target the source states only in words ("12–20", "all"), kept as written; null when there is none. */
  targetNote: string | null;
  responsibleAccountId: string | null;
}

/**
 * What a use is checked against: its definition's frequency and kind of value, the current time and
 * the city's time zone, in which today and the periods count (left out: the zone of a city file that
 * names none).
 */
export interface UseContext {
  frequency: Frequency;
  valueKind?: ValueKind;
  today: Date;
  timeZone?: string;
}

export const goalId = z
  .string({ error: error("goal") })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: error("goal") })
  .max(64, { error: error("goal") });

/** More targets than five years of months would be a data dump, not a plan. */
export const maxTargets = 60;

/**
 * Why a target's period is refused, or null: the key must be a period of the definition's frequency
 * or a whole year (a yearly target for a quarterly indicator is common), and the period must not be
 * over, since a target set afterwards would be a report dressed up as a plan.
 */
export function targetPeriodIssue(
  period: string,
  frequency: Frequency,
  today: Date,
  timeZone: string = defaultTimeZone,
): string | null {
  const periodFrequency = frequencyOf(period);
  if (periodFrequency === null) return error("periodInvalid");
  if (periodFrequency !== frequency && periodFrequency !== "yearly") return error("periodNotOfFrequency");
  if (isComplete(period, today, timeZone)) return error("targetInPast");
  return null;
}

/** Why a target value is refused, or null: it must be a finite number, for a yes-no indicator 0 or 1. */
export function targetValueIssue(value: unknown, valueKind: ValueKind = "number"): string | null {
  if (typeof value !== "number" || !Number.isFinite(value)) return error("targetValue");
  if (valueKind === "yes-no" && value !== 0 && value !== 1) return error("yesNoValue");
  return null;
}

/** Why a baseline is refused, or null: a finite value (0 or 1 for yes-no) on a day that has come. */
export function baselineIssue(
  baseline: { value: unknown; date: unknown },
  valueKind: ValueKind,
  today: Date,
  timeZone: string = defaultTimeZone,
): string | null {
  if (targetValueIssue(baseline.value, valueKind) !== null) return error("baselineValue");
  if (!isCalendarDay(baseline.date)) return error("baselineDate");
  if (baseline.date > cityDay(today, timeZone)) return error("baselineInFuture");
  return null;
}

/** The targets in period order, from first to last (periods of mixed frequencies ordered by their end). */
export function targetList(targets: Targets): Array<{ period: PeriodKey; value: number }> {
  return Object.entries(targets)
    .map(([period, value]) => ({ period, value }))
    .sort((a, b) => comparePeriods(a.period, b.period));
}

/**
 * The schema of a use of a definition with the given frequency, checked at `today` (no clock inside).
 * Baseline and targets are checked by the functions above, which the logic model's changes use too,
 * so a value is judged the same way wherever it comes from.
 */
export function indicatorUseSchema(context: UseContext) {
  const valueKind = context.valueKind ?? "number";
  return (
    z
      .object({
        indicator: indicatorKey,
        goal: goalId,
        baseline: z
          .object({ value: z.unknown(), date: z.unknown() }, { error: error("baseline") })
          .nullable()
          .default(null),
        targets: z.record(z.string(), z.unknown(), { error: error("targets") }).default({}),
        targetNote: text(1, 200, "targetNote").nullable().default(null),
        responsibleAccountId: z
          .uuid({ error: error("responsible") })
          .nullable()
          .default(null),
      })
      .superRefine((use, ctx) => {
        if (use.baseline) {
          const issue = baselineIssue(use.baseline, valueKind, context.today, context.timeZone);
          if (issue) ctx.addIssue({ code: "custom", message: issue, path: ["baseline"] });
        }
        const entries = Object.entries(use.targets);
        if (entries.length > maxTargets)
          ctx.addIssue({ code: "custom", message: error("targetsMany"), path: ["targets"] });
        for (const [period, value] of entries) {
          const issue =
            targetPeriodIssue(period, context.frequency, context.today, context.timeZone) ??
            targetValueIssue(value, valueKind);
          if (issue) ctx.addIssue({ code: "custom", message: issue, path: ["targets", period] });
        }
      })
      // The checks above passed, so baseline and targets have the shapes the casts name.
      .transform(
        (use): IndicatorUse => ({ ...use, baseline: use.baseline as Baseline | null, targets: use.targets as Targets }),
      )
  );
}
