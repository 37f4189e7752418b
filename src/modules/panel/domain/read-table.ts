/**
 * Reads a CSV text into a header and rows that remember their row number (header = row 1, as a
 * spreadsheet shows it), so every later error can point at the exact cell.
 */
import { CsvError, parse } from "csv-parse/sync";
import { type InputProblem, PanelInputError } from "./errors";

export interface TableRow {
  /** Row number in the file; the header is row 1. */
  readonly row: number;
  readonly cells: readonly string[];
}

export interface Table {
  readonly file: string;
  /** Column names, trimmed. */
  readonly header: readonly string[];
  readonly rows: readonly TableRow[];
}

export function readTable(text: string, file: string): Table {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      delimiter: guessDelimiter(text),
    }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) {
      const row = (error as CsvError & { lines?: number }).lines;
      throw new PanelInputError(csvProblem(error), { file, row });
    }
    throw error;
  }
  const [first, ...rest] = records;
  if (!first) throw new PanelInputError({ code: "fileEmpty" }, { file });
  const header = first.record.map((name) => name.trim());
  const seen = new Map<string, number>();
  header.forEach((name, index) => {
    const key = name.toLowerCase();
    if (key && seen.has(key)) throw new PanelInputError({ code: "duplicateColumn" }, { file, row: 1, column: name });
    seen.set(key, index);
  });
  return { file, header, rows: rest.map(({ record, info }) => ({ row: info.lines, cells: record })) };
}

/** Index of the column with this name (case-insensitive), or -1. */
export function findColumn(table: Table, name: string): number {
  const key = name.trim().toLowerCase();
  return table.header.findIndex((column) => column.toLowerCase() === key);
}

/** Index of a column that must be there; otherwise an error naming it. */
export function requireColumn(table: Table, name: string): number {
  const index = findColumn(table, name);
  if (index < 0) {
    throw new PanelInputError(
      { code: "missingColumn", params: { header: table.header.join(", ") } },
      { file: table.file, row: 1, column: name },
    );
  }
  return index;
}

/** Values are compared without regard to case or surrounding spaces. */
export function normaliseValue(value: string): string {
  return value.trim().toLowerCase();
}

/**
 * Spreadsheets set to German (and most other continental) locales save CSV with semicolons,
 * because the comma is their decimal mark. The header row tells which one a file uses.
 */
function guessDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (char: string): number => header.split(char).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

/** The parser's messages are for programmers; these are for the person who made the file. */
export function csvProblem(error: CsvError): InputProblem {
  switch (error.code) {
    case "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH": {
      const cells = (error as CsvError & { record?: unknown[] }).record?.length;
      const expected = /expect (\d+)/.exec(error.message)?.[1];
      return cells !== undefined && expected
        ? { code: "cellCount", params: { cells, expected: Number(expected) } }
        : { code: "cellCountDiffers" };
    }
    case "CSV_QUOTE_NOT_CLOSED":
      return { code: "quoteNotClosed" };
    default:
      return { code: "notCsv", params: { reason: error.message } };
  }
}
