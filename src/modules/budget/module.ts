import type { Hono } from "hono";
import type { AppEnv } from "../../platform/http/env";
import type { ModuleManifest } from "../../platform/module";
import { registerBudgetCommands } from "./cli/budget-commands";
import { budgetPersonalData } from "./data/personal-data";
import { seedBudget } from "./data/seed";
import { budgetApi } from "./http/api";
import { budgetEditRoutes } from "./http/edit-routes";
import { budgetEligibilityRoutes } from "./http/eligibility";
import { budgetManagementRoutes } from "./http/management";
import { budgetMeasureRoutes } from "./http/measure-routes";
import { budgetProposalRoutes } from "./http/proposals";
import { budgetResultRoutes } from "./http/results";
import { budgetReviewRoutes } from "./http/review";
import { budgetVotingRoutes } from "./http/voting";
import { purgeEligibilityLists } from "./use-cases/purge-eligibility-lists";
import { budgetSiteContributions } from "./use-cases/site-contributions";
import { budgetAuditLabels } from "./views/audit-labels";
import { budgetMessages } from "./views/messages";
import { budgetPrivacy } from "./views/privacy";
import { budgetSiteMessages } from "./views/site-messages";

/** The page routes by flow; management first, so `/budgets/new` is not taken for a budget's slug. */
function budgetRoutes(app: Hono<AppEnv>): void {
  budgetEditRoutes(app);
  budgetMeasureRoutes(app);
  budgetManagementRoutes(app);
  budgetProposalRoutes(app);
  budgetReviewRoutes(app);
  budgetEligibilityRoutes(app);
  budgetVotingRoutes(app);
  budgetResultRoutes(app);
}

/**
 * Citizen budget: proposals, feasibility review, voting with accounts or single-use codes, results
 * from the published tally rule.
 *
 * Who may do what:
 * - `budget.manage` (strategy office): phases, voting codes.
 * - `budget.review` (strategy office): the feasibility review, the official cost and merging
 *   duplicates. It is a decision of the administration with a public reason, not moderation, so
 *   moderators do not hold it.
 * - `budget.propose`: every signed-in resident.
 * - `budget.vote`: everyone; the use case then asks for a voting code or a verified account.
 */
export const budgetModule: ModuleManifest = {
  name: "budget",
  privacy: budgetPrivacy,
  contributes: { ...budgetSiteContributions, messages: budgetSiteMessages },
  actions: {
    "budget.manage": { roles: ["strategy_office"] },
    "budget.review": { roles: ["strategy_office"] },
    "budget.propose": { roles: ["resident"] },
    "budget.vote": { roles: ["resident"], guests: true },
  },
  messages: budgetMessages,
  auditLabels: budgetAuditLabels,
  personalData: budgetPersonalData,
  routes: budgetRoutes,
  api: budgetApi,
  seed: seedBudget,
  cli: registerBudgetCommands,
  jobs: [
    // Eligibility lists and unused verification codes go once voting has ended.
    {
      name: "budget.eligibility.purge",
      everyMs: 60 * 60 * 1000,
      run: async (deps) => void (await purgeEligibilityLists(deps)),
    },
  ],
};
