import { z } from "zod";
import { indicatorKey } from "./indicator";
import { formText, optionalNumberText, slug } from "./inputs";
import type { ProposedChange } from "./logic-model";
import { type Lesson, lessonTags, MAX_LESSONS, MAX_PROPOSALS, type ReportContent } from "./review-round";

/**
 * What the review forms send. The report form works without JavaScript: it lists the lessons and
 * proposals saved so far and one empty slot of each, with numbered fields (`lesson-0-text`,
 * `proposal-0-target`); saving the draft adds another slot. A slot left empty is no lesson or
 * proposal, so emptying one removes it.
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

/**
 * The report's content from the numbered fields, each problem named by its field. Target changes
 * are the proposals the form offers; the indicator and period are checked against the logic model
 * by `applyChanges` in the use case.
 */
export function reportContentOf(
  form: SentReport,
): { ok: true; content: ReportContent } | { ok: false; issues: { path: string; message: string }[] } {
  const issues: { path: string; message: string }[] = [];
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
  const proposals: ProposedChange[] = [];
  for (let i = 0; i < MAX_PROPOSALS + 1; i++) {
    const indicator = field(form, `proposal-${i}-indicator`);
    const period = field(form, `proposal-${i}-period`).trim();
    const target = field(form, `proposal-${i}-target`);
    const reason = field(form, `proposal-${i}-reason`).trim();
    if (period === "" && target.trim() === "" && reason === "") continue;
    const key = indicatorKey.safeParse(indicator);
    if (!key.success) {
      issues.push({ path: `proposal-${i}-indicator`, message: "monitoring.errors.indicatorChoose" });
      continue;
    }
    const to = optionalNumberText.safeParse(target);
    if (!to.success) {
      issues.push({ path: `proposal-${i}-target`, message: to.error.issues[0]?.message ?? error("textLong") });
      continue;
    }
    proposals.push({ kind: "change-target", indicator: key.data, period, to: to.data, reason });
  }
  if (issues.length > 0) return { ok: false, issues };
  const content = {
    valuesNote: form.valuesNote,
    narrative: form.narrative,
    wentWell: form.wentWell,
    risks: form.risks,
    lessons,
    proposals,
  };
  return { ok: true, content };
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
