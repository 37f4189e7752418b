import { and, asc, desc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import { type Executor, rowsOf } from "../../../platform/db/database";
import { searchWords, tsQuery } from "../../../platform/db/text-search";
import { users } from "../../../platform/identity/schema";
import type { EntryContent } from "../domain/entry";
import type { EntryFilter, EntrySort } from "../domain/inputs";
import type { EntryState } from "../domain/workflow";
import { arenaEntries, arenaEntryVersions } from "./schema";

export type EntryRow = Omit<typeof arenaEntries.$inferSelect, "search">;

const { search: _search, ...entryColumns } = arenaEntries;
const columns = {
  id: entryColumns.id,
  number: entryColumns.number,
  kind: entryColumns.kind,
  state: entryColumns.state,
  title: entryColumns.title,
  problem: entryColumns.problem,
  affected: entryColumns.affected,
  approach: entryColumns.approach,
  language: entryColumns.language,
  actionFieldIds: entryColumns.actionFieldIds,
  districtIds: entryColumns.districtIds,
  compass: entryColumns.compass,
  offers: entryColumns.offers,
  needs: entryColumns.needs,
  offerNote: entryColumns.offerNote,
  needNote: entryColumns.needNote,
  stakeholderGroup: entryColumns.stakeholderGroup,
  authorId: entryColumns.authorId,
  consortiumId: entryColumns.consortiumId,
  measureSlug: entryColumns.measureSlug,
  hiddenReason: entryColumns.hiddenReason,
  supportCount: entryColumns.supportCount,
  commentCount: entryColumns.commentCount,
  version: entryColumns.version,
  demo: entryColumns.demo,
  createdAt: entryColumns.createdAt,
  updatedAt: entryColumns.updatedAt,
  stateChangedAt: entryColumns.stateChangedAt,
  firstAnswerAt: entryColumns.firstAnswerAt,
};

/** The text columns of an entry, as stored from its content. */
function contentColumns(content: EntryContent) {
  return {
    kind: content.kind,
    title: content.title,
    problem: content.problem,
    affected: content.affected,
    approach: content.approach,
    language: content.language,
    actionFieldIds: content.actionFieldIds,
    districtIds: content.districtIds,
    compass: content.compass,
    offers: content.offers,
    needs: content.needs,
    offerNote: content.offerNote,
    needNote: content.needNote,
  };
}

export function contentOf(row: EntryRow): EntryContent {
  return {
    kind: row.kind as EntryContent["kind"],
    title: row.title,
    problem: row.problem,
    affected: row.affected,
    approach: row.approach,
    language: row.language === "en" ? "en" : "de",
    actionFieldIds: row.actionFieldIds,
    districtIds: row.districtIds,
    compass: row.compass,
    offers: row.offers as EntryContent["offers"],
    needs: row.needs as EntryContent["needs"],
    offerNote: row.offerNote,
    needNote: row.needNote,
  };
}

/** Stores a new entry and its first version. */
export async function insertEntry(
  tx: Executor,
  entry: { content: EntryContent; authorId: string | null; stakeholderGroup: string | null; demo?: boolean; now: Date },
): Promise<{ id: string; number: number }> {
  const [row] = await tx
    .insert(arenaEntries)
    .values({
      ...contentColumns(entry.content),
      authorId: entry.authorId,
      stakeholderGroup: entry.stakeholderGroup,
      demo: entry.demo ?? false,
      createdAt: entry.now,
      updatedAt: entry.now,
      stateChangedAt: entry.now,
    })
    .returning({ id: arenaEntries.id, number: arenaEntries.number });
  if (!row) throw new Error("entry not stored");
  await tx
    .insert(arenaEntryVersions)
    .values({ entryId: row.id, version: 1, content: entry.content, editedBy: entry.authorId, createdAt: entry.now });
  return row;
}

/** Replaces the entry's text and keeps the new version beside the earlier ones. */
export async function updateEntryContent(
  tx: Executor,
  entry: EntryRow,
  content: EntryContent,
  editedBy: string | null,
  now: Date,
): Promise<number> {
  const version = entry.version + 1;
  await tx
    .update(arenaEntries)
    .set({ ...contentColumns(content), version, updatedAt: now })
    .where(eq(arenaEntries.id, entry.id));
  await tx.insert(arenaEntryVersions).values({ entryId: entry.id, version, content, editedBy, createdAt: now });
  return version;
}

export async function findEntryById(db: Executor, id: string, lock = false): Promise<EntryRow | undefined> {
  const query = db.select(columns).from(arenaEntries).where(eq(arenaEntries.id, id));
  const [row] = lock ? await query.for("update") : await query;
  return row;
}

export async function findEntryByNumber(db: Executor, number: number): Promise<EntryRow | undefined> {
  const [row] = await db.select(columns).from(arenaEntries).where(eq(arenaEntries.number, number));
  return row;
}

/** What a support needs to know of the entries with these numbers: id, state and whether hidden. */
export async function entriesByIds(db: Executor, ids: readonly string[]): Promise<EntryRow[]> {
  if (ids.length === 0) return [];
  return db
    .select(columns)
    .from(arenaEntries)
    .where(inArray(arenaEntries.id, [...ids]))
    .orderBy(asc(arenaEntries.number));
}

export async function entriesOfConsortium(db: Executor, consortiumId: string): Promise<EntryRow[]> {
  return db
    .select(columns)
    .from(arenaEntries)
    .where(eq(arenaEntries.consortiumId, consortiumId))
    .orderBy(asc(arenaEntries.number));
}

export async function entryVersions(db: Executor, entryId: string) {
  return db
    .select()
    .from(arenaEntryVersions)
    .where(eq(arenaEntryVersions.entryId, entryId))
    .orderBy(desc(arenaEntryVersions.version));
}

export async function setEntryState(tx: Executor, entry: EntryRow, to: EntryState, now: Date): Promise<void> {
  await tx
    .update(arenaEntries)
    .set({ state: to, stateChangedAt: now, firstAnswerAt: entry.firstAnswerAt ?? now, updatedAt: now })
    .where(eq(arenaEntries.id, entry.id));
}

export async function setEntryFields(
  tx: Executor,
  id: string,
  fields: Partial<Pick<EntryRow, "consortiumId" | "measureSlug" | "hiddenReason">>,
): Promise<void> {
  await tx.update(arenaEntries).set(fields).where(eq(arenaEntries.id, id));
}

export async function addToCounts(tx: Executor, id: string, counts: { supports?: number; comments?: number }) {
  await tx
    .update(arenaEntries)
    .set({
      supportCount: sql`greatest(0, ${arenaEntries.supportCount} + ${counts.supports ?? 0})`,
      commentCount: sql`greatest(0, ${arenaEntries.commentCount} + ${counts.comments ?? 0})`,
    })
    .where(eq(arenaEntries.id, id));
}

// ---------- the public list ----------

function conditions(filter: EntryFilter): SQL[] {
  // Hidden entries stay listed (with the moderator's reason in place of their text) so numbers
  // and links do not break; the list shows them without their text.
  const where: SQL[] = [];
  if (filter.kind) where.push(eq(arenaEntries.kind, filter.kind));
  if (filter.state) where.push(eq(arenaEntries.state, filter.state));
  if (filter.actionField) where.push(sql`${arenaEntries.actionFieldIds} @> array[${filter.actionField}]::text[]`);
  if (filter.district) where.push(sql`${arenaEntries.districtIds} @> array[${filter.district}]::text[]`);
  if (filter.group) where.push(eq(arenaEntries.stakeholderGroup, filter.group));
  if (filter.offer) where.push(sql`${arenaEntries.offers} @> array[${filter.offer}]::text[]`);
  if (filter.need) where.push(sql`${arenaEntries.needs} @> array[${filter.need}]::text[]`);
  const words = searchWords(filter.q);
  if (words.length > 0) where.push(sql`${arenaEntries.search} @@ (${tsQuery(words)})`);
  return where;
}

/** The orders the database sorts by; the random order is picked in memory (see daily-order.ts). */
export type TableOrder = Exclude<EntrySort, "random">;

function orderOf(sort: TableOrder): SQL[] {
  switch (sort) {
    case "supports":
      return [sql`${arenaEntries.supportCount} desc`, sql`${arenaEntries.id}`];
    case "comments":
      return [sql`${arenaEntries.commentCount} desc`, sql`${arenaEntries.id}`];
    default:
      return [sql`${arenaEntries.createdAt} desc`, sql`${arenaEntries.id}`];
  }
}

export const listColumns = {
  id: arenaEntries.id,
  number: arenaEntries.number,
  kind: arenaEntries.kind,
  state: arenaEntries.state,
  title: arenaEntries.title,
  problem: sql<string>`left(${arenaEntries.problem}, 300)`,
  language: arenaEntries.language,
  actionFieldIds: arenaEntries.actionFieldIds,
  districtIds: arenaEntries.districtIds,
  offers: arenaEntries.offers,
  needs: arenaEntries.needs,
  supportCount: arenaEntries.supportCount,
  commentCount: arenaEntries.commentCount,
  hiddenReason: arenaEntries.hiddenReason,
  consortiumId: arenaEntries.consortiumId,
  measureSlug: arenaEntries.measureSlug,
  createdAt: arenaEntries.createdAt,
  stateChangedAt: arenaEntries.stateChangedAt,
};
export type EntryListRow = Awaited<ReturnType<typeof listEntriesQuery>>[number];

export function listEntriesQuery(
  db: Executor,
  filter: EntryFilter,
  options: { sort: TableOrder; limit: number; offset: number },
) {
  const where = conditions(filter);
  return db
    .select(listColumns)
    .from(arenaEntries)
    .where(where.length ? and(...where) : undefined)
    .orderBy(...orderOf(options.sort))
    .limit(options.limit)
    .offset(options.offset);
}

/** The ids of every entry the filter matches, oldest first (for the random order, see daily-order.ts). */
export async function entryIdsMatching(db: Executor, filter: EntryFilter): Promise<string[]> {
  const where = conditions(filter);
  const rows = await db
    .select({ id: arenaEntries.id })
    .from(arenaEntries)
    .where(where.length ? and(...where) : undefined)
    .orderBy(arenaEntries.number);
  return rows.map((row) => row.id);
}

/** The list's rows of these entries, in the order of the ids given. */
export async function listRowsByIds(db: Executor, ids: readonly string[]): Promise<EntryListRow[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select(listColumns)
    .from(arenaEntries)
    .where(inArray(arenaEntries.id, [...ids]));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function countEntries(db: Executor, filter: EntryFilter): Promise<number> {
  const where = conditions(filter);
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(arenaEntries)
    .where(where.length ? and(...where) : undefined);
  return row?.n ?? 0;
}

export async function listEntries(
  db: Executor,
  filter: EntryFilter,
  options: { sort: TableOrder; limit: number; offset: number },
): Promise<{ items: EntryListRow[]; total: number }> {
  const [items, total] = await Promise.all([listEntriesQuery(db, filter, options), countEntries(db, filter)]);
  return { items, total };
}

/**
 * Entries whose title resembles the given title (trigram similarity) or whose text matches its
 * words: shown before the last step of a submission, so people join instead of duplicating.
 */
export async function similarEntries(
  db: Executor,
  text: { title: string; problem: string },
  limit = 5,
): Promise<EntryListRow[]> {
  const words = searchWords(`${text.title} ${text.problem}`).filter((w) => w.length > 3);
  const anyWord =
    words.length > 0
      ? sql.join(
          words.map((w) => sql`(to_tsquery('german', ${w}) || to_tsquery('english', ${w}))`),
          sql` || `,
        )
      : null;
  const rows = await db
    .select({ ...listColumns, score: sql<number>`similarity(${arenaEntries.title}, ${text.title})` })
    .from(arenaEntries)
    .where(
      and(
        isNull(arenaEntries.hiddenReason),
        anyWord
          ? sql`(${arenaEntries.title} % ${text.title} or ${arenaEntries.search} @@ (${anyWord}))`
          : sql`${arenaEntries.title} % ${text.title}`,
      ),
    )
    .orderBy(
      sql`similarity(${arenaEntries.title}, ${text.title}) + ${anyWord ? sql`ts_rank(${arenaEntries.search}, ${anyWord})` : sql`0`} desc`,
    )
    .limit(limit);
  return rows as EntryListRow[];
}

/** Entries per district (an entry for several districts counts in each), and those for the whole city. */
export async function entriesPerDistrict(
  db: Executor,
): Promise<{ perDistrict: Map<string, number>; cityWide: number }> {
  const rows = await rowsOf<{ district: string | null; n: number }>(
    db,
    sql`select d.district, count(*)::int as n from ${arenaEntries}
        left join lateral unnest(${arenaEntries.districtIds}) as d(district) on true
        group by d.district`,
  );
  const perDistrict = new Map<string, number>();
  let cityWide = 0;
  for (const row of rows) {
    if (row.district === null) cityWide = Number(row.n);
    else perDistrict.set(row.district, Number(row.n));
  }
  return { perDistrict, cityWide };
}

/**
 * The office's accountability figures: how many entries got a first public answer (entries younger
 * than the grace period without one are not counted yet) and the median days until it came.
 */
export async function answerFigures(db: Executor, now: Date, graceDays = 14) {
  const cutoff = new Date(now.getTime() - graceDays * 24 * 60 * 60 * 1000);
  const [row] = await db
    .select({
      counted: sql<number>`count(*) filter (where ${arenaEntries.firstAnswerAt} is not null or ${arenaEntries.createdAt} <= ${cutoff})::int`,
      answered: sql<number>`count(${arenaEntries.firstAnswerAt})::int`,
      medianDays: sql<
        number | null
      >`percentile_cont(0.5) within group (order by extract(epoch from ${arenaEntries.firstAnswerAt} - ${arenaEntries.createdAt}) / 86400)`,
    })
    .from(arenaEntries);
  const counted = Number(row?.counted ?? 0);
  const answered = Number(row?.answered ?? 0);
  const median = row?.medianDays === null || row?.medianDays === undefined ? null : Number(row.medianDays);
  return {
    counted,
    answered,
    rate: counted === 0 ? null : answered / counted,
    medianDays: median === null ? null : Math.round(median),
  };
}

/** Entries without a first answer, oldest first: the office's work list. */
export async function entriesAwaitingAnswer(db: Executor, limit: number, offset: number) {
  const where = and(isNull(arenaEntries.firstAnswerAt), isNull(arenaEntries.hiddenReason));
  const [items, [count]] = await Promise.all([
    db
      .select(listColumns)
      .from(arenaEntries)
      .where(where)
      .orderBy(asc(arenaEntries.createdAt))
      .limit(limit)
      .offset(offset),
    db.select({ n: sql<number>`count(*)::int` }).from(arenaEntries).where(where),
  ]);
  return { items: items as EntryListRow[], total: count?.n ?? 0 };
}

/** The display names of accounts (authors, collaborators); a deleted account has none. */
export async function displayNames(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.displayName, deletedAt: users.deletedAt })
    .from(users)
    .where(inArray(users.id, [...new Set(ids)]));
  return new Map(rows.filter((r) => !r.deletedAt).map((r) => [r.id, r.name]));
}

export async function entriesOfAuthor(db: Executor, accountId: string): Promise<EntryRow[]> {
  return db.select(columns).from(arenaEntries).where(eq(arenaEntries.authorId, accountId));
}

/** The stakeholder group the account gave in its profile, recorded with what it submits. */
export async function stakeholderGroupOf(db: Executor, accountId: string): Promise<string | null> {
  const [row] = await db.select({ group: users.stakeholderGroup }).from(users).where(eq(users.id, accountId));
  return row?.group ?? null;
}

/** The member entries of a consortium, as list rows. */
export async function consortiumMembers(db: Executor, consortiumId: string): Promise<EntryListRow[]> {
  return db
    .select(listColumns)
    .from(arenaEntries)
    .where(eq(arenaEntries.consortiumId, consortiumId))
    .orderBy(asc(arenaEntries.number));
}

/** The entries that became the measure with this slug (usually one), for the measure's journey. */
export async function entriesOfMeasure(db: Executor, measureSlug: string) {
  return db
    .select({
      id: arenaEntries.id,
      number: arenaEntries.number,
      title: arenaEntries.title,
      createdAt: arenaEntries.createdAt,
      hiddenReason: arenaEntries.hiddenReason,
    })
    .from(arenaEntries)
    .where(eq(arenaEntries.measureSlug, measureSlug));
}
