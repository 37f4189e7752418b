import type { Catalogues } from "../../../platform/i18n/i18n";

/**
 * The texts of the monitoring module's open data: the downloads on the open-data page and the titles
 * and descriptions of its DCAT-AP.de catalogue (which carries both languages at once). German first.
 */
export const openDataMessages: Catalogues = {
  de: {
    "monitoring.openData.group": "Wirkungsmonitoring",
    "monitoring.openData.catalogue.title": "Offene Daten der Smart-City-Strategie",
    "monitoring.openData.catalogue.description":
      "Die Indikatoren der Maßnahmen, ihre Zielwerte und die gemessenen Werte, die Beteiligungsverfahren und die Veranstaltungen als offene Daten. Die Beschreibung folgt DCAT-AP.de, damit Datenportale sie einlesen können.",
    "monitoring.openData.catalogue.text":
      "Die Beschreibung der Monitoring-Daten, der Beteiligungsverfahren und der Veranstaltungen für Datenportale (DCAT-AP.de), zum Beispiel für GovData.",
    "monitoring.openData.indicators.title": "Indikatoren der Maßnahmen",
    "monitoring.openData.indicators.description":
      "Für jede Maßnahme die Indikatoren, mit denen ihr Fortschritt gemessen wird: Name, Definition, Einheit, gewünschte Richtung, Häufigkeit der Messung, Datenquelle und Ausgangswert.",
    "monitoring.openData.indicators.csv": "Indikatoren der Maßnahmen als CSV",
    "monitoring.openData.indicators.json": "Indikatoren der Maßnahmen als JSON",
    "monitoring.openData.targets.title": "Zielwerte der Maßnahmen",
    "monitoring.openData.targets.description":
      "Für jede Maßnahme und jeden Indikator die Zielwerte je Zeitraum, so wie sie im aktuellen Stand der Ziele gelten.",
    "monitoring.openData.targets.csv": "Zielwerte als CSV",
    "monitoring.openData.targets.json": "Zielwerte als JSON",
    "monitoring.openData.observations.title": "Gemessene Werte der Maßnahmen",
    "monitoring.openData.observations.description":
      "Die aktuell gültigen gemessenen Werte je Maßnahme, Indikator, Zeitraum und Gebiet, mit Stand (vorläufig, endgültig, korrigiert), Herkunft und Zeitpunkt der Eingabe. Ersetzte Werte sind nicht enthalten.",
    "monitoring.openData.observations.csv": "Gemessene Werte als CSV",
    "monitoring.openData.observations.json": "Gemessene Werte als JSON",
    "monitoring.openData.keyword.monitoring": "Wirkungsmonitoring",
    "monitoring.openData.keyword.smartCity": "Smart City",
    "monitoring.openData.link.csv": "Herunterladen (CSV)",
    "monitoring.openData.link.json": "Herunterladen (JSON)",
    "monitoring.openData.link.jsonld": "Katalog (JSON-LD)",
    "monitoring.openData.link.ttl": "Katalog (Turtle)",
  },
  en: {
    "monitoring.openData.group": "Impact monitoring",
    "monitoring.openData.catalogue.title": "Open data of the smart city strategy",
    "monitoring.openData.catalogue.description":
      "The measures' indicators, their targets and the measured values, the participation processes and the events as open data. The description follows DCAT-AP.de so that data portals can read it.",
    "monitoring.openData.catalogue.text":
      "The description of the monitoring data, the participation processes and the events for data portals (DCAT-AP.de), for example GovData.",
    "monitoring.openData.indicators.title": "Indicators of the measures",
    "monitoring.openData.indicators.description":
      "For each measure, the indicators its progress is measured by: name, definition, unit, desired direction, how often it is measured, data source and baseline.",
    "monitoring.openData.indicators.csv": "Indicators of the measures as CSV",
    "monitoring.openData.indicators.json": "Indicators of the measures as JSON",
    "monitoring.openData.targets.title": "Targets of the measures",
    "monitoring.openData.targets.description":
      "For each measure and indicator, the target values per period as the current version of the goals sets them.",
    "monitoring.openData.targets.csv": "Targets as CSV",
    "monitoring.openData.targets.json": "Targets as JSON",
    "monitoring.openData.observations.title": "Measured values of the measures",
    "monitoring.openData.observations.description":
      "The values currently in force per measure, indicator, period and area, with their status (provisional, final, corrected), where they came from and when they were entered. Values that were replaced are not included.",
    "monitoring.openData.observations.csv": "Measured values as CSV",
    "monitoring.openData.observations.json": "Measured values as JSON",
    "monitoring.openData.keyword.monitoring": "Impact monitoring",
    "monitoring.openData.keyword.smartCity": "Smart city",
    "monitoring.openData.link.csv": "Download (CSV)",
    "monitoring.openData.link.json": "Download (JSON)",
    "monitoring.openData.link.jsonld": "Catalogue (JSON-LD)",
    "monitoring.openData.link.ttl": "Catalogue (Turtle)",
  },
};
