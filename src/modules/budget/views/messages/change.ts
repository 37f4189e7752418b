import type { Catalogues } from "../../../../platform/i18n/i18n";

/** Changing a ballot cast with a voting code: code and receipt together. */
export const changeMessages: Catalogues = {
  de: {
    "budget.change.link": "Schon mit Code abgestimmt? Stimmzettel ändern",
    "budget.change.title": "Stimmzettel ändern",
    "budget.change.lead":
      "Sie haben mit dem Code aus Ihrem Brief abgestimmt und möchten Ihre Wahl ändern? Das geht bis zum Ende der Abstimmung. Sie brauchen dafür den Code und die Quittung, die Sie nach der Abstimmung bekommen haben. Der neue Stimmzettel ersetzt den alten; es zählt nur der neueste.",
    "budget.change.receiptLabel": "Quittungscode",
    "budget.change.receiptHint": "Die Quittung Ihrer letzten Abgabe: 16 Zeichen, zum Beispiel ABCD-EFGH-JKMN-PQRS.",
    "budget.change.submit": "Weiter zum neuen Stimmzettel",
    "budget.change.note":
      "Sie ändern Ihren Stimmzettel. Der neue ersetzt den alten, sobald Sie ihn bestätigen. Ihre bisherige Auswahl zeigen wir nicht an, damit niemand sonst sie nachsehen kann.",
    "budget.change.receiptFormat": "Der Quittungscode hat 16 Zeichen. Bitte prüfen Sie die Eingabe.",
    "budget.change.wrongPair": "Code und Quittung passen nicht zusammen. Bitte prüfen Sie beide Eingaben.",
    "budget.change.receiptReplaced":
      "Diese Quittung gehört zu einem Stimmzettel, der schon ersetzt wurde. Bitte nehmen Sie die Quittung Ihrer letzten Abgabe.",
    "budget.change.notVotedYet": "Mit diesem Code wurde noch nicht abgestimmt. Sie können ganz normal damit abstimmen.",
    "budget.receipt.changeHint":
      "Bis zum Ende der Abstimmung können Sie Ihren Stimmzettel noch ändern: mit dem Code aus Ihrem Brief und dieser Quittung.",
  },
  en: {
    "budget.change.link": "Already voted with a code? Change your ballot",
    "budget.change.title": "Change your ballot",
    "budget.change.lead":
      "You voted with the code from your letter and want to change your choice? You can do so until voting closes. You need the code and the receipt you got after voting. The new ballot replaces the old one; only the newest counts.",
    "budget.change.receiptLabel": "Receipt code",
    "budget.change.receiptHint": "The receipt of your last ballot: 16 characters, for example ABCD-EFGH-JKMN-PQRS.",
    "budget.change.submit": "Go to the new ballot",
    "budget.change.note":
      "You are changing your ballot. The new one replaces the old one as soon as you confirm it. We do not show your earlier choice, so that nobody else can look it up.",
    "budget.change.receiptFormat": "The receipt code has 16 characters. Please check what you typed.",
    "budget.change.wrongPair": "The code and the receipt do not belong together. Please check both.",
    "budget.change.receiptReplaced":
      "This receipt belongs to a ballot that has already been replaced. Please use the receipt of your last ballot.",
    "budget.change.notVotedYet": "Nobody has voted with this code yet. You can simply vote with it.",
    "budget.receipt.changeHint":
      "Until voting closes you can still change your ballot: with the code from your letter and this receipt.",
  },
};
