import { and, eq, inArray, isNotNull, isNull, lt, sql } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import type { PanelFeature, SelectionFailure, SelectionOutcome } from "../domain/panel";
import {
  panelAddressFiles,
  panelInvitations,
  panelJobs,
  panelLotteries,
  panelReplacements,
  panels,
  panelVolunteers,
} from "./schema";

/** The writes of the panel process, one function per statement; every use case goes through them. */

export async function insertPanel(db: Executor, values: typeof panels.$inferInsert): Promise<string> {
  const [row] = await db.insert(panels).values(values).returning({ id: panels.id });
  return row?.id as string;
}

export async function setPanelFeatures(db: Executor, panelId: string, features: PanelFeature[], now: Date) {
  await db.update(panels).set({ features, updatedAt: now }).where(eq(panels.id, panelId));
}

export async function setPanelStatus(db: Executor, panelId: string, status: string, now: Date): Promise<void> {
  await db.update(panels).set({ status, updatedAt: now }).where(eq(panels.id, panelId));
}

/** Registration opens, and the letters just sent are counted. */
export async function countInvitationsSent(db: Executor, panelId: string, letters: number, now: Date) {
  await db
    .update(panels)
    .set({ status: "registration", invitationsSent: sql`${panels.invitationsSent} + ${letters}`, updatedAt: now })
    .where(eq(panels.id, panelId));
}

/** Stores an encrypted address file, replacing the panel's earlier file of this kind. */
export async function saveAddressFile(
  db: Executor,
  file: { panelId: string; kind: "sample" | "letters"; rows: number; ciphertext: string; createdAt: Date },
): Promise<void> {
  await db
    .insert(panelAddressFiles)
    .values(file)
    .onConflictDoUpdate({
      target: [panelAddressFiles.panelId, panelAddressFiles.kind],
      set: { rows: file.rows, ciphertext: file.ciphertext, createdAt: file.createdAt },
    });
}

export async function deleteAddressFile(db: Executor, panelId: string, kind: "sample" | "letters"): Promise<void> {
  await db
    .delete(panelAddressFiles)
    .where(and(eq(panelAddressFiles.panelId, panelId), eq(panelAddressFiles.kind, kind)));
}

export async function insertInvitations(db: Executor, invitations: Array<typeof panelInvitations.$inferInsert>) {
  for (let i = 0; i < invitations.length; i += 500)
    await db.insert(panelInvitations).values(invitations.slice(i, i + 500));
}

/** Marks the invitation used; false when it was used already (also by a registration at the same moment). */
export async function claimInvitation(db: Executor, invitationId: string, now: Date): Promise<boolean> {
  const claimed = await db
    .update(panelInvitations)
    .set({ usedAt: now })
    .where(and(eq(panelInvitations.id, invitationId), isNull(panelInvitations.usedAt)))
    .returning({ id: panelInvitations.id });
  return claimed.length > 0;
}

export async function insertVolunteers(db: Executor, volunteers: Array<typeof panelVolunteers.$inferInsert>) {
  await db.insert(panelVolunteers).values(volunteers);
}

/** Removes names, e-mail addresses, languages and address files; pseudonyms, answers and probabilities stay. */
export async function erasePersonalData(db: Executor, panelId: string, now: Date): Promise<void> {
  await db
    .update(panelVolunteers)
    .set({ name: null, email: null, locale: null })
    .where(eq(panelVolunteers.panelId, panelId));
  await db.delete(panelAddressFiles).where(eq(panelAddressFiles.panelId, panelId));
  await db.update(panels).set({ personalDataDeletedAt: now, updatedAt: now }).where(eq(panels.id, panelId));
}

/** The drawn panels whose draw lies before `now`, with their retention period and the deletion so far. */
export async function drawnPanelsForRetention(db: Executor, now: Date) {
  return db
    .select({
      id: panels.id,
      retentionDays: panels.retentionDays,
      drawnAt: panelLotteries.drawnAt,
      deletedAt: panels.personalDataDeletedAt,
    })
    .from(panels)
    .innerJoin(panelLotteries, eq(panelLotteries.panelId, panels.id))
    .where(and(eq(panels.status, "drawn"), lt(panelLotteries.drawnAt, now)));
}

export async function insertSelectionJob(db: Executor, panelId: string, now: Date): Promise<string> {
  const [job] = await db
    .insert(panelJobs)
    .values({ panelId, kind: "selection", status: "queued", progress: 0, step: "queued", createdAt: now })
    .returning({ id: panelJobs.id });
  return job?.id as string;
}

export async function setVolunteerProbabilities(
  db: Executor,
  panelId: string,
  pseudonym: string,
  probability: number,
  legacyProbability: number | null,
): Promise<void> {
  await db
    .update(panelVolunteers)
    .set({ probability, legacyProbability })
    .where(and(eq(panelVolunteers.panelId, panelId), eq(panelVolunteers.pseudonym, pseudonym)));
}

export async function finishJob(db: Executor, jobId: string, outcome: SelectionOutcome, now: Date): Promise<void> {
  await db
    .update(panelJobs)
    .set({ status: "succeeded", progress: 100, step: "done", outcome, error: null, finishedAt: now })
    .where(eq(panelJobs.id, jobId));
}

export async function failJob(db: Executor, jobId: string, failure: SelectionFailure, now: Date): Promise<void> {
  await db
    .update(panelJobs)
    .set({ status: "failed", step: "failed", error: failure, outcome: null, finishedAt: now })
    .where(eq(panelJobs.id, jobId));
}

export async function insertLottery(db: Executor, lottery: typeof panelLotteries.$inferInsert): Promise<void> {
  await db.insert(panelLotteries).values(lottery);
}

/** Sets the draw's seed and panel number; false when another draw set them first. */
export async function recordDraw(
  db: Executor,
  panelId: string,
  draw: { seed: string; drawnIndex: number; drawnAt: Date },
): Promise<boolean> {
  const won = await db
    .update(panelLotteries)
    .set(draw)
    .where(and(eq(panelLotteries.panelId, panelId), isNull(panelLotteries.seed)))
    .returning({ panelId: panelLotteries.panelId });
  return won.length > 0;
}

/** Exactly the given pseudonyms are selected. */
export async function selectMembers(db: Executor, panelId: string, members: string[]): Promise<void> {
  await db.update(panelVolunteers).set({ selected: false }).where(eq(panelVolunteers.panelId, panelId));
  if (members.length > 0) {
    await db
      .update(panelVolunteers)
      .set({ selected: true })
      .where(and(eq(panelVolunteers.panelId, panelId), inArray(panelVolunteers.pseudonym, members)));
  }
}

/** Everyone in the pool who left an e-mail address, with whether they were selected. */
export async function volunteersToNotify(db: Executor, panelId: string) {
  return db
    .select({
      id: panelVolunteers.id,
      pseudonym: panelVolunteers.pseudonym,
      name: panelVolunteers.name,
      email: panelVolunteers.email,
      locale: panelVolunteers.locale,
      selected: panelVolunteers.selected,
    })
    .from(panelVolunteers)
    .where(and(eq(panelVolunteers.panelId, panelId), isNotNull(panelVolunteers.email)));
}

export async function markPoolNotified(db: Executor, panelId: string, now: Date): Promise<void> {
  await db
    .update(panelVolunteers)
    .set({ notifiedAt: now })
    .where(and(eq(panelVolunteers.panelId, panelId), isNotNull(panelVolunteers.email)));
}

export async function markVolunteerNotified(db: Executor, volunteerId: string, now: Date): Promise<void> {
  await db.update(panelVolunteers).set({ notifiedAt: now }).where(eq(panelVolunteers.id, volunteerId));
}

/** Records a replacement; false when another replacement took this round number at the same moment. */
export async function insertReplacement(db: Executor, replacement: typeof panelReplacements.$inferInsert) {
  const stored = await db
    .insert(panelReplacements)
    .values(replacement)
    .onConflictDoNothing()
    .returning({ id: panelReplacements.id });
  return stored.length > 0;
}

/** The member leaves the panel. */
export async function deselectMember(db: Executor, panelId: string, pseudonym: string): Promise<void> {
  await db
    .update(panelVolunteers)
    .set({ selected: false })
    .where(and(eq(panelVolunteers.panelId, panelId), eq(panelVolunteers.pseudonym, pseudonym)));
}

/** The replacement takes the seat: their contact data, to tell them. */
export async function selectMember(db: Executor, panelId: string, pseudonym: string) {
  const [row] = await db
    .update(panelVolunteers)
    .set({ selected: true })
    .where(and(eq(panelVolunteers.panelId, panelId), eq(panelVolunteers.pseudonym, pseudonym)))
    .returning({
      id: panelVolunteers.id,
      email: panelVolunteers.email,
      name: panelVolunteers.name,
      locale: panelVolunteers.locale,
    });
  return row;
}
