import { and, asc, eq, inArray, isNull, ne } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import { users } from "../../../platform/identity/schema";
import type { Subject, Visibility } from "../domain/process";
import type { PhaseInput } from "../domain/process-input";
import type { Bilingual } from "../domain/survey";
import { participationInvitations, participationPhases, participationProcesses } from "./schema";

/** The columns of a process the office's form sets. */
export interface ProcessValues {
  slug: string;
  title: Bilingual;
  summary: Bilingual;
  subjectKind: Subject["kind"];
  subjectKey: string | null;
  subjectTopic: Bilingual | null;
  actionField: string | null;
  districts: string[];
  organisation: string;
  contact: string;
  visibility: Visibility;
}

/** Whether another process already has this address. */
export async function slugTaken(db: Executor, slug: string, exceptId: string | null): Promise<boolean> {
  const rows = await db
    .select({ id: participationProcesses.id })
    .from(participationProcesses)
    .where(
      exceptId
        ? and(eq(participationProcesses.slug, slug), ne(participationProcesses.id, exceptId))
        : eq(participationProcesses.slug, slug),
    );
  return rows.length > 0;
}

/** The accounts (not deleted) with these addresses, by address. */
export async function accountsByEmail(db: Executor, emails: readonly string[]): Promise<Map<string, string>> {
  if (emails.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(inArray(users.email, [...emails]), isNull(users.deletedAt)));
  return new Map(rows.flatMap((row) => (row.email ? [[row.email, row.id] as const] : [])));
}

/** The addresses of the people invited to a process, in alphabetical order (for the edit form). */
export async function invitedEmails(db: Executor, processId: string): Promise<string[]> {
  const rows = await db
    .select({ email: users.email })
    .from(participationInvitations)
    .innerJoin(users, eq(users.id, participationInvitations.accountId))
    .where(eq(participationInvitations.processId, processId))
    .orderBy(asc(users.email));
  return rows.flatMap((row) => (row.email ? [row.email] : []));
}

async function writePhases(tx: Executor, processId: string, phases: readonly PhaseInput[]): Promise<void> {
  await tx.delete(participationPhases).where(eq(participationPhases.processId, processId));
  await tx.insert(participationPhases).values(
    phases.map((phase, position) => ({
      processId,
      position,
      method: phase.method,
      description: phase.description,
      startsAt: phase.startsAt,
      endsAt: phase.endsAt,
    })),
  );
}

/** Sets the invited people: those no longer named are removed, new ones added (kept ones keep their date). */
async function writeInvitations(tx: Executor, processId: string, accountIds: readonly string[], now: Date) {
  const kept = await tx
    .select({ accountId: participationInvitations.accountId })
    .from(participationInvitations)
    .where(eq(participationInvitations.processId, processId));
  const before = new Set(kept.map((row) => row.accountId));
  const after = new Set(accountIds);
  const gone = [...before].filter((id) => !after.has(id));
  const added = [...after].filter((id) => !before.has(id));
  if (gone.length > 0)
    await tx
      .delete(participationInvitations)
      .where(and(eq(participationInvitations.processId, processId), inArray(participationInvitations.accountId, gone)));
  if (added.length > 0)
    await tx
      .insert(participationInvitations)
      .values(added.map((accountId) => ({ processId, accountId, createdAt: now })));
}

/** Stores a new process with its phases and invited people; answers its id. */
export async function insertProcess(
  tx: Executor,
  values: ProcessValues,
  phases: readonly PhaseInput[],
  invited: readonly string[],
  by: string | null,
  now: Date,
): Promise<string> {
  const [row] = await tx
    .insert(participationProcesses)
    .values({ ...values, createdBy: by, createdAt: now, updatedAt: now })
    .returning({ id: participationProcesses.id });
  if (!row) throw new Error("process not stored");
  await writePhases(tx, row.id, phases);
  await writeInvitations(tx, row.id, invited, now);
  return row.id;
}

/** Changes a process, its phases and its invited people. */
export async function updateProcess(
  tx: Executor,
  id: string,
  values: ProcessValues,
  phases: readonly PhaseInput[],
  invited: readonly string[],
  now: Date,
): Promise<void> {
  await tx
    .update(participationProcesses)
    .set({ ...values, updatedAt: now })
    .where(eq(participationProcesses.id, id));
  await writePhases(tx, id, phases);
  await writeInvitations(tx, id, invited, now);
}

/** Locks a process's row for a change, so two saves or announcements do not cross. */
export async function lockProcess(tx: Executor, id: string): Promise<void> {
  await tx
    .select({ id: participationProcesses.id })
    .from(participationProcesses)
    .where(eq(participationProcesses.id, id))
    .for("update");
}
