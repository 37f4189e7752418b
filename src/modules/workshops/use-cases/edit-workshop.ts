import { z } from "zod";
import type { Deps } from "../../../platform/deps";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { findMeasureReference, measureScope } from "../../strategy";
import { fillFreeSeats, lockWorkshop, seatCounts } from "../data/registrations";
import { findWorkshop, updateWorkshop } from "../data/workshops";
import { workshopId, workshopInputIn } from "../domain/inputs";
import { capacityOf, participationModes } from "../domain/workshop";
import { managedWorkshop, refused, scopeOf } from "./access";
import { scheduleWorkshopJobs } from "./jobs";
import { queueRegistrationMails } from "./registration-mail";

/** The event to change and its form, its day and times read in the city's time zone. */
const editInput = (deps: Deps) =>
  z.object({ id: workshopId, scope: z.string().max(200) }).and(workshopInputIn(deps.city.timeZone));

/**
 * Changes an event. A way of taking part that people registered for cannot be dropped, and its
 * seats cannot fall below the seats given (the event is never over capacity); more seats move the
 * first on the waiting list up at once, with a mail. Moving the event to another measure needs the
 * permission on that measure too.
 */
export const editWorkshop = defineUseCase({
  action: "workshops.manage",
  input: editInput,
  resource: scopeOf,
  run: async (ctx, input) => {
    const before = await managedWorkshop(ctx.tx, input.id, input.scope);
    if (input.measure !== before.measureSlug) {
      if (input.measure) requirePermission(ctx.actor, "workshops.manage", measureScope(input.measure));
      else requirePermission(ctx.actor, "workshops.manage");
      if (input.measure && !(await findMeasureReference(ctx.tx, input.measure)))
        throw refused("measure", "workshops.errors.measure");
    }
    // Seats change only under the event's lock, as registrations take them.
    await lockWorkshop(ctx.tx, before.id);
    const counts = (await seatCounts(ctx.tx, [before.id])).get(before.id);
    for (const mode of participationModes) {
      const capacity = capacityOf(input.capacities, mode);
      const taken = counts?.registered[mode] ?? 0;
      const waiting = counts?.waiting[mode] ?? 0;
      const field = mode === "on_site" ? "capacityOnSite" : "capacityOnline";
      if (capacity === null && taken + waiting > 0) throw refused("format", "workshops.errors.formatInUse");
      if (capacity !== null && capacity < taken) throw refused(field, "workshops.errors.capacityBelowTaken");
    }
    await updateWorkshop(ctx.tx, before.id, input, ctx.now);
    const movedUp = [];
    for (const mode of participationModes) {
      const capacity = capacityOf(input.capacities, mode);
      if (capacity !== null) movedUp.push(...(await fillFreeSeats(ctx.tx, before.id, mode, capacity, ctx.now)));
    }
    const after = await findWorkshop(ctx.tx, before.id);
    if (after) {
      await scheduleWorkshopJobs(ctx, after);
      await queueRegistrationMails(
        ctx,
        after,
        movedUp.map((registration) => ({ registration, kind: "movedUp" as const })),
      );
    }
    return {
      result: { id: before.id },
      audit: {
        action: "workshops.edit",
        objectType: "workshop",
        objectId: before.id,
        before: { title: before.title, startsAt: before.startsAt.toISOString(), capacities: before.capacities },
        after: { title: input.title, startsAt: input.startsAt.toISOString(), capacities: input.capacities },
      },
    };
  },
});
