import { z } from "zod";
import type { Deps } from "../../../platform/deps";
import type { Actor } from "../../../platform/permissions/permissions";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { notify } from "../../notifications";
import { activeRegistrationsOf, lockWorkshop } from "../data/registrations";
import { markCancelled } from "../data/workshops";
import { workshopId } from "../domain/inputs";
import { type StoredWorkshop, WORKSHOP_TYPE } from "../domain/workshop";
import { accountOf, managedWorkshop, refused, scopeOf } from "./access";
import { openOrganiserForm } from "./organiser-access";
import { queueRegistrationMails } from "./registration-mail";

const callOffInput = z.object({
  id: workshopId,
  scope: z.string().max(200),
  /** The organiser ticks that they mean it: calling off cannot be undone. */
  confirm: z.literal("yes", { error: "workshops.errors.callOffConfirm" }),
});

/**
 * The organisers call an event off before it starts. Everyone registered or waiting is told by mail
 * with a calendar file that removes the event from their calendar; followers hear of it; the page and
 * the feeds show it as called off, and registration closes. It cannot be undone: an event on another
 * day is a new event, so nobody's calendar keeps a stale entry.
 */
export const callOffWorkshop = defineUseCase({
  action: "workshops.manage",
  input: callOffInput,
  resource: scopeOf,
  run: async (ctx, input) => {
    const found = await managedWorkshop(ctx.tx, input.id, input.scope);
    // The event's lock, as every change of seats takes it, so no registration slips in meanwhile.
    const workshop = (await lockWorkshop(ctx.tx, found.id)) ?? found;
    if (workshop.cancelledAt) throw refused("form", "workshops.errors.alreadyCalledOff");
    if (workshop.startsAt.getTime() <= ctx.now.getTime()) throw refused("form", "workshops.errors.callOffStarted");
    await markCancelled(ctx.tx, workshop.id, ctx.now);
    const told = await activeRegistrationsOf(ctx.tx, workshop.id);
    const calledOff = { ...workshop, cancelledAt: ctx.now, updatedAt: ctx.now };
    await queueRegistrationMails(
      ctx,
      calledOff,
      told.map((registration) => ({ registration, kind: "calledOff" as const })),
    );
    await notify(ctx, {
      resource: { type: WORKSHOP_TYPE, id: workshop.id },
      messageKey: "workshops.notification.calledOff",
      params: { title: workshop.title },
      followers: true,
      exceptAccountId: accountOf(ctx.actor),
    });
    return {
      result: { id: workshop.id, told: told.length },
      audit: {
        action: "workshops.callOff",
        objectType: "workshop",
        objectId: workshop.id,
        after: { cancelledAt: ctx.now.toISOString(), told: told.length },
      },
    };
  },
});

/** What the organisers' page for calling off shows: the event and how many people will be told. */
export async function callOffForm(
  deps: Deps,
  actor: Actor,
  id: string,
): Promise<{ workshop: StoredWorkshop; people: number }> {
  const { workshop } = await openOrganiserForm(deps, actor, id);
  return { workshop, people: (await activeRegistrationsOf(deps.database.db, workshop.id)).length };
}
