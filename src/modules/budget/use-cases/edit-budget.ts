import { and, count, eq } from "drizzle-orm";
import { Invalid, NotFound } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { budgetBallots, budgetHeadings, budgets } from "../data/schema";
import { phaseOf } from "./ballot-rules";
import { ballotEditable, editedDates } from "./budget-edit-rules";
import { budgetEditInput } from "./edit-input";
import { ballotIssues } from "./inputs";

/**
 * The strategy office edits a budget: texts always; rule, ballot and amounts until voting starts
 * (never once a ballot exists); the start of a phase that has not begun. A refused part changes
 * nothing at all.
 */
export const editBudget = defineUseCase({
  action: "budget.manage",
  input: budgetEditInput,
  run: async ({ tx, now }, input) => {
    const [budget] = await tx.select().from(budgets).where(eq(budgets.id, input.budgetId)).for("update");
    if (!budget) throw new NotFound("budget.errors.notFound");
    const headings = await tx.select().from(budgetHeadings).where(eq(budgetHeadings.budgetId, budget.id));
    const [ballots] = await tx.select({ n: count() }).from(budgetBallots).where(eq(budgetBallots.budgetId, budget.id));
    const open = ballotEditable(phaseOf(budget, now), (ballots?.n ?? 0) > 0);

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

    if (Object.keys(changes).length > 0) await tx.update(budgets).set(changes).where(eq(budgets.id, budget.id));
    for (const [headingId, amount] of amounts) {
      await tx
        .update(budgetHeadings)
        .set({ amount })
        .where(and(eq(budgetHeadings.id, headingId), eq(budgetHeadings.budgetId, budget.id)));
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
