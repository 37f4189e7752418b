import { offsetOf, type Pagination } from "../../../platform/api/pagination";
import type { Deps } from "../../../platform/deps";
import type { Actor } from "../../../platform/permissions/permissions";
import { can } from "../../../platform/permissions/permissions";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { listCounts, verificationCodeCounts } from "../data/eligibility";
import {
  type BudgetRow,
  ballotCounts,
  codeCounts,
  type HeadingRow,
  headingsOf,
  listProjects,
  type ProjectRow,
} from "../data/queries";
import { type Phase, phaseOf } from "../domain/phases";
import { findBudgetOrFail } from "./show-budget";

export interface Management {
  budget: BudgetRow;
  phase: Phase;
  headings: HeadingRow[];
  projects: ProjectRow[];
  /** Per project on the page: the other projects of its heading it may be merged into. */
  sameHeading: Map<string, ProjectRow[]>;
  totalProjects: number;
  codes: { issued: number; used: number; batches: number };
  ballots: number;
  /** Verification letters and the eligibility list, per heading. */
  eligibility: {
    letters: Map<string, { issued: number; redeemed: number }>;
    list: Map<string, { listed: number; bound: number }>;
  };
}

/** Refuses anyone who neither manages budgets nor reviews their projects (guests: sign in first). */
function requireManagementAccess(actor: Actor): void {
  if (!can(actor, "budget.manage") && !can(actor, "budget.review")) requirePermission(actor, "budget.manage");
}

/**
 * What the management page shows of a budget: phase, review list, voting codes and ballots. Not
 * public (codes issued and used, the live number of ballots), so it checks the permission itself,
 * whichever route draws the page (also again after a refused form).
 */
export async function managementOf(deps: Deps, actor: Actor, budget: BudgetRow, page: Pagination): Promise<Management> {
  requireManagementAccess(actor);
  const { db } = deps.database;
  const headings = await headingsOf(db, budget.id);
  const { rows, total } = await listProjects(db, budget.id, { limit: page.pageSize, offset: offsetOf(page) });
  const sameHeading = new Map<string, ProjectRow[]>();
  for (const project of rows) {
    const { rows: others } = await listProjects(db, budget.id, {
      headingId: project.headingId,
      statuses: ["proposed", "feasible", "not_feasible"],
      limit: 100,
      offset: 0,
    });
    sameHeading.set(
      project.id,
      others.filter((o) => o.id !== project.id),
    );
  }
  const counts = await ballotCounts(db, budget.id);
  return {
    budget,
    phase: phaseOf(budget, deps.clock()),
    headings,
    projects: rows,
    sameHeading,
    totalProjects: total,
    codes: await codeCounts(db, budget.id),
    ballots: [...counts.values()].reduce((s, n) => s + n, 0),
    eligibility: { letters: await verificationCodeCounts(db, budget.id), list: await listCounts(db, budget.id) },
  };
}

/** The management page: for those who manage the budget or review its projects. */
export async function showManagement(deps: Deps, actor: Actor, slug: string, page: Pagination): Promise<Management> {
  requireManagementAccess(actor);
  return managementOf(deps, actor, await findBudgetOrFail(deps, slug), page);
}
