import type { Catalogues } from "../../../platform/i18n/i18n";

/** Names of the workshops module's actions in the audit log, by action code. */
export const workshopsAuditLabels: Catalogues = {
  de: {
    "workshops.create": "Veranstaltung angelegt",
    "workshops.edit": "Veranstaltung geändert",
    "workshops.document": "Teilnahme und Ergebnisse einer Veranstaltung festgehalten",
    "workshops.callOff": "Veranstaltung abgesagt",
    "workshops.photo.add": "Foto zur Dokumentation einer Veranstaltung hinzugefügt",
    "workshops.photo.remove": "Foto aus der Dokumentation einer Veranstaltung entfernt",
    "workshops.registration.create": "Für eine Veranstaltung angemeldet",
    "workshops.registration.cancel": "Anmeldung zu einer Veranstaltung zurückgegeben",
    "workshops.remind": "Erinnerungen an eine Veranstaltung verschickt",
    "workshops.eraseAccessNeeds": "Angaben zur Barrierefreiheit nach einer Veranstaltung gelöscht",
  },
  en: {
    "workshops.create": "Event created",
    "workshops.edit": "Event changed",
    "workshops.document": "Attendance and results of an event recorded",
    "workshops.callOff": "Event called off",
    "workshops.photo.add": "Photo added to an event's documentation",
    "workshops.photo.remove": "Photo removed from an event's documentation",
    "workshops.registration.create": "Registered for an event",
    "workshops.registration.cancel": "Registration for an event given back",
    "workshops.remind": "Reminders of an event sent",
    "workshops.eraseAccessNeeds": "Access needs erased after an event",
  },
};
