import { z } from "zod";
import type { FieldIssue } from "../../../platform/errors/errors";
import { cityDay, defaultTimeZone, endOfCityDay, startOfCityDay } from "../../../platform/reference-data";
import { checkPhases, MAX_PHASES, type Method, type SubjectKind, subjectKinds, visibilities } from "./process";
import type { Bilingual } from "./survey";

/**
 * What the office's process form sends, read into a process. Forms send text: dates are calendar
 * days in the city's time, phase rows left empty are ignored, the invited people are e-mail
 * addresses one per line. Every mistake of the plain fields is reported at once; the phases are
 * checked by `checkPhases` after the rows were read. Messages are catalogue keys.
 */

const error = (name: string) => `participation.errors.${name}`;

/** Rows of the phase table a new form offers; "add a phase" shows one more, up to MAX_PHASES. */
export const DEFAULT_PHASE_ROWS = 6;
export const MAX_INVITED = 500;

export const slugPattern = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** "Mobilität im Kiez: Ihre Ideen!" → "mobilitaet-im-kiez-ihre-ideen" (at most 80 characters). */
export function slugFromTitle(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug;
}

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** Whether the text is a real calendar day `YYYY-MM-DD`. */
export function isDay(text: string): boolean {
  return dayPattern.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
}

/** The last day of a phase that ends (exclusively) at this instant. */
export function lastDayOf(endsAt: Date, timeZone: string = defaultTimeZone): string {
  return cityDay(new Date(endsAt.getTime() - 1), timeZone);
}

/** A phase row as the form sends it. */
export interface PhaseRow {
  method: string;
  startDay: string;
  lastDay: string;
  descriptionDe: string;
  descriptionEn: string;
}

/** The phase rows of a form body (`phases.0.method` …), as many as `rows` says. */
export function phaseRowsOf(body: Record<string, unknown>, rows: number): PhaseRow[] {
  const text = (name: string) => {
    const value = body[name];
    return typeof value === "string" ? value.trim() : "";
  };
  return Array.from({ length: rows }, (_, i) => ({
    method: text(`phases.${i}.method`),
    startDay: text(`phases.${i}.startDay`),
    lastDay: text(`phases.${i}.lastDay`),
    descriptionDe: text(`phases.${i}.descriptionDe`),
    descriptionEn: text(`phases.${i}.descriptionEn`),
  }));
}

/** How many phase rows the form shows: what it sent (at least the default), one more when asked. */
export function phaseRowCount(sent: unknown, addOne: boolean): number {
  const n = typeof sent === "string" && /^\d{1,2}$/.test(sent) ? Number(sent) : DEFAULT_PHASE_ROWS;
  const rows = Math.min(MAX_PHASES, Math.max(DEFAULT_PHASE_ROWS, n));
  return addOne ? Math.min(MAX_PHASES, rows + 1) : rows;
}

const isEmptyRow = (row: PhaseRow) =>
  row.method === "" &&
  row.startDay === "" &&
  row.lastDay === "" &&
  row.descriptionDe === "" &&
  row.descriptionEn === "";

/** A phase as the process stores it. */
export interface PhaseInput {
  method: Method;
  startsAt: Date;
  endsAt: Date;
  description: Bilingual | null;
}

const MAX_DESCRIPTION = 2_000;

/**
 * The filled-in phase rows as phases, checked by `checkPhases`; an issue names the row as the form
 * shows it (an empty row between two filled ones keeps the numbers of the rows after it).
 */
export function readPhases(
  rows: readonly PhaseRow[],
  timeZone: string = defaultTimeZone,
): { ok: true; phases: PhaseInput[] } | { ok: false; issue: FieldIssue } {
  const filled = rows.flatMap((row, index) => (isEmptyRow(row) ? [] : [{ row, index }]));
  for (const { row, index } of filled) {
    if (row.descriptionDe.length > MAX_DESCRIPTION || row.descriptionEn.length > MAX_DESCRIPTION)
      return { ok: false, issue: { path: `phases.${index}.descriptionDe`, message: error("descriptionLong") } };
  }
  const checked = checkPhases(
    filled.map(({ row }) => ({
      method: row.method === "" ? undefined : row.method,
      startsAt: isDay(row.startDay) ? startOfCityDay(row.startDay, timeZone) : undefined,
      endsAt: isDay(row.lastDay) ? endOfCityDay(row.lastDay, timeZone) : undefined,
    })),
  );
  if (!checked.ok) {
    const [, position, field] = checked.issue.path.split(".");
    if (position === undefined) return checked;
    const index = filled[Number(position)]?.index ?? 0;
    const name = field === "startsAt" ? "startDay" : field === "endsAt" ? "lastDay" : (field ?? "method");
    return { ok: false, issue: { path: `phases.${index}.${name}`, message: checked.issue.message } };
  }
  return {
    ok: true,
    phases: checked.phases.map((phase, i) => {
      const row = filled[i]?.row;
      const de = row?.descriptionDe ?? "";
      const en = row?.descriptionEn ?? "";
      return { ...phase, description: de === "" && en === "" ? null : { de, en } };
    }),
  };
}

/** Non-empty lines, trimmed. */
export function linesOf(text: string | undefined): string[] {
  return (text ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The issue of one line of the invited people: its path names the line (`invited.3`, counted from 1
 * among the lines as typed), so the form can quote it beside the field.
 */
export function invitedLineIssue(lineNumber: number, name: "invitedNoAddress" | "invitedUnknown"): FieldIssue {
  return { path: `invited.${lineNumber}`, message: error(name) };
}

/** The invited people's addresses with their line numbers; a line that is no address is named. */
export function readInvited(
  text: string | undefined,
): { ok: true; emails: Array<{ email: string; line: number }> } | { ok: false; issue: FieldIssue } {
  const lines = (text ?? "").split(/\r?\n/).map((line, i) => ({ text: line.trim(), line: i + 1 }));
  const filled = lines.filter((line) => line.text !== "");
  if (filled.length > MAX_INVITED) return { ok: false, issue: { path: "invited", message: error("invitedMany") } };
  const seen = new Set<string>();
  const emails: Array<{ email: string; line: number }> = [];
  for (const { text: address, line } of filled) {
    if (address.length > 254 || !emailPattern.test(address))
      return { ok: false, issue: invitedLineIssue(line, "invitedNoAddress") };
    const email = address.toLowerCase();
    if (!seen.has(email)) emails.push({ email, line });
    seen.add(email);
  }
  return { ok: true, emails };
}

const required = (max: number, missing: string, tooLong = "textLong") =>
  z
    .string({ error: error(missing) })
    .transform((text) => text.trim())
    .pipe(
      z
        .string()
        .min(1, { error: error(missing) })
        .max(max, { error: error(tooLong) }),
    );
const optional = (max: number, tooLong = "textLong") =>
  z
    .string()
    .optional()
    .transform((text) => text?.trim() ?? "")
    .pipe(z.string().max(max, { error: error(tooLong) }));

/** The plain fields of the form; the subject's own field is required only for its kind (`subjectIssue`). */
export const processFields = z.object({
  titleDe: required(160, "titleMissing"),
  titleEn: optional(160),
  summaryDe: required(2_000, "summaryMissing"),
  summaryEn: optional(2_000),
  slug: optional(80).refine((slug) => slug === "" || slugPattern.test(slug), { error: error("slug") }),
  subjectKind: z.enum(subjectKinds, { error: error("subjectKind") }),
  subjectMeasure: optional(200),
  subjectActionField: optional(100),
  subjectTopicDe: optional(200),
  subjectTopicEn: optional(200),
  organisation: required(200, "organisationMissing"),
  contact: required(500, "contactMissing"),
  visibility: z.enum(visibilities, { error: error("visibility") }),
  invited: optional(MAX_INVITED * 256),
});

export type ProcessFields = z.output<typeof processFields>;

/** The subject's key or text as stored: the measure's slug, the action field's key, a topic's names. */
export function subjectColumns(input: ProcessFields): {
  subjectKind: SubjectKind;
  subjectKey: string | null;
  subjectTopic: Bilingual | null;
} {
  if (input.subjectKind === "measure")
    return { subjectKind: "measure", subjectKey: input.subjectMeasure, subjectTopic: null };
  if (input.subjectKind === "action-field")
    return { subjectKind: "action-field", subjectKey: input.subjectActionField, subjectTopic: null };
  if (input.subjectKind === "topic")
    return {
      subjectKind: "topic",
      subjectKey: null,
      subjectTopic: { de: input.subjectTopicDe, en: input.subjectTopicEn },
    };
  return { subjectKind: "strategy", subjectKey: null, subjectTopic: null };
}

/** The subject's own field, missing for its kind (checked apart, so it is named whatever else is wrong). */
function subjectIssue(plain: Record<string, unknown>): FieldIssue | null {
  const field = { measure: "subjectMeasure", "action-field": "subjectActionField", topic: "subjectTopicDe" }[
    String(plain.subjectKind)
  ];
  if (!field) return null;
  const value = plain[field];
  if (typeof value === "string" && value.trim() !== "") return null;
  const message = {
    subjectMeasure: "subjectMeasureMissing",
    subjectActionField: "subjectActionFieldMissing",
    subjectTopicDe: "subjectTopicMissing",
  }[field];
  return { path: field, message: error(message ?? "subjectKind") };
}

/** The process form, read: its fields, districts, phases and the invited people's addresses. */
export interface ProcessForm {
  fields: ProcessFields;
  districts: string[];
  phases: PhaseInput[];
  invited: Array<{ email: string; line: number }>;
}

const listOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((v): v is string => typeof v === "string");

/**
 * Reads the whole form and reports every mistake at once (the phases' first one): the fields, the
 * districts (keys of the city), the phase rows (days in the city's time zone) and the invited
 * addresses. Pure; whether a measure, an action field, an address or a slug exists is the use
 * case's to check.
 */
export function readProcessForm(
  body: Record<string, unknown>,
  districtKeys: readonly string[],
  timeZone: string = defaultTimeZone,
): { ok: true; form: ProcessForm } | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const plain = Object.fromEntries(Object.entries(body).filter(([, value]) => typeof value === "string"));
  const fields = processFields.safeParse(plain);
  if (!fields.success) issues.push(...fields.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
  const subject = subjectIssue(plain);
  if (subject) issues.push(subject);
  const districts = [...new Set(listOf(body.districts))];
  if (districts.some((d) => !districtKeys.includes(d))) issues.push({ path: "districts", message: error("district") });
  const phases = readPhases(phaseRowsOf(body, phaseRowCount(body.phaseRows, false)), timeZone);
  if (!phases.ok) issues.push(phases.issue);
  const invited = readInvited(typeof body.invited === "string" ? body.invited : "");
  if (!invited.ok) issues.push(invited.issue);
  if (!fields.success || !phases.ok || !invited.ok || issues.length > 0) return { ok: false, issues };
  return { ok: true, form: { fields: fields.data, districts, phases: phases.phases, invited: invited.emails } };
}
