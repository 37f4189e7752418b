import type { Catalogues } from "../../../platform/i18n/i18n";

/** Names of the citizen budget's actions in the audit log, by action code. */
export const budgetAuditLabels: Catalogues = {
  de: {
    "budget.create": "Bürger:innenhaushalt angelegt",
    "budget.edit": "Bürger:innenhaushalt geändert",
    "budget.phase": "Nächste Phase begonnen",
    "budget.propose": "Projekt vorgeschlagen",
    "budget.review": "Vorschlag geprüft",
    "budget.project.measure": "Gefördertes Projekt als Maßnahme übernommen",
    "budget.codes": "Abstimmungscodes erzeugt",
    "budget.ballot.cast": "Stimme abgegeben",
    "budget.ballot.replace": "Stimme geändert",
  },
  en: {
    "budget.create": "Citizen budget created",
    "budget.edit": "Citizen budget changed",
    "budget.phase": "Next phase started",
    "budget.propose": "Project proposed",
    "budget.review": "Proposal reviewed",
    "budget.project.measure": "Funded project taken over as a measure",
    "budget.codes": "Voting codes generated",
    "budget.ballot.cast": "Ballot cast",
    "budget.ballot.replace": "Ballot changed",
  },
};
