/**
 * Reads a CSV text into a header and rows that remember their row number (header = row 1, as a
 * spreadsheet shows it), so every later error can point at the exact cell.
 */
import { CsvError, parse } from "csv-parse/sync";
import { PanelInputError } from "../domain/errors";

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
    records = parse(text, { bom: true, info: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) {
      const row = (error as CsvError & { lines?: number }).lines;
      throw new PanelInputError(`not a valid CSV file (${error.message})`, { file, row });
    }
    throw error;
  }
  const [first, ...rest] = records;
  if (!first) throw new PanelInputError("the file is empty", { file });
  const header = first.record.map((name) => name.trim());
  const seen = new Map<string, number>();
  header.forEach((name, index) => {
    const key = name.toLowerCase();
    if (key && seen.has(key)) throw new PanelInputError("this column occurs twice", { file, row: 1, column: name });
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
    throw new PanelInputError(`the column is missing (the header has: ${table.header.join(", ")})`, {
      file: table.file,
      row: 1,
      column: name,
    });
  }
  return index;
}

/** Values are compared without regard to case or surrounding spaces. */
export function normaliseValue(value: string): string {
  return value.trim().toLowerCase();
}
