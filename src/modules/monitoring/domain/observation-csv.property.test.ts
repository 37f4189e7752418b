import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CsvIndicator,
  type CsvSeparator,
  isFormulaLike,
  type ObservationCsvField,
  type ObservationCsvRow,
  observationCsvColumns,
  parseObservationCsv,
} from "./observation-csv";
import type { Frequency } from "./periods";
import { type ObservationStatus, observationStatuses } from "./progress";

const indicators: CsvIndicator[] = [
  { key: "participants", frequency: "quarterly", unit: "{persons}", valueKind: "number", spatialUnits: ["city"] },
  { key: "no2", frequency: "monthly", unit: "ug/m3", valueKind: "number", spatialUnits: ["city", "mitte", "pankow"] },
  { key: "guideline", frequency: "yearly", unit: "1", valueKind: "yes-no", spatialUnits: ["city"] },
  { key: "green-share", frequency: "half-yearly", unit: "%", valueKind: "number", spatialUnits: ["mitte", "pankow"] },
];
const now = new Date("2025-07-15T10:00:00Z");
const context = { indicators, now };

/** How the file is written. */
interface Style {
  separator: CsvSeparator;
  /** For a semicolon file: decimal comma (grouped thousands or not) or decimal point. */
  decimal: "comma" | "comma-grouped" | "point";
  lineEnd: "\r\n" | "\n";
  bom: boolean;
  quoteAll: boolean;
  /** German or English column names, in the case given. */
  german: boolean;
  upperCase: boolean;
  optional: Record<"unit" | "spatialUnit" | "status" | "note", boolean>;
  /** Sort keys that shuffle the columns. */
  order: number[];
}

/** One row as what it means and how each cell is written. */
interface Generated {
  row: Omit<ObservationCsvRow, "line">;
  cells: Record<ObservationCsvField, string>;
  /** Empty lines before the row. */
  blanksBefore: number;
}

const style: fc.Arbitrary<Style> = fc
  .record({
    separator: fc.constantFrom<CsvSeparator>(",", ";"),
    decimal: fc.constantFrom<Style["decimal"]>("comma", "comma-grouped", "point"),
    lineEnd: fc.constantFrom<Style["lineEnd"]>("\r\n", "\n"),
    bom: fc.boolean(),
    quoteAll: fc.boolean(),
    german: fc.boolean(),
    upperCase: fc.boolean(),
    optional: fc.record({ unit: fc.boolean(), spatialUnit: fc.boolean(), status: fc.boolean(), note: fc.boolean() }),
    order: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 7, maxLength: 7 }),
  })
  .map((s) => (s.separator === "," ? { ...s, decimal: "point" as const } : s));

const periodsPerYear: Record<Frequency, number> = { yearly: 1, "half-yearly": 2, quarterly: 4, monthly: 12 };

function periodKey(frequency: Frequency, year: number, index: number): string {
  switch (frequency) {
    case "yearly":
      return `${year}`;
    case "half-yearly":
      return `${year}-H${index + 1}`;
    case "quarterly":
      return `${year}-Q${index + 1}`;
    case "monthly":
      return `${year}-${String(index + 1).padStart(2, "0")}`;
  }
}

/** A number as digits, so the text and the value agree exactly. */
const numberParts = fc.record({
  negative: fc.boolean(),
  plus: fc.boolean(),
  int: fc.oneof(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 999_999_999_999 })),
  frac: fc.stringMatching(/^\d{0,6}$/),
});
type NumberParts = typeof numberParts extends fc.Arbitrary<infer T> ? T : never;

function groupThousands(int: string): string {
  return int.replace(/\B(?=(\d{3})+$)/g, ".");
}

/** The number as the style writes it; a form the rules call ambiguous is written unambiguously. */
function numberText({ negative, plus, int, frac }: NumberParts, s: Style): string {
  const sign = negative ? "-" : plus ? "+" : "";
  const digits = String(int);
  if (s.separator === "," || s.decimal === "point") {
    // "1.234" in a semicolon file could be thousands: a fourth decimal makes it plain.
    const fraction = s.separator === ";" && frac.length === 3 && /^[1-9]\d{0,2}$/.test(digits) ? `${frac}0` : frac;
    return `${sign}${digits}${fraction ? `.${fraction}` : ""}`;
  }
  const grouped = s.decimal === "comma-grouped" ? groupThousands(digits) : digits;
  // A grouped integer with one point ("1.234") is ambiguous too: give it a decimal comma.
  const fraction = frac === "" && /^\d{1,3}\.\d{3}$/.test(grouped) ? "0" : frac;
  return `${sign}${grouped}${fraction ? `,${fraction}` : ""}`;
}

function numberValue({ negative, int, frac }: NumberParts): number {
  const value = Number(`${negative ? "-" : ""}${int}.${frac || "0"}`);
  return value === 0 ? 0 : value;
}

const statusSpellings: Record<ObservationStatus, string[]> = {
  provisional: ["provisional", "vorläufig", "Vorlaeufig", "PROVISIONAL"],
  final: ["final", "endgültig", "Endgueltig", ""],
  corrected: ["corrected", "korrigiert", "Korrigiert"],
};

/** Notes with separators, quotes, line breaks and umlauts, but nothing a spreadsheet would run. */
const note = fc
  .string({
    unit: fc.constantFrom("a", "Z", "ß", "ü", " ", ",", ";", '"', "\n", "\r\n", "-", "=", "1", "@", "'"),
    maxLength: 30,
  })
  .filter((text) => !isFormulaLike(text));

function rowArbitrary(s: Style): fc.Arbitrary<Generated> {
  return fc
    .record({
      // Without the column every value is for the whole city: only indicators given for the city.
      indicator: fc.constantFrom(
        ...indicators.filter((i) => s.optional.spatialUnit || i.spatialUnits.includes("city")),
      ),
      year: fc.integer({ min: 2000, max: 2024 }),
      index: fc.integer({ min: 0, max: 11 }),
      lowerLetter: fc.boolean(),
      area: fc.nat(),
      cityWord: fc.constantFrom("", "city", "Stadt", "GESAMTSTADT"),
      upperArea: fc.boolean(),
      number: numberParts,
      yesNo: fc.constantFrom(["1", 1], ["0", 0], ["ja", 1], ["Nein", 0], ["YES", 1], ["no", 0]),
      status: fc.constantFrom(...observationStatuses),
      spelling: fc.nat(),
      unitAs: fc.constantFrom("empty", "code", "label"),
      note,
      blanksBefore: fc.constantFrom(0, 0, 0, 1, 2),
    })
    .map((g) => {
      const period = periodKey(g.indicator.frequency, g.year, g.index % periodsPerYear[g.indicator.frequency]);
      const allowed = s.optional.spatialUnit ? g.indicator.spatialUnits : ["city"];
      const spatialUnit = allowed[g.area % allowed.length] ?? "city";
      const yesNo = g.indicator.valueKind === "yes-no";
      const statuses = statusSpellings[g.status];
      const labels: Record<string, string> = { "{persons}": "Personen", "%": "prozent", "1": "number (no unit)" };
      const label = labels[g.indicator.unit] ?? g.indicator.unit;
      const row: Omit<ObservationCsvRow, "line"> = {
        indicator: g.indicator.key,
        period,
        spatialUnit,
        value: yesNo ? g.yesNo[1] : numberValue(g.number),
        status: s.optional.status ? g.status : "final",
        note: s.optional.note ? g.note.trim() : "",
      };
      const cells: Record<ObservationCsvField, string> = {
        indicator: g.indicator.key,
        period: g.lowerLetter ? period.toLowerCase() : period,
        value: yesNo ? g.yesNo[0] : numberText(g.number, s),
        unit: g.unitAs === "empty" ? "" : g.unitAs === "code" ? g.indicator.unit : label,
        spatialUnit: spatialUnit === "city" ? g.cityWord : g.upperArea ? spatialUnit.toUpperCase() : spatialUnit,
        status: statuses[g.spelling % statuses.length] ?? "",
        note: g.note,
      };
      return { row, cells, blanksBefore: g.blanksBefore };
    });
}

/** Valid files: a style and up to 30 rows, no two for the same indicator, period and area. */
const validFile = style.chain((s) =>
  fc.record({
    style: fc.constant(s),
    rows: fc.uniqueArray(rowArbitrary(s), {
      minLength: 1,
      maxLength: 30,
      selector: (g) => `${g.row.indicator} ${g.row.period} ${g.row.spatialUnit}`,
    }),
  }),
);

function columnsOf(s: Style): ObservationCsvField[] {
  const fields: ObservationCsvField[] = ["indicator", "period", "value"];
  for (const field of ["unit", "spatialUnit", "status", "note"] as const) if (s.optional[field]) fields.push(field);
  return fields
    .map((field, i) => ({ field, sort: s.order[i] ?? 0 }))
    .sort((a, b) => a.sort - b.sort)
    .map(({ field }) => field);
}

function quote(cell: string, s: Style): string {
  const needed = cell.includes(s.separator) || /["\r\n]/.test(cell);
  return needed || s.quoteAll ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** The file as text, and the line each row is on (as a spreadsheet counts: the header is line 1). */
function write(s: Style, rows: readonly Generated[], extraCell?: number): { text: string; lines: number[] } {
  const columns = columnsOf(s);
  const name = (field: ObservationCsvField) => {
    const text = observationCsvColumns[field][s.german ? "de" : "en"];
    return s.upperCase ? text.toUpperCase() : text;
  };
  const records = [columns.map((field) => quote(name(field), s)).join(s.separator)];
  const lines: number[] = [];
  rows.forEach((g, i) => {
    for (let b = 0; b < g.blanksBefore; b++) records.push(b % 2 === 0 ? "" : s.separator.repeat(columns.length - 1));
    const cells = columns.map((field) => quote(g.cells[field], s));
    if (extraCell === i) cells.push("x");
    records.push(cells.join(s.separator));
    lines.push(records.length);
  });
  return { text: `${s.bom ? "\ufeff" : ""}${records.join(s.lineEnd)}${s.lineEnd}`, lines };
}

describe("parseObservationCsv, properties", () => {
  it("reads back every valid file as the rows it was written from, whatever separator and decimal style", () => {
    fc.assert(
      fc.property(validFile, ({ style: s, rows }) => {
        const { text, lines } = write(s, rows);
        const result = parseObservationCsv(text, context);
        expect(result).toEqual({ ok: true, rows: rows.map((g, i) => ({ ...g.row, line: lines[i] })) });
      }),
      { numRuns: 300 },
    );
  });

  /** One fault put into one row: the cells it changes, or a cell too many, and the message expected. */
  type Corruption = { cells?: Partial<Record<ObservationCsvField, string>>; extraCell?: true; message: string };

  function corruptions(s: Style, target: Generated): Corruption[] {
    const indicator = indicators.find((i) => i.key === target.row.indicator);
    if (!indicator) throw new Error("unknown indicator");
    const yesNo = indicator.valueKind === "yes-no";
    const frequency = indicator.frequency;
    const cityOnly = indicator.spatialUnits.join() === "city";
    const otherFrequency: Frequency = frequency === "quarterly" ? "monthly" : "quarterly";
    const list: Corruption[] = [
      { cells: { value: "12a" }, message: yesNo ? "yesNoInvalid" : "valueNotNumber" },
      { cells: { value: "1,2,3" }, message: yesNo ? "yesNoInvalid" : "valueNotNumber" },
      { cells: { value: "" }, message: "valueMissing" },
      { cells: { value: "2" }, message: yesNo ? "yesNoInvalid" : "" },
      { cells: { value: s.separator === ";" ? "1e16" : "-1e16" }, message: yesNo ? "yesNoInvalid" : "valueTooLarge" },
      { cells: { value: "=1+1" }, message: "formula" },
      { cells: { indicator: "not-an-indicator" }, message: "indicatorUnknown" },
      { cells: { indicator: "@SUM(A1)" }, message: "formula" },
      { cells: { period: "2025-13" }, message: "periodInvalid" },
      { cells: { period: periodKey(frequency, 2099, 0) }, message: "periodNotComplete" },
      { cells: { period: periodKey(otherFrequency, 2020, 0) }, message: "periodNotOfFrequency" },
      { cells: { period: "" }, message: "periodMissing" },
      { extraCell: true, message: "cellCount" },
    ];
    if (s.optional.unit) list.push({ cells: { unit: "kg" }, message: "unitMismatch" });
    if (s.optional.spatialUnit)
      list.push({
        cells: { spatialUnit: "atlantis" },
        message: cityOnly ? "spatialUnitCityOnly" : "spatialUnitUnknown",
      });
    if (s.optional.status) list.push({ cells: { status: "draft" }, message: "statusUnknown" });
    if (s.optional.note) list.push({ cells: { note: "+cmd|' /C calc'!A0" }, message: "formula" });
    // "2" is a fine number: that corruption applies to yes-no indicators only.
    return list.filter((c) => c.message !== "");
  }

  it("reports a row with any one fault at its line, with the fault's message, and yields no rows", () => {
    const corrupted = validFile.chain(({ style: s, rows }) =>
      fc.record({
        style: fc.constant(s),
        rows: fc.constant(rows),
        target: fc.nat({ max: rows.length - 1 }),
        pick: fc.nat(),
      }),
    );
    fc.assert(
      fc.property(corrupted, ({ style: s, rows, target, pick }) => {
        const original = rows[target];
        if (!original) throw new Error("no target");
        const options = corruptions(s, original);
        const corruption = options[pick % options.length];
        if (!corruption) throw new Error("no corruption");
        const changed = rows.map((g, i) => (i === target ? { ...g, cells: { ...g.cells, ...corruption.cells } } : g));
        const { text, lines } = write(s, changed, corruption.extraCell ? target : undefined);
        const result = parseObservationCsv(text, context);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.fileIssues).toEqual([]);
        expect(result.rowIssues.length).toBeGreaterThan(0);
        expect(result.rowIssues.every((issue) => issue.line === lines[target])).toBe(true);
        expect(result.rowIssues.map((issue) => issue.messageKey)).toContain(`monitoring.csv.${corruption.message}`);
      }),
      { numRuns: 300 },
    );
  });

  it("reports a second row for the same indicator, period and area at the later line, naming the first", () => {
    fc.assert(
      fc.property(validFile, fc.nat(), fc.boolean(), ({ style: s, rows }, pick, sameValue) => {
        const source = rows[pick % rows.length];
        if (!source) throw new Error("no row");
        const copy = {
          ...source,
          cells: { ...source.cells, value: sameValue ? source.cells.value : "0" },
          blanksBefore: 0,
        };
        const { text, lines } = write(s, [...rows, copy]);
        const result = parseObservationCsv(text, context);
        expect(result).toEqual({
          ok: false,
          fileIssues: [],
          rowIssues: [
            {
              line: lines[rows.length],
              column: null,
              field: null,
              messageKey: "monitoring.csv.rowDuplicate",
              params: { firstLine: lines[pick % rows.length] },
            },
          ],
        });
      }),
      { numRuns: 200 },
    );
  });
});
