import { declarePrivacy } from "../../../platform/contributions/contributions";

/** What the participation module stores about people. */
export const participationPrivacy = declarePrivacy({
  participationInvitations: {
    legalBasis: ["e"],
    de: {
      name: "Einladungen zu Beteiligungsverfahren",
      data: "Ihr Konto, das Verfahren, zu dem die Geschäftsstelle Sie eingeladen hat, und wann. Die Geschäftsstelle sieht dafür Ihre E-Mail-Adresse.",
      purpose:
        "Bei Verfahren, an denen nur eingeladene Personen teilnehmen (zum Beispiel die Mitglieder eines Gremiums), prüfen, ob Sie teilnehmen können.",
      basis: "Die Beteiligung an der Strategie ist eine öffentliche Aufgabe.",
      retention: "Solange das Verfahren besteht. Wenn Sie Ihr Konto löschen, löschen wir die Einladung sofort.",
    },
    en: {
      name: "Invitations to participation processes",
      data: "Your account, the process the strategy office invited you to, and when. For this the office sees your e-mail address.",
      purpose:
        "For processes only invited people take part in (for example the members of a panel), checking that you can take part.",
      basis: "Taking part in the strategy is a public task.",
      retention: "As long as the process exists. When you delete your account, we delete the invitation at once.",
    },
  },
  participationCommentSupports: {
    legalBasis: ["e"],
    de: {
      name: "Unterstützung von Kommentaren zu Entwürfen",
      data: "Ihr Konto, der Kommentar, den Sie unterstützen, und wann. Öffentlich ist nur die Zahl der Unterstützungen, nicht wer unterstützt.",
      purpose: "Zeigen, welche Hinweise zu einem Entwurf vielen wichtig sind, und jede Person nur einmal zählen.",
      basis: "Die Beteiligung an der Strategie ist eine öffentliche Aufgabe.",
      retention: "Bis Sie die Unterstützung zurücknehmen oder Ihr Konto löschen; dann zählt sie nicht mehr.",
    },
    en: {
      name: "Support for comments on drafts",
      data: "Your account, the comment you support, and when. Only the number of supports is public, not who supports.",
      purpose: "Showing which remarks on a draft matter to many, and counting each person once.",
      basis: "Taking part in the strategy is a public task.",
      retention: "Until you withdraw the support or delete your account; then it no longer counts.",
    },
  },
  participationSurveyAnswers: {
    legalBasis: ["e"],
    de: {
      name: "Antworten auf Umfragen",
      data: "Ihre Antworten und wann Sie sie abgegeben haben. Bei Umfragen mit Konto zusätzlich Ihr Konto, damit jede Person nur einmal antwortet. Bei anonymen Umfragen speichern wir keinen Bezug zu einem Konto, nur eine nicht rückverfolgbare Kennung Ihres Browsers, damit niemand mehrfach antwortet.",
      purpose:
        "Die Umfrage auswerten und die Ergebnisse veröffentlichen. Veröffentlicht werden nur zusammengefasste Ergebnisse und freie Antworten ohne Namen; die Geschäftsstelle kann unpassende freie Antworten ausblenden.",
      basis: "Die Beteiligung an der Strategie ist eine öffentliche Aufgabe. Die Teilnahme ist freiwillig.",
      retention:
        "Die Antworten bleiben Teil der Ergebnisse. Wenn Sie Ihr Konto löschen, entfernen wir den Bezug zu Ihrem Konto; die Antworten zählen dann anonym weiter.",
    },
    en: {
      name: "Answers to surveys",
      data: "Your answers and when you gave them. For surveys with an account also your account, so that each person answers once. For anonymous surveys we store no link to any account, only an untraceable identifier of your browser, so that nobody answers twice.",
      purpose:
        "Evaluating the survey and publishing the results. Only summarised results and free-text answers without names are published; the strategy office can hide unsuitable free-text answers.",
      basis: "Taking part in the strategy is a public task. Taking part is voluntary.",
      retention:
        "The answers remain part of the results. When you delete your account, we remove the link to your account; the answers then keep counting anonymously.",
    },
  },
  participationSurveyProfiles: {
    legalBasis: ["a"],
    de: {
      name: "Freiwillige Angaben zur Person bei Umfragen",
      data: "Wenn Sie möchten: Ihre Gruppe (zum Beispiel Zivilgesellschaft oder Wirtschaft), Ihr Bezirk und Ihre Altersgruppe. Jede Angabe kann leer bleiben. Sie werden getrennt von den Antworten gespeichert.",
      purpose:
        "Die Auswertung nach Gruppen, Bezirken und Altersgruppen aufschlüsseln, damit sichtbar wird, wer erreicht wurde und wer nicht. Veröffentlicht werden nur Zahlen für Gruppen, nie einzelne Angaben.",
      basis: "Ihre Einwilligung: Die Angaben sind freiwillig.",
      retention:
        "Solange die Ergebnisse der Umfrage bestehen. Wenn Sie Ihr Konto löschen, löschen wir die Angaben zu Ihren Antworten mit Konto.",
    },
    en: {
      name: "Optional details about yourself in surveys",
      data: "If you like: your group (for example civil society or business), your district and your age group. Each detail may stay empty. They are stored apart from the answers.",
      purpose:
        "Breaking the evaluation down by group, district and age group, so that it shows who was reached and who was not. Only numbers for groups are published, never single details.",
      basis: "Your consent: the details are voluntary.",
      retention:
        "As long as the survey's results exist. When you delete your account, we delete the details given with your answers with an account.",
    },
  },
});
