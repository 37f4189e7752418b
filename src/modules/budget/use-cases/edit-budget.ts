import { Invalid, NotFound } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { updateBudget, updateHeadingAmount } from "../data/budgets";
import { findBudgetById, hasBallots, headingsOf } from "../data/queries";
import { ballotEditable, editedDates } from "../domain/budget-edit";
import { ballotIssues, budgetEditInput } from "../domain/inputs";
import { phaseOf } from "../domain/phases";

/**
 * The strategy office edits a budget: texts always; rule, ballot and amounts until voting starts
 * (never once a ballot exists); the start of a phase that has not begun. A refused part changes
 * nothing at all.
 */
export const editBudget = defineUseCase({
  action: "budget.manage",
  input: budgetEditInput,
  run: async ({ tx, now }, input) => {
    const budget = await findBudgetById(tx, input.budgetId, true);
    if (!budget) throw new NotFound("budget.errors.notFound");
    const headings = await headingsOf(tx, budget.id);
    const open = ballotEditable(phaseOf(budget, now), await hasBallots(tx, budget.id));

    const { dates, changed, issues } = editedDates(budget, input.dates, now);
    const changes: Record<string, unknown> = {};
    if (input.title !== budget.title) changes.title = input.title;
    if (input.description !== budget.description) changes.description = input.description;
    for (const field of changed) changes[field] = dates[field];

    const amounts = new Map<string, number>();
    const ballot = input.ballot;
    if (ballot) {
      const settings = {
        rule: ballot.rule,
        ballotType: ballot.ballotType,
        maxProjects: ballot.ballotType === "approval" ? (ballot.maxProjects ?? null) : null,
        knapsack: ballot.ballotType === "approval" ? ballot.knapsack : false,
        pointsTotal: ballot.ballotType === "points" ? (ballot.pointsTotal ?? null) : null,
      };
      const differs = (Object.keys(settings) as Array<keyof typeof settings>).filter((k) => settings[k] !== budget[k]);
      // Who may vote is fixed like the rule: from the start of voting, and once a ballot exists.
      if (ballot.eligibility !== undefined && ballot.eligibility !== budget.eligibility) {
        if (open) changes.eligibility = ballot.eligibility;
        else issues.push({ path: "ballot.eligibility", message: "budget.edit.ballotLocked" });
      }
      ballot.amounts.forEach((row, i) => {
        const heading = headings.find((h) => h.id === row.headingId);
        if (!heading) throw new NotFound("budget.errors.notFound");
        if (heading.amount === row.amount) return;
        if (open) amounts.set(heading.id, row.amount);
        else issues.push({ path: `ballot.amounts.${i}.amount`, message: "budget.edit.ballotLocked" });
      });
      // A form opened before voting started may come back unchanged; only a change is refused.
      if (!open) for (const k of differs) issues.push({ path: `ballot.${k}`, message: "budget.edit.ballotLocked" });
      else {
        for (const issue of ballotIssues(settings)) issues.push({ ...issue, path: `ballot.${issue.path}` });
        for (const k of differs) changes[k] = settings[k];
      }
    }
    if (issues.length > 0) throw new Invalid("errors.invalidInput", issues);

    if (Object.keys(changes).length > 0)
      await updateBudget(tx, budget.id, changes as Parameters<typeof updateBudget>[2]);
    for (const [headingId, amount] of amounts) {
      await updateHeadingAmount(tx, budget.id, headingId, amount);
      changes[`amount:${headingId}`] = amount;
    }
    return {
      result: { slug: budget.slug, changed: Object.keys(changes) },
      audit: {
        action: "budget.edit",
        objectType: "budget",
        objectId: budget.id,
        after: { changed: Object.keys(changes) },
      },
    };
  },
});
