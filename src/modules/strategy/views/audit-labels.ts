import type { Catalogues } from "../../../platform/i18n/i18n";

/** Names of the strategy catalogue's actions in the audit log, by action code. */
export const strategyAuditLabels: Catalogues = {
  de: {
    "strategy.catalogue.import": "Strategie importiert",
    "strategy.measure.create": "Maßnahme angelegt",
    "strategy.measure.edit": "Angaben einer Maßnahme geändert",
    "strategy.measure.editTexts": "Texte einer Maßnahme geändert",
    "strategy.measure.editTeam": "Team einer Maßnahme geändert",
    "strategy.measure.changeStatus": "Stand einer Maßnahme geändert",
    "strategy.measure.assess": "Maßnahme bewertet",
    "strategy.actionField.create": "Handlungsfeld angelegt",
    "strategy.actionField.edit": "Handlungsfeld geändert",
    "strategy.organisation.create": "Organisation angelegt",
    "strategy.organisation.edit": "Organisation geändert",
  },
  en: {
    "strategy.catalogue.import": "Strategy imported",
    "strategy.measure.create": "Measure created",
    "strategy.measure.edit": "Details of a measure changed",
    "strategy.measure.editTexts": "Texts of a measure changed",
    "strategy.measure.editTeam": "Team of a measure changed",
    "strategy.measure.changeStatus": "Status of a measure changed",
    "strategy.measure.assess": "Measure assessed",
    "strategy.actionField.create": "Action field created",
    "strategy.actionField.edit": "Action field changed",
    "strategy.organisation.create": "Organisation created",
    "strategy.organisation.edit": "Organisation changed",
  },
};
