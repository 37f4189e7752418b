import { z } from "zod";
import { defineApiRoute } from "../../../platform/api/api";
import { paginated, paginationQuery } from "../../../platform/api/pagination";
import { requestCounters } from "../../../platform/cache/change-counters";
import { BadRequest } from "../../../platform/errors/errors";
import { cachedDownload } from "../../../platform/http/page-cache";
import { projectKey } from "../domain/ballot";
import { ELIGIBILITY_MODES, eligibilityOf } from "../domain/eligibility";
import { pbFiles } from "../domain/results";
import { listBudgetSummaries, showBudget } from "../use-cases/show-budget";
import { readResults } from "../use-cases/show-results";

const heading = z.object({
  id: z.string(),
  name: z.string(),
  district: z.string().nullable(),
  amount: z.number().int(),
});

const budgetSummary = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  phase: z.string(),
  rule: z.string(),
  ballotType: z.enum(["approval", "points"]),
  amount: z.number().int(),
});

const budgetDetail = budgetSummary.extend({
  description: z.string(),
  maxProjects: z.number().int().nullable(),
  knapsack: z.boolean(),
  pointsTotal: z.number().int().nullable(),
  /** Who may vote: codes only, accounts with a declared residence, accounts verified by letter or list. */
  eligibility: z.enum(ELIGIBILITY_MODES),
  phases: z.object({
    proposals: z.string(),
    review: z.string(),
    voting: z.string(),
    results: z.string(),
    implementation: z.string(),
  }),
  headings: z.array(heading),
});

const project = z.object({
  id: z.string(),
  key: z.string(),
  headingId: z.string(),
  title: z.string(),
  description: z.string(),
  estimatedCost: z.number().int(),
  officialCost: z.number().int().nullable(),
  status: z.enum(["proposed", "feasible", "not_feasible", "merged"]),
  reviewReason: z.string().nullable(),
  mergedInto: z.string().nullable(),
  actionFields: z.array(z.string()),
});

const explanation = z.object({
  funded: z.boolean(),
  round: z.number().int().optional(),
  stage: z.string().optional(),
  reason: z.string().optional(),
  supporters: z.number().int(),
  price: z.string().optional(),
});

const results = z.object({
  rule: z.string(),
  headings: z.array(
    z.object({
      heading,
      ballots: z.number().int(),
      selected: z.array(z.string()),
      totalCost: z.number().int(),
      projects: z.array(
        z.object({
          id: z.string(),
          key: z.string(),
          title: z.string(),
          cost: z.number().int(),
          votes: z.number().int(),
          points: z.number().int(),
          explanation: explanation.nullable(),
        }),
      ),
    }),
  ),
});

export const budgetApi = [
  defineApiRoute({
    method: "get",
    path: "/api/v1/budgets",
    summary: "Citizen budgets",
    tag: "budgets",
    query: paginationQuery,
    response: paginated(budgetSummary),
    handler: async (c, { query }) => {
      const { items, total } = await listBudgetSummaries(c.get("deps"), query);
      return {
        items: items.map(({ budget: b, phase, total: amount }) => ({
          id: b.id,
          slug: b.slug,
          title: b.title,
          phase,
          rule: b.rule,
          ballotType: b.ballotType as "approval" | "points",
          amount,
        })),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },
  }),
  defineApiRoute({
    method: "get",
    path: "/api/v1/budgets/{id}",
    summary: "One citizen budget: phases, rule, ballot and headings",
    tag: "budgets",
    response: budgetDetail,
    errors: [404],
    handler: async (c, { params }) => {
      const { budget: b, phase, headings } = await showBudget(c.get("deps"), params.id ?? "");
      return {
        id: b.id,
        slug: b.slug,
        title: b.title,
        description: b.description,
        phase,
        rule: b.rule,
        ballotType: b.ballotType as "approval" | "points",
        maxProjects: b.maxProjects,
        knapsack: b.knapsack,
        pointsTotal: b.pointsTotal,
        eligibility: eligibilityOf(b.eligibility),
        amount: headings.reduce((s, h) => s + h.amount, 0),
        phases: {
          proposals: b.proposalsStart.toISOString(),
          review: b.reviewStart.toISOString(),
          voting: b.votingStart.toISOString(),
          results: b.resultsStart.toISOString(),
          implementation: b.implementationStart.toISOString(),
        },
        headings: headings.map((h) => ({ id: h.id, name: h.name, district: h.district, amount: h.amount })),
      };
    },
  }),
  defineApiRoute({
    method: "get",
    path: "/api/v1/budgets/{id}/projects",
    summary: "The proposed projects of a budget with their review",
    tag: "budgets",
    query: paginationQuery,
    response: paginated(project),
    errors: [404],
    handler: async (c, { params, query }) => {
      const { projects } = await showBudget(c.get("deps"), params.id ?? "", { projects: query });
      const { rows, total } = projects ?? { rows: [], total: 0 };
      return {
        items: rows.map((p) => ({
          id: p.id,
          key: projectKey(p.number),
          headingId: p.headingId,
          title: p.title,
          description: p.description,
          estimatedCost: p.estimatedCost,
          officialCost: p.officialCost,
          status: p.status as "proposed",
          reviewReason: p.reviewReason,
          mergedInto: p.mergedInto,
          actionFields: p.actionFields,
        })),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },
  }),
  defineApiRoute({
    method: "get",
    path: "/api/v1/budgets/{id}/results",
    summary: "The outcome of the vote with an explanation per project (after voting closed)",
    tag: "budgets",
    response: results,
    errors: [404, 409],
    handler: async (c, { params }) => {
      const { budget: b, results: all } = await readResults(c.get("deps"), params.id ?? "");
      return {
        rule: b.rule,
        headings: all.map((r) => ({
          heading: { id: r.heading.id, name: r.heading.name, district: r.heading.district, amount: r.heading.amount },
          ballots: r.ballots,
          selected: [...(r.outcome?.selected ?? [])],
          totalCost: r.fundedCost,
          projects: r.projects.map((p) => {
            const e = p.explanation;
            return {
              id: p.project.id,
              key: p.key,
              title: p.project.title,
              cost: p.cost,
              votes: p.votes,
              points: p.points,
              explanation: e
                ? e.funded
                  ? {
                      funded: true,
                      round: e.round,
                      stage: e.stage,
                      supporters: e.supporters,
                      ...(e.price ? { price: e.price.amount.toString() } : {}),
                    }
                  : { funded: false, reason: e.reason, supporters: e.supporters }
                : null,
            };
          }),
        })),
      };
    },
  }),
  defineApiRoute({
    method: "get",
    path: "/api/v1/budgets/{id}/export.pb",
    summary: "The election of one heading in the pabulib .pb format (after voting closed)",
    tag: "budgets",
    query: z.object({ heading: z.coerce.number().int().min(1).default(1) }),
    response: z.string(),
    produces: "text/plain",
    errors: [404, 409],
    // Made once per budget version (and at least every second, as publication follows the clock).
    handler: async (c, { params, query }) =>
      cachedDownload(c, { scope: "budget", version: (await requestCounters(c)).budget, maxAgeMs: 1_000 }, async () => {
        const { budget: b, results: all } = await readResults(c.get("deps"), params.id ?? "");
        const files = pbFiles(all);
        const file = files[query.heading - 1];
        if (!file)
          throw new BadRequest("errors.invalidQuery", [{ path: "query.heading", message: "budget.errors.heading" }]);
        return c.body(file.text, 200, {
          "Content-Type": "text/plain; charset=utf-8",
          "Content-Disposition": `attachment; filename="${b.slug}-${query.heading}.pb"`,
        });
      }),
  }),
];
