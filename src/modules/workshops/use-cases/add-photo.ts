import { z } from "zod";
import { type FieldIssue, Invalid, NotFound } from "../../../platform/errors/errors";
import { checkedImage } from "../../../platform/uploads/images";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { insertPhoto, photoCount } from "../data/photos";
import { lockWorkshop } from "../data/registrations";
import { workshopId } from "../domain/inputs";
import { MAX_PHOTOS, PHOTO_DESCRIPTION_MAX, photoDescriptionRefusal } from "../domain/photos";
import { accountOf, refused, scopeOf } from "./access";

const fileRefusals = {
  missing: "workshops.errors.photoMissing",
  tooLarge: "workshops.errors.photoTooLarge",
  notAnImage: "workshops.errors.photoType",
  unreadable: "workshops.errors.photoUnreadable",
} as const;

/**
 * An organiser adds a photo to the documentation of an event that has begun. The photo follows the
 * platform's image rule (type read from its content; re-encoded as WebP without metadata), needs a
 * description (its text alternative and caption) and the organiser's word that the people shown
 * agree to its publication. The event's row is locked while the photo is checked, so two uploads at
 * once cannot pass the limit. A refused upload stores nothing.
 */
export const addPhoto = defineUseCase({
  action: "workshops.manage",
  input: z.object({
    id: workshopId,
    scope: z.string().max(200),
    bytes: z.instanceof(Uint8Array),
    description: z
      .string()
      .max(PHOTO_DESCRIPTION_MAX * 4)
      .default(""),
    consent: z.boolean(),
  }),
  resource: scopeOf,
  run: async (ctx, input) => {
    const workshop = await lockWorkshop(ctx.tx, input.id);
    if (!workshop || (workshop.measureSlug ?? "") !== input.scope) throw new NotFound("workshops.errors.notFound");
    if (workshop.startsAt.getTime() > ctx.now.getTime()) throw refused("file", "workshops.errors.photoNotStarted");
    const issues: FieldIssue[] = [];
    const existing = await photoCount(ctx.tx, workshop.id);
    if (existing.count >= MAX_PHOTOS) throw refused("file", "workshops.errors.photoTooMany");
    const description = input.description.trim();
    const image = await checkedImage(input.bytes);
    if (!image.ok) issues.push({ path: "file", message: fileRefusals[image.refusal] });
    const descriptionIssue = photoDescriptionRefusal(description);
    if (descriptionIssue) issues.push({ path: "description", message: descriptionIssue });
    if (!input.consent) issues.push({ path: "consent", message: "workshops.errors.photoConsent" });
    if (!image.ok || issues.length > 0) throw new Invalid("errors.invalidInput", issues);
    const id = await insertPhoto(ctx.tx, {
      workshopId: workshop.id,
      position: existing.last + 1,
      mediaType: image.mediaType,
      content: image.content,
      description,
      uploadedBy: accountOf(ctx.actor),
      now: ctx.now,
    });
    return {
      result: { id, workshopId: workshop.id },
      audit: {
        action: "workshops.photo.add",
        objectType: "workshop",
        objectId: workshop.id,
        after: { photo: id, mediaType: image.mediaType, size: image.content.length },
      },
    };
  },
});
