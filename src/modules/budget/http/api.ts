import { z } from "zod";
import { defineApiRoute } from "../../../platform/api/api";
import { offsetOf, paginated, paginationQuery } from "../../../platform/api/pagination";
import { BadRequest, Conflict, NotFound } from "../../../platform/errors/errors";
import type { AppContext } from "../../../platform/http/env";
import { phaseOf, projectKey } from "../use-cases/ballot-rules";
import {
  type BudgetRow,
  budgetResults,
  findBudget,
  headingsOf,
  listBudgets,
  listProjects,
  pbFiles,
} from "../use-cases/queries";

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

async function budgetOr404(c: AppContext, id: string): Promise<BudgetRow> {
  const budget = await findBudget(c.get("deps").database.db, id);
  if (!budget) throw new NotFound("budget.errors.notFound");
  return budget;
}

function published(c: AppContext, budget: BudgetRow): void {
  const phase = phaseOf(budget, c.get("deps").clock());
  if (phase !== "results" && phase !== "implementation") throw new Conflict("budget.results.notYet");
}

export const budgetApi = [
  defineApiRoute({
    method: "get",
    path: "/api/v1/budgets",
    summary: "Citizen budgets",
    tag: "budgets",
    query: paginationQuery,
    response: paginated(budgetSummary),
    handler: async (c, { query }) => {
      const { db } = c.get("deps").database;
      const now = c.get("deps").clock();
      const { rows, total } = await listBudgets(db, { limit: query.pageSize, offset: offsetOf(query) });
      const items = [];
      for (const b of rows) {
        const headings = await headingsOf(db, b.id);
        items.push({
          id: b.id,
          slug: b.slug,
          title: b.title,
          phase: phaseOf(b, now),
          rule: b.rule,
          ballotType: b.ballotType as "approval" | "points",
          amount: headings.reduce((s, h) => s + h.amount, 0),
        });
      }
      return { items, total, page: query.page, pageSize: query.pageSize };
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
      const b = await budgetOr404(c, params.id ?? "");
      const headings = await headingsOf(c.get("deps").database.db, b.id);
      return {
        id: b.id,
        slug: b.slug,
        title: b.title,
        description: b.description,
        phase: phaseOf(b, c.get("deps").clock()),
        rule: b.rule,
        ballotType: b.ballotType as "approval" | "points",
        maxProjects: b.maxProjects,
        knapsack: b.knapsack,
        pointsTotal: b.pointsTotal,
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
      const b = await budgetOr404(c, params.id ?? "");
      const { rows, total } = await listProjects(c.get("deps").database.db, b.id, {
        limit: query.pageSize,
        offset: offsetOf(query),
      });
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
      const b = await budgetOr404(c, params.id ?? "");
      published(c, b);
      const all = await budgetResults(c.get("deps").database.db, b);
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
    handler: async (c, { params, query }) => {
      const b = await budgetOr404(c, params.id ?? "");
      published(c, b);
      const files = pbFiles(await budgetResults(c.get("deps").database.db, b));
      const file = files[query.heading - 1];
      if (!file)
        throw new BadRequest("errors.invalidQuery", [{ path: "query.heading", message: "budget.errors.heading" }]);
      return c.body(file.text, 200, {
        "Content-Type": "text/plain; charset=utf-8",
        "Content-Disposition": `attachment; filename="${b.slug}-${query.heading}.pb"`,
      });
    },
  }),
];
