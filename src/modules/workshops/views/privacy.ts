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
  workshopPhotos: {
    legalBasis: ["e", "a"],
    de: {
      name: "Fotos in der Dokumentation von Veranstaltungen",
      data: "Fotos, die Veranstaltende nach einer Veranstaltung hinzufügen, mit ihrer Beschreibung. Auf Fotos können Menschen zu sehen sein. Jedes Foto wird neu gespeichert, ohne Angaben zu Kamera, Ort und Zeit der Aufnahme. Wer ein Foto hinzugefügt hat, halten wir im Konto und im Protokoll fest.",
      purpose: "Öffentlich zeigen, wie eine Veranstaltung war und was dabei herausgekommen ist.",
      basis:
        "Die Dokumentation der Beteiligung ist eine öffentliche Aufgabe. Ein Foto mit Menschen darf nur hinzugefügt werden, wenn die abgebildeten Personen mit der Veröffentlichung einverstanden sind; das bestätigen die Veranstaltenden beim Hochladen.",
      retention:
        "Fotos bleiben bei der Veranstaltung, bis die Veranstaltenden sie entfernen oder die Veranstaltung gelöscht wird. Wenn Sie Ihr Konto löschen, bleiben Ihre Fotos bei der Veranstaltung, ohne Verbindung zu Ihrem Konto. Wer auf einem Foto zu sehen ist und es nicht mehr zeigen möchte, kann sich an die Veranstaltenden wenden.",
    },
    en: {
      name: "Photos in the documentation of events",
      data: "Photos that organisers add after an event, with their description. Photos can show people. Each photo is stored anew, without details of the camera, the place and the time it was taken. We record who added a photo, with their account and in the log.",
      purpose: "Showing publicly what an event was like and what came out of it.",
      basis:
        "Documenting participation is a public task. A photo showing people may only be added when the people shown agree to the publication; the organisers confirm this when they upload it.",
      retention:
        "Photos stay with the event until the organisers remove them or the event is deleted. When you delete your account, your photos stay with the event, without the link to your account. Anyone shown in a photo who no longer wants it shown can contact the organisers.",
    },
  },
});
