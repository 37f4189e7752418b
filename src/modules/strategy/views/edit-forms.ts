import { type AssessmentRecord, currentAssessments } from "../domain/assessment";
import type { CompassValue, MeasureContent } from "../domain/model";

/**
 * The edit page's forms as flat name → value maps, the way a browser sends them: text fields are
 * strings, a group of checkboxes is a list, table rows are `team.0.role_de`. The same maps fill the
 * forms, keep what was entered after an error, and compare a stale form with the saved version.
 */
export type FlatForm = Record<string, string | string[]>;

export const editParts = ["texts", "status", "details", "team", "assessment"] as const;
export type EditPart = (typeof editParts)[number];

function textsForm(c: MeasureContent): FlatForm {
  return {
    title_de: c.title.de,
    title_en: c.title.en,
    summary_de: c.summary.de,
    summary_en: c.summary.en,
    description_de: c.description.de,
    description_en: c.description.en,
    goal_output_de: c.goals.output.de,
    goal_output_en: c.goals.output.en,
    goal_outcome_de: c.goals.outcome.de,
    goal_outcome_en: c.goals.outcome.en,
    goal_impact_de: c.goals.impact.de,
    goal_impact_en: c.goals.impact.en,
  };
}

function statusForm(c: MeasureContent): FlatForm {
  return { status: c.status ?? "", phase: c.phaseId ?? "" };
}

function detailsForm(c: MeasureContent): FlatForm {
  const form: FlatForm = {
    type: c.type,
    pilot: c.pilot ? "on" : "",
    origin: c.origin,
    origin_ref: c.originRef ?? "",
    responsible: c.responsibleOrganisationId ?? "",
    involved: c.involvedOrganisationIds,
    city_wide: c.cityWide ? "on" : "",
    districts: c.districtIds,
    period_start: c.periodStart ?? "",
    period_end: c.periodEnd ?? "",
    period_note_de: c.periodNote.de,
    period_note_en: c.periodNote.en,
    action_fields: c.actionFieldIds,
    spatial_levels: c.spatialLevelIds,
    contact_name: c.contactName,
    contact_email: c.contactEmail,
  };
  c.resources.forEach((r, i) => {
    form[`resources.${i}.amount_eur`] = r.amountEur === null ? "" : String(r.amountEur);
    form[`resources.${i}.source_de`] = r.source.de;
    form[`resources.${i}.source_en`] = r.source.en;
    form[`resources.${i}.funding_programme`] = r.fundingProgramme ?? "";
  });
  c.links.forEach((l, i) => {
    form[`links.${i}.url`] = l.url;
    form[`links.${i}.label_de`] = l.label.de;
    form[`links.${i}.label_en`] = l.label.en;
  });
  return form;
}

function teamForm(c: MeasureContent): FlatForm {
  const form: FlatForm = {};
  c.team.forEach((m, i) => {
    form[`team.${i}.name`] = m.name;
    form[`team.${i}.organisation`] = m.organisationId ?? "";
    form[`team.${i}.role_de`] = m.role.de;
    form[`team.${i}.role_en`] = m.role.en;
    form[`team.${i}.responsibility_de`] = m.responsibility.de;
    form[`team.${i}.responsibility_en`] = m.responsibility.en;
    form[`team.${i}.share_of_time`] = m.shareOfTime === null ? "" : String(m.shareOfTime);
  });
  return form;
}

function assessmentForm(values: CompassValue[], inForce: Map<string, AssessmentRecord>): FlatForm {
  const form: FlatForm = {};
  values.forEach((v, i) => {
    const a = inForce.get(v.id);
    form[`assessments.${i}.value`] = v.id;
    form[`assessments.${i}.score`] = a ? String(a.score) : "";
    form[`assessments.${i}.rationale_de`] = a?.rationale.de ?? "";
    form[`assessments.${i}.rationale_en`] = a?.rationale.en ?? "";
  });
  return form;
}

/** Multiple-choice fields of the forms: always lists, even with one or no choice sent. */
const listFields = new Set(["involved", "districts", "action_fields", "spatial_levels"]);

/** The submitted body as a flat form (the CSRF token and the form's own bookkeeping left out). */
export function flatFormOf(body: Record<string, string | File | (string | File)[]>): FlatForm {
  const form: FlatForm = {};
  for (const [name, value] of Object.entries(body)) {
    if (name === "_csrf" || name === "part" || name === "version") continue;
    const strings = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
    form[name] = listFields.has(name) ? strings : (strings[strings.length - 1] ?? "");
  }
  return form;
}

const rowPattern = /^(\w+)\.(\d+)\.(\w+)$/;

/**
 * The rows of a table in the form (`team.3.role_de`), in order; rows left completely empty (the
 * blank rows for adding) and rows marked for removal are dropped, and the rest numbered from 0.
 */
export function rowsOf(form: FlatForm, table: string, keepEmpty = false): Array<Record<string, string>> {
  const rows = new Map<number, Record<string, string>>();
  for (const [name, value] of Object.entries(form)) {
    const match = rowPattern.exec(name);
    if (!match || match[1] !== table) continue;
    const index = Number(match[2]);
    const row = rows.get(index) ?? {};
    row[match[3] as string] = Array.isArray(value) ? (value[0] ?? "") : value;
    rows.set(index, row);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => row)
    .filter(
      (row) =>
        keepEmpty ||
        (row.remove !== "on" &&
          Object.entries(row).some(([k, v]) => k !== "remove" && k !== "value" && v.trim() !== "")),
    )
    .map(({ remove: _remove, ...row }) => row);
}

/** The form with its table rows renumbered as `rowsOf` sees them (so error paths match the fields). */
export function compactRows(form: FlatForm, tables: string[]): FlatForm {
  const next: FlatForm = {};
  for (const [name, value] of Object.entries(form)) {
    const match = rowPattern.exec(name);
    if (!match || !tables.includes(match[1] as string)) next[name] = value;
  }
  for (const table of tables) {
    rowsOf(form, table).forEach((row, i) => {
      for (const [key, value] of Object.entries(row)) next[`${table}.${i}.${key}`] = value;
    });
  }
  return next;
}

/** The number of rows of a table in a flat form. */
export function rowCount(form: FlatForm, table: string): number {
  let count = 0;
  for (const name of Object.keys(form)) {
    const match = rowPattern.exec(name);
    if (match && match[1] === table) count = Math.max(count, Number(match[2]) + 1);
  }
  return count;
}

/** The names whose values differ between two flat forms (for the conflict view). */
export function differingFields(mine: FlatForm, saved: FlatForm): string[] {
  const names = [...new Set([...Object.keys(saved), ...Object.keys(mine)])];
  const norm = (v: string | string[] | undefined) =>
    Array.isArray(v) ? [...v].sort().join("\u0000") : (v ?? "").trim();
  return names.filter((n) => norm(mine[n]) !== norm(saved[n]));
}

/** Every part of the edit page filled in as the measure is saved now. */
export function savedForms(
  content: MeasureContent,
  values: CompassValue[],
  assessments: readonly AssessmentRecord[],
): Record<EditPart, FlatForm> {
  return {
    texts: textsForm(content),
    status: statusForm(content),
    details: detailsForm(content),
    team: teamForm(content),
    assessment: assessmentForm(values, currentAssessments(assessments)),
  };
}

/**
 * Submitted forms are plain text maps; the use case's Zod schema checks and converts them, so they
 * are handed over as the schema's input type.
 */
export const formInput = (form: Record<string, unknown>): never => form as never;
