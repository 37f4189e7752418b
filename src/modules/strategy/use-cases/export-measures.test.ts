import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CsvCell, csvLine, neutraliseFormula } from "../../../platform/csv/csv-writer";

/** One cell as the export writes it (a line of one cell, without its CRLF). */
const csvCell = (value: CsvCell): string => csvLine([value]).slice(0, -2);

describe("the CSV writer of the measures export", () => {
  it("quotes commas, quotes and line breaks and doubles quotes", () => {
    expect(csvCell("Smart Water, Berlin")).toBe('"Smart Water, Berlin"');
    expect(csvCell('Der "Kiez"')).toBe('"Der ""Kiez"""');
    expect(csvCell("Zeile 1\nZeile 2")).toBe('"Zeile 1\nZeile 2"');
    expect(csvCell("plain")).toBe("plain");
    expect(csvLine(["a", 1, true, null])).toBe("a,1,true,\r\n");
  });

  it("defuses cells a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell("+49 30 123")).toBe("'+49 30 123");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tcmd")).toBe("'\tcmd");
    expect(csvCell(-5)).toBe("-5");
  });

  it("reads back as the same cells, apart from the formula guard (property)", () => {
    const cell = fc.string({ maxLength: 20 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const width = rows[0]?.length ?? 1;
        const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ""));
        const text = table.map((r) => csvLine(r)).join("");
        const back = parse(text, { relax_column_count: false }) as string[][];
        // Every cell comes back exactly, except that a formula-looking one keeps its guarding apostrophe.
        expect(back).toEqual(table.map((r) => r.map(neutraliseFormula)));
      }),
    );
  });
});
