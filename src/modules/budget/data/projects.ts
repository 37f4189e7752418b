import { and, eq, gte, sql } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import type { ProjectRow } from "./queries";
import { budgetProjects } from "./schema";

/** The running number the next project of a budget gets (lock the budget row first). */
export async function nextProjectNumber(db: Executor, budgetId: string): Promise<number> {
  const [last] = await db
    .select({ n: sql<number>`coalesce(max(${budgetProjects.number}), 0)::int` })
    .from(budgetProjects)
    .where(eq(budgetProjects.budgetId, budgetId));
  return Number(last?.n ?? 0) + 1;
}

/**
 * Whether the account proposed a project with the same title and description in this budget since
 * `since` (a form sent twice). Run after locking the budget row, so proposals sent at once see each other.
 */
export async function sameProposalSince(
  db: Executor,
  proposal: { budgetId: string; proposedBy: string; title: string; description: string; since: Date },
): Promise<boolean> {
  const [found] = await db
    .select({ id: budgetProjects.id })
    .from(budgetProjects)
    .where(
      and(
        eq(budgetProjects.budgetId, proposal.budgetId),
        eq(budgetProjects.proposedBy, proposal.proposedBy),
        eq(budgetProjects.title, proposal.title),
        eq(budgetProjects.description, proposal.description),
        gte(budgetProjects.createdAt, proposal.since),
      ),
    )
    .limit(1);
  return found !== undefined;
}

export async function insertProject(
  db: Executor,
  project: Pick<
    ProjectRow,
    | "budgetId"
    | "headingId"
    | "number"
    | "title"
    | "description"
    | "language"
    | "estimatedCost"
    | "actionFields"
    | "proposedBy"
    | "createdAt"
  >,
): Promise<string> {
  const [row] = await db.insert(budgetProjects).values(project).returning({ id: budgetProjects.id });
  if (!row) throw new Error("project insert returned nothing");
  return row.id;
}

export async function updateProject(
  db: Executor,
  projectId: string,
  changes: Partial<Omit<ProjectRow, "id" | "budgetId">>,
): Promise<void> {
  await db.update(budgetProjects).set(changes).where(eq(budgetProjects.id, projectId));
}
