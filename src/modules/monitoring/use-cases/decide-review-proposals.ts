import { Conflict } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { currentModel } from "../data/models";
import { lockReport, recordDecision, reportsOfRound } from "../data/reviews";
import { decideInput, decisionsOf } from "../domain/review-inputs";
import { acceptsDecisions, decideProposals } from "../domain/review-round";
import { accountOf, measureOf, refused } from "./measure-access";
import { roundOf, roundResourceOf } from "./review-access";
import { reviseModel } from "./revise-model";

/** The form's field of a decision's path (`<id>.comment` → `comment-<id>`). */
function fieldOf(path: string): string {
  const [id, part] = path.split(".");
  return part ? `${part}-${id}` : "form";
}

/**
 * The strategy office accepts or returns each open proposal of a sent report, with a comment. The
 * accepted changes become one new version of the measure's logic model, whose reason names the
 * round; the model's history then tells each change with the team's reason.
 */
export const decideReviewProposals = defineUseCase({
  action: "monitoring.review.decide",
  input: decideInput,
  resource: roundResourceOf,
  run: async (ctx, input) => {
    const round = await roundOf(ctx.tx, input.round);
    const measure = await measureOf(ctx.tx, input.slug);
    if (!acceptsDecisions(round.state)) throw new Conflict("monitoring.errors.roundPublished");
    const locked = await lockReport(ctx.tx, round.id, measure.id);
    if (!locked) throw refused("form", "monitoring.errors.notInRound");
    if (!locked.submittedAt) throw refused("form", "monitoring.errors.reportNotSent");
    const [report] = await reportsOfRound(ctx.tx, round.id, measure.id);
    const proposals = report?.proposals ?? [];
    const open = proposals.filter((proposal) => proposal.decision === null).map((proposal) => proposal.id);
    const decided = decideProposals(proposals, decisionsOf(input, open), round.title);
    if (!decided.ok) throw refused(fieldOf(decided.issue.path), decided.issue.message);
    let version: number | null = null;
    const { revision } = decided;
    if (revision) {
      const current = await currentModel(ctx.tx, measure.id);
      if (!current) throw refused("form", "monitoring.errors.modelMissing");
      // The accepted proposals in the order of the revision's changes (both follow the report's order).
      const accepted = decided.decided.filter((decision) => decision.decision === "accepted").map((d) => d.id);
      const revised = await reviseModel(
        ctx,
        { slug: measure.slug, version: current.version, reason: revision.reason },
        () => [...revision.changes],
        (path) => {
          // A change that no longer fits the model (it changed since the report) is named at its decision.
          const index = /^changes\.(\d+)/.exec(path)?.[1];
          const id = index === undefined ? undefined : accepted[Number(index)];
          return id ? `decision-${id}` : "form";
        },
        "monitoring.review.decide",
      );
      version = revised.result.version;
    }
    for (const decision of decided.decided) {
      await recordDecision(ctx.tx, decision.id, {
        decision: decision.decision,
        comment: decision.comment,
        now: ctx.now,
        by: accountOf(ctx.actor),
        appliedVersion: decision.decision === "accepted" ? version : null,
      });
    }
    return {
      result: { round: round.id, slug: measure.slug, version },
      audit: {
        action: "monitoring.review.decide",
        objectType: "monitoring_review_report",
        objectId: locked.id,
        after: { decisions: decided.decided, version },
      },
    };
  },
});
