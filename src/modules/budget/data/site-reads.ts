import { and, count, desc, eq } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import type { BudgetRow } from "./queries";
import { budgetProjects, budgets } from "./schema";

/** The newest budgets, for the home page, the office's tasks and the open-data page. */
export async function recentBudgets(db: Executor, limit = 50): Promise<BudgetRow[]> {
  return db.select().from(budgets).orderBy(desc(budgets.createdAt)).limit(limit);
}

/** How many proposals of a budget wait for the feasibility review. */
export async function proposalsAwaitingReview(db: Executor, budgetId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(budgetProjects)
    .where(and(eq(budgetProjects.budgetId, budgetId), eq(budgetProjects.status, "proposed")));
  return row?.n ?? 0;
}

/** The budget projects that became the measure with this slug, with their budget, for the measure's journey. */
export async function projectsOfMeasure(db: Executor, measureSlug: string) {
  return db
    .select({
      id: budgetProjects.id,
      title: budgetProjects.title,
      createdAt: budgetProjects.createdAt,
      reviewedAt: budgetProjects.reviewedAt,
      budgetSlug: budgets.slug,
      budgetTitle: budgets.title,
    })
    .from(budgetProjects)
    .innerJoin(budgets, eq(budgets.id, budgetProjects.budgetId))
    .where(eq(budgetProjects.measureSlug, measureSlug));
}
