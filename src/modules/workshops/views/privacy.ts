import { declarePrivacy } from "../../../platform/contributions/contributions";

/** What the workshops module stores about people. */
export const workshopsPrivacy = declarePrivacy({
  workshopRegistrations: {
    legalBasis: ["e", "a"],
    de: {
      name: "Anmeldungen zu Veranstaltungen",
      data: "Ihr Konto, die Veranstaltung, ob Sie vor Ort oder online teilnehmen, Ihr Platz oder Ihre Stelle auf der Warteliste, die gewählte Kleingruppe und wann Sie sich an- und abgemeldet haben. Freiwillig: was Sie zum Teilnehmen brauchen (zum Beispiel Gebärdensprache oder Kinderbetreuung). Die Veranstaltenden sehen davon nur Anzahlen, keine Namen.",
      purpose:
        "Plätze fair vergeben, die Warteliste führen, Sie über Ihre Anmeldung und die Veranstaltung informieren und die Veranstaltung so vorbereiten, dass Sie teilnehmen können.",
      basis:
        "Die Beteiligung an der Strategie ist eine öffentliche Aufgabe. Angaben zu Ihren Bedarfen machen Sie freiwillig, mit Ihrer Einwilligung.",
      retention:
        "Die Angaben zu Ihren Bedarfen löschen wir kurz nach der Veranstaltung (nach der eingestellten Zahl von Tagen, in der Regel 14). Die Anmeldung selbst löschen wir, wenn Sie Ihr Konto löschen.",
    },
    en: {
      name: "Registrations for events",
      data: "Your account, the event, whether you take part on site or online, your place or your position on the waiting list, the small group you chose and when you registered and gave back. Optional: what you need to take part (for example sign language or childcare). The organisers see only numbers of these, no names.",
      purpose:
        "Giving out places fairly, keeping the waiting list, telling you about your registration and the event, and preparing the event so that you can take part.",
      basis:
        "Taking part in the strategy is a public task. You give details of your needs voluntarily, with your consent.",
      retention:
        "We delete the details of your needs shortly after the event (after the set number of days, usually 14). We delete the registration itself when you delete your account.",
    },
  },
});
