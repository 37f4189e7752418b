/**
 * Photos in an event's documentation. The image rule is the platform's (type from the bytes, JPEG,
 * PNG or WebP, re-encoded as WebP without metadata, at most 5 MB); what is the module's own is the
 * number per event, the description every photo needs (its text alternative and caption), and the
 * organiser's confirmation that the people shown agree to the publication.
 */

/** Photos of one event's documentation. */
export const MAX_PHOTOS = 12;
export const PHOTO_DESCRIPTION_MIN = 3;
export const PHOTO_DESCRIPTION_MAX = 250;

/** The message key for a description that is refused, or null when it is fine. */
export function photoDescriptionRefusal(description: string): string | null {
  const text = description.trim();
  if (text.length < PHOTO_DESCRIPTION_MIN) return "workshops.errors.photoDescription";
  if (text.length > PHOTO_DESCRIPTION_MAX) return "workshops.errors.photoDescriptionLong";
  return null;
}

/** A photo as pages list it: everything but its bytes. */
export interface WorkshopPhoto {
  id: string;
  description: string;
  position: number;
}

/** The address a photo is served from. */
export function photoPath(workshopId: string, photoId: string): string {
  return `/workshops/${workshopId}/photos/${photoId}`;
}
