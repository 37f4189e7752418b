import { and, asc, count, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import { isUuid } from "../../../platform/ids";
import { budgetBallots, budgetHeadings, budgetProjects, budgets, budgetVotingCodes } from "./schema";

export type BudgetRow = typeof budgets.$inferSelect;
export type HeadingRow = typeof budgetHeadings.$inferSelect;
export type ProjectRow = typeof budgetProjects.$inferSelect;
export type BallotRow = typeof budgetBallots.$inferSelect;

export async function listBudgets(
  db: Executor,
  page: { limit: number; offset: number },
): Promise<{ rows: BudgetRow[]; total: number }> {
  const rows = await db
    .select()
    .from(budgets)
    .orderBy(desc(budgets.createdAt), asc(budgets.id))
    .limit(page.limit)
    .offset(page.offset);
  const [row] = await db.select({ n: count() }).from(budgets);
  return { rows, total: row?.n ?? 0 };
}

/** A budget by its id; `forUpdate` locks its row until the transaction ends. */
export async function findBudgetById(db: Executor, id: string, forUpdate = false): Promise<BudgetRow | null> {
  const query = db.select().from(budgets).where(eq(budgets.id, id));
  const [row] = forUpdate ? await query.for("update") : await query;
  return row ?? null;
}

export async function slugTaken(db: Executor, slug: string): Promise<boolean> {
  const [taken] = await db.select({ id: budgets.id }).from(budgets).where(eq(budgets.slug, slug));
  return taken !== undefined;
}

/** A budget by its slug or its id. */
export async function findBudget(db: Executor, slugOrId: string): Promise<BudgetRow | null> {
  const [row] = await db
    .select()
    .from(budgets)
    .where(isUuid(slugOrId) ? eq(budgets.id, slugOrId) : eq(budgets.slug, slugOrId));
  return row ?? null;
}

export async function headingsOf(db: Executor, budgetId: string): Promise<HeadingRow[]> {
  return db
    .select()
    .from(budgetHeadings)
    .where(eq(budgetHeadings.budgetId, budgetId))
    .orderBy(asc(budgetHeadings.position));
}

/** A heading by its id, of the given budget only when one is named. */
export async function findHeading(db: Executor, headingId: string, budgetId?: string): Promise<HeadingRow | null> {
  const [row] = await db
    .select()
    .from(budgetHeadings)
    .where(
      budgetId === undefined
        ? eq(budgetHeadings.id, headingId)
        : and(eq(budgetHeadings.id, headingId), eq(budgetHeadings.budgetId, budgetId)),
    );
  return row ?? null;
}

export async function listProjects(
  db: Executor,
  budgetId: string,
  filter: { statuses?: string[]; headingId?: string; limit: number; offset: number },
): Promise<{ rows: ProjectRow[]; total: number }> {
  const where = and(
    eq(budgetProjects.budgetId, budgetId),
    filter.statuses ? inArray(budgetProjects.status, filter.statuses) : undefined,
    filter.headingId ? eq(budgetProjects.headingId, filter.headingId) : undefined,
  );
  const rows = await db
    .select()
    .from(budgetProjects)
    .where(where)
    .orderBy(asc(budgetProjects.number))
    .limit(filter.limit)
    .offset(filter.offset);
  const [row] = await db.select({ n: count() }).from(budgetProjects).where(where);
  return { rows, total: row?.n ?? 0 };
}

/** The projects on the ballot of a heading: those found feasible. A heading's list is short by nature. */
export async function ballotProjects(db: Executor, headingId: string): Promise<ProjectRow[]> {
  return db
    .select()
    .from(budgetProjects)
    .where(and(eq(budgetProjects.headingId, headingId), eq(budgetProjects.status, "feasible")))
    .orderBy(asc(budgetProjects.number));
}

/** A project of the budget (null for an id that cannot be one); `forUpdate` locks its row. */
export async function findProject(
  db: Executor,
  budgetId: string,
  projectId: string,
  forUpdate = false,
): Promise<ProjectRow | null> {
  if (!isUuid(projectId)) return null;
  const query = db
    .select()
    .from(budgetProjects)
    .where(and(eq(budgetProjects.budgetId, budgetId), eq(budgetProjects.id, projectId)));
  const [row] = forUpdate ? await query.for("update") : await query;
  return row ?? null;
}

/** The current (not replaced) ballots of a heading, for the tally. */
export async function currentBallots(
  db: Executor,
  headingId: string,
): Promise<Array<Pick<BallotRow, "id" | "choices">>> {
  return db
    .select({ id: budgetBallots.id, choices: budgetBallots.choices })
    .from(budgetBallots)
    .where(and(eq(budgetBallots.headingId, headingId), isNull(budgetBallots.replacedAt)))
    .orderBy(asc(budgetBallots.id));
}

/** Whether any ballot (current or replaced) exists in the budget. */
export async function hasBallots(db: Executor, budgetId: string): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(budgetBallots).where(eq(budgetBallots.budgetId, budgetId));
  return (row?.n ?? 0) > 0;
}

/**
 * How many current ballots came with a voting code, how many from accounts, and how many are
 * generated demo ballots (`demo:` keys, only in the demo data).
 */
export async function ballotSources(
  db: Executor,
  budgetId: string,
): Promise<{ codes: number; accounts: number; demo: number }> {
  const current = and(eq(budgetBallots.budgetId, budgetId), isNull(budgetBallots.replacedAt));
  const [row] = await db
    .select({
      all: count(),
      codes: sql<number>`count(*) filter (where ${budgetBallots.voterKey} like 'code:%')::int`,
      demo: sql<number>`count(*) filter (where ${budgetBallots.voterKey} like 'demo:%')::int`,
    })
    .from(budgetBallots)
    .where(current);
  const codes = Number(row?.codes ?? 0);
  const demo = Number(row?.demo ?? 0);
  return { codes, demo, accounts: (row?.all ?? 0) - codes - demo };
}

export async function ballotCounts(db: Executor, budgetId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ headingId: budgetBallots.headingId, n: count() })
    .from(budgetBallots)
    .where(and(eq(budgetBallots.budgetId, budgetId), isNull(budgetBallots.replacedAt)))
    .groupBy(budgetBallots.headingId);
  return new Map(rows.map((r) => [r.headingId, r.n]));
}

export async function codeCounts(
  db: Executor,
  budgetId: string,
): Promise<{ issued: number; used: number; batches: number }> {
  const [row] = await db
    .select({
      issued: count(),
      used: sql<number>`count(${budgetVotingCodes.usedAt})::int`,
      batches: sql<number>`coalesce(max(${budgetVotingCodes.batch}), 0)::int`,
    })
    .from(budgetVotingCodes)
    .where(eq(budgetVotingCodes.budgetId, budgetId));
  return { issued: row?.issued ?? 0, used: Number(row?.used ?? 0), batches: Number(row?.batches ?? 0) };
}

export async function findBallotByReceipt(
  db: Executor,
  budgetId: string,
  receiptHash: string,
): Promise<Pick<BallotRow, "createdAt" | "replacedAt"> | null> {
  const [row] = await db
    .select({ createdAt: budgetBallots.createdAt, replacedAt: budgetBallots.replacedAt })
    .from(budgetBallots)
    .where(and(eq(budgetBallots.budgetId, budgetId), eq(budgetBallots.receiptHash, receiptHash)));
  return row ?? null;
}

/** Every heading of the budget with the projects on its ballot and its current ballots, for the tally. */
export async function headingVotes(
  db: Executor,
  budgetId: string,
): Promise<Array<{ heading: HeadingRow; projects: ProjectRow[]; ballots: Array<Pick<BallotRow, "id" | "choices">> }>> {
  const all = [];
  for (const heading of await headingsOf(db, budgetId)) {
    const projects = await ballotProjects(db, heading.id);
    const ballots = await currentBallots(db, heading.id);
    all.push({ heading, projects, ballots });
  }
  return all;
}
