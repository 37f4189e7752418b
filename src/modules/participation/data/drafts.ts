import { and, asc, desc, eq } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import type { DraftSection } from "../domain/draft-text";
import type { Bilingual } from "../domain/survey";
import { participationDrafts } from "./schema";

export type DraftRow = typeof participationDrafts.$inferSelect;

/** A version of a process's draft without its text: for the list of versions. */
export interface DraftVersion {
  id: string;
  version: number;
  changeNote: Bilingual | null;
  createdAt: Date;
}

/** Every version of the process's draft, oldest first (a handful: the text itself is not read). */
export async function draftVersions(db: Executor, processId: string): Promise<DraftVersion[]> {
  return db
    .select({
      id: participationDrafts.id,
      version: participationDrafts.version,
      changeNote: participationDrafts.changeNote,
      createdAt: participationDrafts.createdAt,
    })
    .from(participationDrafts)
    .where(eq(participationDrafts.processId, processId))
    .orderBy(asc(participationDrafts.version));
}

/** One version of the draft with its text, or null. */
export async function findDraft(db: Executor, processId: string, version: number): Promise<DraftRow | null> {
  const [row] = await db
    .select()
    .from(participationDrafts)
    .where(and(eq(participationDrafts.processId, processId), eq(participationDrafts.version, version)));
  return row ?? null;
}

/** The newest version of the draft with its text, or null before the first. */
export async function latestDraft(db: Executor, processId: string): Promise<DraftRow | null> {
  const [row] = await db
    .select()
    .from(participationDrafts)
    .where(eq(participationDrafts.processId, processId))
    .orderBy(desc(participationDrafts.version))
    .limit(1);
  return row ?? null;
}

export async function insertDraft(
  db: Executor,
  values: {
    processId: string;
    version: number;
    markdown: Bilingual;
    sections: { de: DraftSection[]; en: DraftSection[] };
    changeNote: Bilingual | null;
    createdBy: string | null;
    createdAt: Date;
  },
): Promise<string> {
  const [row] = await db.insert(participationDrafts).values(values).returning({ id: participationDrafts.id });
  if (!row) throw new Error("the draft was not stored");
  return row.id;
}
