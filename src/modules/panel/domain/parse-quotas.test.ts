/**
 * The quota readers: both formats recognised by their header, values trimmed, and every bad
 * cell reported with its file, row and column.
 */
import { describe, expect, it } from "vitest";
import { inputError } from "../../../../tests/support/panel/input-error";
import { parseQuotas } from "./parse-quotas";

describe("parseQuotas", () => {
  it("reads the replication format (category,feature,min,max)", () => {
    const { format, features } = parseQuotas(
      "category,feature,min,max\ngender,female,9,20\ngender,male,9,20\nleaning,left,0,20",
    );
    expect(format).toBe("replication");
    expect(features).toEqual([
      {
        name: "gender",
        values: [
          { name: "female", min: 9, max: 20 },
          { name: "male", min: 9, max: 20 },
        ],
      },
      { name: "leaning", values: [{ name: "left", min: 0, max: 20 }] },
    ]);
  });

  it("reads the Sortition Foundation format with flex bounds, header in any case and spacing", () => {
    const text = " Feature , VALUE ,min,max,min_flex,max_flex\r\nGender, Female ,11,12,0,12\r\nGender,Male,10,11,,\r\n";
    const { format, features } = parseQuotas(text, "features.csv");
    expect(format).toBe("sortition-foundation");
    expect(features).toEqual([
      {
        name: "Gender",
        values: [
          { name: "Female", min: 11, max: 12, minFlex: 0, maxFlex: 12 },
          { name: "Male", min: 10, max: 11 },
        ],
      },
    ]);
  });

  it("treats feature names that differ only in case as one feature", () => {
    const { features } = parseQuotas("category,feature,min,max\nAge,young,1,2\nage,old,1,2\n");
    expect(features.map((f) => f.values.length)).toEqual([2]);
  });

  it("names an unknown header", () => {
    const error = inputError(() => parseQuotas("name,lower,upper\na,1,2\n", "q.csv"));
    expect(error.location).toEqual({ file: "q.csv", row: 1 });
    expect(error.message).toContain('"category,feature,min,max"');
  });

  it("names a missing column", () => {
    const error = inputError(() => parseQuotas("category,feature,min\ngender,female,1\n", "q.csv"));
    expect(error.location).toEqual({ file: "q.csv", row: 1, column: "max" });
    expect(error.message).toBe(
      'q.csv, row 1, column "max": the column is missing (the header has: category, feature, min)',
    );
  });

  it.each([
    [
      "a word",
      "category,feature,min,max\ngender,female,1,2\ngender,male,one,2\n",
      3,
      "min",
      '"one" is not a whole number',
    ],
    ["a fraction", "category,feature,min,max\ngender,female,1,2.5\n", 2, "max", '"2.5" is not a whole number'],
    ["a negative number", "category,feature,min,max\ngender,female,-1,2\n", 2, "min", '"-1" is not a whole number'],
    ["an empty bound", "category,feature,min,max\ngender,female,,2\n", 2, "min", '"" is not a whole number'],
    ["min above max", "category,feature,min,max\ngender,female,5,3\n", 2, "min", "min 5 is larger than max 3"],
    [
      "a value listed twice",
      "category,feature,min,max\ngender,female,1,2\nGender, Female ,1,2\n",
      3,
      "feature",
      "is listed twice",
    ],
    ["an empty value", "category,feature,min,max\ngender,,1,2\n", 2, "feature", "the value is empty"],
    [
      "min_flex above min",
      "feature,value,min,max,min_flex,max_flex\ng,f,1,2,2,2\n",
      2,
      "min_flex",
      "min_flex 2 is larger than min 1",
    ],
    [
      "max_flex below max",
      "feature,value,min,max,min_flex,max_flex\ng,f,1,2,0,1\n",
      2,
      "max_flex",
      "max_flex 1 is smaller than max 2",
    ],
  ])("reports %s with file, row and column", (_, text, row, column, message) => {
    const error = inputError(() => parseQuotas(text, "categories.csv"));
    expect(error.location).toEqual({ file: "categories.csv", row, column });
    expect(error.message).toContain(`categories.csv, row ${row}, column "${column}": `);
    expect(error.message).toContain(message);
  });

  it("reports a file without quotas and a broken CSV", () => {
    expect(inputError(() => parseQuotas("category,feature,min,max\n", "q.csv")).message).toBe(
      "q.csv: there are no quotas in the file",
    );
    expect(inputError(() => parseQuotas("", "q.csv")).message).toBe("q.csv: the file is empty");
    const broken = inputError(() => parseQuotas('category,feature,min,max\ngender,"female,1,2\n', "q.csv"));
    expect(broken.message).toBe('q.csv, row 2: a quoted cell is never closed (a " is missing)');
  });
});
