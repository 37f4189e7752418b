import { Conflict, type FieldIssue, Invalid } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { currentModel } from "../data/models";
import { lockReport, saveReport } from "../data/reviews";
import { applyChanges } from "../domain/logic-model";
import { changeFieldOf } from "../domain/proposal-fields";
import { type ProposalSlot, reportContentOf, saveReportInput } from "../domain/review-inputs";
import { acceptsReports, checkReport } from "../domain/review-round";
import { accountOf, measureOf, measureResourceOf, refused } from "./measure-access";
import { roundOf } from "./review-access";
import { modelContextFor } from "./revise-model";

/** The report form's field of a path of the domain (`lessons.0.text` → `lesson-0-text`). */
function fieldOf(path: string): string {
  const lesson = /^lessons\.(\d+)\.(\w+)/.exec(path);
  if (lesson) return `lesson-${lesson[1]}-${lesson[2] === "tags" ? "tags" : "text"}`;
  if (path === "lessons") return "lesson-0-text";
  return path === "" || path === "proposals" ? "form" : path;
}

/** The form's field of an issue `applyChanges` found in the proposals (`changes.2.to` → `proposal-1-target`). */
function proposalFieldOf(slots: readonly ProposalSlot[], issue: FieldIssue): string {
  const index = /^changes\.(\d+)/.exec(issue.path)?.[1];
  const slot = index === undefined ? undefined : slots[Number(index)];
  if (!slot) return "form";
  const field = changeFieldOf(slot.kind, issue.path, issue.message);
  return field === "form" ? "form" : `${slot.prefix}-${field}`;
}

/**
 * A measure's team (or the office) saves its report as a draft or sends it, while the round is
 * open. A sent report is final. Each proposed change is checked against the current logic model
 * now, so the office decides on changes that can be made.
 */
export const saveReviewReport = defineUseCase({
  action: "monitoring.review.report",
  input: saveReportInput,
  resource: measureResourceOf,
  run: async (ctx, input) => {
    const round = await roundOf(ctx.tx, input.round);
    const measure = await measureOf(ctx.tx, input.slug);
    if (!acceptsReports(round.state)) throw new Conflict("monitoring.errors.roundClosed");
    const report = await lockReport(ctx.tx, round.id, measure.id);
    if (!report) throw refused("form", "monitoring.errors.notInRound");
    if (report.submittedAt) throw new Conflict("monitoring.errors.reportSent");
    const sent = reportContentOf(input);
    if (!sent.ok) throw new Invalid("errors.invalidInput", sent.issues);
    const checked = checkReport(sent.content, input.intent);
    if (!checked.ok) throw refused(fieldOf(checked.issue.path), checked.issue.message);
    const { content } = checked;
    const model = await currentModel(ctx.tx, measure.id);
    if (content.proposals.length > 0) {
      if (!model) throw refused("form", "monitoring.errors.modelMissing");
      // A trial only: the version's own reason is made when the office decides (review-round.ts).
      const reason = content.proposals[0]?.reason ?? "";
      const context = await modelContextFor(ctx.tx, model.model, content.proposals, ctx.now, ctx.deps.city.timeZone);
      const tried = applyChanges(model.model, { reason, changes: content.proposals }, context);
      if (!tried.ok) throw refused(proposalFieldOf(sent.slots, tried.issue), tried.issue.message);
    }
    const submit = input.intent === "submit";
    await saveReport(ctx.tx, report, content, {
      now: ctx.now,
      by: accountOf(ctx.actor),
      submit,
      modelVersion: model?.version ?? null,
      title: measure.title,
      measure: { phaseId: measure.phaseId, actionFieldIds: measure.actionFieldIds, valueIds: measure.strongValueIds },
    });
    return {
      result: { round: round.id, slug: measure.slug, submitted: submit },
      audit: {
        action: submit ? "monitoring.review.submit" : "monitoring.review.saveDraft",
        objectType: "monitoring_review_report",
        objectId: report.id,
        after: { lessons: content.lessons.length, proposals: content.proposals.length },
      },
    };
  },
});
