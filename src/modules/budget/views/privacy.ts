import { declarePrivacy } from "../../../platform/contributions/contributions";

/** What the citizen budget stores: proposals, ballots, voting codes and receipts, where a voter may vote. */
export const budgetPrivacy = declarePrivacy({
  budgetProposals: {
    legalBasis: ["e"],
    de: {
      name: "Vorschläge im Bürger:innenhaushalt",
      data: "Titel, Beschreibung, geschätzte Kosten und Handlungsfelder Ihres Vorschlags, verbunden mit Ihrem Konto; die Prüfung der Verwaltung mit Begründung.",
      purpose: "Vorschläge sammeln, prüfen und zur Abstimmung stellen. Vorschläge sind öffentlich, ohne Ihren Namen.",
      basis: "Öffentliche Aufgabe Bürger:innenhaushalt.",
      retention:
        "Solange der Haushalt besteht. Löschen Sie Ihr Konto, bleibt der Vorschlag ohne Verbindung zu Ihnen erhalten.",
    },
    en: {
      name: "Proposals in the citizen budget",
      data: "Title, description, estimated cost and fields of action of your proposal, linked to your account; the office's review with its reason.",
      purpose:
        "Collecting proposals, reviewing them and putting them to the vote. Proposals are public, without your name.",
      basis: "Public task, the citizen budget.",
      retention: "As long as the budget exists. If you delete your account, the proposal stays without a link to you.",
    },
  },
  budgetBallots: {
    legalBasis: ["e"],
    de: {
      name: "Stimmzettel und Quittungen",
      data: "Ihre Auswahl je Bereich, der Zeitpunkt und eine Quittungsnummer (nur als Hash). Der Stimmzettel ist unter einem Schlüssel gespeichert, der weder Ihr Konto noch Ihren Code enthält; niemand in der Verwaltung sieht, wie Sie abgestimmt haben.",
      purpose:
        "Zählen der Stimmen; mit der Quittung prüfen Sie selbst, dass Ihr Stimmzettel mitgezählt wurde. Ändern Sie Ihre Stimme, zählt nur der neueste Stimmzettel.",
      basis: "Öffentliche Aufgabe Bürger:innenhaushalt.",
      retention:
        "Stimmzettel bleiben als Teil des Ergebnisses erhalten. Löschen Sie Ihr Konto, zählt Ihr Stimmzettel unter einem neuen Zufallsschlüssel weiter und ist mit niemandem mehr verbunden.",
    },
    en: {
      name: "Ballots and receipts",
      data: "Your choice per area, the time and a receipt number (only as a hash). The ballot is stored under a key that contains neither your account nor your code; nobody in the administration sees how you voted.",
      purpose:
        "Counting the votes; with the receipt you check yourself that your ballot was counted. If you change your vote, only the newest ballot counts.",
      basis: "Public task, the citizen budget.",
      retention:
        "Ballots stay as part of the result. If you delete your account, your ballot keeps counting under a new random key and is linked to nobody.",
    },
  },
  budgetVotingCodes: {
    legalBasis: ["e"],
    de: {
      name: "Abstimmungscodes",
      data: "Die Codes aus den Briefen der Verwaltung, nur als Hash, mit dem Bereich und dem Zeitpunkt der Nutzung. Die Briefe selbst (mit Namen und Anschrift) erstellt die Verwaltung; die Plattform speichert sie nicht.",
      purpose: "Jede Person stimmt mit ihrem Code genau einmal ab, ohne Konto.",
      basis: "Öffentliche Aufgabe Bürger:innenhaushalt.",
      retention: "Solange der Haushalt besteht. Aus dem Hash lässt sich weder der Code noch die Person zurückgewinnen.",
    },
    en: {
      name: "Voting codes",
      data: "The codes of the office's letters, only as hashes, with the area and the time of use. The office makes the letters themselves (with names and addresses); the platform does not store them.",
      purpose: "Each person votes exactly once with their code, without an account.",
      basis: "Public task, the citizen budget.",
      retention: "As long as the budget exists. Neither the code nor the person can be recovered from the hash.",
    },
  },
  budgetEligibility: {
    legalBasis: ["e"],
    de: {
      name: "Wo Sie abstimmen dürfen",
      data: "Je Haushalt, wenn Sie mit Ihrem Konto abstimmen: der Bereich (Bezirk), in dem Sie wohnen – selbst erklärt, mit einem Prüfbrief oder mit dem Verzeichnis der Verwaltung bestätigt –, unter einem Schlüssel, der Ihr Konto nicht enthält. Prüfbriefe: nur der Hash des Codes. Verzeichnis: Die Verwaltung lädt Name, Geburtsdatum und Postleitzahl der Berechtigten hoch; gespeichert wird nur ein Prüfwert (ein Hash mit einem Zufallswert des Haushalts), nie der Text. Was Sie im Formular eingeben, wird nur verglichen.",
      purpose: "Damit jede Person nur in ihrem Bereich abstimmt. Welche Prüfung gilt, steht bei jedem Haushalt.",
      basis:
        "Öffentliche Aufgabe Bürger:innenhaushalt. Für das Verzeichnis nutzt die Verwaltung Daten, die sie nach ihren eigenen Vorschriften führt.",
      retention:
        "Das Verzeichnis und unbenutzte Prüfcodes löscht die Software stündlich, sobald die Abstimmung geendet hat. Ihre Angabe zum Bereich bleibt als Teil der Abstimmung und wird gelöscht, wenn Sie Ihr Konto löschen.",
    },
    en: {
      name: "Where you may vote",
      data: "Per budget, when you vote with your account: the area (district) where you live – declared yourself, or confirmed with a verification letter or the office's list –, under a key that does not contain your account. Verification letters: only the hash of the code. List: the office uploads name, date of birth and postcode of the people who may vote; only a check value (a hash with a random value of the budget) is stored, never the text. What you enter in the form is only compared.",
      purpose: "So that everybody votes only in their own area. Each budget says which check applies.",
      basis: "Public task, the citizen budget. For the list, the office uses data it keeps under its own rules.",
      retention:
        "The software deletes the list and unused verification codes within an hour after voting has ended. What you gave as your area stays as part of the vote and is deleted when you delete your account.",
    },
  },
});
