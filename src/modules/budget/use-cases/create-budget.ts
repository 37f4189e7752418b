import { Conflict } from "../../../platform/errors/errors";
import { districtKeysOf } from "../../../platform/reference-data";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { insertBudget } from "../data/budgets";
import { slugTaken } from "../data/queries";
import { budgetInputFor } from "../domain/inputs";

/** Sets up a budget with its headings, dates, rule and ballot type (strategy office). */
export const createBudget = defineUseCase({
  action: "budget.manage",
  input: (deps) => budgetInputFor(districtKeysOf(deps.city)),
  run: async ({ tx, now }, input) => {
    if (await slugTaken(tx, input.slug)) throw new Conflict("budget.errors.slugTaken");
    const budget = await insertBudget(
      tx,
      {
        slug: input.slug,
        title: input.title,
        description: input.description,
        language: input.language,
        rule: input.rule,
        ballotType: input.ballotType,
        maxProjects: input.ballotType === "approval" ? (input.maxProjects ?? null) : null,
        knapsack: input.ballotType === "approval" ? input.knapsack : false,
        pointsTotal: input.ballotType === "points" ? (input.pointsTotal ?? null) : null,
        eligibility: input.eligibility,
        proposalsStart: input.proposalsStart,
        reviewStart: input.reviewStart,
        votingStart: input.votingStart,
        resultsStart: input.resultsStart,
        implementationStart: input.implementationStart,
        createdAt: now,
      },
      input.headings.map((h) => ({ name: h.name, district: h.district ?? null, amount: h.amount })),
    );
    return {
      result: { id: budget.id, slug: budget.slug },
      audit: {
        action: "budget.create",
        objectType: "budget",
        objectId: budget.id,
        after: { slug: input.slug, rule: input.rule, eligibility: input.eligibility },
      },
    };
  },
});
