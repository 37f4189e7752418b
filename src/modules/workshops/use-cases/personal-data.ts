import type { PersonalDataHook } from "../../../platform/personal-data/hook";
import { eraseRegistrations, exportRegistrations } from "../data/personal-data";
import { forgetUploader, photosUploadedBy } from "../data/photos";
import { queueRegistrationMails } from "./registration-mail";

/**
 * Workshops' part in "download my data" and "delete my account". Registrations (with the access
 * needs still kept) are the person's own data: exported whole, and deleted with the account. Whoever
 * moves up into a seat freed that way is told by mail with the calendar file, as after a cancellation.
 * Photos a person added to an event's documentation are listed (not their bytes); with the account
 * they stay with the event, without the link to the account.
 */
export const workshopsPersonalData: PersonalDataHook = {
  async export(db, accountId) {
    const [registrations, photos] = await Promise.all([
      exportRegistrations(db, accountId),
      photosUploadedBy(db, accountId),
    ]);
    if (photos.length === 0) return registrations;
    return {
      ...((registrations as Record<string, unknown> | null) ?? {}),
      photos: photos.map((p) => ({ event: p.event, description: p.description, addedAt: p.createdAt.toISOString() })),
    };
  },
  async erase(tx, accountId, ctx) {
    await forgetUploader(tx, accountId);
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
