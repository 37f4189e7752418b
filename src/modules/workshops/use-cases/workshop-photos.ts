import type { Deps } from "../../../platform/deps";
import { NotFound } from "../../../platform/errors/errors";
import { isUuid } from "../../../platform/ids";
import { findPhoto, photosOf } from "../data/photos";
import type { WorkshopPhoto } from "../domain/photos";

/** The photos of an event's documentation, in their order (public, as the event's page is). */
export async function listPhotos(deps: Deps, workshopId: string): Promise<WorkshopPhoto[]> {
  return photosOf(deps.database.db, workshopId);
}

/** The bytes of one photo of an event, for everyone; anything else is not found. */
export async function photoFile(
  deps: Deps,
  workshopId: string | undefined,
  photoId: string | undefined,
): Promise<{ mediaType: string; content: Buffer }> {
  const row =
    isUuid(workshopId) && isUuid(photoId) ? await findPhoto(deps.database.db, workshopId, photoId) : undefined;
  if (!row) throw new NotFound("workshops.errors.photoNotFound");
  return row;
}
