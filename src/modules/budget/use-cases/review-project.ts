import { Conflict, Invalid, NotFound } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { updateProject } from "../data/projects";
import { findBudgetById, findProject } from "../data/queries";
import { reviewInput } from "../domain/inputs";
import { phaseOf } from "../domain/phases";

/**
 * The administration's feasibility review: feasible (with the official cost estimate), not feasible
 * (with a public reason) or merged into a duplicate (with a public reason). Possible until voting
 * starts, so the ballot never changes under a voter's hands.
 */
export const reviewProject = defineUseCase({
  action: "budget.review",
  input: reviewInput,
  run: async ({ tx, now }, input) => {
    const budget = await findBudgetById(tx, input.budgetId);
    if (!budget) throw new NotFound("budget.errors.notFound");
    const phase = phaseOf(budget, now);
    if (phase !== "proposals" && phase !== "review") throw new Conflict("budget.review.closed");
    const project = await findProject(tx, budget.id, input.projectId, true);
    if (!project) throw new NotFound("budget.errors.projectNotFound");
    if (input.decision === "merged") {
      const target = await findProject(tx, budget.id, input.mergeInto as string);
      if (!target || target.id === project.id || target.status === "merged" || target.headingId !== project.headingId) {
        throw new Invalid("errors.invalidInput", [{ path: "mergeInto", message: "budget.errors.mergeInto" }]);
      }
    }
    const after = {
      status: input.decision,
      reviewReason: input.reason || null,
      officialCost:
        input.decision === "feasible" ? (input.officialCost ?? project.estimatedCost) : (input.officialCost ?? null),
      mergedInto: input.decision === "merged" ? (input.mergeInto ?? null) : null,
      reviewedAt: now,
    };
    await updateProject(tx, project.id, after);
    return {
      result: { status: input.decision },
      audit: {
        action: "budget.review",
        objectType: "budget_project",
        objectId: project.id,
        before: { status: project.status, officialCost: project.officialCost },
        after: {
          status: after.status,
          officialCost: after.officialCost,
          reason: after.reviewReason,
          mergedInto: after.mergedInto,
        },
      },
    };
  },
});
