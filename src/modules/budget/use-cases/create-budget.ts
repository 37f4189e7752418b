import { eq } from "drizzle-orm";
import { Conflict } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { budgetHeadings, budgets } from "../data/schema";
import { budgetInput } from "./inputs";

/** Sets up a budget with its headings, dates, rule and ballot type (strategy office). */
export const createBudget = defineUseCase({
  action: "budget.manage",
  input: budgetInput,
  run: async ({ tx, now }, input) => {
    const [taken] = await tx.select({ id: budgets.id }).from(budgets).where(eq(budgets.slug, input.slug));
    if (taken) throw new Conflict("budget.errors.slugTaken");
    const [budget] = await tx
      .insert(budgets)
      .values({
        slug: input.slug,
        title: input.title,
        description: input.description,
        rule: input.rule,
        ballotType: input.ballotType,
        maxProjects: input.ballotType === "approval" ? (input.maxProjects ?? null) : null,
        knapsack: input.ballotType === "approval" ? input.knapsack : false,
        pointsTotal: input.ballotType === "points" ? (input.pointsTotal ?? null) : null,
        proposalsStart: input.proposalsStart,
        reviewStart: input.reviewStart,
        votingStart: input.votingStart,
        resultsStart: input.resultsStart,
        implementationStart: input.implementationStart,
        createdAt: now,
      })
      .returning();
    if (!budget) throw new Error("budget insert returned nothing");
    await tx.insert(budgetHeadings).values(
      input.headings.map((h, position) => ({
        budgetId: budget.id,
        name: h.name,
        district: h.district ?? null,
        amount: h.amount,
        position,
      })),
    );
    return {
      result: { id: budget.id, slug: budget.slug },
      audit: {
        action: "budget.create",
        objectType: "budget",
        objectId: budget.id,
        after: { slug: input.slug, rule: input.rule },
      },
    };
  },
});
