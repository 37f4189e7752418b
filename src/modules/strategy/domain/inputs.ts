import { z } from "zod";
import { type City, cityKeyPattern, districtKeysOf, stakeholderGroupKeysOf } from "../../../platform/reference-data";
import { measureOrigins, measureStatuses, measureTypes, SCORE_MAX, SCORE_MIN } from "./model";
import { isPeriodOrdered, isValidSlug, partialDatePattern } from "./vocabulary";

/**
 * Input schemas of the catalogue's use cases. The same schemas parse the edit forms (which send
 * text only: a checkbox is "on", a multiple choice is one value or a list) and typed callers.
 * Messages are catalogue keys.
 */
const m = {
  required: "strategy.form.required",
  tooLong: "strategy.form.tooLong",
  choice: "strategy.form.choice",
  email: "strategy.form.email",
  url: "strategy.form.urlInvalid",
  date: "strategy.form.date",
  number: "strategy.form.number",
  slug: "strategy.form.slugInvalid",
  identifier: "strategy.form.identifier",
};

// A browser sends the line breaks of a text area as CRLF: stored as LF, so saving a form that was
// not changed records no change of every text with paragraphs.
const formText = (max: number) =>
  z.preprocess(
    (v) => (v === undefined || v === null ? "" : typeof v === "string" ? v.replace(/\r\n?/g, "\n") : v),
    z.string({ error: m.required }).trim().max(max, m.tooLong),
  );
const requiredText = (max: number) => z.string({ error: m.required }).trim().min(1, m.required).max(max, m.tooLong);
const formBoolean = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());
const formList = z.preprocess(
  (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v.filter((x) => x !== "") : [v]),
  z.array(z.string().trim().min(1).max(100)).max(50, m.tooLong),
);
const optionalId = z.preprocess((v) => (v === "" || v === undefined ? null : v), z.string().trim().max(100).nullable());
const version = z.coerce.number({ error: m.number }).int().min(1);
const slug = z.string().trim().min(1, m.required);

const partialDate = z.preprocess(
  (v) => (v === "" || v === undefined ? null : v),
  z.string().trim().regex(partialDatePattern, m.date).nullable(),
);

export const measureTextsInput = z.object({
  slug,
  version,
  title_de: requiredText(200),
  title_en: formText(200),
  summary_de: formText(600),
  summary_en: formText(600),
  description_de: formText(20_000),
  description_en: formText(20_000),
  goal_output_de: formText(1000),
  goal_output_en: formText(1000),
  goal_outcome_de: formText(1000),
  goal_outcome_en: formText(1000),
  goal_impact_de: formText(1000),
  goal_impact_en: formText(1000),
});

const resourceRow = z.object({
  amount_eur: z.preprocess(
    (v) => (v === "" || v === undefined ? null : typeof v === "string" ? v.replace(/[\s.]/g, "") : v),
    z.coerce.number({ error: m.number }).int(m.number).min(0, m.number).max(10_000_000_000, m.number).nullable(),
  ),
  source_de: formText(300),
  source_en: formText(300),
  funding_programme: formText(300),
});

const linkRow = z.object({
  url: z.url({ protocol: /^https?$/, error: m.url }),
  label_de: formText(200),
  label_en: formText(200),
});

export const measureDetailsInputFor = (city: City) =>
  z
    .object({
      slug,
      version,
      type: z.enum(measureTypes, { error: m.choice }),
      pilot: formBoolean,
      origin: z.enum(measureOrigins, { error: m.choice }),
      origin_ref: formText(300),
      responsible: optionalId,
      involved: formList,
      city_wide: formBoolean,
      districts: z.preprocess(
        (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
        z.array(z.enum(districtKeysOf(city), { error: m.choice })),
      ),
      period_start: partialDate,
      period_end: partialDate,
      period_note_de: formText(300),
      period_note_en: formText(300),
      action_fields: formList.refine((list) => list.length > 0, m.required),
      spatial_levels: formList,
      contact_name: formText(200),
      contact_email: z.preprocess(
        (v) => (v === undefined ? "" : v),
        z.union([z.literal(""), z.email({ error: m.email })]),
      ),
      resources: z.array(resourceRow).max(20, m.tooLong).default([]),
      links: z.array(linkRow).max(20, m.tooLong).default([]),
    })
    .refine((v) => isPeriodOrdered(v.period_start, v.period_end), {
      path: ["period_end"],
      message: "strategy.form.periodOrder",
    });

export const measureStatusInput = z.object({
  slug,
  version,
  status: z.enum(measureStatuses, { error: m.choice }),
  phase: optionalId,
});

const teamRow = z
  .object({
    name: formText(200),
    organisation: optionalId,
    role_de: requiredText(200),
    role_en: formText(200),
    responsibility_de: formText(1000),
    responsibility_en: formText(1000),
    share_of_time: z.preprocess(
      (v) => (v === "" || v === undefined ? null : v),
      z.coerce.number({ error: m.number }).int(m.number).min(0, m.number).max(100, m.number).nullable(),
    ),
  })
  .refine((row) => row.name !== "" || row.organisation !== null, {
    path: ["name"],
    message: "strategy.form.memberName",
  });

export const measureTeamInput = z.object({ slug, version, team: z.array(teamRow).max(50, m.tooLong).default([]) });

const assessmentRow = z.object({
  value: z.string().trim().min(1),
  score: z.preprocess(
    (v) => (v === "" || v === undefined ? null : v),
    z.coerce.number({ error: m.number }).int(m.number).min(SCORE_MIN, m.number).max(SCORE_MAX, m.number).nullable(),
  ),
  rationale_de: formText(2000),
  rationale_en: formText(2000),
});

export const measureAssessmentInput = z.object({
  slug,
  version,
  assessments: z.array(assessmentRow).max(20).default([]),
});

export const createMeasureInput = z.object({
  slug: z.preprocess((v) => (v === "" ? undefined : v), z.string().trim().refine(isValidSlug, m.slug).optional()),
  title_de: requiredText(200),
  title_en: formText(200),
  summary_de: formText(600),
  summary_en: formText(600),
  type: z.enum(measureTypes, { error: m.choice }),
  status: z.enum(measureStatuses, { error: m.choice }),
  responsible: optionalId,
  action_fields: formList.refine((list) => list.length > 0, m.required),
});

const identifier = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/, m.identifier);

const actionFieldInput = z.object({
  cluster: z.string().trim().min(1, m.required),
  name_de: requiredText(300),
  name_en: formText(300),
  description_de: formText(5000),
  description_en: formText(5000),
});
export const createActionFieldInput = actionFieldInput.extend({ id: identifier });
export const editActionFieldInput = actionFieldInput.extend({ id: z.string().min(1), version });

const organisationInputFor = (city: City) =>
  z.object({
    name_de: requiredText(300),
    name_en: formText(300),
    kind: z.preprocess(
      (v) => (v === "" ? null : v),
      z.enum(stakeholderGroupKeysOf(city), { error: m.choice }).nullable(),
    ),
  });
export const createOrganisationInputFor = (city: City) =>
  organisationInputFor(city).extend({
    id: z.preprocess((v) => (v === "" ? undefined : v), identifier.optional()),
  });
export const editOrganisationInputFor = (city: City) =>
  organisationInputFor(city).extend({ id: z.string().min(1), version });

export const measureFromOriginInput = z.object({
  /** Where the measure came from (not `strategy`: that is the catalogue's own). */
  origin: z.enum(["arena", "budget"]),
  /** A path on this platform that leads back to the origin, e.g. `/budgets/x/results#project-…`. */
  originRef: z.string().regex(/^\/(?![/\\])[^\s\\]{1,299}$/),
  title: z.string().trim().min(1, "strategy.form.required").max(200, "strategy.form.tooLong"),
  description: z.string().trim().max(20_000, "strategy.form.tooLong"),
  type: z.enum(measureTypes),
  /** District keys (the calling use case checked them against the city); none means city-wide. */
  districts: z.array(z.string().regex(cityKeyPattern)).max(200),
  /** Money that comes with the measure, with its source (e.g. the budget's title). */
  resource: z.object({ amountEur: z.number().int().min(0), source: z.string().trim().max(300) }).nullable(),
  actionFields: z.array(z.string().trim().min(1).max(100)).min(1, "strategy.form.required").max(50),
  /** The people who brought the measure (e.g. an arena entry's team): named on it and able to edit it. */
  team: z
    .array(z.object({ name: z.string().trim().min(1).max(200), accountId: z.uuid() }))
    .max(50)
    .default([]),
});
export type MeasureFromOriginInput = z.input<typeof measureFromOriginInput>;

export const importStrategyInput = z.object({
  /** The parsed YAML document. */
  document: z.unknown(),
  /** Where it came from (a file name), for the audit log. */
  source: z.string().min(1).max(500),
});
