import { z } from "zod";
import {
  type IndicatorDefinition,
  indicatorDefinitionSchema,
  indicatorDirections,
  indicatorKey,
  indicatorLevels,
  spatialUnits,
  valueKinds,
} from "./indicator";
import { frequencies } from "./periods";

/**
 * What the monitoring forms send, as Zod schemas the use cases parse (one schema for form, server
 * and a later API). Forms send text; numbers are read here with `numberText`.
 */
const error = (name: string) => `monitoring.errors.${name}`;

/** The largest value in size a measured value or target may have (progress.ts stays finite below it). */
export const LARGEST_VALUE = 1e15;

/**
 * A number as people type it: digits with a decimal comma or point ("12,5", "12.5"), an optional
 * sign. Grouped thousands are refused rather than guessed: "1.500" is 1500 in German and 1.5 in
 * English, so a dot or comma followed by exactly three digits after one to three digits that do not
 * start with 0 is ambiguous, and the message asks for "1500".
 */
export type NumberReading = { ok: true; value: number } | { ok: false; message: string };

export function readNumber(text: string): NumberReading {
  const trimmed = text.trim().replace(/^\+/, "");
  if (trimmed === "") return { ok: false, message: error("valueMissing") };
  if (/^-?[1-9]\d{0,2}[.,]\d{3}$/.test(trimmed) || /^-?\d{1,3}(?:[.,]\d{3}){2,}(?:[.,]\d+)?$/.test(trimmed)) {
    return { ok: false, message: error("valueGrouped") };
  }
  if (!/^-?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/.test(trimmed)) return { ok: false, message: error("valueNotNumber") };
  const value = Number(trimmed.replace(",", "."));
  if (!Number.isFinite(value)) return { ok: false, message: error("valueNotFinite") };
  if (Math.abs(value) > LARGEST_VALUE) return { ok: false, message: error("valueTooLarge") };
  return { ok: true, value };
}

/** The number in a field's text, or an issue with the reason. */
function toNumber(text: string, ctx: z.RefinementCtx): number {
  const reading = readNumber(text);
  if (reading.ok) return reading.value;
  ctx.addIssue({ code: "custom", message: reading.message });
  return z.NEVER;
}

/** A required number from a form field. */
export const numberText = z.string({ error: error("valueMissing") }).transform(toNumber);

/** An optional number: an empty field is null. */
export const optionalNumberText = z
  .string({ error: error("valueNotNumber") })
  .optional()
  .transform((text, ctx) => (text === undefined || text.trim() === "" ? null : toNumber(text, ctx)));

/** The address of a measure (its slug), as the route gives it. */
export const slug = z
  .string({ error: error("measure") })
  .trim()
  .min(1, { error: error("measure") })
  .max(200);

export const reason = z
  .string({ error: error("reason") })
  .trim()
  .min(10, { error: error("reason") })
  .max(2000, { error: error("reasonLong") });

const periodText = z
  .string({ error: error("periodInvalid") })
  .trim()
  .min(1, { error: error("periodMissing") })
  .max(20, { error: error("periodInvalid") });

/** The version of the model the form was made from: a change to an older one is refused, not merged. */
export const modelVersion = z.coerce
  .number({ error: error("modelChanged") })
  .int({ error: error("modelChanged") })
  .min(1, { error: error("modelChanged") });

export const chosenIndicator = z.string({ error: error("indicatorChoose") }).pipe(indicatorKey);

/** Record a measured value by form. The period is checked against the definition in the use case. */
export const recordObservationInput = z.object({
  slug,
  indicator: chosenIndicator,
  period: periodText,
  value: numberText,
  /** "city" or a district key; checked against the definition and the city in the use case. */
  spatialUnit: z.string().trim().max(64).default("city"),
  status: z.enum(["provisional", "final"], { error: error("observationStatus") }).default("final"),
  note: z
    .string()
    .trim()
    .max(500, { error: error("noteLong") })
    .default(""),
});
export type RecordObservationInput = z.output<typeof recordObservationInput>;

/** How many values one request of the API may send. */
export const MAX_VALUES_PER_REQUEST = 500;

/**
 * One value sent through the API, a JSON number. With `correction` it replaces the current value of
 * its period and area, and `note` is then the reason, as the correction form asks for one.
 */
const sentValue = z
  .object({
    period: periodText,
    value: z
      .number({ error: error("valueNotNumber") })
      .refine((value) => Math.abs(value) <= LARGEST_VALUE, { error: error("valueTooLarge") }),
    spatialUnit: z
      .string({ error: error("areaDistrict") })
      .trim()
      .max(64, { error: error("areaDistrict") })
      .default("city"),
    status: z.enum(["provisional", "final"], { error: error("observationStatus") }).default("final"),
    note: z
      .string({ error: error("noteLong") })
      .trim()
      .max(500, { error: error("noteLong") })
      .default(""),
    correction: z.boolean({ error: error("correctionFlag") }).default(false),
  })
  .superRefine((sent, ctx) => {
    if (sent.correction && sent.note.length < 10) {
      ctx.addIssue({ code: "custom", message: error("correctionReason"), path: ["note"] });
    }
  });

const sentValues = z
  .array(sentValue, { error: error("valuesMissing") })
  .min(1, { error: error("valuesMissing") })
  .max(MAX_VALUES_PER_REQUEST, { error: error("valuesTooMany") });

/** What the API takes: `{ "items": [...] }`, or one value on its own, which is read as a list of one. */
export const sentValuesBody = z.preprocess(
  (raw) =>
    raw !== null && typeof raw === "object" && !Array.isArray(raw) && !("items" in raw) ? { items: [raw] } : raw,
  z.object({ items: sentValues }),
);

/** Values sent for one indicator of a measure, named by the indicator's public id (domain/indicator-id.ts). */
export const sendObservationsInput = z.object({
  indicator: z.string().max(300),
  items: sentValues,
});
export type SendObservationsInput = z.output<typeof sendObservationsInput>;

/** Correct a value: the new value and why; the old value stays, marked as replaced. */
export const correctObservationInput = z.object({
  slug,
  observation: z.uuid({ error: error("observationChoose") }),
  value: numberText,
  reason: z
    .string({ error: error("correctionReason") })
    .trim()
    .min(10, { error: error("correctionReason") })
    .max(500, { error: error("noteLong") }),
});
export type CorrectObservationInput = z.output<typeof correctObservationInput>;

/** Set up a measure's first logic model from the goals the measure states. */
export const setUpModelInput = z.object({ slug, reason });
export type SetUpModelInput = z.output<typeof setUpModelInput>;

/** Change (or remove, with an empty value) one target of one indicator: a new version of the model. */
export const changeTargetInput = z.object({
  slug,
  version: modelVersion,
  indicator: chosenIndicator,
  period: periodText,
  target: optionalNumberText,
  reason,
});
export type ChangeTargetInput = z.output<typeof changeTargetInput>;

const optionalText = (max: number, key: string) =>
  z
    .string()
    .trim()
    .max(max, { error: error(key) })
    .optional()
    .transform((text) => (text === undefined || text === "" ? null : text));

/** Add a definition of the catalogue to the model, with its baseline and a first target. */
export const addIndicatorInput = z
  .object({
    slug,
    version: modelVersion,
    indicator: chosenIndicator,
    goal: z
      .string({ error: error("goal") })
      .trim()
      .min(1, { error: error("goal") })
      .max(64),
    baselineValue: optionalNumberText,
    baselineDate: optionalText(10, "baselineDate"),
    targetPeriod: optionalText(20, "periodInvalid"),
    targetValue: optionalNumberText,
    reason,
  })
  .superRefine((input, ctx) => {
    if ((input.baselineValue === null) !== (input.baselineDate === null)) {
      const path = input.baselineValue === null ? "baselineValue" : "baselineDate";
      ctx.addIssue({ code: "custom", message: error("baselineIncomplete"), path: [path] });
    }
    if ((input.targetValue === null) !== (input.targetPeriod === null)) {
      const path = input.targetValue === null ? "targetValue" : "targetPeriod";
      ctx.addIssue({ code: "custom", message: error("targetIncomplete"), path: [path] });
    }
  });
export type AddIndicatorInput = z.output<typeof addIndicatorInput>;

/** The form's field for each part of a definition (`name.de` is the field `name_de`). */
function fieldOf(path: readonly PropertyKey[]): string {
  const [first, second] = path.map(String);
  if (first === undefined) return "form";
  if ((second === "de" || second === "en") && ["name", "definition", "numerator", "denominator"].includes(first)) {
    return `${first}_${second}`;
  }
  return first;
}

/** A form field as text; a field left out is empty. */
export const formText = z.string().optional().default("");

const definitionFields = z.object({
  key: formText,
  name_de: formText,
  name_en: formText,
  definition_de: formText,
  definition_en: formText,
  level: z.enum(indicatorLevels, { error: error("level") }),
  unit: formText,
  valueKind: z.enum(valueKinds, { error: error("valueKind") }).default("number"),
  direction: z.enum(indicatorDirections, { error: error("direction") }),
  dataSource: formText,
  frequency: z.enum(frequencies, { error: error("frequency") }),
  spatialUnit: z.enum(spatialUnits, { error: error("spatialUnit") }).default("city"),
  sdgTarget: formText,
  standardReference: formText,
});

/**
 * The definition form's flat fields read into a definition by the domain's schema, each issue named
 * by its field. An English name left empty takes the German one (as the demo file does).
 */
function toDefinition(form: z.output<typeof definitionFields>, ctx: z.RefinementCtx): IndicatorDefinition {
  const nameDe = form.name_de.trim();
  const nameEn = form.name_en.trim() || nameDe;
  const optional = (text: string) => (text.trim() === "" ? undefined : text);
  const parsed = indicatorDefinitionSchema.safeParse({
    key: form.key.trim(),
    name: { de: nameDe, en: nameEn },
    definition: { de: form.definition_de, en: form.definition_en },
    level: form.level,
    unit: form.unit,
    valueKind: form.valueKind,
    direction: form.direction,
    dataSource: form.dataSource,
    frequency: form.frequency,
    spatialUnit: form.spatialUnit,
    sdgTarget: optional(form.sdgTarget),
    standardReference: optional(form.standardReference),
  });
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    ctx.addIssue({ code: "custom", message: issue.message, path: [fieldOf(issue.path)] });
  }
  return z.NEVER;
}

/** A new definition for the catalogue, from the form's fields. */
export const defineIndicatorInput = definitionFields.transform(toDefinition);

/** A changed definition: its key from the address, the version the form was made from. */
export const editIndicatorInput = definitionFields
  .extend({
    version: z.coerce
      .number({ error: error("definitionChanged") })
      .int({ error: error("definitionChanged") })
      .min(1, { error: error("definitionChanged") }),
  })
  .transform((form, ctx) => ({ version: form.version, definition: toDefinition(form, ctx) }));
export type EditIndicatorInput = z.output<typeof editIndicatorInput>;
