import { CsvError, parse } from "csv-parse/sync";
import { type InputProblem, PanelInputError } from "./errors";
import { csvProblem } from "./read-table";
import { sha256Hex } from "./sha256";

/** The most addresses one sample may hold (Berlin invited 3,000). */
const MAX_SAMPLE_ROWS = 20_000;

/** Columns the letters add to every address of the sample. */
export const letterColumns = ["letter_number", "invitation_code", "registration_url"] as const;

/**
 * Checks that an address file is a CSV table with a header and at least one address, and returns
 * the number of addresses. A bad file throws a PanelInputError naming the row or column.
 */
export function countAddresses(text: string, maxRows = MAX_SAMPLE_ROWS): number {
  const file = "sample.csv";
  // Counted while reading, without keeping the rows: a register extract may hold hundreds of thousands.
  let header: string[] | undefined;
  let count = 0;
  try {
    parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: false,
      on_record: (record: string[]) => {
        if (header === undefined) header = record;
        else count++;
        return null;
      },
    });
  } catch (error) {
    const row = (error as { lines?: number }).lines;
    const problem: InputProblem =
      error instanceof CsvError ? csvProblem(error) : { code: "notCsv", params: { reason: String(error) } };
    throw new PanelInputError(problem, { file, row });
  }
  if (!header || header.every((h) => !h.trim())) {
    throw new PanelInputError({ code: "noHeader" }, { file, row: 1 });
  }
  const seen = new Set<string>();
  header.forEach((name) => {
    const key = name.trim().toLowerCase();
    if (!key) throw new PanelInputError({ code: "columnWithoutName" }, { file, row: 1 });
    if (seen.has(key)) throw new PanelInputError({ code: "duplicateColumn" }, { file, row: 1, column: name });
    seen.add(key);
  });
  if (count === 0) throw new PanelInputError({ code: "noAddresses" }, { file, row: 2 });
  if (count > maxRows) {
    throw new PanelInputError({ code: "tooManyAddresses", params: { max: maxRows } }, { file });
  }
  return count;
}

/**
 * The header and the addresses at the given row numbers (1 = the first row after the header), in
 * the file's order; only those rows are kept while reading. The file was checked by countAddresses.
 */
export function pickAddressRows(text: string, rowNumbers: readonly number[]): string[][] {
  const wanted = new Set(rowNumbers);
  let row = -1;
  return parse(text, {
    bom: true,
    skip_empty_lines: true,
    on_record: (record: string[]) => {
      row++;
      return row === 0 || wanted.has(row) ? record : null;
    },
  }) as string[][];
}

/**
 * The published procedure for drawing the address sample from a register extract: every row
 * (numbered from 1 after the header) gets the SHA-256 of "<seed>\n<row number>"; the rows with the
 * smallest values form the sample, kept in the extract's order. Anyone holding the extract and the
 * seed gets the same sample.
 */
export function sampleRows(rowCount: number, seed: string, size: number): number[] {
  const ranked = Array.from({ length: rowCount }, (_, i) => ({
    row: i + 1,
    key: sha256Hex(`${seed.trim()}\n${i + 1}`),
  }));
  ranked.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return ranked
    .slice(0, size)
    .map((r) => r.row)
    .sort((a, b) => a - b);
}
