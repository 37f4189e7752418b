import type { Catalogues } from "../../../platform/i18n/i18n";

/** The texts of calling an event off: the organisers' page, the mail to participants, the notice. */
export const callOffMessages: Catalogues = {
  de: {
    "workshops.organiser.callOff": "Veranstaltung absagen",
    "workshops.callOff.title": "„{title}“ absagen",
    "workshops.callOff.lead":
      "Alle {count} Angemeldeten und Wartenden bekommen eine E-Mail, dass die Veranstaltung ausfällt, mit einem Kalendereintrag, der den Termin aus ihrem Kalender nimmt. Wer der Veranstaltung folgt, wird benachrichtigt.",
    "workshops.callOff.final":
      "Eine Absage lässt sich nicht zurücknehmen. Soll die Veranstaltung an einem anderen Tag stattfinden, legen Sie bitte eine neue an.",
    "workshops.callOff.confirm": "Ja, ich sage die Veranstaltung ab.",
    "workshops.callOff.submit": "Veranstaltung absagen",
    "workshops.callOff.back": "Zurück zur Veranstaltung",
    "workshops.notice.calledOff":
      "Die Veranstaltung ist abgesagt. Alle Angemeldeten und Wartenden werden per E-Mail informiert.",
    "workshops.errors.callOffConfirm": "Bitte bestätigen Sie, dass Sie die Veranstaltung absagen möchten.",
    "workshops.errors.alreadyCalledOff": "Diese Veranstaltung ist bereits abgesagt.",
    "workshops.errors.callOffStarted": "Die Veranstaltung hat schon begonnen und kann nicht mehr abgesagt werden.",
    "workshops.mail.calledOff.subject": "Eine Veranstaltung fällt aus",
    "workshops.mail.calledOff.text":
      "Leider fällt die Veranstaltung „{title}“ aus. Sie waren dafür angemeldet oder standen auf der Warteliste. Sie müssen nichts weiter tun.",
    "workshops.mail.calledOff.calendar":
      "Im Anhang finden Sie eine Absage für Ihren Kalender: Öffnen Sie sie, nimmt Ihr Kalender den Termin heraus.",
    "workshops.notification.calledOff": "„{title}“ ist abgesagt.",
  },
  en: {
    "workshops.organiser.callOff": "Call the event off",
    "workshops.callOff.title": "Call off “{title}”",
    "workshops.callOff.lead":
      "All {count} people registered or waiting get an e-mail saying the event will not take place, with a calendar entry that takes it out of their calendar. Followers of the event are notified.",
    "workshops.callOff.final":
      "Calling an event off cannot be undone. If it is to take place on another day, please create a new event.",
    "workshops.callOff.confirm": "Yes, I am calling this event off.",
    "workshops.callOff.submit": "Call the event off",
    "workshops.callOff.back": "Back to the event",
    "workshops.notice.calledOff": "The event has been called off. Everyone registered or waiting is told by e-mail.",
    "workshops.errors.callOffConfirm": "Please confirm that you want to call the event off.",
    "workshops.errors.alreadyCalledOff": "This event has already been called off.",
    "workshops.errors.callOffStarted": "The event has already started and can no longer be called off.",
    "workshops.mail.calledOff.subject": "An event has been called off",
    "workshops.mail.calledOff.text":
      "Unfortunately, “{title}” will not take place. You were registered or on the waiting list. You do not need to do anything.",
    "workshops.mail.calledOff.calendar":
      "Attached is a cancellation for your calendar: open it and your calendar takes the event out.",
    "workshops.notification.calledOff": "“{title}” has been called off.",
  },
};
