import { z } from "zod";
import type { Deps } from "../../../platform/deps";
import { NotFound } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { registrationOfToken } from "../data/cancel-token";
import { fillFreeSeats, findRegistration, lockWorkshop, markRegistrationCancelled } from "../data/registrations";
import { findWorkshop } from "../data/workshops";
import { capacityOf, registrationOpen } from "../domain/workshop";
import { queueRegistrationMails } from "./registration-mail";

const cancelInput = z.object({ token: z.string({ error: "workshops.errors.cancelLink" }).max(200) });

/**
 * Gives a registration back with the personal link from the mail (no sign-in needed: the link is
 * signed for this one registration). A seat given back goes at once to the first on the waiting
 * list, who is told by mail with the calendar file. Sending the link again changes nothing.
 */
export const cancelRegistration = defineUseCase({
  action: "workshops.cancel",
  input: cancelInput,
  run: async (ctx, input) => {
    const id = await registrationOfToken(ctx.tx, input.token, ctx.deps.random);
    const found = id ? await findRegistration(ctx.tx, id) : null;
    if (!found) throw new NotFound("workshops.errors.cancelLink");
    // The event's lock first, as every change of seats takes it, then the registration.
    const workshop = await lockWorkshop(ctx.tx, found.workshopId);
    if (!workshop) throw new NotFound("workshops.errors.cancelLink");
    const before = await markRegistrationCancelled(ctx.tx, found.id, ctx.now);
    // Until the start; a seat given back during or after the event moves nobody up.
    const movedUp =
      before?.status === "registered" && registrationOpen(workshop, ctx.now)
        ? await fillFreeSeats(
            ctx.tx,
            workshop.id,
            before.mode,
            capacityOf(workshop.capacities, before.mode) ?? 0,
            ctx.now,
          )
        : [];
    await queueRegistrationMails(
      ctx,
      workshop,
      movedUp.map((registration) => ({ registration, kind: "movedUp" as const })),
    );
    return {
      result: { workshopId: workshop.id, title: workshop.title, changed: before !== null },
      audit: {
        action: "workshops.registration.cancel",
        objectType: "workshop_registration",
        objectId: found.id,
        before: before ? { status: before.status } : undefined,
        after: { status: "cancelled", movedUp: movedUp.map((r) => r.id) },
      },
    };
  },
});

/** What the cancel page asks about: the event's title, or null for a link that was not made here. */
export async function cancelPreview(deps: Deps, token: string): Promise<{ title: string; cancelled: boolean } | null> {
  const db = deps.database.db;
  const id = await registrationOfToken(db, token.slice(0, 200), deps.random);
  const registration = id ? await findRegistration(db, id) : null;
  const workshop = registration ? await findWorkshop(db, registration.workshopId) : null;
  if (!registration || !workshop) return null;
  return { title: workshop.title, cancelled: registration.status === "cancelled" };
}
