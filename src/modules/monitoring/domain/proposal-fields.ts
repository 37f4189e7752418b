import { z } from "zod";
import { goalId, indicatorLevels } from "./indicator";
import { chosenIndicator, formText, modelVersion, optionalNumberText, reason, slug } from "./inputs";
import type { ProposedChange } from "./logic-model";

/**
 * The fields of each kind of change to a logic model as forms send them, and how they become a
 * `ProposedChange`: the same reading for a proposal in a review report and for the team's forms
 * outside a round. Only the form's shape is checked here; whether the change fits the model (the
 * period, the value, the goal) is checked by `applyChanges`, whose issue `changeFieldOf` puts back
 * on the form's field.
 */
const error = (name: string) => `monitoring.errors.${name}`;

export const proposalKinds = [
  "change-target",
  "add-indicator",
  "remove-indicator",
  "change-goal-text",
  "change-baseline",
  // After the indicator changes, so one report can remove a goal's last indicator and then the goal.
  "add-goal",
  "remove-goal",
] as const satisfies readonly ProposedChange["kind"][];
export type ProposalKind = (typeof proposalKinds)[number];

const trimmed = formText.transform((text) => text.trim());
const optionalText = trimmed.transform((text) => (text === "" ? null : text));
const chosenGoal = z.string({ error: error("goal") }).pipe(goalId);

/** Two fields that belong together (a value and its day or period): both or neither, never half. */
function bothOrNeither(
  ctx: z.RefinementCtx,
  first: [name: string, value: unknown],
  second: [name: string, value: unknown],
  message: string,
): void {
  if ((first[1] === null) === (second[1] === null)) return;
  const missing = first[1] === null ? first[0] : second[0];
  ctx.addIssue({ code: "custom", message: error(message), path: [missing] });
}

const targetShape = { indicator: chosenIndicator, period: trimmed, target: optionalNumberText, reason };
const targetFields = z.object(targetShape);

const addShape = {
  indicator: chosenIndicator,
  goal: chosenGoal,
  baselineValue: optionalNumberText,
  baselineDate: optionalText,
  targetPeriod: optionalText,
  targetValue: optionalNumberText,
  reason,
};
const addFields = z.object(addShape).superRefine((fields, ctx) => {
  bothOrNeither(
    ctx,
    ["baselineValue", fields.baselineValue],
    ["baselineDate", fields.baselineDate],
    "baselineIncomplete",
  );
  bothOrNeither(ctx, ["targetPeriod", fields.targetPeriod], ["targetValue", fields.targetValue], "targetIncomplete");
});

const removeShape = { indicator: chosenIndicator, reason };
const removeFields = z.object(removeShape);

const goalTextShape = { goal: chosenGoal, textDe: trimmed, textEn: trimmed, reason };
const goalTextFields = z.object(goalTextShape);

const baselineShape = {
  indicator: chosenIndicator,
  baselineValue: optionalNumberText,
  baselineDate: optionalText,
  reason,
};
type BaselineFields = z.output<z.ZodObject<typeof baselineShape>>;
const baselinePair = (fields: BaselineFields, ctx: z.RefinementCtx) =>
  bothOrNeither(
    ctx,
    ["baselineValue", fields.baselineValue],
    ["baselineDate", fields.baselineDate],
    "baselineIncomplete",
  );
const baselineFields = z.object(baselineShape).superRefine(baselinePair);

const newGoalShape = {
  level: z.enum(indicatorLevels, { error: error("level") }),
  phase: optionalText,
  textDe: trimmed,
  textEn: trimmed,
  reason,
};
const newGoalFields = z.object(newGoalShape);

const removeGoalShape = { goal: chosenGoal, reason };
const removeGoalFields = z.object(removeGoalShape);

/** A new goal; a language left empty takes the other's, as when the goals are set up. */
export function newGoalChange(fields: z.output<typeof newGoalFields>): ProposedChange {
  const text = { de: fields.textDe || fields.textEn, en: fields.textEn || fields.textDe };
  return { kind: "add-goal", goal: { level: fields.level, phaseId: fields.phase, text }, reason: fields.reason };
}

/** Removing a goal that no indicator shows any more. */
export function removeGoalChange(fields: z.output<typeof removeGoalFields>): ProposedChange {
  return { kind: "remove-goal", goal: fields.goal, reason: fields.reason };
}

/** Removing an indicator from the model; its values stay stored. */
export function removeIndicatorChange(fields: z.output<typeof removeFields>): ProposedChange {
  return { kind: "remove-indicator", indicator: fields.indicator, reason: fields.reason };
}

/** A goal's new wording; a language left empty takes the other's, as when the goals are set up. */
export function goalTextChange(fields: z.output<typeof goalTextFields>): ProposedChange {
  const text = { de: fields.textDe || fields.textEn, en: fields.textEn || fields.textDe };
  return { kind: "change-goal-text", goal: fields.goal, text, reason: fields.reason };
}

/** A new starting value with its day; both fields empty remove the starting value. */
export function baselineChange(fields: BaselineFields): ProposedChange {
  const { baselineValue: value, baselineDate: date } = fields;
  const baseline = value !== null && date !== null ? { value, date } : null;
  return { kind: "change-baseline", indicator: fields.indicator, baseline, reason: fields.reason };
}

/** Each kind's form fields, read into the change they propose. */
export const proposalForms = {
  "change-target": targetFields.transform(
    (f): ProposedChange => ({
      kind: "change-target",
      indicator: f.indicator,
      period: f.period,
      to: f.target,
      reason: f.reason,
    }),
  ),
  "add-indicator": addFields.transform((f): ProposedChange => {
    const baseline =
      f.baselineValue !== null && f.baselineDate !== null ? { value: f.baselineValue, date: f.baselineDate } : null;
    const targets = f.targetPeriod !== null && f.targetValue !== null ? { [f.targetPeriod]: f.targetValue } : {};
    const use = {
      indicator: f.indicator,
      goal: f.goal,
      baseline,
      targets,
      targetNote: null,
      responsibleAccountId: null,
    };
    return { kind: "add-indicator", use, reason: f.reason };
  }),
  "remove-indicator": removeFields.transform(removeIndicatorChange),
  "change-goal-text": goalTextFields.transform(goalTextChange),
  "change-baseline": baselineFields.transform(baselineChange),
  "add-goal": newGoalFields.transform(newGoalChange),
  "remove-goal": removeGoalFields.transform(removeGoalChange),
} satisfies Record<ProposalKind, z.ZodType<ProposedChange>>;

/** The names of each kind's fields, in the order the forms show them. */
export const proposalFieldNames: Record<ProposalKind, readonly string[]> = {
  "change-target": Object.keys(targetShape),
  "add-indicator": Object.keys(addShape),
  "remove-indicator": Object.keys(removeShape),
  "change-goal-text": Object.keys(goalTextShape),
  "change-baseline": Object.keys(baselineShape),
  "add-goal": Object.keys(newGoalShape),
  "remove-goal": Object.keys(removeGoalShape),
};

/**
 * The fields a person types into for a kind. A target change's indicator is chosen in advance (its
 * list has no empty choice), so it alone makes no proposal; the other kinds' lists start empty.
 */
export function typedFields(kind: ProposalKind): readonly string[] {
  const names = proposalFieldNames[kind];
  return kind === "change-target" ? names.filter((name) => name !== "indicator") : names;
}

/** The team's form outside a round that rewords one goal (also a milestone): a new version. */
export const changeGoalTextInput = z.object({ slug, version: modelVersion, ...goalTextShape });
export type ChangeGoalTextInput = z.output<typeof changeGoalTextInput>;

/** The team's form outside a round that sets, changes or removes an indicator's starting value. */
export const changeBaselineInput = z
  .object({ slug, version: modelVersion, ...baselineShape })
  .superRefine(baselinePair);
export type ChangeBaselineInput = z.output<typeof changeBaselineInput>;

/** The team's form outside a round that takes an indicator out of the model; its values stay stored. */
export const removeIndicatorInput = z.object({ slug, version: modelVersion, ...removeShape });
export type RemoveIndicatorInput = z.output<typeof removeIndicatorInput>;

/** The team's form outside a round that adds a goal or a milestone of a phase. */
export const addGoalInput = z.object({ slug, version: modelVersion, ...newGoalShape });
export type AddGoalInput = z.output<typeof addGoalInput>;

/** The team's form outside a round that removes a goal no indicator shows. */
export const removeGoalInput = z.object({ slug, version: modelVersion, ...removeGoalShape });
export type RemoveGoalInput = z.output<typeof removeGoalInput>;

/** Messages of `applyChanges` that are about a target's period rather than its value. */
const periodMessages = new Set(
  ["periodInvalid", "periodNotOfFrequency", "targetInPast", "targetsMany"].map((name) => error(name)),
);

/** The field a change's part names, when the form has one by that name. */
const byPart: Record<ProposalKind, Record<string, string>> = {
  "change-target": { indicator: "indicator", period: "period", to: "target" },
  "add-indicator": { "use.indicator": "indicator", "use.goal": "goal", position: "indicator" },
  "remove-indicator": { indicator: "indicator" },
  "change-goal-text": { goal: "goal", "text.de": "textDe", "text.en": "textEn", text: "textDe" },
  "change-baseline": { indicator: "indicator" },
  "add-goal": {
    "goal.level": "level",
    "goal.phaseId": "phase",
    "goal.text.de": "textDe",
    "goal.text.en": "textEn",
    "goal.text": "textDe",
    position: "level",
  },
  "remove-goal": { goal: "goal" },
};

/** The field for a refusal of the change as a whole ("this changes nothing"). */
const mainField: Record<ProposalKind, string> = {
  "change-target": "target",
  "add-indicator": "indicator",
  "remove-indicator": "indicator",
  "change-goal-text": "textDe",
  "change-baseline": "baselineValue",
  "add-goal": "textDe",
  "remove-goal": "goal",
};

/**
 * The form's field of an issue `applyChanges` found in one change (`changes.0.to` → `target`). A
 * starting value is refused as a whole, so its message tells whether the value or the day is wrong;
 * a target of a new indicator likewise by whether the message is about the period. `form` for an
 * issue of the revision as a whole (the model changed since).
 */
export function changeFieldOf(kind: ProposalKind, path: string, message: string): string {
  if (path === "date" || path === "changes") return "form";
  const part = path.replace(/^changes\.\d+\.?/, "");
  if (part === "reason" || path === "reason") return "reason";
  if (part.startsWith("use.baseline") || part.startsWith("baseline")) {
    return message === error("baselineValue") ? "baselineValue" : "baselineDate";
  }
  if (part.startsWith("use.targets")) return periodMessages.has(message) ? "targetPeriod" : "targetValue";
  const direct = byPart[kind][part];
  if (direct) return direct;
  return part.startsWith("use.") ? "indicator" : mainField[kind];
}
