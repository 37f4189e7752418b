import { z } from "zod";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { notify } from "../../notifications";
import { recordDocumentation } from "../data/workshops";
import { documentationInput, workshopId } from "../domain/inputs";
import { WORKSHOP_TYPE } from "../domain/workshop";
import { accountOf, managedWorkshop, refused, scopeOf } from "./access";

const documentInput = z.object({ id: workshopId, scope: z.string().max(200) }).and(documentationInput);

/**
 * After the event its organisers record how many came, a summary, the results and the follow-ups.
 * They appear on the event's page and on the measure's journey; followers of the event hear of it.
 */
export const documentWorkshop = defineUseCase({
  action: "workshops.manage",
  input: documentInput,
  resource: scopeOf,
  run: async (ctx, input) => {
    const workshop = await managedWorkshop(ctx.tx, input.id, input.scope);
    if (workshop.startsAt.getTime() > ctx.now.getTime()) throw refused("form", "workshops.errors.notStarted");
    const { id: _id, scope: _scope, ...documentation } = input;
    await recordDocumentation(ctx.tx, workshop.id, documentation, ctx.now);
    await notify(ctx, {
      resource: { type: WORKSHOP_TYPE, id: workshop.id },
      messageKey: "workshops.notification.documented",
      params: { title: workshop.title },
      followers: true,
      exceptAccountId: accountOf(ctx.actor),
    });
    return {
      result: { id: workshop.id },
      audit: {
        action: "workshops.document",
        objectType: "workshop",
        objectId: workshop.id,
        after: {
          attendedOnSite: input.attendedOnSite,
          attendedOnline: input.attendedOnline,
          followUps: input.followUps.length,
        },
      },
    };
  },
});
