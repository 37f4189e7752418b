import { declarePrivacy } from "../../../platform/contributions/contributions";

/** What the notifications module stores: what a person follows, their notifications and mail choice. */
export const notificationsPrivacy = declarePrivacy({
  notificationFollows: {
    legalBasis: ["a"],
    de: {
      name: "Beiträge, denen Sie folgen",
      data: "Welchen Beiträgen Sie folgen und seit wann, verbunden mit Ihrem Konto. Andere sehen nur, wie viele Personen einem Beitrag folgen, nicht wer.",
      purpose: "Sie über Neues bei diesen Beiträgen zu informieren.",
      basis: "Ihre Einwilligung: Sie folgen selbst und beenden das jederzeit mit „Nicht mehr folgen“.",
      retention: "Bis Sie nicht mehr folgen oder Ihr Konto löschen.",
    },
    en: {
      name: "Contributions you follow",
      data: "Which contributions you follow and since when, linked to your account. Others see only how many people follow a contribution, not who.",
      purpose: "Telling you what is new in these contributions.",
      basis: "Your consent: you follow yourself and end it at any time with “Stop following”.",
      retention: "Until you stop following or delete your account.",
    },
  },
  notifications: {
    legalBasis: ["e"],
    de: {
      name: "Benachrichtigungen und E-Mails dazu",
      data: "Die Benachrichtigungen an Sie (was geschah, bei welchem Beitrag, wann, ob gelesen), Ihre Wahl der E-Mails (jede, Zusammenfassung oder keine), die Zahl der E-Mails am jeweiligen Tag und wann Ihnen eine Zusammenfassung geschickt wurde. Die E-Mails selbst stehen im Postausgang der Plattform.",
      purpose:
        "Sie über Antworten und Neuigkeiten zu Ihren Beiträgen und denen, denen Sie folgen, zu informieren – ohne Sie mit E-Mails zu überhäufen.",
      basis: "Öffentliche Aufgabe Beteiligung: wer sich beteiligt, erfährt, was aus dem Beitrag wird.",
      retention:
        "Benachrichtigungen ein Jahr lang, Ihre Einstellung bis Sie Ihr Konto löschen; dann wird alles gelöscht. E-Mails bestellen Sie mit dem Link in jeder E-Mail ab.",
    },
    en: {
      name: "Notifications and their e-mails",
      data: "The notifications to you (what happened, to which contribution, when, whether read), your choice of e-mails (each, summary or none), the number of e-mails on the current day and when a summary was sent to you. The e-mails themselves are kept in the platform's outbox.",
      purpose:
        "Telling you about answers and news on your contributions and those you follow – without flooding you with e-mails.",
      basis: "Public task, participation: whoever takes part learns what becomes of the contribution.",
      retention:
        "Notifications for one year, your setting until you delete your account; then everything is deleted. Unsubscribe from e-mails with the link in every e-mail.",
    },
  },
});
