import type { Catalogues } from "../../../../platform/i18n/i18n";

/** Editing a budget after it was set up. */
export const editMessages: Catalogues = {
  de: {
    "budget.edit.link": "Haushalt bearbeiten",
    "budget.edit.title": "Bearbeiten: {title}",
    "budget.edit.lead":
      "Texte können Sie jederzeit ändern. Regel, Stimmzettel und Beträge nur, bis die Abstimmung beginnt. Ein Termin lässt sich verschieben, solange seine Phase noch nicht begonnen hat.",
    "budget.edit.ballotHeading": "Regel, Stimmzettel und Beträge",
    "budget.edit.ballotFixed":
      "Die Abstimmung hat begonnen. Regel, Stimmzettel und Beträge bleiben jetzt, wie sie sind, damit alle Stimmen nach denselben Regeln zählen.",
    "budget.edit.amountOf": "Betrag in Euro: {heading}",
    "budget.edit.datesHeading": "Termine",
    "budget.edit.started": "{phase}: hat am {date} begonnen (bleibt so)",
    "budget.edit.submit": "Änderungen speichern",
    "budget.edit.ballotLocked":
      "Das kann nicht mehr geändert werden: Die Abstimmung hat begonnen. So zählen alle Stimmen nach denselben Regeln.",
    "budget.edit.dateStarted": "Diese Phase hat schon begonnen; ihr Termin bleibt.",
    "budget.edit.datePast":
      "Dieser Termin liegt nicht in der Zukunft. Um eine Phase sofort zu beginnen, nutzen Sie auf der Verwaltungsseite den Knopf für die nächste Phase.",
    "budget.notice.edited": "Die Änderungen sind gespeichert.",
  },
  en: {
    "budget.edit.link": "Edit budget",
    "budget.edit.title": "Edit: {title}",
    "budget.edit.lead":
      "You can change the texts at any time. Rule, ballot and amounts only until voting starts. A date can move as long as its phase has not started.",
    "budget.edit.ballotHeading": "Rule, ballot and amounts",
    "budget.edit.ballotFixed":
      "Voting has started. Rule, ballot and amounts now stay as they are, so that every vote counts by the same rules.",
    "budget.edit.amountOf": "Amount in euros: {heading}",
    "budget.edit.datesHeading": "Dates",
    "budget.edit.started": "{phase}: started on {date} (stays)",
    "budget.edit.submit": "Save changes",
    "budget.edit.ballotLocked":
      "This can no longer be changed: voting has started. So every vote counts by the same rules.",
    "budget.edit.dateStarted": "This phase has already started; its date stays.",
    "budget.edit.datePast":
      "This date is not in the future. To start a phase at once, use the button for the next phase on the management page.",
    "budget.notice.edited": "The changes have been saved.",
  },
};
