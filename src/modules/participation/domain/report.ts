import type { FieldIssue } from "../../../platform/errors/errors";
import type { Method, Phase } from "./process";
import { processState } from "./process";
import type { Bilingual } from "./survey";

/**
 * The closing report: an introduction and the points heard, each with what happens with it. A
 * point not taken up must say why; that reason is what closes the loop for the people who raised
 * it. The office edits the points in one form without JavaScript: every button sends the whole
 * form, and adding, removing or moving a point is applied to what was sent (`editPoints`).
 */

export const outcomes = ["taken-into-measure", "changed-draft", "not-taken-up"] as const;
export type Outcome = (typeof outcomes)[number];

export interface ReportPoint {
  heard: Bilingual;
  outcome: Outcome;
  /** What happens with it; for a point not taken up, the reason. Empty strings when not given. */
  response: Bilingual;
}

export interface ReportContent {
  summary: Bilingual;
  points: ReportPoint[];
}

/** A point as the form sent it: every field a string, the outcome perhaps not chosen yet. */
export interface PointFields {
  heardDe: string;
  heardEn: string;
  outcome: string;
  responseDe: string;
  responseEn: string;
}

export interface ReportFields {
  summaryDe: string;
  summaryEn: string;
  points: PointFields[];
}

export const MAX_POINTS = 40;
export const MAX_SUMMARY = 5_000;
export const MAX_POINT_TEXT = 2_000;

const error = (name: string) => `participation.errors.${name}`;
const pointFieldNames = ["heardDe", "heardEn", "outcome", "responseDe", "responseEn"] as const;

/** The name of a point's field in the form, e.g. `point-2-heardDe`. */
export function pointFieldName(index: number, field: (typeof pointFieldNames)[number]): string {
  return `point-${index}-${field}`;
}

const text = (value: unknown): string => (typeof value === "string" ? value : "");

/**
 * Reads the report's fields from a form body. Points are numbered from 0 without gaps; the form says
 * how many it has (`pointCount`), so a point whose fields were all left empty still keeps its place.
 */
export function readReportFields(body: Record<string, unknown>): ReportFields {
  const sent = Number.parseInt(text(body.pointCount), 10);
  const count = Number.isFinite(sent) ? Math.min(Math.max(sent, 0), MAX_POINTS) : 0;
  const points: PointFields[] = [];
  for (let i = 0; i < count; i++) {
    const point = Object.fromEntries(pointFieldNames.map((field) => [field, text(body[pointFieldName(i, field)])]));
    points.push(point as unknown as PointFields);
  }
  return { summaryDe: text(body.summaryDe), summaryEn: text(body.summaryEn), points };
}

/** The stored report as form fields, for the editing page. */
export function fieldsOf(content: ReportContent): ReportFields {
  return {
    summaryDe: content.summary.de,
    summaryEn: content.summary.en,
    points: content.points.map((point) => ({
      heardDe: point.heard.de,
      heardEn: point.heard.en,
      outcome: point.outcome,
      responseDe: point.response.de,
      responseEn: point.response.en,
    })),
  };
}

export const emptyPoint: PointFields = { heardDe: "", heardEn: "", outcome: "", responseDe: "", responseEn: "" };

export type PointCommand =
  | { kind: "add" }
  | { kind: "remove"; index: number }
  | { kind: "up"; index: number }
  | { kind: "down"; index: number };

/** Reads which point button was pressed (`add`, `remove=2`, `up=1`, `down=0`); null for save and publish. */
export function pointCommandOf(body: Record<string, unknown>): PointCommand | null {
  if (body.add !== undefined) return { kind: "add" };
  for (const kind of ["remove", "up", "down"] as const) {
    const index = Number.parseInt(text(body[kind]), 10);
    if (body[kind] !== undefined && Number.isInteger(index) && index >= 0) return { kind, index };
  }
  return null;
}

/**
 * Applies a point button to the points as sent. Adding stops at the most points a report has;
 * moving the first point up or the last one down, or naming a point that does not exist, changes
 * nothing. The points themselves are never changed, only their number and order.
 */
export function editPoints<T>(points: readonly T[], command: PointCommand, empty: T): T[] {
  const next = [...points];
  if (command.kind === "add") {
    if (next.length < MAX_POINTS) next.push(empty);
    return next;
  }
  const { index } = command;
  if (index >= next.length) return next;
  if (command.kind === "remove") {
    next.splice(index, 1);
    return next;
  }
  const other = command.kind === "up" ? index - 1 : index + 1;
  if (other < 0 || other >= next.length) return next;
  [next[index], next[other]] = [next[other] as T, next[index] as T];
  return next;
}

function isOutcome(value: string): value is Outcome {
  return (outcomes as readonly string[]).includes(value);
}

function checkText(
  issues: FieldIssue[],
  path: string,
  value: string,
  rule: { required: boolean; max: number; missing: string },
): string {
  const trimmed = value.trim();
  if (rule.required && trimmed === "") issues.push({ path, message: error(rule.missing) });
  else if (trimmed.length > rule.max) issues.push({ path, message: error("reportTextLong") });
  return trimmed;
}

/**
 * Checks the report as sent. Each point needs what was heard in both languages and an outcome; a
 * point not taken up needs its reason in both languages; a response given in one language needs
 * the other too, so nobody reads an empty answer. The introduction may stay empty while the report
 * is a draft, but is needed in both languages, with at least one point, to publish it.
 */
export function checkReport(
  fields: ReportFields,
  options: { publishing: boolean },
): { ok: true; report: ReportContent } | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const required = options.publishing;
  const summary = {
    de: checkText(issues, "summaryDe", fields.summaryDe, { required, max: MAX_SUMMARY, missing: "reportSummary" }),
    en: checkText(issues, "summaryEn", fields.summaryEn, { required, max: MAX_SUMMARY, missing: "reportSummary" }),
  };
  if (fields.points.length > MAX_POINTS) issues.push({ path: "points", message: error("reportPointsMany") });
  if (options.publishing && fields.points.length === 0)
    issues.push({ path: "points", message: error("reportPointsNone") });
  const points: ReportPoint[] = [];
  for (const [i, point] of fields.points.slice(0, MAX_POINTS).entries()) {
    const path = (field: (typeof pointFieldNames)[number]) => pointFieldName(i, field);
    const pointText = { required: true, max: MAX_POINT_TEXT, missing: "reportHeard" };
    const heard = { de: checkText(issues, path("heardDe"), point.heardDe, pointText), en: "" };
    heard.en = checkText(issues, path("heardEn"), point.heardEn, pointText);
    if (!isOutcome(point.outcome)) issues.push({ path: path("outcome"), message: error("reportOutcome") });
    const reasonNeeded = point.outcome === "not-taken-up";
    const answered = point.responseDe.trim() !== "" || point.responseEn.trim() !== "";
    const responseRule = {
      required: reasonNeeded || answered,
      max: MAX_POINT_TEXT,
      missing: reasonNeeded ? "reportReason" : "reportResponseLanguage",
    };
    const response = {
      de: checkText(issues, path("responseDe"), point.responseDe, responseRule),
      en: checkText(issues, path("responseEn"), point.responseEn, responseRule),
    };
    if (isOutcome(point.outcome)) points.push({ heard, outcome: point.outcome, response });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, report: { summary, points } };
}

/**
 * Whether the report may be published at `now`: once the process has reached its closing-report
 * phase, or has ended (a process without such a phase reports when it is over).
 */
export function mayPublishReport(phases: readonly (Phase & { method: Method })[], now: Date): boolean {
  const state = processState(phases, now);
  if (state.kind === "finished") return true;
  if (state.kind === "upcoming") return false;
  return phases[state.phase]?.method === "closing-report";
}

/** The points in the order the report shows them: grouped by outcome, in the office's order within each. */
export function pointsByOutcome<T extends { outcome: Outcome }>(points: readonly T[]): Array<[Outcome, T[]]> {
  return outcomes
    .map((outcome): [Outcome, T[]] => [outcome, points.filter((point) => point.outcome === outcome)])
    .filter(([, group]) => group.length > 0);
}
