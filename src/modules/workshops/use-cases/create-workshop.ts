import { defineUseCase } from "../../../platform/use-case/use-case";
import { findMeasureReference } from "../../strategy";
import { findWorkshop, insertWorkshop } from "../data/workshops";
import { workshopInputIn } from "../domain/inputs";
import { accountOf, refused, scopeOf } from "./access";
import { scheduleWorkshopJobs } from "./jobs";

/**
 * Creates an event: the strategy office for anything, a measure's team for their measure (the
 * permission is checked on the measure the form names, before any other field is read). The
 * measure must exist; the reminder and the erasure of access needs are scheduled with it.
 */
export const createWorkshop = defineUseCase({
  action: "workshops.manage",
  input: (deps) => workshopInputIn(deps.city.timeZone),
  resource: (input) => scopeOf({ scope: (input as { measure?: unknown }).measure }),
  run: async (ctx, input) => {
    if (input.measure && !(await findMeasureReference(ctx.tx, input.measure)))
      throw refused("measure", "workshops.errors.measure");
    if (input.startsAt.getTime() <= ctx.now.getTime()) throw refused("day", "workshops.errors.inPast");
    const id = await insertWorkshop(ctx.tx, input, accountOf(ctx.actor), ctx.now);
    const stored = await findWorkshop(ctx.tx, id);
    if (stored) await scheduleWorkshopJobs(ctx, stored);
    return {
      result: { id },
      audit: {
        action: "workshops.create",
        objectType: "workshop",
        objectId: id,
        after: {
          title: input.title,
          format: input.format,
          startsAt: input.startsAt.toISOString(),
          measure: input.measure,
        },
      },
    };
  },
});
