import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import { isUuid } from "../../../platform/ids";
import type { Method, Subject, SubjectKind, Visibility } from "../domain/process";
import type { StoredPhase, StoredProcess } from "../domain/stored-process";
import { participationInvitations, participationPhases, participationProcesses } from "./schema";

type ProcessRow = typeof participationProcesses.$inferSelect;
type PhaseRow = typeof participationPhases.$inferSelect;

function subjectOf(row: ProcessRow): Subject {
  const kind = row.subjectKind as SubjectKind;
  if (kind === "measure") return { kind, slug: row.subjectKey ?? "" };
  if (kind === "action-field") return { kind, key: row.subjectKey ?? "" };
  if (kind === "topic") return { kind, text: row.subjectTopic?.de ?? "" };
  return { kind: "strategy" };
}

function phaseOf(row: PhaseRow): StoredPhase {
  return {
    id: row.id,
    method: row.method as Method,
    description: row.description,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
  };
}

export function processOf(row: ProcessRow, phases: readonly PhaseRow[]): StoredProcess {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    subject: subjectOf(row),
    actionField: row.actionField,
    districts: row.districts,
    organisation: row.organisation,
    contact: row.contact,
    visibility: row.visibility as Visibility,
    demo: row.demo,
    phases: [...phases].sort((a, b) => a.position - b.position).map(phaseOf),
    announcedPhase: row.announcedPhase,
    reportSummary: row.reportSummary,
    reportPublishedAt: row.reportPublishedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The processes with these rows, each with its phases (one query for all phases). */
export async function withPhases(db: Executor, rows: readonly ProcessRow[]): Promise<StoredProcess[]> {
  if (rows.length === 0) return [];
  const phases = await db
    .select()
    .from(participationPhases)
    .where(
      inArray(
        participationPhases.processId,
        rows.map((row) => row.id),
      ),
    )
    .orderBy(asc(participationPhases.position));
  return rows.map((row) =>
    processOf(
      row,
      phases.filter((phase) => phase.processId === row.id),
    ),
  );
}

const slugPattern = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** The process at this address, with its phases, or null (also for a string that is no address at all). */
export async function findProcessBySlug(db: Executor, slug: string): Promise<StoredProcess | null> {
  if (!slugPattern.test(slug)) return null;
  const rows = await db.select().from(participationProcesses).where(eq(participationProcesses.slug, slug));
  const [process] = await withPhases(db, rows);
  return process ?? null;
}

/** The process with this id, or null. */
export async function findProcessById(db: Executor, id: string): Promise<StoredProcess | null> {
  if (!isUuid(id)) return null;
  const rows = await db.select().from(participationProcesses).where(eq(participationProcesses.id, id));
  const [process] = await withPhases(db, rows);
  return process ?? null;
}

/** Whether the account is among the people invited to the process. */
export async function isInvited(db: Executor, processId: string, accountId: string): Promise<boolean> {
  const rows = await db
    .select({ accountId: participationInvitations.accountId })
    .from(participationInvitations)
    .where(and(eq(participationInvitations.processId, processId), eq(participationInvitations.accountId, accountId)));
  return rows.length > 0;
}

/** When any process was last created or changed (the open-data catalogue's date), or null for none. */
export async function lastProcessChange(db: Executor): Promise<Date | null> {
  const [row] = await db
    .select({ at: sql<Date | null>`max(${participationProcesses.updatedAt})` })
    .from(participationProcesses);
  return row?.at ? new Date(row.at) : null;
}
