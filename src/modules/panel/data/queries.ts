import { and, asc, count, desc, eq, isNotNull, sql } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import { NotFound } from "../../../platform/errors/errors";
import { panelIdInput } from "../domain/inputs";
import {
  panelAddressFiles,
  panelInvitations,
  panelJobs,
  panelLotteries,
  panelReplacements,
  panels,
  panelVolunteers,
} from "./schema";

export type PanelRow = typeof panels.$inferSelect;
export type PanelJobRow = typeof panelJobs.$inferSelect;
export type PanelLotteryRow = typeof panelLotteries.$inferSelect;
export type PanelVolunteerRow = typeof panelVolunteers.$inferSelect;
export type PanelReplacementRow = typeof panelReplacements.$inferSelect;

export async function findPanel(db: Executor, id: string): Promise<PanelRow | null> {
  const [row] = await db.select().from(panels).where(eq(panels.id, id));
  return row ?? null;
}

/** The panel, or NotFound (also for an id that is not a UUID). */
export async function loadPanel(db: Executor, id: string): Promise<PanelRow> {
  if (!panelIdInput.safeParse(id).success) throw new NotFound("panel.errors.notFound");
  const panel = await findPanel(db, id);
  if (!panel) throw new NotFound("panel.errors.notFound");
  return panel;
}

export async function findPanelByName(db: Executor, name: string): Promise<PanelRow | null> {
  const [row] = await db.select().from(panels).where(eq(panels.name, name)).limit(1);
  return row ?? null;
}

export async function listPanelRows(db: Executor, limit: number, offset: number) {
  const items = await db
    .select()
    .from(panels)
    .orderBy(desc(panels.createdAt), asc(panels.id))
    .limit(limit)
    .offset(offset);
  const [total] = await db.select({ n: count() }).from(panels);
  return { items, total: total?.n ?? 0 };
}

export async function findAddressFile(db: Executor, panelId: string, kind: "sample" | "letters") {
  const [row] = await db
    .select()
    .from(panelAddressFiles)
    .where(and(eq(panelAddressFiles.panelId, panelId), eq(panelAddressFiles.kind, kind)));
  return row ?? null;
}

/** Rows only, without the ciphertext: what the coordinator's page shows. */
export async function addressFileSummary(db: Executor, panelId: string) {
  const rows = await db
    .select({ kind: panelAddressFiles.kind, rows: panelAddressFiles.rows, createdAt: panelAddressFiles.createdAt })
    .from(panelAddressFiles)
    .where(eq(panelAddressFiles.panelId, panelId));
  return {
    sample: rows.find((r) => r.kind === "sample") ?? null,
    letters: rows.find((r) => r.kind === "letters") ?? null,
  };
}

export async function findInvitationByHash(db: Executor, codeHash: string) {
  const [row] = await db.select().from(panelInvitations).where(eq(panelInvitations.codeHash, codeHash));
  return row ?? null;
}

export async function countVolunteers(db: Executor, panelId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(panelVolunteers).where(eq(panelVolunteers.panelId, panelId));
  return row?.n ?? 0;
}

/** How many volunteers gave each value of each feature (counted in the database). */
export async function poolCounts(db: Executor, panelId: string, featureNames: string[]) {
  const result: Record<string, Record<string, number>> = {};
  for (const name of featureNames) {
    const value = sql<string>`${panelVolunteers.features} ->> ${name}`;
    const rows = await db
      .select({ value, n: count() })
      .from(panelVolunteers)
      .where(eq(panelVolunteers.panelId, panelId))
      .groupBy(sql`1`);
    result[name] = Object.fromEntries(rows.map((r) => [r.value ?? "", r.n]));
  }
  return result;
}

/** Selected members per feature value, after the draw. */
export async function compositionCounts(db: Executor, panelId: string, featureNames: string[]) {
  const result: Record<string, Record<string, number>> = {};
  for (const name of featureNames) {
    const value = sql<string>`${panelVolunteers.features} ->> ${name}`;
    const rows = await db
      .select({ value, n: count() })
      .from(panelVolunteers)
      .where(and(eq(panelVolunteers.panelId, panelId), eq(panelVolunteers.selected, true)))
      .groupBy(sql`1`);
    result[name] = Object.fromEntries(rows.map((r) => [r.value ?? "", r.n]));
  }
  return result;
}

export async function volunteerPage(db: Executor, panelId: string, limit: number, offset: number) {
  return db
    .select({
      pseudonym: panelVolunteers.pseudonym,
      features: panelVolunteers.features,
      probability: panelVolunteers.probability,
      legacyProbability: panelVolunteers.legacyProbability,
      selected: panelVolunteers.selected,
    })
    .from(panelVolunteers)
    .where(eq(panelVolunteers.panelId, panelId))
    .orderBy(asc(panelVolunteers.probability), asc(panelVolunteers.pseudonym))
    .limit(limit)
    .offset(offset);
}

/** Every volunteer's features, for the selection run (features and pseudonyms only, no contact data). */
export async function poolForSelection(db: Executor, panelId: string) {
  return db
    .select({ id: panelVolunteers.id, pseudonym: panelVolunteers.pseudonym, features: panelVolunteers.features })
    .from(panelVolunteers)
    .where(eq(panelVolunteers.panelId, panelId))
    .orderBy(asc(panelVolunteers.pseudonym));
}

/** The probabilities only, for the histogram. */
export async function probabilities(db: Executor, panelId: string): Promise<number[]> {
  const rows = await db
    .select({ p: panelVolunteers.probability })
    .from(panelVolunteers)
    .where(and(eq(panelVolunteers.panelId, panelId), isNotNull(panelVolunteers.probability)));
  return rows.map((r) => r.p as number);
}

export async function latestJob(db: Executor, panelId: string): Promise<PanelJobRow | null> {
  const [row] = await db
    .select()
    .from(panelJobs)
    .where(eq(panelJobs.panelId, panelId))
    .orderBy(desc(panelJobs.createdAt))
    .limit(1);
  return row ?? null;
}

export async function findJob(db: Executor, id: string): Promise<PanelJobRow | null> {
  const [row] = await db.select().from(panelJobs).where(eq(panelJobs.id, id));
  return row ?? null;
}

/** Jobs waiting to run, oldest first (a handful at most). */
export async function queuedSelectionJobs(db: Executor): Promise<string[]> {
  const rows = await db
    .select({ id: panelJobs.id })
    .from(panelJobs)
    .where(eq(panelJobs.status, "queued"))
    .orderBy(asc(panelJobs.createdAt))
    .limit(20);
  return rows.map((r) => r.id);
}

export async function setJobProgress(db: Executor, id: string, progress: number, step: string): Promise<void> {
  await db.update(panelJobs).set({ progress, step }).where(eq(panelJobs.id, id));
}

/** Claims a queued job (or one left running by a process that stopped); false when another took it. */
export async function claimJob(db: Executor, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(panelJobs)
    .set({ status: "running", startedAt: now, progress: 5, step: "started", attempts: sql`${panelJobs.attempts} + 1` })
    .where(and(eq(panelJobs.id, id), eq(panelJobs.status, "queued")))
    .returning({ id: panelJobs.id });
  return rows.length === 1;
}

export async function findLottery(db: Executor, panelId: string): Promise<PanelLotteryRow | null> {
  const [row] = await db.select().from(panelLotteries).where(eq(panelLotteries.panelId, panelId));
  return row ?? null;
}

/** Summary of the lottery without the list itself. */
export async function lotterySummary(db: Executor, panelId: string) {
  const [row] = await db
    .select({
      hash: panelLotteries.hash,
      publishedAt: panelLotteries.publishedAt,
      seed: panelLotteries.seed,
      drawnIndex: panelLotteries.drawnIndex,
      drawnAt: panelLotteries.drawnAt,
      size: panelLotteries.size,
    })
    .from(panelLotteries)
    .where(eq(panelLotteries.panelId, panelId));
  return row ?? null;
}

/** Replacements of members who dropped out, in the order they were drawn. */
export async function listReplacements(db: Executor, panelId: string): Promise<PanelReplacementRow[]> {
  return db
    .select()
    .from(panelReplacements)
    .where(eq(panelReplacements.panelId, panelId))
    .orderBy(asc(panelReplacements.round));
}
