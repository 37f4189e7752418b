import type { Catalogues } from "../../../platform/i18n/i18n";

/**
 * The texts of uploading values as a CSV file, German first: the pages (`monitoring.upload.*`) and
 * every problem the file reader reports (`monitoring.csv.*`, domain/observation-csv.ts). Parameters in
 * braces are filled by views/upload-pages.tsx, already written for people (a frequency in words, a
 * unit by its name, numbers in the reader's format).
 */
export const monitoringUploadMessages: Catalogues = {
  de: {
    "monitoring.upload.title": "Messwerte hochladen: {title}",
    "monitoring.upload.heading": "Messwerte als CSV-Datei hochladen:",
    "monitoring.upload.monitoring": "Wirkung",
    "monitoring.upload.lead":
      "So tragen Sie viele Werte auf einmal ein: Laden Sie eine CSV-Datei hoch, wie sie Excel, LibreOffice oder eine Fachanwendung speichert. Sie sehen zuerst eine Vorschau. Gespeichert wird erst, wenn Sie die Vorschau bestätigen – dann alle Werte zusammen oder keiner.",
    "monitoring.upload.link": "Viele Werte auf einmal als CSV-Datei hochladen",
    "monitoring.upload.back": "Zurück zur Wirkung der Maßnahme",
    "monitoring.upload.noIndicators":
      "Diese Maßnahme hat noch keine Indikatoren. Legen Sie zuerst auf der Seite zur Wirkung Ziele und Indikatoren an; dann können Sie hier Werte hochladen.",

    "monitoring.upload.columnsHeading": "So ist die Datei aufgebaut",
    "monitoring.upload.columnsIntro":
      "Die erste Zeile nennt die Spalten, jede weitere Zeile enthält einen Wert. Die Reihenfolge der Spalten ist egal, Groß- und Kleinschreibung auch; die Namen dürfen deutsch oder englisch sein.",
    "monitoring.upload.required": "Pflicht",
    "monitoring.upload.optional": "freiwillig",
    "monitoring.upload.column.indicator": "Die Kennung des Indikators, wie sie in der Liste unten steht.",
    "monitoring.upload.column.period":
      "`2025` für ein Jahr, `2025-H1` für ein Halbjahr, `2025-Q3` für ein Quartal, `2025-07` für einen Monat – passend dazu, wie oft der Indikator gemessen wird. Der Zeitraum muss vorbei sein.",
    "monitoring.upload.column.value":
      "Eine Zahl. Trennt ein Semikolon die Spalten (so speichert das deutsche Excel), ist das Komma das Dezimalzeichen: `1.234,5`. Trennt ein Komma die Spalten, ist es der Punkt: `1234.5`. Bei Ja-oder-nein-Indikatoren: `ja` oder `nein` (auch `1` oder `0`).",
    "monitoring.upload.column.unit":
      "Wird geprüft, wenn sie angegeben ist: die Einheit des Indikators, als Name (`Prozent`) oder als Code (`%`).",
    "monitoring.upload.column.spatialUnit":
      "Leer oder `stadt` für die ganze Stadt. Bei Indikatoren, die für jeden Bezirk einzeln gemessen werden, die Kennung des Bezirks.",
    "monitoring.upload.column.status": "`endgültig` (so gilt auch ein leeres Feld), `vorläufig` oder `korrigiert`.",
    "monitoring.upload.column.note":
      "Ein Hinweis zum Wert, zum Beispiel woher er stammt; höchstens {maxLength} Zeichen.",
    "monitoring.upload.exampleHeading": "Ein Beispiel",
    "monitoring.upload.exampleIntro":
      "So sieht eine Datei aus, die das deutsche Excel gespeichert hat (Semikolon zwischen den Spalten, Komma vor den Dezimalstellen):",
    "monitoring.upload.exampleNote": "Zählung der Kursliste",
    "monitoring.upload.template": "Vorlage für diese Maßnahme herunterladen (CSV-Datei)",
    "monitoring.upload.templateHint":
      "Die Vorlage enthält für jeden Indikator dieser Maßnahme eine Zeile mit dem zuletzt abgeschlossenen Zeitraum. Tragen Sie die Werte ein und fügen Sie Zeilen für weitere Zeiträume hinzu.",
    "monitoring.upload.rulesHeading": "Gut zu wissen",
    "monitoring.upload.ruleUtf8":
      "Speichern Sie die Datei als „CSV UTF-8“, damit Umlaute richtig ankommen (in Excel: „Speichern unter“, Dateityp „CSV UTF-8 (durch Trennzeichen getrennt)“).",
    "monitoring.upload.ruleLimits": "Eine Datei hat höchstens {maxMegabytes} MB und {maxRows} Zeilen mit Werten.",
    "monitoring.upload.ruleCorrections":
      "Hat ein Zeitraum schon einen Wert, wird er korrigiert: Der frühere Wert bleibt als ersetzter Wert sichtbar. Werte, die schon genau so gespeichert sind, bleiben, wie sie sind.",
    "monitoring.upload.ruleFormulas":
      "Felder, die eine Tabellenkalkulation als Formel ausführen würde (zum Beispiel mit = am Anfang), nehmen wir nicht an.",
    "monitoring.upload.indicatorsHeading": "Indikatoren dieser Maßnahme",
    "monitoring.upload.indicatorsCaption": "Indikatoren, für die Sie Werte hochladen können",
    "monitoring.upload.indicatorKey": "Kennung (Spalte indikator)",
    "monitoring.upload.indicatorName": "Name",
    "monitoring.upload.indicatorFrequency": "Wie oft gemessen wird",
    "monitoring.upload.indicatorUnit": "Einheit",
    "monitoring.upload.indicatorArea": "Gemessen für",
    "monitoring.upload.areaCity": "die ganze Stadt (Raumbezug leer lassen)",
    "monitoring.upload.areaDistricts": "jeden Bezirk einzeln. Die Kennungen der Bezirke: {districts}",
    "monitoring.upload.valueYesNo": "ja oder nein",

    "monitoring.upload.formHeading": "Datei hochladen",
    "monitoring.upload.file": "CSV-Datei",
    "monitoring.upload.fileHint": "Eine Datei mit der Endung .csv, höchstens {maxMegabytes} MB.",
    "monitoring.upload.check": "Datei prüfen",
    "monitoring.upload.nothingYet": "Es wird noch nichts gespeichert: Im nächsten Schritt sehen Sie eine Vorschau.",

    "monitoring.upload.fileMissing": "Bitte wählen Sie eine CSV-Datei aus.",
    "monitoring.upload.notUtf8":
      "Die Datei ist nicht als UTF-8 gespeichert; Umlaute kämen deshalb falsch an. Speichern Sie sie in Excel mit „Speichern unter“ als „CSV UTF-8 (durch Trennzeichen getrennt)“, in LibreOffice mit dem Zeichensatz „Unicode (UTF-8)“.",
    "monitoring.upload.proofInvalid":
      "Diese Vorschau können wir nicht bestätigen: Die Daten im Formular wurden verändert oder gehören zu einem anderen Konto. Es wurde nichts gespeichert. Bitte laden Sie die Datei noch einmal hoch.",
    "monitoring.upload.proofExpired":
      "Die Vorschau ist älter als 24 Stunden. Es wurde nichts gespeichert. Bitte laden Sie die Datei noch einmal hoch.",
    "monitoring.upload.changed":
      "Seit der Vorschau haben sich gespeicherte Werte dieser Maßnahme geändert. Es wurde nichts gespeichert. Bitte prüfen Sie die neue Vorschau und bestätigen Sie noch einmal.",
    "monitoring.upload.alreadySaved":
      "Alle {rows} Werte dieser Datei sind schon gespeichert. Es wurde nichts doppelt gespeichert.",
    "monitoring.upload.saved":
      "Die Werte sind gespeichert. Neu: {added} · Korrigiert: {corrected} · Unverändert: {unchanged}.",
    "monitoring.upload.toMonitoring": "Die Werte auf der Seite zur Wirkung ansehen",

    "monitoring.upload.refusedTitle": "Die Datei enthält Fehler",
    "monitoring.upload.refusedLead":
      "Es wurde nichts gespeichert. Bitte korrigieren Sie die Datei und laden Sie sie noch einmal hoch. Die Zeilen sind so gezählt, wie Ihre Tabellenkalkulation sie zeigt: Die Spaltennamen stehen in Zeile 1.",
    "monitoring.upload.refusedCount": "Gefundene Probleme: {count}",
    "monitoring.upload.fileName": "Datei: {name}",
    "monitoring.upload.fileProblems": "Probleme der ganzen Datei",
    "monitoring.upload.rowProblems": "Probleme in einzelnen Zeilen",
    "monitoring.upload.issuesCaption": "Probleme Zeile für Zeile",
    "monitoring.upload.issueLine": "Zeile",
    "monitoring.upload.issueColumn": "Spalte",
    "monitoring.upload.issueValue": "Eingetragen",
    "monitoring.upload.issueProblem": "Was nicht stimmt",
    "monitoring.upload.wholeRow": "ganze Zeile",
    "monitoring.upload.atLine": "Zeile {line}: {message}",
    "monitoring.upload.issuesMore":
      "Gezeigt werden die ersten {shown} von {total} Problemen. Die übrigen sehen Sie, wenn Sie die Datei noch einmal hochladen.",
    "monitoring.upload.uploadAgain": "Korrigierte Datei hochladen",

    "monitoring.upload.readyTitle": "Vorschau: Diese Werte werden gespeichert",
    "monitoring.upload.readyLead":
      "Die Datei ist in Ordnung. Bitte prüfen Sie die Werte. Erst mit „Werte speichern“ werden sie gespeichert, alle zusammen.",
    "monitoring.upload.counts":
      "Neu: {added} · Korrektur eines gespeicherten Werts: {corrected} · Schon genau so gespeichert: {unchanged}",
    "monitoring.upload.correctionsNotice":
      "Einige Werte ersetzen einen gespeicherten Wert (in der Tabelle: „ersetzt …“). Die früheren Werte werden nicht gelöscht; sie bleiben als ersetzte Werte sichtbar.",
    "monitoring.upload.rowsCaption": "Werte aus der Datei",
    "monitoring.upload.rowLine": "Zeile",
    "monitoring.upload.rowIndicator": "Indikator",
    "monitoring.upload.rowPeriod": "Zeitraum",
    "monitoring.upload.rowArea": "Gebiet",
    "monitoring.upload.rowValue": "Wert",
    "monitoring.upload.rowStatus": "Stand",
    "monitoring.upload.rowNote": "Hinweis",
    "monitoring.upload.rowAction": "Was geschieht",
    "monitoring.upload.actionAdd": "neuer Wert",
    "monitoring.upload.actionCorrect": "ersetzt {previous}",
    "monitoring.upload.actionUnchanged": "schon gespeichert",
    "monitoring.upload.rowsMore":
      "Gezeigt werden {shown} von {total} Zeilen, die Korrekturen zuerst. Gespeichert werden alle.",
    "monitoring.upload.save": "Werte speichern",
    "monitoring.upload.saveHint": "Speichert alle {count} neuen und korrigierten Werte in einem Schritt.",
    "monitoring.upload.other": "Eine andere Datei hochladen (nichts speichern)",
    "monitoring.upload.nothingNew":
      "Alle Werte dieser Datei sind schon genau so gespeichert. Es gibt nichts zu speichern.",

    "monitoring.csv.fileEmpty": "Die Datei ist leer.",
    "monitoring.csv.fileNoRows": "Die Datei enthält nur die Spaltennamen, aber keine Werte.",
    "monitoring.csv.fileTooLarge":
      "Die Datei ist zu groß. Erlaubt sind höchstens {maxMegabytes} MB; bitte teilen Sie sie auf.",
    "monitoring.csv.fileTooManyRows":
      "Die Datei hat {rows} Zeilen mit Werten. Erlaubt sind höchstens {maxRows}; bitte teilen Sie sie auf.",
    "monitoring.csv.fileNotText":
      "Das ist keine Textdatei. Bitte speichern Sie die Tabelle als CSV-Datei (in Excel: „Speichern unter“, Dateityp „CSV UTF-8“).",
    "monitoring.csv.fileUnreadable":
      "Die Datei lässt sich nicht als CSV-Datei lesen. Bitte speichern Sie sie noch einmal als CSV-Datei.",
    "monitoring.csv.quoteNotClosed":
      "Ein Anführungszeichen wird geöffnet, aber nicht geschlossen. Alles danach liest sich wie ein einziges Feld.",
    "monitoring.csv.columnMissing": "Die Spalte „{de}“ (oder „{en}“) fehlt. Sie ist Pflicht.",
    "monitoring.csv.columnUnknown":
      "Die Spalte „{column}“ kennen wir nicht. Erlaubt sind indikator, zeitraum, wert, einheit, raumbezug, status und anmerkung (oder die englischen Namen).",
    "monitoring.csv.columnDuplicate": "Die Spalte „{de}“ (oder „{en}“) gibt es zweimal.",
    "monitoring.csv.cellCount":
      "Die Zeile hat {found} Felder, die erste Zeile aber {expected}. Vielleicht fehlt ein Trennzeichen, oder ein Text mit Trennzeichen steht nicht in Anführungszeichen.",
    "monitoring.csv.cellWithoutColumn":
      "In einer Spalte ohne Namen steht etwas. Geben Sie der Spalte einen Namen oder leeren Sie sie.",
    "monitoring.csv.fieldTooLong": "Das Feld ist zu lang (höchstens {maxBytes} Bytes).",
    "monitoring.csv.formula":
      "Das Feld sieht aus wie eine Formel (es beginnt zum Beispiel mit = oder @). Formeln nehmen wir zum Schutz aller, die die Daten später öffnen, nicht an; tragen Sie bitte den Wert selbst ein.",
    "monitoring.csv.indicatorMissing": "Der Indikator fehlt.",
    "monitoring.csv.indicatorUnknown":
      "Diesen Indikator gibt es bei dieser Maßnahme nicht. Die Kennungen stehen auf der Seite zum Hochladen.",
    "monitoring.csv.periodMissing": "Der Zeitraum fehlt.",
    "monitoring.csv.periodInvalid":
      "Diesen Zeitraum verstehen wir nicht. Schreiben Sie ihn so: 2025, 2025-H1, 2025-Q3 oder 2025-07.",
    "monitoring.csv.periodNotOfFrequency": "Der Zeitraum passt nicht zum Indikator: Er wird {frequency} gemessen.",
    "monitoring.csv.periodNotComplete":
      "Dieser Zeitraum ist noch nicht vorbei. Werte gibt es erst für abgeschlossene Zeiträume.",
    "monitoring.csv.valueMissing": "Der Wert fehlt.",
    "monitoring.csv.valueNotNumber":
      "Das ist keine Zahl. Schreiben Sie zum Beispiel 1500 oder 12,5 (in einer Datei mit Komma zwischen den Spalten: 12.5).",
    "monitoring.csv.valueAmbiguous":
      "Diese Zahl ist nicht eindeutig: Ein Punkt vor genau drei Ziffern kann ein Tausenderpunkt oder ein Dezimalpunkt sein. Schreiben Sie 1234 (ohne Tausenderpunkt) oder 1,234 (mit Dezimalkomma).",
    "monitoring.csv.valueTooLarge": "Diese Zahl ist zu groß (höchstens {maxValue}).",
    "monitoring.csv.yesNoInvalid": "Bei diesem Indikator gibt es nur ja oder nein (auch 1 oder 0).",
    "monitoring.csv.unitMismatch": "Die Einheit passt nicht zum Indikator. Er wird gemessen in: {expected}.",
    "monitoring.csv.spatialUnitUnknown":
      "Diesen Bezirk kennen wir nicht. Bitte verwenden Sie die Kennung des Bezirks aus der Liste der Indikatoren.",
    "monitoring.csv.spatialUnitCityOnly":
      "Dieser Indikator wird für die ganze Stadt gemessen. Lassen Sie das Feld leer oder schreiben Sie „stadt“.",
    "monitoring.csv.spatialUnitRequired":
      "Dieser Indikator wird für jeden Bezirk einzeln gemessen. Bitte geben Sie den Bezirk an.",
    "monitoring.csv.statusUnknown":
      "Diesen Stand kennen wir nicht. Möglich sind endgültig, vorläufig und korrigiert (leer heißt endgültig).",
    "monitoring.csv.noteTooLong": "Die Anmerkung ist zu lang (höchstens {maxLength} Zeichen).",
    "monitoring.csv.rowDuplicate":
      "Für diesen Indikator, diesen Zeitraum und dieses Gebiet steht schon in Zeile {firstLine} ein Wert.",
    // Values sent through the API (use-cases/send-observations.ts, list-indicator-values.ts).
    "monitoring.errors.indicatorUseNotFound":
      "Diesen Indikator gibt es bei dieser Maßnahme nicht. Die Kennung besteht aus der Adresse der Maßnahme und der Kennung des Indikators, getrennt durch einen Punkt.",
    "monitoring.errors.areaUnknown": "Dieses Gebiet kennen wir nicht. Möglich sind city und die Kennungen der Bezirke.",
    "monitoring.errors.valuesMissing": "Bitte senden Sie mindestens einen Wert.",
    "monitoring.errors.valuesTooMany":
      "Das sind zu viele Werte auf einmal. Bitte senden Sie höchstens 500 Werte je Anfrage.",
    "monitoring.errors.valueSentTwice": "Für diesen Zeitraum und dieses Gebiet steht weiter oben schon ein Wert.",
    "monitoring.errors.valueExistsSendCorrection":
      "Für diesen Zeitraum und dieses Gebiet gibt es schon einen Wert. Um ihn zu ersetzen, senden Sie den Wert als Korrektur („correction“: true) mit einer Begründung im Hinweis („note“).",
    "monitoring.errors.nothingToCorrect":
      "Für diesen Zeitraum und dieses Gebiet gibt es noch keinen Wert, den eine Korrektur ersetzen könnte.",
    "monitoring.errors.correctionFlag": "Bitte geben Sie bei „correction“ true oder false an.",
    "monitoring.errors.valuesChangedMeanwhile":
      "Jemand hat gerade Werte dieses Indikators eingetragen oder korrigiert. Es wurde nichts gespeichert; bitte senden Sie die Werte noch einmal.",
  },
  en: {
    "monitoring.upload.title": "Upload values: {title}",
    "monitoring.upload.heading": "Upload measured values as a CSV file:",
    "monitoring.upload.monitoring": "Impact",
    "monitoring.upload.lead":
      "Enter many values at once: upload a CSV file as Excel, LibreOffice or a specialist application saves it. You see a preview first. Nothing is saved until you confirm the preview – then all values together, or none.",
    "monitoring.upload.link": "Upload many values at once as a CSV file",
    "monitoring.upload.back": "Back to the measure's impact",
    "monitoring.upload.noIndicators":
      "This measure has no indicators yet. First set up its goals and indicators on its impact page; then you can upload values here.",

    "monitoring.upload.columnsHeading": "How the file is laid out",
    "monitoring.upload.columnsIntro":
      "The first line names the columns, every further line holds one value. The order of the columns does not matter, nor does upper or lower case; the names may be English or German.",
    "monitoring.upload.required": "required",
    "monitoring.upload.optional": "optional",
    "monitoring.upload.column.indicator": "The indicator's key, as the list below shows it.",
    "monitoring.upload.column.period":
      "`2025` for a year, `2025-H1` for a half-year, `2025-Q3` for a quarter, `2025-07` for a month – matching how often the indicator is measured. The period must be over.",
    "monitoring.upload.column.value":
      "A number. When a semicolon separates the columns (as German Excel saves), the comma is the decimal mark: `1.234,5`. When a comma separates them, it is the point: `1234.5`. For yes-or-no indicators: `yes` or `no` (also `1` or `0`).",
    "monitoring.upload.column.unit": "Checked when given: the indicator's unit, by name (`percent`) or by code (`%`).",
    "monitoring.upload.column.spatialUnit":
      "Empty or `city` for the whole city. For indicators measured for each district separately, the district's key.",
    "monitoring.upload.column.status": "`final` (an empty cell counts as final), `provisional` or `corrected`.",
    "monitoring.upload.column.note":
      "A note on the value, for example where it comes from; at most {maxLength} characters.",
    "monitoring.upload.exampleHeading": "An example",
    "monitoring.upload.exampleIntro":
      "This is how a file looks with commas between the columns and a point before the decimals (a file from German Excel has semicolons and decimal commas instead; both are fine):",
    "monitoring.upload.exampleNote": "Count of the course list",
    "monitoring.upload.template": "Download a template for this measure (CSV file)",
    "monitoring.upload.templateHint":
      "The template has one line for each indicator of this measure with the latest period that is over. Fill in the values and add lines for further periods.",
    "monitoring.upload.rulesHeading": "Good to know",
    "monitoring.upload.ruleUtf8":
      "Save the file as “CSV UTF-8” so that accented letters arrive intact (in Excel: “Save as”, file type “CSV UTF-8 (Comma delimited)”).",
    "monitoring.upload.ruleLimits": "A file has at most {maxMegabytes} MB and {maxRows} lines with values.",
    "monitoring.upload.ruleCorrections":
      "If a period has a value already, it is corrected: the earlier value stays visible as a replaced value. Values stored exactly as in the file stay as they are.",
    "monitoring.upload.ruleFormulas":
      "Cells a spreadsheet would run as a formula (for example starting with =) are not accepted.",
    "monitoring.upload.indicatorsHeading": "This measure's indicators",
    "monitoring.upload.indicatorsCaption": "Indicators you can upload values for",
    "monitoring.upload.indicatorKey": "Key (column indicator)",
    "monitoring.upload.indicatorName": "Name",
    "monitoring.upload.indicatorFrequency": "How often it is measured",
    "monitoring.upload.indicatorUnit": "Unit",
    "monitoring.upload.indicatorArea": "Measured for",
    "monitoring.upload.areaCity": "the whole city (leave the spatial unit empty)",
    "monitoring.upload.areaDistricts": "each district separately. The districts' keys: {districts}",
    "monitoring.upload.valueYesNo": "yes or no",

    "monitoring.upload.formHeading": "Upload the file",
    "monitoring.upload.file": "CSV file",
    "monitoring.upload.fileHint": "A file ending in .csv, at most {maxMegabytes} MB.",
    "monitoring.upload.check": "Check the file",
    "monitoring.upload.nothingYet": "Nothing is saved yet: the next step shows you a preview.",

    "monitoring.upload.fileMissing": "Please choose a CSV file.",
    "monitoring.upload.notUtf8":
      "The file is not saved as UTF-8, so accented letters would arrive garbled. In Excel, use “Save as” with “CSV UTF-8 (Comma delimited)”; in LibreOffice, choose the character set “Unicode (UTF-8)”.",
    "monitoring.upload.proofInvalid":
      "We cannot confirm this preview: the data in the form was changed or belongs to another account. Nothing was saved. Please upload the file again.",
    "monitoring.upload.proofExpired":
      "The preview is older than 24 hours. Nothing was saved. Please upload the file again.",
    "monitoring.upload.changed":
      "Stored values of this measure have changed since the preview. Nothing was saved. Please check the new preview and confirm again.",
    "monitoring.upload.alreadySaved": "All {rows} values of this file are saved already. Nothing was saved twice.",
    "monitoring.upload.saved": "The values are saved. New: {added} · Corrected: {corrected} · Unchanged: {unchanged}.",
    "monitoring.upload.toMonitoring": "See the values on the impact page",

    "monitoring.upload.refusedTitle": "The file has mistakes",
    "monitoring.upload.refusedLead":
      "Nothing was saved. Please correct the file and upload it again. Lines are counted as your spreadsheet shows them: the column names are in line 1.",
    "monitoring.upload.refusedCount": "Problems found: {count}",
    "monitoring.upload.fileName": "File: {name}",
    "monitoring.upload.fileProblems": "Problems of the whole file",
    "monitoring.upload.rowProblems": "Problems in single lines",
    "monitoring.upload.issuesCaption": "Problems line by line",
    "monitoring.upload.issueLine": "Line",
    "monitoring.upload.issueColumn": "Column",
    "monitoring.upload.issueValue": "Entered",
    "monitoring.upload.issueProblem": "What is wrong",
    "monitoring.upload.wholeRow": "whole line",
    "monitoring.upload.atLine": "Line {line}: {message}",
    "monitoring.upload.issuesMore":
      "Showing the first {shown} of {total} problems. You will see the others when you upload the file again.",
    "monitoring.upload.uploadAgain": "Upload the corrected file",

    "monitoring.upload.readyTitle": "Preview: these values will be saved",
    "monitoring.upload.readyLead":
      "The file is fine. Please check the values. They are saved only with “Save values”, all together.",
    "monitoring.upload.counts":
      "New: {added} · Correction of a stored value: {corrected} · Stored exactly like this already: {unchanged}",
    "monitoring.upload.correctionsNotice":
      "Some values replace a stored value (in the table: “replaces …”). The earlier values are not deleted; they stay visible as replaced values.",
    "monitoring.upload.rowsCaption": "Values from the file",
    "monitoring.upload.rowLine": "Line",
    "monitoring.upload.rowIndicator": "Indicator",
    "monitoring.upload.rowPeriod": "Period",
    "monitoring.upload.rowArea": "Area",
    "monitoring.upload.rowValue": "Value",
    "monitoring.upload.rowStatus": "Status",
    "monitoring.upload.rowNote": "Note",
    "monitoring.upload.rowAction": "What happens",
    "monitoring.upload.actionAdd": "new value",
    "monitoring.upload.actionCorrect": "replaces {previous}",
    "monitoring.upload.actionUnchanged": "saved already",
    "monitoring.upload.rowsMore": "Showing {shown} of {total} lines, corrections first. All of them are saved.",
    "monitoring.upload.save": "Save values",
    "monitoring.upload.saveHint": "Saves all {count} new and corrected values in one step.",
    "monitoring.upload.other": "Upload another file (save nothing)",
    "monitoring.upload.nothingNew":
      "All values of this file are stored exactly like this already. There is nothing to save.",

    "monitoring.csv.fileEmpty": "The file is empty.",
    "monitoring.csv.fileNoRows": "The file holds only the column names, no values.",
    "monitoring.csv.fileTooLarge": "The file is too large. At most {maxMegabytes} MB are allowed; please split it.",
    "monitoring.csv.fileTooManyRows":
      "The file has {rows} lines with values. At most {maxRows} are allowed; please split it.",
    "monitoring.csv.fileNotText":
      "This is not a text file. Please save the table as a CSV file (in Excel: “Save as”, file type “CSV UTF-8”).",
    "monitoring.csv.fileUnreadable": "The file cannot be read as a CSV file. Please save it as a CSV file again.",
    "monitoring.csv.quoteNotClosed":
      "A quotation mark is opened but never closed. Everything after it reads as one single cell.",
    "monitoring.csv.columnMissing": "The column “{en}” (or “{de}”) is missing. It is required.",
    "monitoring.csv.columnUnknown":
      "We do not know the column “{column}”. Allowed are indicator, period, value, unit, spatial_unit, status and note (or the German names).",
    "monitoring.csv.columnDuplicate": "The column “{en}” (or “{de}”) is there twice.",
    "monitoring.csv.cellCount":
      "The line has {found} cells, but the first line has {expected}. Perhaps a separator is missing, or a text containing a separator is not in quotation marks.",
    "monitoring.csv.cellWithoutColumn": "A column without a name holds something. Give the column a name or empty it.",
    "monitoring.csv.fieldTooLong": "The cell is too long (at most {maxBytes} bytes).",
    "monitoring.csv.formula":
      "The cell looks like a formula (it starts with = or @, for example). To protect everyone who opens the data later, we do not take formulas; please enter the value itself.",
    "monitoring.csv.indicatorMissing": "The indicator is missing.",
    "monitoring.csv.indicatorUnknown": "This measure has no such indicator. The keys are listed on the upload page.",
    "monitoring.csv.periodMissing": "The period is missing.",
    "monitoring.csv.periodInvalid":
      "We do not understand this period. Write it like this: 2025, 2025-H1, 2025-Q3 or 2025-07.",
    "monitoring.csv.periodNotOfFrequency": "The period does not fit the indicator: it is measured {frequency}.",
    "monitoring.csv.periodNotComplete": "This period is not over yet. Values are taken only for periods that are over.",
    "monitoring.csv.valueMissing": "The value is missing.",
    "monitoring.csv.valueNotNumber":
      "This is not a number. Write 1500 or 12.5, for example (in a file with semicolons between the columns: 12,5).",
    "monitoring.csv.valueAmbiguous":
      "This number is ambiguous: a point before exactly three digits can be a thousands separator or a decimal point. Write 1234 (without a thousands separator) or 1,234 (with a decimal comma, as this file uses).",
    "monitoring.csv.valueTooLarge": "This number is too large (at most {maxValue}).",
    "monitoring.csv.yesNoInvalid": "This indicator takes only yes or no (also 1 or 0).",
    "monitoring.csv.unitMismatch": "The unit does not fit the indicator. It is measured in: {expected}.",
    "monitoring.csv.spatialUnitUnknown":
      "We do not know this district. Please use the district's key from the list of indicators.",
    "monitoring.csv.spatialUnitCityOnly":
      "This indicator is measured for the whole city. Leave the cell empty or write “city”.",
    "monitoring.csv.spatialUnitRequired":
      "This indicator is measured for each district separately. Please give the district.",
    "monitoring.csv.statusUnknown":
      "We do not know this status. Possible are final, provisional and corrected (empty means final).",
    "monitoring.csv.noteTooLong": "The note is too long (at most {maxLength} characters).",
    "monitoring.csv.rowDuplicate": "Line {firstLine} already has a value for this indicator, period and area.",
    // Values sent through the API (use-cases/send-observations.ts, list-indicator-values.ts).
    "monitoring.errors.indicatorUseNotFound":
      "This measure has no such indicator. The id is the measure's address and the indicator's key, joined by a dot.",
    "monitoring.errors.areaUnknown": "We do not know this area. Possible are city and the districts' keys.",
    "monitoring.errors.valuesMissing": "Please send at least one value.",
    "monitoring.errors.valuesTooMany": "These are too many values at once. Please send at most 500 values per request.",
    "monitoring.errors.valueSentTwice": "A value further up already has this period and area.",
    "monitoring.errors.valueExistsSendCorrection":
      'There is already a value for this period and area. To replace it, send the value as a correction ("correction": true) with the reason in the note ("note").',
    "monitoring.errors.nothingToCorrect":
      "There is no value for this period and area yet that a correction could replace.",
    "monitoring.errors.correctionFlag": 'Please give true or false for "correction".',
    "monitoring.errors.valuesChangedMeanwhile":
      "Someone has just entered or corrected values of this indicator. Nothing was saved; please send the values again.",
  },
};
