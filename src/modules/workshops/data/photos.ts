import { and, asc, count, eq, max } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import type { WorkshopPhoto } from "../domain/photos";
import { workshopPhotos, workshops } from "./schema";

const listed = {
  id: workshopPhotos.id,
  description: workshopPhotos.description,
  position: workshopPhotos.position,
};

/** The photos of an event's documentation, in their order, without their bytes. */
export async function photosOf(db: Executor, workshopId: string): Promise<WorkshopPhoto[]> {
  return db
    .select(listed)
    .from(workshopPhotos)
    .where(eq(workshopPhotos.workshopId, workshopId))
    .orderBy(asc(workshopPhotos.position));
}

/** How many photos an event has (inside the event's lock, exact) and the last position taken. */
export async function photoCount(tx: Executor, workshopId: string): Promise<{ count: number; last: number }> {
  const [row] = await tx
    .select({ n: count(), last: max(workshopPhotos.position) })
    .from(workshopPhotos)
    .where(eq(workshopPhotos.workshopId, workshopId));
  return { count: row?.n ?? 0, last: row?.last ?? 0 };
}

export async function insertPhoto(
  tx: Executor,
  values: {
    workshopId: string;
    position: number;
    mediaType: string;
    content: Buffer;
    description: string;
    uploadedBy: string | null;
    now: Date;
  },
): Promise<string> {
  const [row] = await tx
    .insert(workshopPhotos)
    .values({
      workshopId: values.workshopId,
      position: values.position,
      mediaType: values.mediaType,
      size: values.content.length,
      content: values.content,
      description: values.description,
      uploadedBy: values.uploadedBy,
      createdAt: values.now,
    })
    .returning({ id: workshopPhotos.id });
  if (!row) throw new Error("photo not stored");
  return row.id;
}

/** One photo of an event with its bytes, or undefined. */
export async function findPhoto(db: Executor, workshopId: string, photoId: string) {
  const [row] = await db
    .select({ mediaType: workshopPhotos.mediaType, content: workshopPhotos.content })
    .from(workshopPhotos)
    .where(and(eq(workshopPhotos.id, photoId), eq(workshopPhotos.workshopId, workshopId)));
  return row;
}

/** Removes one photo of an event; false when the event has no such photo. */
export async function deletePhoto(tx: Executor, workshopId: string, photoId: string): Promise<boolean> {
  const rows = await tx
    .delete(workshopPhotos)
    .where(and(eq(workshopPhotos.id, photoId), eq(workshopPhotos.workshopId, workshopId)))
    .returning({ id: workshopPhotos.id });
  return rows.length > 0;
}

/** The photos an account uploaded, for "download my data" (what they are, not their bytes). */
export async function photosUploadedBy(db: Executor, accountId: string) {
  return db
    .select({ event: workshops.title, description: workshopPhotos.description, createdAt: workshopPhotos.createdAt })
    .from(workshopPhotos)
    .innerJoin(workshops, eq(workshops.id, workshopPhotos.workshopId))
    .where(eq(workshopPhotos.uploadedBy, accountId))
    .orderBy(asc(workshopPhotos.createdAt));
}

/** With the account's deletion the photos stay with their event, without the link to the account. */
export async function forgetUploader(tx: Executor, accountId: string): Promise<void> {
  await tx.update(workshopPhotos).set({ uploadedBy: null }).where(eq(workshopPhotos.uploadedBy, accountId));
}
