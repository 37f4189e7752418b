import { describe, expect, it } from "vitest";
import {
  type CsvIndicator,
  isFormulaLike,
  OBSERVATION_CSV_LIMITS,
  type ObservationCsvContext,
  type ObservationCsvResult,
  parseObservationCsv,
  readCsvNumber,
} from "./observation-csv";

const indicators: CsvIndicator[] = [
  { key: "participants", frequency: "quarterly", unit: "{persons}", valueKind: "number", spatialUnits: ["city"] },
  { key: "no2", frequency: "monthly", unit: "ug/m3", valueKind: "number", spatialUnits: ["city", "mitte", "pankow"] },
  { key: "guideline", frequency: "yearly", unit: "1", valueKind: "yes-no", spatialUnits: ["city"] },
  { key: "green-share", frequency: "yearly", unit: "%", valueKind: "number", spatialUnits: ["mitte", "pankow"] },
];
const context: ObservationCsvContext = { indicators, now: new Date("2025-07-15T10:00:00Z") };

const parseCsv = (text: string) => parseObservationCsv(text, context);

function rowsOf(result: ObservationCsvResult) {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result.rows;
}

function issuesOf(result: ObservationCsvResult) {
  if (result.ok) throw new Error("accepted");
  return result;
}

/** The row issues as "line column key value", for compact comparisons. */
function rowProblems(text: string): string[] {
  return issuesOf(parseCsv(text)).rowIssues.map(
    (i) =>
      `${i.line} ${i.column ?? "-"} ${i.messageKey.replace("monitoring.csv.", "")}${i.value === undefined ? "" : ` ${i.value}`}`,
  );
}

function fileProblems(text: string): string[] {
  return issuesOf(parseCsv(text)).fileIssues.map((i) => i.messageKey.replace("monitoring.csv.", ""));
}

describe("parseObservationCsv: files that are accepted", () => {
  it("reads a comma-separated file with English columns, defaults for the optional ones", () => {
    const rows = rowsOf(parseCsv("indicator,period,value\nparticipants,2025-Q2,1234.5\nno2,2025-06,-3\n"));
    expect(rows).toEqual([
      {
        line: 2,
        indicator: "participants",
        period: "2025-Q2",
        spatialUnit: "city",
        value: 1234.5,
        status: "final",
        note: "",
      },
      { line: 3, indicator: "no2", period: "2025-06", spatialUnit: "city", value: -3, status: "final", note: "" },
    ]);
  });

  it("reads what German Excel saves: BOM, semicolons, CRLF, decimal comma, German columns and words", () => {
    const text =
      "\ufeffIndikator;Zeitraum;Wert;Einheit;Raumbezug;Status;Anmerkung\r\n" +
      "participants;2025-Q2;1.234,5;Personen;Stadt;vorläufig;laut Liste, Stand Juni\r\n" +
      'no2;2025-06;21,75;ug/m3;Mitte;endgültig;"zwei\r\nZeilen"\r\n' +
      "guideline;2024;ja;;;korrigiert;\r\n" +
      "green-share;2024;1234.5;%;pankow;;\r\n";
    expect(rowsOf(parseCsv(text))).toEqual([
      {
        line: 2,
        indicator: "participants",
        period: "2025-Q2",
        spatialUnit: "city",
        value: 1234.5,
        status: "provisional",
        note: "laut Liste, Stand Juni",
      },
      {
        line: 3,
        indicator: "no2",
        period: "2025-06",
        spatialUnit: "mitte",
        value: 21.75,
        status: "final",
        note: "zwei\r\nZeilen",
      },
      { line: 4, indicator: "guideline", period: "2024", spatialUnit: "city", value: 1, status: "corrected", note: "" },
      {
        line: 5,
        indicator: "green-share",
        period: "2024",
        spatialUnit: "pankow",
        value: 1234.5,
        status: "final",
        note: "",
      },
    ]);
  });

  it("takes columns in any order and case, with spaces for underscores, and period letters in any case", () => {
    const rows = rowsOf(
      parseCsv("Value,Spatial Unit,PERIOD,Indicator\n7,MITTE,2025-06,NO2\n8,,2025-q2,Participants\n"),
    );
    expect(rows).toEqual([
      { line: 2, indicator: "no2", period: "2025-06", spatialUnit: "mitte", value: 7, status: "final", note: "" },
      {
        line: 3,
        indicator: "participants",
        period: "2025-Q2",
        spatialUnit: "city",
        value: 8,
        status: "final",
        note: "",
      },
    ]);
  });

  it("counts empty lines as a spreadsheet does, and skips them", () => {
    const rows = rowsOf(parseCsv("indicator,period,value\n\nparticipants,2025-Q1,1\n,,\nparticipants,2025-Q2,2"));
    expect(rows.map((r) => r.line)).toEqual([3, 5]);
  });

  it("follows Excel's sep= line and numbers lines from the header", () => {
    const rows = rowsOf(parseCsv("sep=;\nindicator;period;value\nparticipants;2025-Q1;1,5\n"));
    expect(rows).toMatchObject([{ line: 2, value: 1.5 }]);
  });

  it("reads yes and no in every accepted spelling", () => {
    const words = ["1", "0", "ja", "Nein", "YES", "no"];
    const text = `indicator,period,value\n${words.map((w, i) => `guideline,${2015 + i},${w}`).join("\n")}`;
    expect(rowsOf(parseCsv(text)).map((r) => r.value)).toEqual([1, 0, 1, 0, 1, 0]);
  });

  it("ignores a column without a name while its cells are empty", () => {
    expect(rowsOf(parseCsv("indicator;period;value;\nparticipants;2025-Q1;4;\n"))).toHaveLength(1);
  });

  it("accepts a period whose end is exactly now", () => {
    const now = new Date("2025-07-01T00:00:00Z");
    const result = parseObservationCsv("indicator,period,value\nparticipants,2025-Q2,1", { indicators, now });
    expect(result.ok).toBe(true);
  });
});

describe("readCsvNumber", () => {
  it.each([
    [",", "1234.5", 1234.5],
    [",", "1.234", 1.234],
    [",", "-3", -3],
    [",", "+3", 3],
    [",", "1e-7", 1e-7],
    [",", "-0", 0],
    [";", "1.234,5", 1234.5],
    [";", "1234,5", 1234.5],
    [";", "1234.5", 1234.5],
    [";", "0.125", 0.125],
    [";", "1.234.567", 1234567],
    [";", "-12.345.678,25", -12345678.25],
    [";", "1,5E+03", 1500],
  ] as const)("in a %s file reads %s as %d", (separator, text, value) => {
    expect(readCsvNumber(text, separator)).toEqual({ ok: true, value });
  });

  it.each([
    [",", "1,5", "valueNotNumber"],
    [",", "1,234.5", "valueNotNumber"],
    [";", "1,2,3", "valueNotNumber"],
    [";", "1.23,5", "valueNotNumber"],
    [";", "1.234", "valueAmbiguous"],
    [";", "-12.500", "valueAmbiguous"],
    [",", "12a", "valueNotNumber"],
    [",", "NaN", "valueNotNumber"],
    [",", "Infinity", "valueNotNumber"],
    [",", "0x10", "valueNotNumber"],
    [",", "1 000", "valueNotNumber"],
    [",", ".5", "valueNotNumber"],
    [",", "", "valueMissing"],
    [",", "1e16", "valueTooLarge"],
    [",", "1e400", "valueTooLarge"],
    [";", "-2.000.000.000.000.000", "valueTooLarge"],
  ] as const)("in a %s file refuses %s with %s", (separator, text, message) => {
    expect(readCsvNumber(text, separator)).toEqual({ ok: false, messageKey: `monitoring.csv.${message}` });
  });
});

describe("isFormulaLike", () => {
  it.each([
    "=SUM(A1:A2)",
    "@SUM(A1)",
    "+cmd|' /C calc'!A0",
    "-2+3",
    "- bitte prüfen",
    "  =1+1",
    "＝1",
    "=1",
    "-3 Personen",
  ])("refuses %s", (text) => expect(isFormulaLike(text)).toBe(true));
  it.each(["-3", "+1,5", "-1.234,5", "-1e-3", "-", "text", "a=b", "2025-Q1", ""])("lets %s pass", (text) =>
    expect(isFormulaLike(text)).toBe(false),
  );
});

describe("parseObservationCsv: the file as a whole", () => {
  it("refuses an empty file, one of blanks only and one of a header only", () => {
    expect(fileProblems("")).toEqual(["fileEmpty"]);
    expect(fileProblems("\ufeff \r\n\r\n")).toEqual(["fileEmpty"]);
    expect(fileProblems(";;\n;;\n")).toEqual(["fileEmpty"]);
    expect(fileProblems("indicator,period,value\r\n")).toEqual(["fileNoRows"]);
    expect(fileProblems("indicator,period,value\n\n,,\n")).toEqual(["fileNoRows"]);
  });

  it("refuses a file that is no text (a spreadsheet saved as .xlsx)", () => {
    expect(fileProblems("PK\u0003\u0004\u0000\u0000")).toEqual(["fileNotText"]);
  });

  it("refuses a quote that is never closed, naming the line where it opened", () => {
    const text =
      'indicator,period,value,note\r\nparticipants,2025-Q1,1,"a ""b""\r\nc"\r\nparticipants,2025-Q2,2,"d\r\n\r\n';
    const result = issuesOf(parseCsv(text));
    expect(result.fileIssues).toEqual([{ messageKey: "monitoring.csv.quoteNotClosed", params: { line: 3 } }]);
  });

  it("names missing, unknown and doubled columns, and does not read rows without the required ones", () => {
    const result = issuesOf(parseCsv("indikator,indicator,wert,comment\nparticipants,participants,1,x\n"));
    expect(result.fileIssues).toEqual([
      { messageKey: "monitoring.csv.columnDuplicate", params: { en: "indicator", de: "indikator" } },
      { messageKey: "monitoring.csv.columnUnknown", params: { column: "comment" } },
      { messageKey: "monitoring.csv.columnMissing", params: { en: "period", de: "zeitraum" } },
    ]);
    expect(result.rowIssues).toEqual([]);
  });

  it("reads the rows beside an unknown column, so one upload reports both", () => {
    const result = issuesOf(parseCsv("indicator,period,value,comment\nparticipants,2025-Q1,12a,x\n"));
    expect(result.fileIssues.map((i) => i.messageKey)).toEqual(["monitoring.csv.columnUnknown"]);
    expect(result.rowIssues).toEqual([
      { line: 2, column: "value", field: "value", messageKey: "monitoring.csv.valueNotNumber", value: "12a" },
    ]);
  });

  it("refuses a file beyond the byte limit before reading it", () => {
    const text = `indicator,period,value\n${"x".repeat(OBSERVATION_CSV_LIMITS.maxFileBytes)}`;
    expect(issuesOf(parseCsv(text)).fileIssues).toEqual([
      { messageKey: "monitoring.csv.fileTooLarge", params: { maxMegabytes: 2 } },
    ]);
    // Bytes, not characters: umlauts take two.
    const umlauts = `indicator,period,value\n${"ä".repeat(OBSERVATION_CSV_LIMITS.maxFileBytes / 2)}`;
    expect(fileProblems(umlauts)).toEqual(["fileTooLarge"]);
  });

  it("refuses more rows than the limit", () => {
    const rows = Array.from({ length: OBSERVATION_CSV_LIMITS.maxRows + 1 }, () => "participants,2025-Q1,1");
    const result = issuesOf(parseCsv(`indicator,period,value\n${rows.join("\n")}`));
    expect(result.fileIssues).toEqual([
      {
        messageKey: "monitoring.csv.fileTooManyRows",
        params: { maxRows: OBSERVATION_CSV_LIMITS.maxRows, rows: 10_001 },
      },
    ]);
  });

  it("accepts exactly the row limit", () => {
    const periods = Array.from({ length: 100 }, (_, i) => `${1900 + i}`);
    const units = Array.from({ length: 100 }, (_, i) => `d${i}`);
    const wide: CsvIndicator = { key: "w", frequency: "yearly", unit: "1", valueKind: "number", spatialUnits: units };
    const lines = periods.flatMap((p) => units.map((u) => `w,${p},1,${u}`));
    expect(lines).toHaveLength(OBSERVATION_CSV_LIMITS.maxRows);
    const result = parseObservationCsv(`indicator,period,value,spatial_unit\n${lines.join("\n")}`, {
      indicators: [wide],
      now: context.now,
    });
    expect(result.ok && result.rows.length).toBe(OBSERVATION_CSV_LIMITS.maxRows);
  });
});

describe("parseObservationCsv: rows", () => {
  it("reports every problem of every row, at its line and column, and yields no rows", () => {
    const text = [
      "indikator;zeitraum;wert;einheit;raumbezug;status;anmerkung",
      "participants;2025-Q1;12a;Personen;;final;", // 2: text in a number
      "unknown;2025-13;5;;;;", // 3: unknown indicator, invalid period
      "participants;2025;1.234;kg;mitte;maybe;=HYPERLINK(1)", // 4: five problems
      "no2;2025-07;7;;wedding;;", // 5: period not over, unknown district
      "guideline;2024;vielleicht;;;;", // 6: not yes or no
      "green-share;2024;3;;;;", // 7: a district is required
      "participants;2025-Q2;1;;;;", // 8: fine
      "participants;2025-q2;2;;stadt;;", // 9: the same as line 8
      "participants;2025-Q1;1;;", // 10: too few cells
      ";;;;;;", // 11: empty, skipped
      ";2025-Q1;;;;;", // 12: indicator and value missing
    ].join("\r\n");
    expect(rowProblems(text)).toEqual([
      "2 wert valueNotNumber 12a",
      "3 indikator indicatorUnknown unknown",
      "3 zeitraum periodInvalid 2025-13",
      "4 anmerkung formula =HYPERLINK(1)",
      "4 zeitraum periodNotOfFrequency 2025",
      "4 wert valueAmbiguous 1.234",
      "4 einheit unitMismatch kg",
      "4 raumbezug spatialUnitCityOnly mitte",
      "4 status statusUnknown maybe",
      "5 zeitraum periodNotComplete 2025-07",
      "5 raumbezug spatialUnitUnknown wedding",
      "6 wert yesNoInvalid vielleicht",
      "7 raumbezug spatialUnitRequired",
      "9 - rowDuplicate",
      "10 - cellCount",
      "12 indikator indicatorMissing",
      "12 wert valueMissing",
    ]);
    const result = issuesOf(parseCsv(text));
    expect(result.fileIssues).toEqual([]);
    expect(result.rowIssues.find((i) => i.line === 9)?.params).toEqual({ firstLine: 8 });
    expect(result.rowIssues.find((i) => i.line === 10)?.params).toEqual({ found: 5, expected: 7 });
    expect(result.rowIssues.find((i) => i.messageKey.endsWith("unitMismatch"))?.params).toEqual({
      expected: "{persons}",
    });
    expect(result.rowIssues.find((i) => i.messageKey.endsWith("NotOfFrequency"))?.params).toEqual({
      frequency: "quarterly",
    });
  });

  it("reports a duplicate even when the first row has another problem", () => {
    expect(rowProblems("indicator,period,value\nparticipants,2025-Q1,x\nparticipants,2025-Q1,2\n")).toEqual([
      "2 value valueNotNumber x",
      "3 - rowDuplicate",
    ]);
  });

  it("refuses 1,2,3 in a comma-separated file as a row with too many cells", () => {
    expect(rowProblems("indicator,period,value\nparticipants,2025-Q1,1,2,3\n")).toEqual(["2 - cellCount"]);
  });

  it("refuses a period that has not ended in Berlin, even by a second", () => {
    // 23:59:59 on 30 June in Berlin (UTC+2); the second quarter ends at midnight there.
    const now = new Date("2025-06-30T21:59:59Z");
    const result = parseObservationCsv("indicator,period,value\nparticipants,2025-Q2,1", { indicators, now });
    expect(issuesOf(result).rowIssues.map((i) => i.messageKey)).toEqual(["monitoring.csv.periodNotComplete"]);
  });

  it("still checks period and value of a row whose indicator is unknown", () => {
    expect(rowProblems("indicator,period,value\nnope,2099,x\nnope,2020,ja\n")).toEqual([
      "2 indicator indicatorUnknown nope",
      "2 period periodNotComplete 2099",
      "2 value valueNotNumber x",
      "3 indicator indicatorUnknown nope",
    ]);
  });

  it("refuses formulas in any column with one issue per cell, but lets negative numbers pass", () => {
    expect(rowProblems("indicator,period,value,note\n@participants,2025-Q1,=1+1,-3\n")).toEqual([
      "2 indicator formula @participants",
      "2 value formula =1+1",
    ]);
    expect(rowsOf(parseCsv("indicator;period;value;note\nno2;2025-06;-1.234,5;-3\n"))).toMatchObject([
      { value: -1234.5, note: "-3" },
    ]);
  });

  it("refuses a value too large, with the limit", () => {
    const result = issuesOf(parseCsv("indicator,period,value\nparticipants,2025-Q1,2e15\n"));
    expect(result.rowIssues).toEqual([
      {
        line: 2,
        column: "value",
        field: "value",
        messageKey: "monitoring.csv.valueTooLarge",
        value: "2e15",
        params: { maxValue: 1e15 },
      },
    ]);
  });

  it("refuses a cell over the byte limit and a note over the length limit, showing a shortened cell", () => {
    const long = "a".repeat(OBSERVATION_CSV_LIMITS.maxFieldBytes + 1);
    const note = "ü".repeat(OBSERVATION_CSV_LIMITS.maxNoteLength + 1);
    const result = issuesOf(
      parseCsv(`indicator,period,value,note\n${long},2025-Q1,1,\nparticipants,2025-Q1,1,${note}`),
    );
    expect(result.rowIssues.map((i) => [i.line, i.messageKey, i.params])).toEqual([
      [2, "monitoring.csv.fieldTooLong", { maxBytes: 2000 }],
      [3, "monitoring.csv.noteTooLong", { maxLength: 500 }],
    ]);
    expect(result.rowIssues[0]?.value).toBe(`${"a".repeat(100)}…`);
  });

  it("reports text under a column without a name", () => {
    expect(rowProblems("indicator;period;value;\nparticipants;2025-Q1;4;oops\n")).toEqual([
      "2 - cellWithoutColumn oops",
    ]);
  });

  it("numbers lines as a spreadsheet does when a cell spans several lines", () => {
    const text = 'indicator,period,value,note\nparticipants,2025-Q1,1,"a\nb\nc"\nparticipants,2025-Q2,x,\n';
    expect(rowProblems(text)).toEqual(["3 value valueNotNumber x"]);
  });

  it("takes the unit as its exact code or as its name in any case", () => {
    expect(rowProblems("indicator,period,value,unit\nno2,2025-06,1,UG/M3\n")).toEqual(["2 unit unitMismatch UG/M3"]);
    expect(rowsOf(parseCsv("indicator,period,value,unit\nparticipants,2025-Q1,1,persons\n"))).toHaveLength(1);
  });
});
