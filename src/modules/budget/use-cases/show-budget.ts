import type { Pagination } from "../../../platform/api/pagination";
import { offsetOf } from "../../../platform/api/pagination";
import type { Deps } from "../../../platform/deps";
import { NotFound } from "../../../platform/errors/errors";
import {
  type BudgetRow,
  findBudget,
  type HeadingRow,
  headingsOf,
  listBudgets,
  listProjects,
  type ProjectRow,
} from "../data/queries";
import { type Phase, phaseOf } from "../domain/phases";

/** A budget by its slug or id; public. */
export async function findBudgetOrFail(deps: Deps, slugOrId: string): Promise<BudgetRow> {
  const budget = await findBudget(deps.database.db, slugOrId);
  if (!budget) throw new NotFound("budget.errors.notFound");
  return budget;
}

/** One budget with its phase and headings, and a page of its projects when asked; public. */
export async function showBudget(
  deps: Deps,
  slugOrId: string,
  options: { projects?: Pagination } = {},
): Promise<{
  budget: BudgetRow;
  phase: Phase;
  headings: HeadingRow[];
  projects: { rows: ProjectRow[]; total: number } | null;
}> {
  const budget = await findBudgetOrFail(deps, slugOrId);
  const { db } = deps.database;
  const headings = await headingsOf(db, budget.id);
  const projects = options.projects
    ? await listProjects(db, budget.id, { limit: options.projects.pageSize, offset: offsetOf(options.projects) })
    : null;
  return { budget, phase: phaseOf(budget, deps.clock()), headings, projects };
}

/** A page of budgets with their phase and total amount; public. */
export async function listBudgetSummaries(
  deps: Deps,
  page: Pagination,
): Promise<{ items: Array<{ budget: BudgetRow; phase: Phase; total: number }>; total: number }> {
  const { db } = deps.database;
  const now = deps.clock();
  const { rows, total } = await listBudgets(db, { limit: page.pageSize, offset: offsetOf(page) });
  const items = [];
  for (const budget of rows) {
    const headings = await headingsOf(db, budget.id);
    items.push({ budget, phase: phaseOf(budget, now), total: headings.reduce((s, h) => s + h.amount, 0) });
  }
  return { items, total };
}
