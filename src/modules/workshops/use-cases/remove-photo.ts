import { z } from "zod";
import { NotFound } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { deletePhoto } from "../data/photos";
import { workshopId } from "../domain/inputs";
import { managedWorkshop, scopeOf } from "./access";

/** An organiser removes a photo from an event's documentation. */
export const removePhoto = defineUseCase({
  action: "workshops.manage",
  input: z.object({
    id: workshopId,
    scope: z.string().max(200),
    photoId: z.uuid({ error: "workshops.errors.photoNotFound" }),
  }),
  resource: scopeOf,
  run: async (ctx, input) => {
    const workshop = await managedWorkshop(ctx.tx, input.id, input.scope);
    if (!(await deletePhoto(ctx.tx, workshop.id, input.photoId))) throw new NotFound("workshops.errors.photoNotFound");
    return {
      result: { workshopId: workshop.id },
      audit: {
        action: "workshops.photo.remove",
        objectType: "workshop",
        objectId: workshop.id,
        after: { photo: input.photoId },
      },
    };
  },
});
