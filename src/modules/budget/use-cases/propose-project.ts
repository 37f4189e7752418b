import { Conflict, Invalid, NotFound } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { actionFieldChoices } from "../../strategy";
import { insertProject, nextProjectNumber, sameProposalSince } from "../data/projects";
import { findBudgetById, findHeading } from "../data/queries";
import { proposalInput } from "../domain/inputs";
import { phaseOf } from "../domain/phases";

/** The same proposal sent again by the same account within this time is refused (a form sent twice). */
const REPEAT_WINDOW_MS = 60_000;

/** A signed-in resident proposes a project while the budget takes proposals. */
export const proposeProject = defineUseCase({
  action: "budget.propose",
  input: proposalInput,
  run: async ({ tx, now, actor }, input) => {
    // Locks the budget row, so two proposals at once get different running numbers.
    const budget = await findBudgetById(tx, input.budgetId, true);
    if (!budget) throw new NotFound("budget.errors.notFound");
    if (phaseOf(budget, now) !== "proposals") throw new Conflict("budget.propose.closed");
    const heading = await findHeading(tx, input.headingId, budget.id);
    if (!heading) throw new Invalid("errors.invalidInput", [{ path: "headingId", message: "budget.errors.heading" }]);
    // Only the strategy's own action fields: an unknown one is refused, nothing is stored.
    if (input.actionFields.length > 0) {
      const known = new Set((await actionFieldChoices(tx, "de")).map((f) => f.id));
      if (input.actionFields.some((id) => !known.has(id)))
        throw new Invalid("errors.invalidInput", [
          { path: "actionFields", message: "budget.errors.actionFieldUnknown" },
        ]);
    }
    // The budget row is locked: of identical proposals sent at once, exactly one is stored.
    const proposedBy = actor.kind === "user" ? actor.id : null;
    const since = new Date(now.getTime() - REPEAT_WINDOW_MS);
    const { title, description } = input;
    if (proposedBy && (await sameProposalSince(tx, { budgetId: budget.id, proposedBy, title, description, since })))
      throw new Invalid("budget.propose.duplicate", [{ path: "title", message: "budget.propose.duplicate" }]);
    const number = await nextProjectNumber(tx, budget.id);
    const id = await insertProject(tx, {
      budgetId: budget.id,
      headingId: heading.id,
      number,
      title: input.title,
      description: input.description,
      language: input.language,
      estimatedCost: input.estimatedCost,
      actionFields: input.actionFields,
      proposedBy,
      createdAt: now,
    });
    return {
      result: { id, number },
      audit: {
        action: "budget.propose",
        objectType: "budget_project",
        objectId: id,
        after: { title: input.title, estimatedCost: input.estimatedCost },
      },
    };
  },
});
