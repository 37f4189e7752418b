import { declarePrivacy } from "../../../platform/contributions/contributions";

/** What the strategy catalogue stores about people: who changed or assessed a measure. */
export const strategyPrivacy = declarePrivacy({
  measureWork: {
    legalBasis: ["e"],
    de: {
      name: "Arbeit an Maßnahmen",
      data: "Wenn Sie als Team einer Maßnahme oder im Strategiebüro eine Maßnahme ändern oder bewerten: jede Fassung mit Ihrem angezeigten Namen, dem Zeitpunkt und dem Inhalt der Änderung; Ihre Bewertungen mit Begründung.",
      purpose:
        "Die Versionsgeschichte jeder Maßnahme ist öffentlich, damit nachvollziehbar ist, wer was wann geändert hat.",
      basis: "Transparenz der öffentlichen Aufgabe Smart-City-Strategie.",
      retention:
        "Solange die Maßnahme besteht. Löschen Sie Ihr Konto, bleiben Fassungen und Bewertungen erhalten und zeigen „gelöschtes Konto“ statt Ihres Namens.",
    },
    en: {
      name: "Work on measures",
      data: "When you change or assess a measure as its team or in the strategy office: every version with your display name, the time and the content of the change; your assessments with their reasons.",
      purpose: "The version history of every measure is public, so that it is clear who changed what and when.",
      basis: "Transparency of the public task, the smart-city strategy.",
      retention:
        "As long as the measure exists. If you delete your account, versions and assessments stay and show “deleted account” instead of your name.",
    },
  },
});
