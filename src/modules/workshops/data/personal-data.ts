import type { PersonalDataHook } from "../../../platform/personal-data/hook";
import { capacityOf, type StoredWorkshop } from "../domain/workshop";
import {
  deleteRegistrationsOfAccount,
  fillFreeSeats,
  forgetCreator,
  lockWorkshop,
  registrationsOfAccount,
} from "./registrations";

/**
 * Workshops' part in "download my data" and "delete my account". Registrations (with the access
 * needs still kept) are the person's own data: exported whole, and deleted with the account. A
 * seat freed that way goes to the first on the waiting list, as with a cancellation. Events the
 * person created stay, without the link to the account.
 */
export const workshopsPersonalData: PersonalDataHook = {
  async export(db, accountId) {
    const rows = await registrationsOfAccount(db, accountId);
    if (rows.length === 0) return null;
    return {
      registrations: rows.map(({ registration, title, startsAt, group }) => ({
        event: title,
        startsAt: startsAt.toISOString(),
        mode: registration.mode,
        status: registration.status,
        group,
        accessNeeds: registration.accessNeeds,
        accessNeedOther: registration.accessNeedOther,
        registeredAt: registration.createdAt.toISOString(),
        cancelledAt: registration.cancelledAt?.toISOString() ?? null,
      })),
    };
  },
  async erase(tx, accountId, ctx) {
    // The events' locks first, in one order, as every change of seats takes them.
    const held = await registrationsOfAccount(tx, accountId);
    const events = [...new Set(held.map((row) => row.registration.workshopId))].sort();
    const locked = new Map<string, StoredWorkshop | null>();
    for (const id of events) locked.set(id, await lockWorkshop(tx, id));
    for (const seat of await deleteRegistrationsOfAccount(tx, accountId)) {
      const workshop = locked.get(seat.workshopId);
      if (!workshop || workshop.startsAt.getTime() <= ctx.now.getTime()) continue;
      await fillFreeSeats(tx, workshop.id, seat.mode, capacityOf(workshop.capacities, seat.mode) ?? 0, ctx.now);
    }
    await forgetCreator(tx, accountId);
  },
};
