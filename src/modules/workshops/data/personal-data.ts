import type { Executor } from "../../../platform/db/database";
import { capacityOf, type StoredWorkshop } from "../domain/workshop";
import {
  deleteRegistrationsOfAccount,
  fillFreeSeats,
  forgetCreator,
  lockWorkshop,
  registrationsOfAccount,
  type StoredRegistration,
} from "./registrations";

/** A person's registrations as they download them ("download my data"), or null when there are none. */
export async function exportRegistrations(db: Executor, accountId: string): Promise<unknown> {
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
}

/**
 * Deletes a person's registrations with their account. A seat freed before the event goes to the
 * first on the waiting list, as with a cancellation; answers who moved up, per event, for their
 * mails. Events the person created stay, without the link to the account.
 */
export async function eraseRegistrations(
  tx: Executor,
  accountId: string,
  now: Date,
): Promise<Array<{ workshop: StoredWorkshop; movedUp: StoredRegistration[] }>> {
  // The events' locks first, in one order, as every change of seats takes them.
  const held = await registrationsOfAccount(tx, accountId);
  const events = [...new Set(held.map((row) => row.registration.workshopId))].sort();
  const locked = new Map<string, StoredWorkshop | null>();
  for (const id of events) locked.set(id, await lockWorkshop(tx, id));
  const moved: Array<{ workshop: StoredWorkshop; movedUp: StoredRegistration[] }> = [];
  for (const seat of await deleteRegistrationsOfAccount(tx, accountId)) {
    const workshop = locked.get(seat.workshopId);
    if (!workshop || workshop.startsAt.getTime() <= now.getTime()) continue;
    const movedUp = await fillFreeSeats(
      tx,
      workshop.id,
      seat.mode,
      capacityOf(workshop.capacities, seat.mode) ?? 0,
      now,
    );
    if (movedUp.length > 0) moved.push({ workshop, movedUp });
  }
  await forgetCreator(tx, accountId);
  return moved;
}
