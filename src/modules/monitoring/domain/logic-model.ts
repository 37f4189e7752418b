import { z } from "zod";
import type { FieldIssue } from "../../../platform/errors/errors";
import { cityDay, defaultTimeZone } from "../../../platform/reference-data";
import {
  type Baseline,
  baselineIssue,
  goalId,
  type IndicatorLevel,
  type IndicatorUse,
  indicatorLevels,
  indicatorUseSchema,
  maxTargets,
  targetPeriodIssue,
  targetValueIssue,
  type ValueKind,
} from "./indicator";
import type { Frequency, PeriodKey } from "./periods";

/**
 * A measure's logic model: what goes in, what it delivers, what changes for people and in the city
 * (input, output, outcome, impact), with milestones per implementation phase, and the indicators
 * that show each goal. It is versioned: a plan that changes says when and why, so a page can show
 * "target 2026 lowered from 1,500 to 900 on 2026-03-31 because …" instead of quietly moving the goalposts.
 */
export type Bilingual = { de: string; en: string };

export interface Goal {
  /** Unique within the model, e.g. "output" or "milestone-demonstration". */
  id: string;
  level: IndicatorLevel;
  /** The implementation phase of a milestone; null for the other levels. */
  phaseId: string | null;
  text: Bilingual;
}

export interface LogicModel {
  measureId: string;
  /** 1 for the first version, one more for each applied revision. */
  version: number;
  /** The day this version was made. */
  date: string;
  /** Why this version was made. */
  reason: string;
  goals: Goal[];
  /** The indicator uses, each showing one goal; a definition is used at most once per model. */
  indicators: IndicatorUse[];
}

/** What a model needs to know of the definitions it uses, by definition key. */
export interface DefinitionFacts {
  frequency: Frequency;
  valueKind: ValueKind;
}

/**
 * The current time, the city's time zone (in which today and the periods count; left out, the zone
 * of a city file that names none) and the definitions, handed in (no clock, no catalogue reads in here).
 */
export interface ModelContext {
  today: Date;
  timeZone?: string;
  definitions: Readonly<Record<string, DefinitionFacts>>;
  /** The strategy's implementation phases by id; a new milestone must name one of them. Unchecked when left out. */
  phases?: readonly string[];
}

/** A goal as a change adds it: the id is made by the model unless given (an undo gives the old one). */
export interface NewGoal {
  id?: string;
  level: IndicatorLevel;
  phaseId: string | null;
  text: Bilingual;
}

export type ProposedChange =
  /** `to: null` removes the period's target. */
  | { kind: "change-target"; indicator: string; period: PeriodKey; to: number | null; reason: string }
  /** `position` places the use among the model's indicators; at the end when left out. */
  | { kind: "add-indicator"; use: IndicatorUse; position?: number; reason: string }
  | { kind: "remove-indicator"; indicator: string; reason: string }
  | { kind: "change-goal-text"; goal: string; text: Bilingual; reason: string }
  | { kind: "change-baseline"; indicator: string; baseline: Baseline | null; reason: string }
  /** `position` places the goal among the model's goals; at the end when left out. */
  | { kind: "add-goal"; goal: NewGoal; position?: number; reason: string }
  /** Only a goal no indicator shows any more, and never the model's last goal. */
  | { kind: "remove-goal"; goal: string; reason: string };

/** The indicator a change is about, or null for a change of a goal. */
export function indicatorOfChange(change: ProposedChange): string | null {
  switch (change.kind) {
    case "add-indicator":
      return change.use.indicator;
    case "change-goal-text":
    case "add-goal":
    case "remove-goal":
      return null;
    default:
      return change.indicator;
  }
}

/** One applied change, with what was before, so a page can tell it and `inverseChanges` can undo it. */
export type Difference =
  | {
      kind: "target-changed";
      indicator: string;
      period: PeriodKey;
      from: number | null;
      to: number | null;
      reason: string;
    }
  | { kind: "indicator-added"; indicator: string; goal: string; use: IndicatorUse; position: number; reason: string }
  | { kind: "indicator-removed"; indicator: string; goal: string; use: IndicatorUse; position: number; reason: string }
  | { kind: "goal-text-changed"; goal: string; from: Bilingual; to: Bilingual; reason: string }
  | { kind: "baseline-changed"; indicator: string; from: Baseline | null; to: Baseline | null; reason: string }
  | { kind: "goal-added"; goal: Goal; position: number; reason: string }
  | { kind: "goal-removed"; goal: Goal; position: number; reason: string };

export interface Revision {
  /** Why the new version is made, e.g. the review round that decided it. */
  reason: string;
  changes: readonly ProposedChange[];
}

export type ModelResult = { ok: true; model: LogicModel } | { ok: false; issue: FieldIssue };
export type RevisionResult =
  | { ok: true; model: LogicModel; differences: Difference[] }
  | { ok: false; issue: FieldIssue };

const error = (name: string) => `monitoring.errors.${name}`;

const reasonSchema = z
  .string({ error: error("reason") })
  .trim()
  .min(10, { error: error("reason") })
  .max(2000, { error: error("reasonLong") });

const goalTextPart = z
  .string({ error: error("goalText") })
  .trim()
  .min(3, { error: error("goalText") })
  .max(1000, { error: error("goalTextLong") });

const goalText = z.object({ de: goalTextPart, en: goalTextPart }, { error: error("goalText") });

const goalSchema = z
  .object({
    id: goalId,
    level: z.enum(indicatorLevels, { error: error("level") }),
    phaseId: z
      .string({ error: error("milestonePhase") })
      .trim()
      .min(1)
      .max(64)
      .nullable()
      .default(null),
    text: goalText,
  })
  .refine((goal) => (goal.level === "milestone") === (goal.phaseId !== null), {
    error: error("milestonePhase"),
    path: ["phaseId"],
  });

const MAX_CHANGES = 50;

/** The first issue of a failed parse, its path under `prefix`. */
function firstIssue(issues: readonly z.core.$ZodIssue[], prefix: string): FieldIssue {
  const issue = issues[0];
  const path = [prefix, ...(issue?.path ?? []).map(String)].filter((part) => part !== "").join(".");
  return { path, message: issue?.message ?? error("invalid") };
}

const refuse = (path: string, name: string): { ok: false; issue: FieldIssue } => ({
  ok: false,
  issue: { path, message: error(name) },
});

function factsOf(context: ModelContext, key: string): DefinitionFacts | undefined {
  return Object.hasOwn(context.definitions, key) ? context.definitions[key] : undefined;
}

/** A use checked against its definition and today; the issue's path starts at `path`. */
function checkedUse(
  use: unknown,
  context: ModelContext,
  path: string,
): { ok: true; use: IndicatorUse } | { ok: false; issue: FieldIssue } {
  const key = typeof use === "object" && use !== null ? (use as { indicator?: unknown }).indicator : undefined;
  const facts = typeof key === "string" ? factsOf(context, key) : undefined;
  if (!facts) return refuse(`${path}.indicator`, "indicatorUnknown");
  const parsed = indicatorUseSchema({ ...facts, today: context.today, timeZone: context.timeZone }).safeParse(use);
  return parsed.success ? { ok: true, use: parsed.data } : { ok: false, issue: firstIssue(parsed.error.issues, path) };
}

/**
 * The first version of a measure's logic model, dated today. Goal ids and indicator keys must be
 * unique, every use must show a goal of the model, and milestones (and only they) name their phase.
 */
export function createLogicModel(
  content: { measureId: string; goals: readonly unknown[]; indicators: readonly unknown[] },
  reason: string,
  context: ModelContext,
): ModelResult {
  const why = reasonSchema.safeParse(reason);
  if (!why.success) return { ok: false, issue: firstIssue(why.error.issues, "reason") };
  if (content.measureId.trim() === "") return refuse("measureId", "measure");
  const goals: Goal[] = [];
  for (const [i, raw] of content.goals.entries()) {
    const parsed = goalSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, issue: firstIssue(parsed.error.issues, `goals.${i}`) };
    if (goals.some((goal) => goal.id === parsed.data.id)) return refuse(`goals.${i}.id`, "goalDuplicate");
    goals.push(parsed.data);
  }
  const indicators: IndicatorUse[] = [];
  for (const [i, raw] of content.indicators.entries()) {
    const checked = checkedUse(raw, context, `indicators.${i}`);
    if (!checked.ok) return checked;
    if (indicators.some((use) => use.indicator === checked.use.indicator)) {
      return refuse(`indicators.${i}.indicator`, "indicatorAlreadyUsed");
    }
    if (!goals.some((goal) => goal.id === checked.use.goal)) return refuse(`indicators.${i}.goal`, "goalUnknown");
    indicators.push(checked.use);
  }
  const model = {
    measureId: content.measureId.trim(),
    version: 1,
    date: cityDay(context.today, context.timeZone ?? defaultTimeZone),
    reason: why.data,
  };
  return { ok: true, model: { ...model, goals, indicators } };
}

/** The indicator uses that show one goal, in the model's order. */
export function indicatorsOfGoal(model: LogicModel, goal: string): IndicatorUse[] {
  return model.indicators.filter((use) => use.goal === goal);
}

function sameBaseline(a: Baseline | null, b: Baseline | null): boolean {
  return a === null || b === null ? a === b : a.value === b.value && a.date === b.date;
}

type Step = { ok: true; difference: Difference } | { ok: false; issue: FieldIssue };

/**
 * The id of a new goal: its level ("outcome"), a milestone's with its phase ("milestone-demonstration"),
 * and "-2", "-3" … when the model has that id already. A removed goal's id may be given to a later
 * goal; that is harmless, since each version keeps its own goals and each difference the goal it names.
 */
export function newGoalId(goals: readonly Goal[], level: IndicatorLevel, phaseId: string | null): string {
  const phase = (phaseId ?? "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);
  const base = phase === "" ? level : `${level}-${phase}`;
  const taken = new Set(goals.map((goal) => goal.id));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

function addGoal(
  draft: LogicModel,
  change: Extract<ProposedChange, { kind: "add-goal" }>,
  context: ModelContext,
  path: string,
  reason: string,
): Step {
  const raw = typeof change.goal === "object" && change.goal !== null ? change.goal : ({} as Partial<NewGoal>);
  const level = z.enum(indicatorLevels).safeParse(raw.level);
  if (!level.success) return refuse(`${path}.goal.level`, "level");
  const id = raw.id ?? newGoalId(draft.goals, level.data, typeof raw.phaseId === "string" ? raw.phaseId : null);
  const parsed = goalSchema.safeParse({ ...raw, id });
  if (!parsed.success) return { ok: false, issue: firstIssue(parsed.error.issues, `${path}.goal`) };
  const goal = parsed.data;
  if (goal.phaseId !== null && context.phases && !context.phases.includes(goal.phaseId)) {
    return refuse(`${path}.goal.phaseId`, "milestonePhaseUnknown");
  }
  if (draft.goals.some((other) => other.id === goal.id)) return refuse(`${path}.goal.id`, "goalDuplicate");
  const sameText = (other: Goal) =>
    other.level === goal.level && other.phaseId === goal.phaseId && other.text.de === goal.text.de;
  if (draft.goals.some(sameText)) return refuse(`${path}.goal.text`, "goalDuplicate");
  const position = change.position ?? draft.goals.length;
  if (!Number.isInteger(position) || position < 0 || position > draft.goals.length) {
    return refuse(`${path}.position`, "position");
  }
  draft.goals.splice(position, 0, goal);
  return { ok: true, difference: { kind: "goal-added", goal: structuredClone(goal), position, reason } };
}

function removeGoal(draft: LogicModel, goalKey: unknown, path: string, reason: string): Step {
  const position = draft.goals.findIndex((candidate) => candidate.id === goalKey);
  const goal = draft.goals[position];
  if (!goal) return refuse(`${path}.goal`, "goalUnknown");
  if (draft.indicators.some((use) => use.goal === goal.id)) return refuse(`${path}.goal`, "goalHasIndicators");
  if (draft.goals.length === 1) return refuse(`${path}.goal`, "goalLast");
  draft.goals.splice(position, 1);
  return { ok: true, difference: { kind: "goal-removed", goal, position, reason } };
}

/** Applies one change to the draft in place (the draft is a copy); returns what changed or why not. */
function applyOne(draft: LogicModel, change: ProposedChange, context: ModelContext, path: string): Step {
  if (typeof change !== "object" || change === null) return refuse(`${path}.kind`, "changeKind");
  const why = reasonSchema.safeParse(change.reason);
  if (!why.success) return { ok: false, issue: firstIssue(why.error.issues, `${path}.reason`) };
  const reason = why.data;
  switch (change.kind) {
    case "change-target": {
      const use = draft.indicators.find((candidate) => candidate.indicator === change.indicator);
      if (!use) return refuse(`${path}.indicator`, "indicatorNotUsed");
      const facts = factsOf(context, use.indicator);
      if (!facts) return refuse(`${path}.indicator`, "indicatorUnknown");
      // Changing or removing the target of a period that is over is refused like setting one.
      const periodIssue =
        typeof change.period === "string"
          ? targetPeriodIssue(change.period, facts.frequency, context.today, context.timeZone)
          : null;
      if (typeof change.period !== "string" || periodIssue) {
        return { ok: false, issue: { path: `${path}.period`, message: periodIssue ?? error("periodInvalid") } };
      }
      const valueIssue = change.to === null ? null : targetValueIssue(change.to, facts.valueKind);
      if (valueIssue) return { ok: false, issue: { path: `${path}.to`, message: valueIssue } };
      const from = Object.hasOwn(use.targets, change.period) ? (use.targets[change.period] ?? null) : null;
      if (from === change.to) return refuse(path, "changeWithoutEffect");
      if (from === null && Object.keys(use.targets).length >= maxTargets)
        return refuse(`${path}.period`, "targetsMany");
      const targets = { ...use.targets };
      if (change.to === null) delete targets[change.period];
      else targets[change.period] = change.to;
      use.targets = targets;
      const difference = { indicator: use.indicator, period: change.period, from, to: change.to, reason };
      return { ok: true, difference: { kind: "target-changed", ...difference } };
    }
    case "add-indicator": {
      const checked = checkedUse(change.use, context, `${path}.use`);
      if (!checked.ok) return checked;
      const use = checked.use;
      if (draft.indicators.some((other) => other.indicator === use.indicator)) {
        return refuse(`${path}.use.indicator`, "indicatorAlreadyUsed");
      }
      if (!draft.goals.some((goal) => goal.id === use.goal)) return refuse(`${path}.use.goal`, "goalUnknown");
      const position = change.position ?? draft.indicators.length;
      if (!Number.isInteger(position) || position < 0 || position > draft.indicators.length) {
        return refuse(`${path}.position`, "position");
      }
      draft.indicators.splice(position, 0, use);
      const difference = { indicator: use.indicator, goal: use.goal, use: structuredClone(use), position, reason };
      return { ok: true, difference: { kind: "indicator-added", ...difference } };
    }
    case "remove-indicator": {
      const position = draft.indicators.findIndex((candidate) => candidate.indicator === change.indicator);
      const [use] = position < 0 ? [] : draft.indicators.splice(position, 1);
      if (!use) return refuse(`${path}.indicator`, "indicatorNotUsed");
      return {
        ok: true,
        difference: { kind: "indicator-removed", indicator: use.indicator, goal: use.goal, use, position, reason },
      };
    }
    case "change-goal-text": {
      const goal = draft.goals.find((candidate) => candidate.id === change.goal);
      if (!goal) return refuse(`${path}.goal`, "goalUnknown");
      const text = goalText.safeParse(change.text);
      if (!text.success) return { ok: false, issue: firstIssue(text.error.issues, `${path}.text`) };
      if (text.data.de === goal.text.de && text.data.en === goal.text.en) return refuse(path, "changeWithoutEffect");
      const from = goal.text;
      goal.text = text.data;
      return { ok: true, difference: { kind: "goal-text-changed", goal: goal.id, from, to: { ...text.data }, reason } };
    }
    case "change-baseline": {
      const use = draft.indicators.find((candidate) => candidate.indicator === change.indicator);
      if (!use) return refuse(`${path}.indicator`, "indicatorNotUsed");
      const facts = factsOf(context, use.indicator);
      if (!facts) return refuse(`${path}.indicator`, "indicatorUnknown");
      const baseline = change.baseline === null ? null : { value: change.baseline?.value, date: change.baseline?.date };
      const issue =
        baseline === null ? null : baselineIssue(baseline, facts.valueKind, context.today, context.timeZone);
      if (issue) return { ok: false, issue: { path: `${path}.baseline`, message: issue } };
      const to = baseline as Baseline | null;
      if (sameBaseline(use.baseline, to)) return refuse(path, "changeWithoutEffect");
      const from = use.baseline;
      use.baseline = to;
      const difference = { indicator: use.indicator, from, to: to && { ...to }, reason };
      return { ok: true, difference: { kind: "baseline-changed", ...difference } };
    }
    case "add-goal":
      return addGoal(draft, change, context, path, reason);
    case "remove-goal":
      return removeGoal(draft, change.goal, path, reason);
    default:
      return refuse(`${path}.kind`, "changeKind");
  }
}

/**
 * The next version of a model: the changes applied in order, dated today, with one difference per
 * change. The given model is left untouched. Refused as a whole, with the first issue, when there is
 * no change, when a change is invalid or changes nothing, or when today lies before the model's date.
 */
export function applyChanges(model: LogicModel, revision: Revision, context: ModelContext): RevisionResult {
  const date = cityDay(context.today, context.timeZone ?? defaultTimeZone);
  if (date < model.date) return refuse("date", "revisionBeforeVersion");
  const why = reasonSchema.safeParse(revision.reason);
  if (!why.success) return { ok: false, issue: firstIssue(why.error.issues, "reason") };
  if (!Array.isArray(revision.changes) || revision.changes.length === 0) return refuse("changes", "noChange");
  if (revision.changes.length > MAX_CHANGES) return refuse("changes", "changesMany");
  const draft = structuredClone(model);
  const differences: Difference[] = [];
  for (const [i, change] of revision.changes.entries()) {
    const step = applyOne(draft, change, context, `changes.${i}`);
    if (!step.ok) return step;
    differences.push(step.difference);
  }
  return { ok: true, model: { ...draft, version: model.version + 1, date, reason: why.data }, differences };
}

/** The change that undoes one difference, with the given reason. */
export function inverseOf(difference: Difference, reason: string): ProposedChange {
  switch (difference.kind) {
    case "target-changed":
      return {
        kind: "change-target",
        indicator: difference.indicator,
        period: difference.period,
        to: difference.from,
        reason,
      };
    case "indicator-added":
      return { kind: "remove-indicator", indicator: difference.indicator, reason };
    case "indicator-removed":
      return { kind: "add-indicator", use: structuredClone(difference.use), position: difference.position, reason };
    case "goal-text-changed":
      return { kind: "change-goal-text", goal: difference.goal, text: { ...difference.from }, reason };
    case "baseline-changed":
      return { kind: "change-baseline", indicator: difference.indicator, baseline: difference.from, reason };
    case "goal-added":
      return { kind: "remove-goal", goal: difference.goal.id, reason };
    case "goal-removed":
      return { kind: "add-goal", goal: structuredClone(difference.goal), position: difference.position, reason };
  }
}

/** The changes that undo a revision: each difference's inverse, last first. */
export function inverseChanges(differences: readonly Difference[], reason: string): ProposedChange[] {
  return [...differences].reverse().map((difference) => inverseOf(difference, reason));
}
