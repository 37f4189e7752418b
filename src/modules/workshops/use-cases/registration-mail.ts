import type { Executor } from "../../../platform/db/database";
import type { Deps } from "../../../platform/deps";
import { translator } from "../../../platform/i18n/i18n";
import { cancelToken } from "../data/cancel-token";
import { participantsAmong } from "../data/participants";
import type { StoredRegistration } from "../data/registrations";
import { type Participant, type StoredWorkshop, workshopPath } from "../domain/workshop";
import { type RegistrationMailKind, registrationMail } from "../views/mails";
import { CALENDAR_CONTENT_TYPE, CALENDAR_FILE_NAME, personalCalendar } from "./calendar-files";

/** The personal cancel link of a registration (absolute, for mails and the event's page). */
export async function cancelUrl(deps: Deps, db: Executor, registrationId: string): Promise<string> {
  const token = await cancelToken(db, registrationId, deps.random);
  return `${deps.config.baseUrl}/workshops/cancel?token=${encodeURIComponent(token)}`;
}

function placeOf(workshop: StoredWorkshop, registration: StoredRegistration, participant: Participant): string {
  const t = translator(participant.locale);
  return registration.mode === "online" ? t("workshops.calendar.online") : (workshop.venue ?? "");
}

/**
 * Queues the mails about registrations in the caller's transaction (they are never lost) and hands
 * their delivery to `afterCommit`. A seat comes with the event as a calendar file; a place on the
 * waiting list does not, since the person may not come. Accounts without a confirmed address get none.
 */
export async function queueRegistrationMails(
  ctx: { deps: Deps; tx: Executor; afterCommit: (effect: () => Promise<void>) => void },
  workshop: StoredWorkshop,
  mails: ReadonlyArray<{ registration: StoredRegistration; kind: RegistrationMailKind; waitingPlace?: number }>,
): Promise<void> {
  const { deps, tx } = ctx;
  const people = await participantsAmong(
    tx,
    mails.map((mail) => mail.registration.accountId),
  );
  for (const { registration, kind, waitingPlace } of mails) {
    const participant = people.get(registration.accountId);
    if (!participant?.mailTo) continue;
    const content = registrationMail(kind, participant, {
      title: workshop.title,
      startsAt: workshop.startsAt,
      endsAt: workshop.endsAt,
      place: placeOf(workshop, registration, participant),
      pageUrl: `${deps.config.baseUrl}${workshopPath(workshop.id)}`,
      cancelUrl: await cancelUrl(deps, tx, registration.id),
      waitingPlace,
      timeZone: deps.city.timeZone,
    });
    const attachments =
      kind === "waiting"
        ? undefined
        : [
            {
              filename: CALENDAR_FILE_NAME,
              contentType: CALENDAR_CONTENT_TYPE,
              content: personalCalendar(deps, workshop, participant.locale),
            },
          ];
    ctx.afterCommit(
      await deps.mailer.queue(tx, { to: participant.mailTo, userId: participant.id, ...content, attachments }),
    );
  }
}
