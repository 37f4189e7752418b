import type { Catalogues } from "../../../platform/i18n/i18n";

/** Names of the monitoring module's actions in the audit log, by action code. */
export const monitoringAuditLabels: Catalogues = {
  de: {
    "monitoring.indicator.define": "Indikator in den Katalog aufgenommen",
    "monitoring.indicator.edit": "Indikator im Katalog geändert",
    "monitoring.model.setUp": "Wirkungslogik einer Maßnahme angelegt",
    "monitoring.model.changeTarget": "Zielwert einer Maßnahme geändert",
    "monitoring.model.addIndicator": "Indikator zu einer Maßnahme hinzugefügt",
    "monitoring.model.changeGoalText": "Ziel einer Maßnahme neu gefasst",
    "monitoring.model.removeIndicator": "Indikator aus einer Maßnahme entfernt",
    "monitoring.model.addGoal": "Ziel zu einer Maßnahme hinzugefügt",
    "monitoring.model.removeGoal": "Ziel einer Maßnahme entfernt",
    "monitoring.model.changeBaseline": "Ausgangswert einer Maßnahme geändert",
    "monitoring.observation.record": "Messwert eingetragen",
    "monitoring.observation.correct": "Messwert korrigiert",
    "monitoring.observation.import": "Messwerte aus einer CSV-Datei übernommen",
  },
  en: {
    "monitoring.indicator.define": "Indicator added to the catalogue",
    "monitoring.indicator.edit": "Indicator in the catalogue changed",
    "monitoring.model.setUp": "Logic model of a measure set up",
    "monitoring.model.changeTarget": "Target of a measure changed",
    "monitoring.model.addIndicator": "Indicator added to a measure",
    "monitoring.model.changeGoalText": "Goal of a measure reworded",
    "monitoring.model.removeIndicator": "Indicator removed from a measure",
    "monitoring.model.addGoal": "Goal added to a measure",
    "monitoring.model.removeGoal": "Goal removed from a measure",
    "monitoring.model.changeBaseline": "Starting value of a measure changed",
    "monitoring.observation.record": "Value recorded",
    "monitoring.observation.correct": "Value corrected",
    "monitoring.observation.import": "Values imported from a CSV file",
  },
};
