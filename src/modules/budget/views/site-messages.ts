import type { Catalogues } from "../../../platform/i18n/i18n";

/** Texts the budget adds to the home page, the office's start page and the open-data page. */
export const budgetSiteMessages: Catalogues = {
  de: {
    "budget.site.group": "Bürger:innenhaushalt",
    "budget.site.votingBadge": "Abstimmung läuft",
    "budget.site.votingText": "Stimmen Sie ab – bis zum {date}.",
    "budget.site.proposalsBadge": "Vorschläge gesucht",
    "budget.site.proposalsText": "Reichen Sie Ihre Idee ein – bis zum {date}.",
    "budget.site.reviewTask": "Vorschläge prüfen: {budget}",
    "budget.site.reviewOne": "1 Vorschlag wartet auf die Prüfung.",
    "budget.site.reviewMany": "{count} Vorschläge warten auf die Prüfung.",
    "budget.site.closeTask": "Abstimmung beenden: {budget}",
    "budget.site.closeText": "Die Abstimmung läuft bis zum {date}; danach werden die Ergebnisse veröffentlicht.",
    "budget.site.resultsTitle": "Ergebnisse: {budget}",
    "budget.site.resultsText": "Alle Vorschläge mit Kosten, Stimmen und ob sie gefördert werden.",
    "budget.site.resultsCsv": "Ergebnisse als Tabelle",
    "budget.site.resultsPb": "Abstimmung im pabulib-Format (erster Bereich)",
  },
  en: {
    "budget.site.group": "Citizen budget",
    "budget.site.votingBadge": "Voting open",
    "budget.site.votingText": "Cast your vote – until {date}.",
    "budget.site.proposalsBadge": "Ideas wanted",
    "budget.site.proposalsText": "Send in your idea – until {date}.",
    "budget.site.reviewTask": "Review proposals: {budget}",
    "budget.site.reviewOne": "1 proposal is waiting for review.",
    "budget.site.reviewMany": "{count} proposals are waiting for review.",
    "budget.site.closeTask": "Close the vote: {budget}",
    "budget.site.closeText": "Voting is open until {date}; then the results are published.",
    "budget.site.resultsTitle": "Results: {budget}",
    "budget.site.resultsText": "Every proposal with its cost, its votes and whether it is funded.",
    "budget.site.resultsCsv": "Results as a table",
    "budget.site.resultsPb": "The vote in the pabulib format (first area)",
  },
};
