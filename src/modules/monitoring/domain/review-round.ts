import { z } from "zod";
import type { FieldIssue } from "../../../platform/errors/errors";
import { defaultTimeZone, endOfCityDay } from "../../../platform/reference-data";
import type { ProposedChange, Revision } from "./logic-model";

/**
 * Review rounds (the strategy's learning cycle): the strategy office opens a round with a deadline,
 * every monitored measure's team reports on the period (values, how it went, lessons, risks) and
 * proposes changes to its logic model, each with a reason. The office accepts or returns each
 * proposal with a comment; accepted proposals become a new version of the model whose reason names
 * the round. Once the office publishes the round, with its answer and the citizen panel's
 * recommendation, the reports and lessons are public.
 */

const error = (name: string) => `monitoring.errors.${name}`;

/** `open`: teams report; `closed`: the office decides; `published`: everyone reads it. */
export const roundStates = ["open", "closed", "published"] as const;
export type RoundState = (typeof roundStates)[number];

export type RoundStep = "close" | "publish";

/**
 * The state after the office's step, or null when the step does not fit: a round is closed once
 * (reports stop) and published once it is closed (nothing changes after that).
 */
export function nextState(state: RoundState, step: RoundStep): RoundState | null {
  if (step === "close") return state === "open" ? "closed" : null;
  return state === "closed" ? "published" : null;
}

/** Teams save and send reports while the round is open, also after the deadline (counted late). */
export function acceptsReports(state: RoundState): boolean {
  return state === "open";
}

/** The office decides on proposals of sent reports until the round is published. */
export function acceptsDecisions(state: RoundState): boolean {
  return state !== "published";
}

/** A round's title, period and deadline as the office enters them. */
export const openRoundInput = z
  .object({
    title: z
      .string({ error: error("title") })
      .trim()
      .min(3, { error: error("title") })
      .max(200, { error: error("titleLong") }),
    periodFrom: z.iso.date({ error: error("periodFrom") }),
    periodTo: z.iso.date({ error: error("periodTo") }),
    deadline: z.iso.date({ error: error("deadline") }),
  })
  .superRefine((round, ctx) => {
    if (round.periodTo < round.periodFrom)
      ctx.addIssue({ code: "custom", message: error("periodOrder"), path: ["periodTo"] });
  });
export type OpenRoundInput = z.output<typeof openRoundInput>;

/** A deadline that lies before today is refused (the deadline's day itself still counts). */
export function deadlineIssue(deadline: string, today: string): FieldIssue | null {
  return deadline < today ? { path: "deadline", message: error("deadlinePast") } : null;
}

/**
 * The fixed part of the lessons' tags: themes the strategy asks teams to learn about, so lessons of
 * different measures can be found together. Teams add free tags of their own beside them.
 */
export const lessonTopics = [
  "participation",
  "cooperation",
  "data",
  "technology",
  "procurement",
  "funding",
  "staff",
  "time",
  "law",
  "communication",
  "accessibility",
  "scaling",
] as const;
export type LessonTopic = (typeof lessonTopics)[number];

export const MAX_LESSONS = 20;
export const MAX_TAGS = 8;
export const MAX_PROPOSALS = 20;

/**
 * A free tag as people type it, made comparable: trimmed, lower case, inner spaces as one hyphen
 * ("Open Data " → "open-data"). Null when nothing is left or it is too long to be a tag.
 */
export function normaliseTag(text: string): string | null {
  const tag = text.trim().toLowerCase().replace(/\s+/g, "-");
  return tag.length >= 2 && tag.length <= 40 && /^[\p{L}\p{N}-]+$/u.test(tag) ? tag : null;
}

/** The tags of a lesson: chosen topics first, then free tags, each once; the issue when one is unusable. */
export function lessonTags(
  topics: readonly string[],
  freeText: string,
): { ok: true; tags: string[] } | { ok: false; message: string } {
  const tags: string[] = [];
  for (const topic of topics) {
    if (!(lessonTopics as readonly string[]).includes(topic)) return { ok: false, message: error("topic") };
    if (!tags.includes(topic)) tags.push(topic);
  }
  for (const part of freeText.split(",")) {
    if (part.trim() === "") continue;
    const tag = normaliseTag(part);
    if (tag === null) return { ok: false, message: error("tag") };
    if (!tags.includes(tag)) tags.push(tag);
  }
  return tags.length > MAX_TAGS ? { ok: false, message: error("tagsMany") } : { ok: true, tags };
}

export interface Lesson {
  text: string;
  tags: string[];
}

/** A team's report on the round's period. Values themselves are entered on the monitoring page. */
export interface ReportContent {
  /** Which values of the period the report rests on, and anything the numbers do not say. */
  valuesNote: string;
  narrative: string;
  wentWell: string;
  lessons: Lesson[];
  risks: string;
  proposals: ProposedChange[];
}

const longText = (max: number, key: string) =>
  z
    .string()
    .trim()
    .max(max, { error: error(key) });

const lessonSchema = z.object({
  text: z
    .string({ error: error("lessonText") })
    .trim()
    .min(10, { error: error("lessonText") })
    .max(2000, { error: error("lessonLong") }),
  tags: z.array(z.string()).max(MAX_TAGS, { error: error("tagsMany") }),
});

const contentSchema = z.object({
  valuesNote: longText(2000, "textLong"),
  narrative: longText(5000, "textLong"),
  wentWell: longText(5000, "textLong"),
  lessons: z.array(lessonSchema).max(MAX_LESSONS, { error: error("lessonsMany") }),
  risks: longText(5000, "textLong"),
});

/**
 * A report checked for saving (`draft`) or for sending (`submit`): a sent report says how the
 * period went (the narrative) and names at least one lesson, because the strategy asks every team
 * for what it learnt. Proposed changes are checked against the logic model by `applyChanges`.
 */
export function checkReport(
  content: ReportContent,
  mode: "draft" | "submit",
): { ok: true; content: ReportContent } | { ok: false; issue: FieldIssue } {
  const parsed = contentSchema.safeParse(content);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, issue: { path: (issue?.path ?? []).map(String).join("."), message: issue?.message ?? "" } };
  }
  if (content.proposals.length > MAX_PROPOSALS)
    return { ok: false, issue: { path: "proposals", message: error("proposalsMany") } };
  if (mode === "submit") {
    if (parsed.data.narrative.length < 10)
      return { ok: false, issue: { path: "narrative", message: error("narrative") } };
    if (parsed.data.lessons.length === 0)
      return { ok: false, issue: { path: "lessons", message: error("lessonMissing") } };
  }
  return { ok: true, content: { ...parsed.data, proposals: content.proposals } };
}

export type Decision = "accepted" | "returned";

export interface StoredProposal {
  id: string;
  change: ProposedChange;
  decision: Decision | null;
}

export interface DecisionInput {
  id: string;
  decision: Decision;
  comment: string;
}

const commentSchema = z
  .string()
  .trim()
  .max(2000, { error: error("commentLong") });

/** The longest reason a version may have (logic-model.ts). */
const MAX_REASON = 2000;

/**
 * The office's decisions on a report's open proposals, and the revision of the logic model they
 * make: the accepted changes in the order they were proposed, with a reason that names the round
 * and each change's own reason. Every open proposal is decided at once; a returned one needs a
 * comment, so the team learns why. Null revision when nothing was accepted.
 */
export function decideProposals(
  proposals: readonly StoredProposal[],
  decisions: readonly DecisionInput[],
  roundTitle: string,
): { ok: true; decided: DecisionInput[]; revision: Revision | null } | { ok: false; issue: FieldIssue } {
  const open = proposals.filter((proposal) => proposal.decision === null);
  if (open.length === 0) return { ok: false, issue: { path: "form", message: error("nothingToDecide") } };
  const decided: DecisionInput[] = [];
  for (const proposal of open) {
    const given = decisions.find((decision) => decision.id === proposal.id);
    if (!given) return { ok: false, issue: { path: `${proposal.id}.decision`, message: error("decisionMissing") } };
    const comment = commentSchema.safeParse(given.comment);
    if (!comment.success)
      return { ok: false, issue: { path: `${proposal.id}.comment`, message: error("commentLong") } };
    if (given.decision === "returned" && comment.data.length < 10)
      return { ok: false, issue: { path: `${proposal.id}.comment`, message: error("returnComment") } };
    decided.push({ id: proposal.id, decision: given.decision, comment: comment.data });
  }
  const accepted = open.filter((proposal) => decided.some((d) => d.id === proposal.id && d.decision === "accepted"));
  if (accepted.length === 0) return { ok: true, decided, revision: null };
  const reasons = accepted.map((proposal) => proposal.change.reason.trim()).join("; ");
  const reason = `${roundTitle.trim()}: ${reasons}`;
  return {
    ok: true,
    decided,
    revision: {
      reason: reason.length > MAX_REASON ? `${reason.slice(0, MAX_REASON - 1)}…` : reason,
      changes: accepted.map((proposal) => proposal.change),
    },
  };
}

/** A report as the overview knows it: nothing yet, a draft, or sent (when). */
export interface ReportProgress {
  submittedAt: Date | null;
  /** Whether the team saved anything yet. */
  started: boolean;
}

/** `reported` in time, `late` after the deadline, a `draft` not sent yet, or `missing`. */
export type ReportStatus = "reported" | "late" | "draft" | "missing";
export const reportStatuses: readonly ReportStatus[] = ["reported", "late", "draft", "missing"];

export function reportStatus(report: ReportProgress, deadline: Date): ReportStatus {
  if (report.submittedAt) return report.submittedAt.getTime() > deadline.getTime() ? "late" : "reported";
  return report.started ? "draft" : "missing";
}

/** How many measures are in each status; every report counts exactly once. */
export function statusCounts(reports: readonly ReportProgress[], deadline: Date): Record<ReportStatus, number> {
  const counts: Record<ReportStatus, number> = { reported: 0, late: 0, draft: 0, missing: 0 };
  for (const report of reports) counts[reportStatus(report, deadline)] += 1;
  return counts;
}

/** Reminders go out this many days before the deadline, each once, to teams that have not sent their report. */
export const REMINDER_DAYS = [14, 3] as const;

const DAY_MS = 24 * 60 * 60 * 1000;

function reminderAt(deadline: Date, days: number): Date {
  return new Date(deadline.getTime() - days * DAY_MS);
}

/**
 * Which reminders are due for one team now: those whose moment has come and not passed the
 * deadline, not yet marked as sent. All of them are marked, but one mail is enough: a job that ran
 * late after both moments sends one reminder, not two. Nothing once the report is in.
 */
export function dueReminders(
  deadline: Date,
  now: Date,
  sent: readonly number[],
  submitted: boolean,
): { send: boolean; mark: number[] } {
  if (submitted || now.getTime() >= deadline.getTime()) return { send: false, mark: [] };
  const mark = REMINDER_DAYS.filter((days) => !sent.includes(days) && reminderAt(deadline, days) <= now);
  return { send: mark.length > 0, mark };
}

/** When the reminder job should look again: the next reminder moment after now, or null when none is left. */
export function nextReminderAt(deadline: Date, now: Date): Date | null {
  const upcoming = REMINDER_DAYS.map((days) => reminderAt(deadline, days))
    .filter((at) => at.getTime() > now.getTime() && at.getTime() < deadline.getTime())
    .sort((a, b) => a.getTime() - b.getTime());
  return upcoming[0] ?? null;
}

/**
 * The moment a deadline day is over: the start of the next day in the city's time zone (midnight
 * in Berlin), counted in days as the rest of the module counts them (`dayOf`, the day of the
 * version and of the targets). A report sent at 23:59 in Berlin on the deadline day is in time, one
 * sent at 00:01 the next morning is late, whatever the UTC date of either; across a clock change
 * the day is 23 or 25 hours long.
 */
export function deadlineMoment(day: string, timeZone: string = defaultTimeZone): Date {
  return endOfCityDay(day, timeZone);
}
