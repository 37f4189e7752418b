import type { Catalogues } from "../../../platform/i18n/i18n";

/**
 * The texts of automatic data sources (settings form, state of a source, the job's failures),
 * German first. The `monitoring.errors.source…` keys of data/sources.ts are in messages.ts already.
 */
export const monitoringSourceMessages: Catalogues = {
  de: {
    "monitoring.source.title": "Automatische Datenquelle",
    "monitoring.source.lead":
      "Die Plattform kann die Werte dieses Indikators selbst abrufen, zum Beispiel von Messstationen. Sie fasst die Messungen jedes abgeschlossenen Zeitraums zu einem Wert zusammen und ruft zu Beginn jedes neuen Zeitraums wieder ab.",
    "monitoring.source.precedence":
      "Werte, die Personen eintragen oder korrigieren, haben Vorrang: Die Datenquelle überschreibt sie nie. Liefert die Quelle für einen Zeitraum später einen anderen Wert, wird ihr Wert korrigiert; der frühere bleibt sichtbar.",
    "monitoring.source.kind": "Art der Datenquelle",
    "monitoring.source.aggregation": "Wie die Messungen eines Zeitraums zusammengefasst werden",
    "monitoring.source.base": "Adresse des Dienstes",
    "monitoring.source.baseHint":
      "Die Adresse der SensorThings-Schnittstelle, zum Beispiel https://sensoren.example.org/v1.1",
    "monitoring.source.datastreamId": "Datenstrom",
    "monitoring.source.datastreamIdHint": "Die Nummer oder Kennung des Datenstroms (Datastream), zum Beispiel 7.",
    "monitoring.source.url": "Internetadresse der Daten",
    "monitoring.source.urlHint":
      "Enthält die Adresse {from} und {to}, setzt die Plattform dort Anfang und Ende des abgefragten Zeitraums ein.",
    "monitoring.source.items": "Pfad zur Liste der Messungen",
    "monitoring.source.itemsHint": "Leer lassen, wenn die Antwort selbst die Liste ist; sonst zum Beispiel data.items.",
    "monitoring.source.time": "Pfad zur Zeit einer Messung",
    "monitoring.source.value": "Pfad zum Wert einer Messung",
    "monitoring.source.timeFormat": "Wie die Zeit angegeben ist",
    "monitoring.source.save": "Datenquelle speichern und jetzt abrufen",
    "monitoring.source.removeButton": "Datenquelle entfernen",
    "monitoring.source.removeHint": "Die Werte, die sie schon geliefert hat, bleiben erhalten.",
    "monitoring.source.none": "Keine automatische Datenquelle",
    "monitoring.source.lastSuccess": "Zuletzt erfolgreich abgerufen am {date}",
    "monitoring.source.never": "Noch nicht abgerufen",
    "monitoring.source.nextAttempt": "Nächster Abruf am {date}",
    "monitoring.source.lastError": "Beim letzten Abruf ist ein Fehler aufgetreten: {error}",
    "monitoring.source.stale":
      "Die Werte sind möglicherweise veraltet: Die Datenquelle liefert seit {date} keine Werte mehr.",
    "monitoring.source.fromSource": "automatisch abgerufen",

    "monitoring.sourceKind.none": "Keine",
    "monitoring.sourceKind.sensorthings": "SensorThings-Schnittstelle (OGC)",
    "monitoring.sourceKind.json": "JSON-Daten von einer Internetadresse",

    "monitoring.aggregation.mean": "Mittelwert",
    "monitoring.aggregation.sum": "Summe",
    "monitoring.aggregation.min": "kleinster Wert",
    "monitoring.aggregation.max": "größter Wert",
    "monitoring.aggregation.count": "Anzahl der Messungen",

    "monitoring.timeFormat.iso": "Datum und Uhrzeit mit Zeitzone (ISO 8601)",
    "monitoring.timeFormat.unix-seconds": "Sekunden seit 1970 (Unix-Zeit)",
    "monitoring.timeFormat.unix-milliseconds": "Millisekunden seit 1970",

    "monitoring.notice.sourceConfigured": "Die Datenquelle ist gespeichert. Die Werte werden gleich abgerufen.",
    "monitoring.notice.sourceRemoved": "Die Datenquelle ist entfernt. Ihre bisherigen Werte bleiben erhalten.",

    "monitoring.errors.sourceKind": "Bitte wählen Sie die Art der Datenquelle.",
    "monitoring.errors.sourceAggregation": "Bitte wählen Sie, wie die Messungen zusammengefasst werden.",
    "monitoring.errors.sourceTimeFormat": "Bitte wählen Sie, wie die Zeit angegeben ist.",
    "monitoring.errors.sourceNone": "Dieser Indikator hat keine automatische Datenquelle.",
    "monitoring.errors.sourceDistrict":
      "Eine Datenquelle liefert Werte für die ganze Stadt. Werte für Bezirke tragen Sie bitte von Hand oder als Datei ein.",
    "monitoring.errors.sourceYesNo":
      "Ein Ja-Nein-Indikator kann keine automatische Datenquelle haben. Bitte tragen Sie den Wert von Hand ein.",
    "monitoring.errors.sourceSettingsInvalid":
      "Die Einstellungen der Datenquelle sind nicht mehr gültig. Bitte speichern Sie sie neu.",
    "monitoring.errors.sourceIndicatorRemoved": "Der Indikator gehört nicht mehr zu den Zielen der Maßnahme.",
    "monitoring.errors.sourceUnexpected": "Beim Abrufen ist ein unerwarteter Fehler aufgetreten.",
  },
  en: {
    "monitoring.source.title": "Automatic data source",
    "monitoring.source.lead":
      "The platform can fetch this indicator's values itself, from measuring stations for example. It combines the measurements of each completed period into one value and fetches again at the start of each new period.",
    "monitoring.source.precedence":
      "Values people enter or correct come first: the data source never overwrites them. If the source later sends another value for a period, its value is corrected; the earlier one stays visible.",
    "monitoring.source.kind": "Kind of data source",
    "monitoring.source.aggregation": "How the measurements of a period are combined",
    "monitoring.source.base": "Address of the service",
    "monitoring.source.baseHint":
      "The address of the SensorThings interface, for example https://sensors.example.org/v1.1",
    "monitoring.source.datastreamId": "Datastream",
    "monitoring.source.datastreamIdHint": "The number or identifier of the Datastream, for example 7.",
    "monitoring.source.url": "Web address of the data",
    "monitoring.source.urlHint":
      "If the address contains {from} and {to}, the platform puts the start and end of the requested period there.",
    "monitoring.source.items": "Path to the list of measurements",
    "monitoring.source.itemsHint": "Leave empty if the answer itself is the list; otherwise for example data.items.",
    "monitoring.source.time": "Path to the time of a measurement",
    "monitoring.source.value": "Path to the value of a measurement",
    "monitoring.source.timeFormat": "How the time is written",
    "monitoring.source.save": "Save the data source and fetch now",
    "monitoring.source.removeButton": "Remove the data source",
    "monitoring.source.removeHint": "The values it has delivered stay.",
    "monitoring.source.none": "No automatic data source",
    "monitoring.source.lastSuccess": "Last fetched successfully on {date}",
    "monitoring.source.never": "Not fetched yet",
    "monitoring.source.nextAttempt": "Next fetch on {date}",
    "monitoring.source.lastError": "The last fetch failed: {error}",
    "monitoring.source.stale": "The values may be out of date: the data source has delivered nothing since {date}.",
    "monitoring.source.fromSource": "fetched automatically",

    "monitoring.sourceKind.none": "None",
    "monitoring.sourceKind.sensorthings": "SensorThings interface (OGC)",
    "monitoring.sourceKind.json": "JSON data from a web address",

    "monitoring.aggregation.mean": "mean",
    "monitoring.aggregation.sum": "sum",
    "monitoring.aggregation.min": "smallest value",
    "monitoring.aggregation.max": "largest value",
    "monitoring.aggregation.count": "number of measurements",

    "monitoring.timeFormat.iso": "Date and time with time zone (ISO 8601)",
    "monitoring.timeFormat.unix-seconds": "Seconds since 1970 (Unix time)",
    "monitoring.timeFormat.unix-milliseconds": "Milliseconds since 1970",

    "monitoring.notice.sourceConfigured": "The data source is saved. Its values will be fetched shortly.",
    "monitoring.notice.sourceRemoved": "The data source is removed. The values it delivered stay.",

    "monitoring.errors.sourceKind": "Please choose the kind of data source.",
    "monitoring.errors.sourceAggregation": "Please choose how the measurements are combined.",
    "monitoring.errors.sourceTimeFormat": "Please choose how the time is written.",
    "monitoring.errors.sourceNone": "This indicator has no automatic data source.",
    "monitoring.errors.sourceDistrict":
      "A data source delivers values for the whole city. Please enter values for districts by hand or as a file.",
    "monitoring.errors.sourceYesNo":
      "A yes-no indicator cannot have an automatic data source. Please enter its value by hand.",
    "monitoring.errors.sourceSettingsInvalid":
      "The data source's settings are no longer valid. Please save them again.",
    "monitoring.errors.sourceIndicatorRemoved": "The indicator no longer belongs to the measure's goals.",
    "monitoring.errors.sourceUnexpected": "An unexpected error occurred while fetching.",
  },
};

/** Names of the source actions in the audit log (merge into the manifest's `auditLabels`). */
export const monitoringSourceAuditLabels: Catalogues = {
  de: {
    "monitoring.source.configure": "Automatische Datenquelle eingerichtet",
    "monitoring.source.remove": "Automatische Datenquelle entfernt",
    "monitoring.source.fetch": "Werte von einer Datenquelle abgerufen",
    "monitoring.source.fetchFail": "Abruf einer Datenquelle fehlgeschlagen",
  },
  en: {
    "monitoring.source.configure": "Automatic data source set up",
    "monitoring.source.remove": "Automatic data source removed",
    "monitoring.source.fetch": "Values fetched from a data source",
    "monitoring.source.fetchFail": "Fetching a data source failed",
  },
};
