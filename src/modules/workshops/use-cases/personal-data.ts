import type { PersonalDataHook } from "../../../platform/personal-data/hook";
import { eraseRegistrations, exportRegistrations } from "../data/personal-data";
import { queueRegistrationMails } from "./registration-mail";

/**
 * Workshops' part in "download my data" and "delete my account". Registrations (with the access
 * needs still kept) are the person's own data: exported whole, and deleted with the account. Whoever
 * moves up into a seat freed that way is told by mail with the calendar file, as after a cancellation.
 */
export const workshopsPersonalData: PersonalDataHook = {
  export: (db, accountId) => exportRegistrations(db, accountId),
  async erase(tx, accountId, ctx) {
    const moved = await eraseRegistrations(tx, accountId, ctx.now);
    const afterCommit = ctx.afterCommit;
    if (!afterCommit) return;
    for (const { workshop, movedUp } of moved)
      await queueRegistrationMails(
        { deps: ctx.deps, tx, afterCommit },
        workshop,
        movedUp.map((registration) => ({ registration, kind: "movedUp" as const })),
      );
  },
};
