import { and, asc, eq, sql } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import type { Bilingual } from "../domain/survey";
import { participationDrafts, participationParagraphs, participationProcesses } from "./schema";

/** A paragraph as the text page lists it: its number, text and the comments kept beside it. */
export interface ParagraphRow {
  id: string;
  number: string;
  position: number;
  text: Bilingual;
  predecessorId: string | null;
  commentCount: number;
}

const paragraphColumns = {
  id: participationParagraphs.id,
  number: participationParagraphs.number,
  position: participationParagraphs.position,
  text: participationParagraphs.text,
  predecessorId: participationParagraphs.predecessorId,
  commentCount: participationParagraphs.commentCount,
};

/** The paragraphs of one version in reading order, with their comment counts (one query). */
export async function paragraphsOfDraft(db: Executor, draftId: string): Promise<ParagraphRow[]> {
  return db
    .select(paragraphColumns)
    .from(participationParagraphs)
    .where(eq(participationParagraphs.draftId, draftId))
    .orderBy(asc(participationParagraphs.position));
}

/** The comment counts of one version's paragraphs, by paragraph id (one small query). */
export async function commentCountsOfDraft(db: Executor, draftId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ id: participationParagraphs.id, commentCount: participationParagraphs.commentCount })
    .from(participationParagraphs)
    .where(eq(participationParagraphs.draftId, draftId));
  return new Map(rows.map((row) => [row.id, row.commentCount]));
}

/** The paragraph of a version with this number, or null. */
export async function paragraphByNumber(db: Executor, draftId: string, number: string): Promise<ParagraphRow | null> {
  const [row] = await db
    .select(paragraphColumns)
    .from(participationParagraphs)
    .where(and(eq(participationParagraphs.draftId, draftId), eq(participationParagraphs.number, number)));
  return row ?? null;
}

/** A paragraph with the version and process it belongs to, for the comments and notifications. */
export interface PlacedParagraph extends ParagraphRow {
  processId: string;
  slug: string;
  processTitle: Bilingual;
  version: number;
  /** The newest version of the process's draft: only its paragraphs take comments. */
  latestVersion: number;
}

export async function placedParagraph(db: Executor, id: string): Promise<PlacedParagraph | null> {
  const [row] = await db
    .select({
      ...paragraphColumns,
      processId: participationProcesses.id,
      slug: participationProcesses.slug,
      processTitle: participationProcesses.title,
      version: participationDrafts.version,
      latestVersion: sql<number>`(select max(d.version) from participation_drafts d where d.process_id = ${participationProcesses.id})`,
    })
    .from(participationParagraphs)
    .innerJoin(participationDrafts, eq(participationDrafts.id, participationParagraphs.draftId))
    .innerJoin(participationProcesses, eq(participationProcesses.id, participationDrafts.processId))
    .where(eq(participationParagraphs.id, id));
  return row ? { ...row, latestVersion: Number(row.latestVersion) } : null;
}

interface ChainRow {
  id: string;
  number: string;
  position: number;
  text: Bilingual;
  predecessor_id: string | null;
  comment_count: number;
  version: number;
}

/** The paragraphs a paragraph continues, newest first, each with its version (one query). */
export async function predecessorsOf(
  db: Executor,
  paragraph: { predecessorId: string | null },
): Promise<Array<ParagraphRow & { version: number }>> {
  if (!paragraph.predecessorId) return [];
  const rows = await db.execute(sql`
    with recursive chain as (
      select p.*, 1 as depth from participation_paragraphs p where p.id = ${paragraph.predecessorId}
      union all
      select p.*, chain.depth + 1 from participation_paragraphs p join chain on p.id = chain.predecessor_id
      where chain.depth < 100
    )
    select chain.id, chain.number, chain.position, chain.text, chain.predecessor_id, chain.comment_count, d.version
    from chain join participation_drafts d on d.id = chain.draft_id
    order by chain.depth`);
  return rowsOf<ChainRow>(rows).map((row) => ({
    id: row.id,
    number: row.number,
    position: Number(row.position),
    text: row.text,
    predecessorId: row.predecessor_id,
    commentCount: Number(row.comment_count),
    version: Number(row.version),
  }));
}

/** The rows of a raw query, whichever driver ran it (PGlite and node-postgres answer alike: `rows`). */
function rowsOf<T>(result: unknown): T[] {
  return ((result as { rows?: T[] }).rows ?? (result as T[])) as T[];
}

export async function insertParagraphs(
  db: Executor,
  rows: Array<{ draftId: string; position: number; number: string; text: Bilingual; predecessorId: string | null }>,
): Promise<void> {
  // In slices: a 1,000-paragraph draft would exceed the parameters one statement may carry.
  for (let i = 0; i < rows.length; i += 500) await db.insert(participationParagraphs).values(rows.slice(i, i + 500));
}

/** Keeps the visible comment count beside the paragraph (called by the comments module). */
export async function addToCommentCount(db: Executor, id: string, delta: number): Promise<void> {
  await db
    .update(participationParagraphs)
    .set({ commentCount: sql`greatest(0, ${participationParagraphs.commentCount} + ${delta})` })
    .where(eq(participationParagraphs.id, id));
}
