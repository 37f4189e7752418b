import { z } from "zod";
import { formText, slug } from "./inputs";
import type { ProposedChange } from "./logic-model";
import { type ProposalKind, proposalFieldNames, proposalForms, proposalKinds, typedFields } from "./proposal-fields";
import { type Lesson, lessonTags, MAX_LESSONS, MAX_PROPOSALS, type ReportContent } from "./review-round";

/**
 * What the review forms send. The report form works without JavaScript: it lists the lessons and
 * proposals saved so far and one empty slot of each (of each kind of proposal), with numbered
 * fields (`lesson-0-text`, `proposal-0-target`, `proposal-goal-0-textDe`); saving the draft adds
 * another slot. A slot left empty is no lesson or proposal, so emptying one removes it.
 */
const error = (name: string) => `monitoring.errors.${name}`;

/** A round's id as the address gives it; anything else names no round. */
export const roundId = z.string({ error: error("round") }).max(64);

const text = (max: number) =>
  z
    .string()
    .max(max, { error: error("textLong") })
    .optional()
    .default("");

/** The form of a report as sent; `intent` says whether it is saved as a draft or sent. */
export const saveReportInput = z.looseObject({
  round: roundId,
  slug,
  intent: z.enum(["draft", "submit"], { error: error("intent") }).default("draft"),
  valuesNote: text(2000),
  narrative: text(5000),
  wentWell: text(5000),
  risks: text(5000),
});

type SentReport = z.output<typeof saveReportInput>;

function field(form: Record<string, unknown>, name: string): string {
  const value = form[name];
  return typeof value === "string" ? value : "";
}

/** The report form's prefix of each kind's numbered proposals; target changes keep the form's first names. */
export const proposalPrefixes: Record<ProposalKind, string> = {
  "change-target": "proposal",
  "add-indicator": "proposal-add",
  "remove-indicator": "proposal-remove",
  "change-goal-text": "proposal-goal",
  "change-baseline": "proposal-baseline",
  "add-goal": "proposal-add-goal",
  "remove-goal": "proposal-remove-goal",
};

/** One proposal of the form: its kind, and the prefix of its fields (`proposal-goal-0`). */
export interface ProposalSlot {
  kind: ProposalKind;
  prefix: string;
}

type Issue = { path: string; message: string };

/** The proposals of the numbered fields, kind by kind, each with its slot; a slot left empty is none. */
function proposalsOf(form: Record<string, unknown>, issues: Issue[]) {
  const proposals: ProposedChange[] = [];
  const slots: ProposalSlot[] = [];
  for (const kind of proposalKinds) {
    for (let i = 0; i < MAX_PROPOSALS + 1; i++) {
      const prefix = `${proposalPrefixes[kind]}-${i}`;
      const names = proposalFieldNames[kind];
      const fields = Object.fromEntries(names.map((name) => [name, field(form, `${prefix}-${name}`)]));
      if (typedFields(kind).every((name) => (fields[name] ?? "").trim() === "")) continue;
      const parsed = proposalForms[kind].safeParse(fields);
      if (!parsed.success) {
        const seen = new Set<string>();
        for (const issue of parsed.error.issues) {
          const path = `${prefix}-${String(issue.path[0] ?? names[0])}`;
          if (!seen.has(path)) issues.push({ path, message: issue.message });
          seen.add(path);
        }
        continue;
      }
      proposals.push(parsed.data);
      slots.push({ kind, prefix });
    }
  }
  return { proposals, slots };
}

/**
 * The report's content from the numbered fields, each problem named by its field, and the slot of
 * each proposal, so an issue `applyChanges` finds in the use case is shown at its field.
 */
export function reportContentOf(
  form: SentReport,
): { ok: true; content: ReportContent; slots: ProposalSlot[] } | { ok: false; issues: Issue[] } {
  const issues: Issue[] = [];
  const lessons: Lesson[] = [];
  for (let i = 0; i < MAX_LESSONS + 1; i++) {
    const lessonText = field(form, `lesson-${i}-text`).trim();
    const topic = field(form, `lesson-${i}-topic`);
    const freeTags = field(form, `lesson-${i}-tags`);
    if (lessonText === "" && topic === "" && freeTags.trim() === "") continue;
    const tags = lessonTags(topic === "" ? [] : [topic], freeTags);
    if (!tags.ok)
      issues.push({ path: `lesson-${i}-${tags.message.endsWith("topic") ? "topic" : "tags"}`, message: tags.message });
    else lessons.push({ text: lessonText, tags: tags.tags });
  }
  const { proposals, slots } = proposalsOf(form, issues);
  if (issues.length > 0) return { ok: false, issues };
  const content = {
    valuesNote: form.valuesNote,
    narrative: form.narrative,
    wentWell: form.wentWell,
    risks: form.risks,
    lessons,
    proposals,
  };
  return { ok: true, content, slots };
}

/** The office's decisions on a report's open proposals: `decision-<id>` and `comment-<id>` per proposal. */
export const decideInput = z.looseObject({ round: roundId, slug });

export function decisionsOf(form: Record<string, unknown>, ids: readonly string[]) {
  return ids.flatMap((id) => {
    const decision = field(form, `decision-${id}`);
    if (decision !== "accepted" && decision !== "returned") return [];
    return [{ id, decision: decision as "accepted" | "returned", comment: field(form, `comment-${id}`) }];
  });
}

/** Closing a round (after the confirmation step). */
export const closeRoundInput = z.object({ round: roundId, confirm: z.literal("yes", { error: error("confirm") }) });

/** Publishing a round with the office's answer and, when given, the citizen panel's recommendation. */
export const publishRoundInput = z
  .object({
    round: roundId,
    officeAnswer: z
      .string({ error: error("officeAnswer") })
      .trim()
      .min(10, { error: error("officeAnswer") })
      .max(5000, { error: error("textLong") }),
    panelName: formText.pipe(
      z
        .string()
        .trim()
        .max(200, { error: error("textLong") }),
    ),
    panelRecommendation: formText.pipe(
      z
        .string()
        .trim()
        .max(5000, { error: error("textLong") }),
    ),
    panelRecommendedOn: formText.pipe(z.union([z.literal(""), z.iso.date({ error: error("panelDate") })])),
    confirm: z.string().optional(),
  })
  .superRefine((input, ctx) => {
    const given = [input.panelName, input.panelRecommendation, input.panelRecommendedOn].filter((v) => v !== "");
    if (given.length > 0 && given.length < 3) {
      const missing =
        input.panelName === ""
          ? "panelName"
          : input.panelRecommendation === ""
            ? "panelRecommendation"
            : "panelRecommendedOn";
      ctx.addIssue({ code: "custom", message: error("panelIncomplete"), path: [missing] });
    }
  });
export type PublishRoundInput = z.output<typeof publishRoundInput>;
