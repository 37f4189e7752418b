import { type MailContent, renderMail } from "../../../platform/mail";
import type { Participant } from "../domain/workshop";
import { formatWhen } from "./format";

/**
 * What a participant's mail says: a seat, a place on the waiting list, a seat after waiting, a
 * reminder, or that the event was called off.
 */
export type RegistrationMailKind = "registered" | "waiting" | "movedUp" | "reminder" | "calledOff";

export interface RegistrationMailFacts {
  title: string;
  startsAt: Date;
  endsAt: Date;
  /** The venue's address or the word for an online event, in the participant's language. */
  place: string;
  pageUrl: string;
  cancelUrl: string;
  /** Place on the waiting list (1 = next), for the waiting mail. */
  waitingPlace?: number;
  /** The city's time zone, in which the mail gives the event's day and times. */
  timeZone: string;
}

/** A mail to a participant about their registration, in their language, with the event's facts. */
export function registrationMail(
  kind: RegistrationMailKind,
  to: Participant,
  facts: RegistrationMailFacts,
): MailContent {
  const params = { title: facts.title, when: formatWhen(facts, to.locale, facts.timeZone), place: facts.place };
  return renderMail({
    locale: to.locale,
    subject: `workshops.mail.${kind}.subject`,
    greetingName: to.displayName,
    paragraphs: [
      {
        key: `workshops.mail.${kind}.text`,
        params: { ...params, place: facts.place, number: facts.waitingPlace ?? 0 },
      },
      { key: "workshops.mail.facts", params },
      ...(kind === "waiting"
        ? []
        : [{ key: kind === "calledOff" ? "workshops.mail.calledOff.calendar" : "workshops.mail.calendarAttached" }]),
    ],
    action: { label: "workshops.mail.pageLink", url: facts.pageUrl },
    // Nothing is left to give back once the event is called off.
    after: kind === "calledOff" ? [] : [{ key: "workshops.mail.cancel", params: { url: facts.cancelUrl } }],
  });
}
