import { and, eq } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import type { BudgetRow } from "./queries";
import { budgetHeadings, budgets } from "./schema";

export type NewBudget = Omit<BudgetRow, "id">;

/** Stores a new budget with its headings (in the order given). */
export async function insertBudget(
  db: Executor,
  budget: NewBudget,
  headings: ReadonlyArray<{ name: string; district: string | null; amount: number }>,
): Promise<BudgetRow> {
  const [row] = await db.insert(budgets).values(budget).returning();
  if (!row) throw new Error("budget insert returned nothing");
  await db.insert(budgetHeadings).values(headings.map((h, position) => ({ budgetId: row.id, ...h, position })));
  return row;
}

export async function updateBudget(db: Executor, budgetId: string, changes: Partial<NewBudget>): Promise<void> {
  await db.update(budgets).set(changes).where(eq(budgets.id, budgetId));
}

export async function updateHeadingAmount(
  db: Executor,
  budgetId: string,
  headingId: string,
  amount: number,
): Promise<void> {
  await db
    .update(budgetHeadings)
    .set({ amount })
    .where(and(eq(budgetHeadings.id, headingId), eq(budgetHeadings.budgetId, budgetId)));
}
