import { CsvError, parse } from "csv-parse/sync";
import { defaultTimeZone } from "../../../platform/reference-data";
import type { ValueKind } from "./indicator";
import { LARGEST_VALUE } from "./inputs";
import { type Frequency, isComplete, isPeriodKey, type PeriodKey, parsePeriodKey } from "./periods";
import type { ObservationStatus } from "./progress";
import { commonUnits } from "./units";

/**
 * Reading a CSV upload of measured values, before anything is written: the whole file is checked and
 * either every row comes back ready to store, or every problem of every row comes back, each with the
 * line as a spreadsheet shows it (the header is line 1) and the column as the file names it. Pure: the
 * text was read and the indicators the uploader may write to were looked up elsewhere.
 *
 * The file:
 * - A header row, then one value per row. Columns (any order, any case; spaces and hyphens in a name
 *   count as "_"), English or German: `indicator`/`indikator`, `period`/`zeitraum`, `value`/`wert`
 *   (required); `unit`/`einheit`, `spatial_unit`/`raumbezug`, `status`, `note`/`anmerkung` (optional).
 *   A column without a name is ignored as long as its cells are empty (spreadsheets add one for a
 *   trailing separator). Unknown and doubled columns are refused.
 * - UTF-8, with or without a byte order mark; lines end with CRLF, LF or CR; fields in double quotes
 *   may hold separators, quotes (doubled) and line breaks. Empty lines are skipped but counted, as a
 *   spreadsheet shows them. A first line `sep=;` (which Excel writes and hides) sets the separator.
 * - SEPARATOR: the one of `;` and `,` that occurs more often in the header line (a tie is `,`).
 * - NUMBERS (see `readCsvNumber`): an optional sign, digits, an optional exponent (`e-3`).
 *   In a comma-separated file the decimal mark is the point and nothing is grouped ("1234.5").
 *   In a semicolon-separated file (German Excel) a comma is the decimal mark, and points before it
 *   group thousands in threes ("1.234,5", "1234,5"). Without a comma, points in threes with two or
 *   more groups are thousands ("1.234.567"), a single point is the decimal mark ("1234.5", "0.5"),
 *   except one to three digits (not starting with 0), a point and exactly three digits ("1.234"),
 *   which is refused as ambiguous (1234 or 1.234?). Anything else is no number ("1,2,3", "12a",
 *   "NaN"). Values beyond ±10^15 are refused.
 * - Yes-no indicators take 1/0, ja/nein or yes/no (any case). Status: provisional/final/corrected or
 *   vorläufig/endgültig/korrigiert (also vorlaeufig, endgueltig), empty is final. Spatial unit: empty,
 *   `city`, `stadt` or `gesamtstadt` is the whole city; otherwise a district key (any case). Unit:
 *   empty, the indicator's UCUM code exactly, or that unit's German or English name ("Prozent").
 * - The period must be a key of the indicator's frequency ("2025", "2025-H1", "2025-Q3", "2025-07";
 *   letters in any case) whose end has passed at `now`: no value of a period still running.
 * - A cell that a spreadsheet would run as a formula is refused, not stored: one starting (after any
 *   blanks) with = or @, or with + or - followed by anything but a number; "-3" and "+1,5" are fine.
 *   Full-width ＝＋－＠ count as well, as in the platform's CSV writer.
 * - Cells are read trimmed. A row with more or fewer cells than the header is refused as a whole (so
 *   an unquoted "1,2,3" in a comma-separated file is a row with too many cells). Of two rows for the
 *   same indicator, period and area, the later one is refused. Limits: `OBSERVATION_CSV_LIMITS`.
 */

export type CsvSeparator = "," | ";";

/** What is known of each indicator the uploader may write values to. */
export interface CsvIndicator {
  key: string;
  frequency: Frequency;
  /** The UCUM code of the definition (domain/units.ts). */
  unit: string;
  valueKind: ValueKind;
  /** "city" and/or district keys the values may be given for. */
  spatialUnits: readonly string[];
}

export interface ObservationCsvContext {
  /** The indicators the uploader may write to; any other key is refused. */
  indicators: readonly CsvIndicator[];
  /** The time of the upload: a period counts only once it is over. */
  now: Date;
  /** The city's time zone, in which periods end (left out: the zone of a city file that names none). */
  timeZone?: string;
}

export const observationCsvFields = ["indicator", "period", "value", "unit", "spatialUnit", "status", "note"] as const;
export type ObservationCsvField = (typeof observationCsvFields)[number];

/** The column names a file may use for each field, English first, then German. */
export const observationCsvColumns: Record<ObservationCsvField, { en: string; de: string }> = {
  indicator: { en: "indicator", de: "indikator" },
  period: { en: "period", de: "zeitraum" },
  value: { en: "value", de: "wert" },
  unit: { en: "unit", de: "einheit" },
  spatialUnit: { en: "spatial_unit", de: "raumbezug" },
  status: { en: "status", de: "status" },
  note: { en: "note", de: "anmerkung" },
};

const requiredFields: readonly ObservationCsvField[] = ["indicator", "period", "value"];

/** Limits of one upload. */
export const OBSERVATION_CSV_LIMITS = {
  /** The whole file, in bytes of UTF-8. */
  maxFileBytes: 2 * 1024 * 1024,
  /** Rows with values (the header and empty lines not counted). */
  maxRows: 10_000,
  /** Any one cell, in bytes of UTF-8. */
  maxFieldBytes: 2_000,
  /** A note, in characters, as the form allows. */
  maxNoteLength: 500,
  /** The largest value in size (the same as the form's). */
  largestValue: LARGEST_VALUE,
} as const;

/** How many characters of a refused cell an issue repeats. */
const SHOWN_VALUE_LENGTH = 100;

export type ObservationCsvMessageKey =
  | "monitoring.csv.fileEmpty"
  | "monitoring.csv.fileNoRows"
  | "monitoring.csv.fileTooLarge"
  | "monitoring.csv.fileTooManyRows"
  | "monitoring.csv.fileNotText"
  | "monitoring.csv.fileUnreadable"
  | "monitoring.csv.quoteNotClosed"
  | "monitoring.csv.columnMissing"
  | "monitoring.csv.columnUnknown"
  | "monitoring.csv.columnDuplicate"
  | "monitoring.csv.cellCount"
  | "monitoring.csv.cellWithoutColumn"
  | "monitoring.csv.fieldTooLong"
  | "monitoring.csv.formula"
  | "monitoring.csv.indicatorMissing"
  | "monitoring.csv.indicatorUnknown"
  | "monitoring.csv.periodMissing"
  | "monitoring.csv.periodInvalid"
  | "monitoring.csv.periodNotOfFrequency"
  | "monitoring.csv.periodNotComplete"
  | "monitoring.csv.valueMissing"
  | "monitoring.csv.valueNotNumber"
  | "monitoring.csv.valueAmbiguous"
  | "monitoring.csv.valueTooLarge"
  | "monitoring.csv.yesNoInvalid"
  | "monitoring.csv.unitMismatch"
  | "monitoring.csv.spatialUnitUnknown"
  | "monitoring.csv.spatialUnitCityOnly"
  | "monitoring.csv.spatialUnitRequired"
  | "monitoring.csv.statusUnknown"
  | "monitoring.csv.noteTooLong"
  | "monitoring.csv.rowDuplicate";

export type IssueParams = Record<string, string | number>;

/** A problem of the file as a whole. */
export interface CsvFileIssue {
  messageKey: ObservationCsvMessageKey;
  params?: IssueParams;
}

/** A problem of one row, or of one cell of it. */
export interface CsvRowIssue {
  /** The line as a spreadsheet shows it; the header is line 1. */
  line: number;
  /** The column's name as the file's header writes it; null for the row as a whole. */
  column: string | null;
  field: ObservationCsvField | null;
  messageKey: ObservationCsvMessageKey;
  /** The refused cell (trimmed; shortened beyond 100 characters). */
  value?: string;
  params?: IssueParams;
}

/** One value ready to be stored. */
export interface ObservationCsvRow {
  line: number;
  indicator: string;
  period: PeriodKey;
  /** "city" or a district key, as the context spells it. */
  spatialUnit: string;
  value: number;
  status: ObservationStatus;
  note: string;
}

export type ObservationCsvResult =
  | { ok: true; rows: ObservationCsvRow[] }
  | { ok: false; fileIssues: CsvFileIssue[]; rowIssues: CsvRowIssue[] };

const key = (name: string) => `monitoring.csv.${name}` as ObservationCsvMessageKey;

// ---------------------------------------------------------------------------------------------------
// Cells

export type CsvNumberReading = { ok: true; value: number } | { ok: false; messageKey: ObservationCsvMessageKey };

const EXPONENT = "(?:[eE][+-]?\\d{1,3})?";
const pointNumber = new RegExp(`^[+-]?\\d+(?:\\.\\d+)?${EXPONENT}$`);
const commaNumber = new RegExp(`^[+-]?(?:\\d{1,3}(?:\\.\\d{3})+|\\d+),\\d+${EXPONENT}$`);
const groupedInteger = /^[+-]?\d{1,3}(?:\.\d{3}){2,}$/;
const ambiguousPoint = /^[+-]?[1-9]\d{0,2}\.\d{3}$/;

/** Reads a number as the file's separator says it is written (see the rules at the top). */
export function readCsvNumber(text: string, separator: CsvSeparator): CsvNumberReading {
  const cell = text.trim();
  if (cell === "") return { ok: false, messageKey: key("valueMissing") };
  let plain: string | null = null;
  if (separator === ",") {
    if (pointNumber.test(cell)) plain = cell;
  } else if (cell.includes(",")) {
    if (commaNumber.test(cell)) plain = cell.replace(/\./g, "").replace(",", ".");
  } else if (groupedInteger.test(cell)) {
    plain = cell.replace(/\./g, "");
  } else if (ambiguousPoint.test(cell)) {
    return { ok: false, messageKey: key("valueAmbiguous") };
  } else if (pointNumber.test(cell)) {
    plain = cell;
  }
  if (plain === null) return { ok: false, messageKey: key("valueNotNumber") };
  const value = Number(plain);
  if (!Number.isFinite(value) || Math.abs(value) > LARGEST_VALUE)
    return { ok: false, messageKey: key("valueTooLarge") };
  // "-0" is 0.
  return { ok: true, value: value === 0 ? 0 : value };
}

/** A sign followed by what can only be a number: a spreadsheet reads it as that number, not a formula. */
const signedNumber = /^[+-][.,]?\d[\d.,]*(?:[eE][+-]?\d+)?$/;
const formulaTrigger = /^[=@+\-\uff1d\uff20\uff0b\uff0d]/;

/** Whether a spreadsheet would run the cell as a formula (see the rules at the top). */
export function isFormulaLike(text: string): boolean {
  const cell = text.replace(/^[\s\u00a0\u3000]+/, "");
  if (cell.length < 2 || !formulaTrigger.test(cell)) return false;
  return !signedNumber.test(cell.trimEnd());
}

const yesNoWords: Record<string, number> = { "1": 1, "0": 0, ja: 1, nein: 0, yes: 1, no: 0 };

const statusWords: Record<string, ObservationStatus> = {
  provisional: "provisional",
  final: "final",
  corrected: "corrected",
  vorläufig: "provisional",
  vorlaeufig: "provisional",
  endgültig: "final",
  endgueltig: "final",
  korrigiert: "corrected",
};

const cityWords = new Set(["city", "stadt", "gesamtstadt"]);

const lower = (text: string) => text.normalize("NFC").toLowerCase();

/** The unit's names from the table of common units, in lower case, by code. */
let unitNames: Map<string, readonly string[]> | undefined;

function unitMatches(given: string, code: string): boolean {
  if (given === code) return true;
  if (!unitNames) {
    unitNames = new Map(commonUnits().map(({ code, label }) => [code, [lower(label.de), lower(label.en)]]));
  }
  return unitNames.get(code)?.includes(lower(given)) ?? false;
}

const encoder = new TextEncoder();

function tooLongForCell(text: string): boolean {
  const max = OBSERVATION_CSV_LIMITS.maxFieldBytes;
  // A UTF-16 unit takes at most 3 bytes, so most cells need no encoding to know they fit.
  return text.length * 3 > max && encoder.encode(text).length > max;
}

function shown(text: string): string {
  return text.length > SHOWN_VALUE_LENGTH ? `${text.slice(0, SHOWN_VALUE_LENGTH)}…` : text;
}

// ---------------------------------------------------------------------------------------------------
// The file

/** The separator the header line uses more often; a tie (also none at all) is a comma. */
export function detectSeparator(headerLine: string): CsvSeparator {
  const count = (char: string) => headerLine.split(char).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

function normaliseColumnName(name: string): string {
  return lower(name.trim()).replace(/[\s-]+/g, "_");
}

const fieldByColumnName = new Map<string, ObservationCsvField>(
  observationCsvFields.flatMap((field) => [
    [observationCsvColumns[field].en, field] as const,
    [observationCsvColumns[field].de, field] as const,
  ]),
);

const isBlank = (record: readonly string[]) => record.every((cell) => cell.trim() === "");

interface Header {
  /** The field of each column; null for a column without a name, undefined for one not understood. */
  fields: (ObservationCsvField | null | undefined)[];
  /** The column of each field found once. */
  index: Partial<Record<ObservationCsvField, number>>;
  names: string[];
  issues: CsvFileIssue[];
  /** Whether every required field has exactly one column, so rows can be checked. */
  usable: boolean;
}

function readHeader(record: readonly string[]): Header {
  const names = record.map((name) => name.trim());
  const fields: Header["fields"] = [];
  const index: Header["index"] = {};
  const seen = new Map<ObservationCsvField, number>();
  const issues: CsvFileIssue[] = [];
  for (const name of names) {
    if (name === "") {
      fields.push(null);
      continue;
    }
    const field = fieldByColumnName.get(normaliseColumnName(name));
    fields.push(field);
    if (field === undefined) {
      issues.push({ messageKey: key("columnUnknown"), params: { column: shown(name) } });
      continue;
    }
    const count = (seen.get(field) ?? 0) + 1;
    seen.set(field, count);
    if (count === 2) issues.push({ messageKey: key("columnDuplicate"), params: { ...observationCsvColumns[field] } });
  }
  let usable = true;
  for (const field of requiredFields) {
    if (!seen.has(field)) {
      issues.push({ messageKey: key("columnMissing"), params: { ...observationCsvColumns[field] } });
      usable = false;
    } else if (seen.get(field) !== 1) usable = false;
  }
  fields.forEach((field, i) => {
    if (field && seen.get(field) === 1) index[field] = i;
  });
  return { fields, index, names, issues, usable };
}

function fileIssue(messageKey: ObservationCsvMessageKey, params?: IssueParams): ObservationCsvResult {
  return { ok: false, fileIssues: [params ? { messageKey, params } : { messageKey }], rowIssues: [] };
}

/** The file's records, with the line a spreadsheet shows for each (empty lines are records too). */
function readRecords(text: string, separator: CsvSeparator): string[][] | ObservationCsvResult {
  try {
    return parse(text, { delimiter: separator, relax_column_count: true, relax_quotes: true }) as string[][];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    if (error.code === "CSV_QUOTE_NOT_CLOSED") {
      const line = lineOfUnclosedQuote(text, separator);
      return fileIssue(key("quoteNotClosed"), line === null ? undefined : { line });
    }
    const line = (error as CsvError & { lines?: number }).lines;
    return fileIssue(key("fileUnreadable"), typeof line === "number" ? { line } : undefined);
  }
}

/**
 * The line (as a spreadsheet counts, see above) of the field whose opening quote is never closed; the
 * parser names only the end of the file, which does not help to find it. Null if none is found.
 */
function lineOfUnclosedQuote(text: string, separator: CsvSeparator): number | null {
  let line = 1;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (fieldStart && char === '"') {
      let close = text.indexOf('"', i + 1);
      while (close >= 0 && text[close + 1] === '"') close = text.indexOf('"', close + 2);
      if (close < 0) return line;
      i = close;
      fieldStart = false;
    } else if (char === separator) {
      fieldStart = true;
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      line++;
      fieldStart = true;
    } else {
      fieldStart = false;
    }
  }
  return null;
}

/**
 * Checks a CSV upload of measured values against the indicators the uploader may write to, at `now`.
 * Nothing is written: the result is the rows to store, or every problem found.
 */
export function parseObservationCsv(input: string, context: ObservationCsvContext): ObservationCsvResult {
  const limits = OBSERVATION_CSV_LIMITS;
  if (input.length > limits.maxFileBytes || encoder.encode(input).length > limits.maxFileBytes) {
    return fileIssue(key("fileTooLarge"), { maxMegabytes: limits.maxFileBytes / (1024 * 1024) });
  }
  let text = input.startsWith("\ufeff") ? input.slice(1) : input;
  if (text.includes("\u0000")) return fileIssue(key("fileNotText"));
  if (text.trim() === "") return fileIssue(key("fileEmpty"));

  let separator: CsvSeparator | undefined;
  const hint = /^sep=([;,])[ \t]*(?:\r\n|\n|\r|$)/i.exec(text);
  if (hint) {
    separator = hint[1] as CsvSeparator;
    text = text.slice(hint[0].length);
  }
  const firstLine = text.replace(/^(?:[ \t]*(?:\r\n|\n|\r))+/, "").split(/\r\n|\n|\r/, 1)[0] ?? "";
  separator ??= detectSeparator(firstLine);

  const records = readRecords(text, separator);
  if (!Array.isArray(records)) return records;
  const headerIndex = records.findIndex((record) => !isBlank(record));
  const headerRecord = records[headerIndex];
  if (headerIndex < 0 || !headerRecord) return fileIssue(key("fileEmpty"));
  const data: Array<{ line: number; cells: string[] }> = [];
  for (let i = headerIndex + 1; i < records.length; i++) {
    const cells = records[i];
    if (cells && !isBlank(cells)) data.push({ line: i + 1, cells });
  }
  if (data.length === 0) return fileIssue(key("fileNoRows"));
  if (data.length > limits.maxRows)
    return fileIssue(key("fileTooManyRows"), { maxRows: limits.maxRows, rows: data.length });

  const header = readHeader(headerRecord);
  const rowIssues: CsvRowIssue[] = [];
  const rows: ObservationCsvRow[] = [];
  if (header.usable) {
    const indicators = new Map(
      context.indicators.map((indicator): [string, KnownIndicator] => [
        lower(indicator.key),
        { ...indicator, units: new Map(indicator.spatialUnits.map((unit) => [lower(unit), unit])) },
      ]),
    );
    const firstLineOf = new Map<string, number>();
    for (const { line, cells } of data) {
      const checked = checkRow({
        line,
        cells,
        header,
        indicators,
        separator,
        now: context.now,
        timeZone: context.timeZone ?? defaultTimeZone,
        issues: rowIssues,
      });
      // A row is a duplicate by what it is for, whether or not its other cells are right.
      if (checked.identity !== null) {
        const first = firstLineOf.get(checked.identity);
        if (first === undefined) firstLineOf.set(checked.identity, line);
        else {
          const params = { firstLine: first };
          rowIssues.push({ line, column: null, field: null, messageKey: key("rowDuplicate"), params });
          continue;
        }
      }
      if (checked.row) rows.push(checked.row);
    }
  }
  if (header.issues.length > 0 || rowIssues.length > 0) {
    return { ok: false, fileIssues: header.issues, rowIssues };
  }
  return { ok: true, rows };
}

// ---------------------------------------------------------------------------------------------------
// One row

/** An indicator with its spatial units by their lower-case spelling. */
interface KnownIndicator extends CsvIndicator {
  units: ReadonlyMap<string, string>;
}

interface RowInput {
  line: number;
  cells: readonly string[];
  header: Header;
  indicators: ReadonlyMap<string, KnownIndicator>;
  separator: CsvSeparator;
  now: Date;
  timeZone: string;
  issues: CsvRowIssue[];
}

interface CheckedRow {
  /** The row when it has no issue (duplicates are found by the caller). */
  row: ObservationCsvRow | null;
  /** Indicator, period and area, when all three could be read. */
  identity: string | null;
}

/** Checks one row, adding its issues. */
function checkRow({ line, cells, header, indicators, separator, now, timeZone, issues }: RowInput): CheckedRow {
  const before = issues.length;
  if (cells.length !== header.names.length) {
    issues.push({
      line,
      column: null,
      field: null,
      messageKey: key("cellCount"),
      params: { found: cells.length, expected: header.names.length },
    });
    return { row: null, identity: null };
  }

  const report = (field: ObservationCsvField, messageKey: ObservationCsvMessageKey, params?: IssueParams) => {
    const i = header.index[field] ?? -1;
    const value = shown((cells[i] ?? "").trim());
    issues.push({
      line,
      column: header.names[i] ?? null,
      field,
      messageKey,
      ...(value === "" ? {} : { value }),
      ...(params ? { params } : {}),
    });
  };

  // Every cell first: size, formulas, and text under a column without a name. A cell refused here
  // is not read further, so it gets one issue, not several.
  const cell: Partial<Record<ObservationCsvField, string>> = {};
  cells.forEach((text, i) => {
    const field = header.fields[i];
    if (field === null) {
      if (text.trim() !== "") {
        issues.push({
          line,
          column: null,
          field: null,
          messageKey: key("cellWithoutColumn"),
          value: shown(text.trim()),
        });
      }
      return;
    }
    // A column not understood (reported once in the file's issues) or a doubled one (the same).
    if (field === undefined || header.index[field] !== i) return;
    if (tooLongForCell(text)) {
      report(field, key("fieldTooLong"), { maxBytes: OBSERVATION_CSV_LIMITS.maxFieldBytes });
    } else if (isFormulaLike(text)) {
      report(field, key("formula"));
    } else {
      cell[field] = text.trim();
    }
  });

  // The indicator decides how the other cells are read.
  let indicator: KnownIndicator | undefined;
  if (cell.indicator === "") report("indicator", key("indicatorMissing"));
  else if (cell.indicator !== undefined) {
    indicator = indicators.get(lower(cell.indicator));
    if (!indicator) report("indicator", key("indicatorUnknown"));
  }

  let period: PeriodKey | undefined;
  if (cell.period === "") report("period", key("periodMissing"));
  else if (cell.period !== undefined) {
    const text = cell.period.toUpperCase();
    if (!isPeriodKey(text)) report("period", key("periodInvalid"));
    else if (indicator && !parsePeriodKey(text, indicator.frequency).ok) {
      report("period", key("periodNotOfFrequency"), { frequency: indicator.frequency });
    } else if (!isComplete(text, now, timeZone)) report("period", key("periodNotComplete"));
    else period = text;
  }

  let value: number | undefined;
  if (cell.value !== undefined) {
    const word = yesNoWords[lower(cell.value)];
    if (indicator?.valueKind === "yes-no") {
      if (cell.value === "") report("value", key("valueMissing"));
      else if (word === undefined) report("value", key("yesNoInvalid"));
      else value = word;
    } else if (indicator || word === undefined || cell.value === "") {
      // For an unknown indicator, a yes-no word may be right; anything else must be a number.
      const reading = readCsvNumber(cell.value, separator);
      if (reading.ok) value = reading.value;
      else if (reading.messageKey === key("valueTooLarge")) {
        report("value", reading.messageKey, { maxValue: OBSERVATION_CSV_LIMITS.largestValue });
      } else report("value", reading.messageKey);
    }
  }

  if (cell.unit && indicator && !unitMatches(cell.unit, indicator.unit)) {
    report("unit", key("unitMismatch"), { expected: indicator.unit });
  }

  let spatialUnit: string | undefined;
  if (cell.spatialUnit !== undefined || header.index.spatialUnit === undefined) {
    const given = lower(cell.spatialUnit ?? "");
    const isCity = given === "" || cityWords.has(given);
    if (indicator) {
      spatialUnit = indicator.units.get(isCity ? "city" : given);
      if (spatialUnit === undefined) {
        const cityOnly = indicator.spatialUnits.length === 1 && indicator.spatialUnits[0] === "city";
        if (cityOnly) report("spatialUnit", key("spatialUnitCityOnly"));
        else if (isCity) report("spatialUnit", key("spatialUnitRequired"));
        else report("spatialUnit", key("spatialUnitUnknown"));
      }
    }
  }

  let status: ObservationStatus | undefined;
  if (cell.status !== undefined || header.index.status === undefined) {
    const given = lower(cell.status ?? "");
    status = given === "" ? "final" : statusWords[given];
    if (status === undefined) report("status", key("statusUnknown"));
  }

  let note: string | undefined;
  if (cell.note !== undefined || header.index.note === undefined) {
    note = cell.note ?? "";
    if (note.length > OBSERVATION_CSV_LIMITS.maxNoteLength) {
      report("note", key("noteTooLong"), { maxLength: OBSERVATION_CSV_LIMITS.maxNoteLength });
      note = undefined;
    }
  }

  if (!indicator || period === undefined || spatialUnit === undefined) return { row: null, identity: null };
  const identity = JSON.stringify([indicator.key, period, spatialUnit]);
  if (issues.length > before || value === undefined || status === undefined || note === undefined) {
    return { row: null, identity };
  }
  return { row: { line, indicator: indicator.key, period, spatialUnit, value, status, note }, identity };
}
