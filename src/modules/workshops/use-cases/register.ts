import { NotFound } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import {
  activeRegistration,
  arriveAt,
  groupBelongsTo,
  insertRegistration,
  seatsTaken,
  waitingArrivals,
} from "../data/registrations";
import { registrationInput } from "../domain/inputs";
import { placeOf, waitingPlace } from "../domain/registration";
import { capacityOf, modesOf, registrationOpen } from "../domain/workshop";
import { refused } from "./access";
import { queueRegistrationMails } from "./registration-mail";

/**
 * A signed-in person registers for an event: a seat of the chosen way of taking part while one is
 * free, else a place on its waiting list, in order of arrival. The event's row is locked from the
 * first statement (data/registrations.ts, `arriveAt`), so the seats counted are exact until the
 * commit and the event is never over capacity. The confirmation mail carries the calendar file.
 */
export const registerForWorkshop = defineUseCase({
  action: "workshops.register",
  input: registrationInput,
  run: async (ctx, input) => {
    if (ctx.actor.kind !== "user") throw new NotFound("workshops.errors.notFound");
    const accountId = ctx.actor.id;
    const arrived = await arriveAt(ctx.tx, input.id);
    if (!arrived) throw new NotFound("workshops.errors.notFound");
    const { workshop, arrival } = arrived;
    if (!registrationOpen(workshop, ctx.now)) throw refused("form", "workshops.errors.registrationClosed");
    if (await activeRegistration(ctx.tx, workshop.id, accountId))
      throw refused("form", "workshops.errors.alreadyRegistered");
    const modes = modesOf(workshop.format);
    const mode = modes.length === 1 ? modes[0] : input.mode;
    if (!mode || !modes.includes(mode)) throw refused("mode", "workshops.errors.mode");
    if (input.group && !(await groupBelongsTo(ctx.tx, input.group, workshop.id)))
      throw refused("group", "workshops.errors.group");
    const capacity = capacityOf(workshop.capacities, mode) ?? 0;
    const status = placeOf(await seatsTaken(ctx.tx, workshop.id, mode), capacity);
    const registration = {
      workshopId: workshop.id,
      accountId,
      mode,
      status,
      arrival,
      groupId: input.group,
      accessNeeds: input.needs,
      accessNeedOther: input.needsOther,
      createdAt: ctx.now,
    };
    const id = await insertRegistration(ctx.tx, registration);
    const place =
      status === "waiting" ? waitingPlace(await waitingArrivals(ctx.tx, workshop.id, mode), arrival) : undefined;
    await queueRegistrationMails(ctx, workshop, [
      {
        registration: { ...registration, id, movedUpAt: null, cancelledAt: null },
        kind: status,
        waitingPlace: place,
      },
    ]);
    return {
      result: { id, workshopId: workshop.id, status, waitingPlace: place },
      audit: {
        action: "workshops.registration.create",
        objectType: "workshop_registration",
        objectId: id,
        after: { workshop: workshop.id, mode, status, arrival },
      },
    };
  },
});
