import { z } from "zod";
import type { FieldIssue } from "../../../platform/errors/errors";
import {
  type IndicatorDefinition,
  type IndicatorDirection,
  type IndicatorLevel,
  type IndicatorUse,
  indicatorDefinitionSchema,
  type ValueKind,
} from "./indicator";
import type { Goal } from "./logic-model";
import { type Frequency, frequencies, type PeriodKey } from "./periods";

/**
 * The demo strategy file lists each measure's indicators in a short form
 * (`{ level: output, name_de, name_en, unit: persons, baseline: 0, target: 1500, frequency: quarterly }`).
 * This turns one measure's list, as parsed from YAML, into definitions and uses. The file gives no
 * dates and few frequencies, and some targets are words; every gap is filled by a rule named here,
 * never by a guessed figure.
 */
export interface DemoIndicator {
  definition: IndicatorDefinition;
  use: IndicatorUse;
  /**
   * A value the source reports without saying whether it is a baseline or a result ("7 locations in
   * 2024", ">100 events"): kept for the observations, a number when it is one, else the text as written.
   */
  reported: { value: number | null; note: string | null } | null;
  /** "demo" when the figures are invented for the demo, "verified" when taken from a source. */
  sourceStatus: string | null;
}

export interface DemoOptions {
  /** The day the baselines describe; the file gives none, so the caller names one (e.g. the strategy's adoption). */
  baselineDate: string;
  /** The period the file's single targets are for; the file gives none (e.g. the last year of the strategy). */
  targetPeriod: PeriodKey;
}

export type DemoResult = { ok: true; indicators: DemoIndicator[] } | { ok: false; issue: FieldIssue };

const scalar = z.union([z.string(), z.number(), z.boolean()]);

const demoIndicator = z.object({
  level: z.string(),
  name_de: z.string().optional(),
  name_en: z.string().optional(),
  unit: z.string().optional(),
  baseline: scalar.optional(),
  target: scalar.optional(),
  value: scalar.optional(),
  frequency: z.string().optional(),
  data_source: z.string().optional(),
  source_status: z.string().optional(),
});

type RawIndicator = z.output<typeof demoIndicator>;

/**
 * The file's units as UCUM codes. Counted things become annotations (`{persons}`), which UCUM treats
 * as the number 1 with a name; rates keep their time unit (`m3/a`, `{bookings}/mo`). `bool` becomes
 * the unit `1` with the values 1 (yes) and 0 (no), and the definition says it is a yes-no indicator.
 * A unit not listed here is refused rather than guessed.
 */
const demoUnits: Record<string, { code: string; valueKind?: ValueKind }> = {
  persons: { code: "{persons}" },
  persons_per_year: { code: "{persons}/a" },
  percent: { code: "%" },
  percent_per_year: { code: "%/a" },
  count: { code: "{count}" },
  datasets: { code: "{datasets}" },
  authorities: { code: "{authorities}" },
  locations: { code: "{locations}" },
  events: { code: "{events}" },
  areas: { code: "{areas}" },
  procedures: { code: "{procedures}" },
  boxes: { code: "{boxes}" },
  stations: { code: "{stations}" },
  items_per_year: { code: "{items}/a" },
  bookings_per_month: { code: "{bookings}/mo" },
  m3_per_year: { code: "m3/a" },
  ug_m3: { code: "ug/m3" },
  minutes: { code: "min" },
  hours: { code: "h" },
  days: { code: "d" },
  euros: { code: "{EUR}" },
  bool: { code: "1", valueKind: "yes-no" },
};

/**
 * The file's levels. "process" (running the thing, e.g. sensor uptime) is no level of the logic
 * model; what a measure keeps running is what it delivers, so it counts as an output.
 */
const demoLevels: Record<string, IndicatorLevel> = {
  input: "input",
  output: "output",
  process: "output",
  outcome: "outcome",
  impact: "impact",
  milestone: "milestone",
};

/** Things where less is better; matched in the English name when the file gives no baseline to compare. */
const lessIsBetter = /nitrogen dioxide|\bno2\b|particulate|emission|noise|processing time|waiting time|accident/i;

/**
 * Which way is better: when baseline and target are both numbers, the way from one to the other;
 * else less for pollutants, times and the like (by the English name), more for everything else,
 * including yes-no indicators, which go from no (0) to yes (1).
 */
function directionOf(raw: RawIndicator): IndicatorDirection {
  if (typeof raw.baseline === "number" && typeof raw.target === "number" && raw.baseline !== raw.target) {
    return raw.target < raw.baseline ? "decrease" : "increase";
  }
  return lessIsBetter.test(raw.name_en ?? "") ? "decrease" : "increase";
}

const transliterations: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

/** "Z1" and "Training participants" → "z1-training-participants", cut at a word within 80 characters. */
export function demoKey(measureId: string, name: string): string {
  const words = `${measureId} ${name}`
    .toLowerCase()
    .replace(/[äöüß]/g, (letter) => transliterations[letter] ?? letter)
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ");
  let key = words[0] ?? "";
  for (const word of words.slice(1)) {
    if (key.length + 1 + word.length > 76) break;
    key = `${key}-${word}`;
  }
  return key;
}

/**
 * A target that is a number is the target of `targetPeriod`; `true`/`false` are yes (1) and no (0).
 * A target in words ("12–20", "+20% per year", "all") has no honest single number, so it is kept as
 * written in `targetNote` and the use has no numeric target.
 */
function targetOf(raw: RawIndicator, period: PeriodKey): { targets: Record<PeriodKey, number>; note: string | null } {
  if (typeof raw.target === "number") return { targets: { [period]: raw.target }, note: null };
  if (typeof raw.target === "boolean") return { targets: { [period]: raw.target ? 1 : 0 }, note: null };
  if (typeof raw.target === "string" && raw.target.trim() !== "") return { targets: {}, note: raw.target.trim() };
  return { targets: {}, note: null };
}

function reportedOf(value: RawIndicator["value"]): DemoIndicator["reported"] {
  if (value === undefined) return null;
  if (typeof value === "number") return { value, note: null };
  if (typeof value === "boolean") return { value: value ? 1 : 0, note: null };
  return { value: null, note: value };
}

function convertOne(
  measureId: string,
  raw: RawIndicator,
  options: DemoOptions,
  path: string,
): { ok: true; indicator: DemoIndicator } | { ok: false; issue: FieldIssue } {
  const level = demoLevels[raw.level];
  if (!level) return { ok: false, issue: { path: `${path}.level`, message: "monitoring.errors.level" } };
  const unit = raw.unit === undefined ? undefined : demoUnits[raw.unit];
  if (!unit) return { ok: false, issue: { path: `${path}.unit`, message: "monitoring.errors.unitNotUcum" } };
  // Without a frequency the file's targets are for the end of the strategy; yearly is its review cycle.
  const frequency: Frequency | undefined =
    raw.frequency === undefined ? "yearly" : frequencies.find((known) => known === raw.frequency);
  if (!frequency) return { ok: false, issue: { path: `${path}.frequency`, message: "monitoring.errors.frequency" } };
  // A baseline in words would be a guess as a number; the file has none, and one is refused, not dropped.
  if (raw.baseline !== undefined && typeof raw.baseline !== "number" && typeof raw.baseline !== "boolean") {
    return { ok: false, issue: { path: `${path}.baseline`, message: "monitoring.errors.baselineValue" } };
  }
  // A name in one language stands for both, as the strategy file does with its other texts.
  const nameDe = raw.name_de ?? raw.name_en ?? "";
  const nameEn = raw.name_en ?? raw.name_de ?? "";
  const parsed = indicatorDefinitionSchema.safeParse({
    key: demoKey(measureId, nameEn),
    name: { de: nameDe, en: nameEn },
    level,
    unit: unit.code,
    valueKind: unit.valueKind ?? "number",
    direction: directionOf(raw),
    dataSource: raw.data_source ?? "",
    frequency,
    // The file's measures work for the whole city or a pilot within it; none reports by district.
    spatialUnit: "city",
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, issue: { path: [path, ...(issue?.path ?? [])].join("."), message: issue?.message ?? "" } };
  }
  const target = targetOf(raw, options.targetPeriod);
  const baseline = raw.baseline === undefined ? null : { value: Number(raw.baseline), date: options.baselineDate };
  return {
    ok: true,
    indicator: {
      definition: parsed.data,
      use: {
        indicator: parsed.data.key,
        // One goal per level in the file, so the level names the goal (see `demoGoals`).
        goal: level,
        baseline,
        targets: target.targets,
        targetNote: target.note,
        responsibleAccountId: null,
      },
      reported: reportedOf(raw.value),
      sourceStatus: raw.source_status ?? null,
    },
  };
}

/**
 * One measure's `indicators:` list from the demo file as definitions and uses. Keys come from the
 * measure id and the English name; a name used twice in a measure gets "-2", "-3" so keys stay unique.
 * Refused with the first issue when an entry has an unknown level, unit or frequency.
 */
export function convertDemoIndicators(measureId: string, indicators: unknown, options: DemoOptions): DemoResult {
  const list = z.array(demoIndicator).safeParse(indicators ?? []);
  if (!list.success) return { ok: false, issue: { path: "indicators", message: "monitoring.errors.demoIndicators" } };
  const converted: DemoIndicator[] = [];
  for (const [i, raw] of list.data.entries()) {
    const result = convertOne(measureId, raw, options, `indicators.${i}`);
    if (!result.ok) return result;
    const { indicator } = result;
    const base = indicator.definition.key;
    let key = base;
    for (let n = 2; converted.some((other) => other.definition.key === key); n++) key = `${base}-${n}`;
    converted.push({
      ...indicator,
      definition: { ...indicator.definition, key },
      use: { ...indicator.use, indicator: key },
    });
  }
  return { ok: true, indicators: converted };
}

/**
 * A measure's `goals:` block of the demo file (`output_de`, `output_en`, …) as logic-model goals,
 * one per level that has a text, with the level as the goal's id.
 */
export function demoGoals(goals: unknown): Goal[] {
  const texts = z
    .record(z.string(), z.string())
    .catch({})
    .parse(goals ?? {});
  const levels = ["input", "output", "outcome", "impact"] as const;
  return levels.flatMap((level) => {
    const de = texts[`${level}_de`] ?? texts[`${level}_en`];
    const en = texts[`${level}_en`] ?? texts[`${level}_de`];
    return de && en ? [{ id: level, level, phaseId: null, text: { de, en } }] : [];
  });
}
