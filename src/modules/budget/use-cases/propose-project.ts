import { and, eq, sql } from "drizzle-orm";
import { Conflict, Invalid, NotFound } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { budgetHeadings, budgetProjects, budgets } from "../data/schema";
import { phaseOf } from "./ballot-rules";
import { proposalInput } from "./inputs";

/** A signed-in resident proposes a project while the budget takes proposals. */
export const proposeProject = defineUseCase({
  action: "budget.propose",
  input: proposalInput,
  run: async ({ tx, now, actor }, input) => {
    // Locks the budget row, so two proposals at once get different running numbers.
    const [budget] = await tx.select().from(budgets).where(eq(budgets.id, input.budgetId)).for("update");
    if (!budget) throw new NotFound("budget.errors.notFound");
    if (phaseOf(budget, now) !== "proposals") throw new Conflict("budget.propose.closed");
    const [heading] = await tx
      .select()
      .from(budgetHeadings)
      .where(and(eq(budgetHeadings.id, input.headingId), eq(budgetHeadings.budgetId, budget.id)));
    if (!heading) throw new Invalid("errors.invalidInput", [{ path: "headingId", message: "budget.errors.heading" }]);
    const [last] = await tx
      .select({ n: sql<number>`coalesce(max(${budgetProjects.number}), 0)::int` })
      .from(budgetProjects)
      .where(eq(budgetProjects.budgetId, budget.id));
    const number = Number(last?.n ?? 0) + 1;
    const [project] = await tx
      .insert(budgetProjects)
      .values({
        budgetId: budget.id,
        headingId: heading.id,
        number,
        title: input.title,
        description: input.description,
        estimatedCost: input.estimatedCost,
        actionFields: input.actionFields,
        proposedBy: actor.kind === "user" ? actor.id : null,
        createdAt: now,
      })
      .returning({ id: budgetProjects.id });
    if (!project) throw new Error("project insert returned nothing");
    return {
      result: { id: project.id, number },
      audit: {
        action: "budget.propose",
        objectType: "budget_project",
        objectId: project.id,
        after: { title: input.title, estimatedCost: input.estimatedCost },
      },
    };
  },
});
