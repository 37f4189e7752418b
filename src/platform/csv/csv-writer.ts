import { stringify } from "csv-stringify/sync";

/**
 * The one CSV writer of the platform (RFC 4180 on `csv-stringify`): every export goes through it.
 * Fields with a comma, semicolon, quote, line break or surrounding blanks are quoted, quotes are
 * doubled, lines end with CRLF. Text a spreadsheet would run as a formula (starting with = + - @, also
 * after leading blanks, or with a tab, carriage return or line feed) gets a leading apostrophe, so
 * opening an export is safe.
 */
export type CsvCell = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** Quote every field, as some registers expect (default: only where needed). */
  quoteAll?: boolean;
}

/**
 * A formula trigger (= + - @, also in full width) at the start or after leading blanks (spreadsheets
 * that trim cells would run " =1+1"), or a tab, carriage return or line feed at the start.
 */
const formulaStart = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/;

/** The cell's text with a leading apostrophe where a spreadsheet would read a formula. */
export function neutraliseFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

function cellText(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  return neutraliseFormula(value);
}

/** Rows as CSV text, each line ending with CRLF (an empty list gives an empty text). */
export function csvText(rows: ReadonlyArray<ReadonlyArray<CsvCell>>, options: CsvOptions = {}): string {
  if (rows.length === 0) return "";
  return stringify(
    rows.map((row) => row.map(cellText)),
    { record_delimiter: "windows", quoted: options.quoteAll === true, quoted_match: /^\s|\s$|[;\r\n]/, eof: true },
  );
}

/** One row as a CSV line with its CRLF, for exports written row by row. */
export function csvLine(cells: ReadonlyArray<CsvCell>, options: CsvOptions = {}): string {
  return csvText([cells], options);
}
