/**
 * The pool reader: ids from `id`, `nationbuilder_id` or the row number; values matched without
 * regard to case and spaces; households; and clear errors for every bad cell.
 */
import { describe, expect, it } from "vitest";
import { inputError } from "../../../../tests/support/panel/input-error";
import { parsePool } from "./parse-pool";
import type { Feature } from "./problem";

const FEATURES: Feature[] = [
  {
    name: "gender",
    values: [
      { name: "female", min: 0, max: 2 },
      { name: "male", min: 0, max: 2 },
    ],
  },
  {
    name: "Age",
    values: [
      { name: "16-29", min: 0, max: 2 },
      { name: "30+", min: 0, max: 2 },
    ],
  },
];

describe("parsePool", () => {
  it("takes ids from the id column and matches values without regard to case or spaces", () => {
    const pool = parsePool("id,GENDER,age,email\n a1 , Female ,16-29,x@y\na2,MALE, 30+ ,z@y\n", FEATURES);
    expect(pool).toEqual([
      { id: "a1", values: [0, 0] },
      { id: "a2", values: [1, 1] },
    ]);
  });

  it("takes ids from nationbuilder_id (Sortition Foundation)", () => {
    const pool = parsePool("nationbuilder_id,first_name,gender,age\np7,Ann,female,30+\n", FEATURES);
    expect(pool).toEqual([{ id: "p7", values: [0, 1] }]);
  });

  it("numbers the data rows from 0 when there is no id column (replication data)", () => {
    const pool = parsePool("gender,age\nfemale,30+\nmale,30+\n\nmale,16-29", FEATURES);
    expect(pool.map((v) => v.id)).toEqual(["0", "1", "2"]);
  });

  it("keeps non-empty households and drops every other column", () => {
    const pool = parsePool("id,gender,age,household,name\na,female,30+,h1,Ann\nb,male,30+,,Bob\n", FEATURES);
    expect(pool).toEqual([
      { id: "a", values: [0, 1], household: "h1" },
      { id: "b", values: [1, 1] },
    ]);
  });

  it("names a missing feature column", () => {
    const error = inputError(() => parsePool("id,gender\na,female\n", FEATURES, "pool.csv"));
    expect(error.location).toEqual({ file: "pool.csv", row: 1, column: "Age" });
    expect(error.message).toBe('pool.csv, row 1, column "Age": the column for the feature "Age" is missing');
  });

  it("names the row and column of a value that is not in the quotas, and lists the known values", () => {
    const error = inputError(() => parsePool("id,gender,age\na,female,30+\nb,divers,30+\n", FEATURES, "pool.csv"));
    expect(error.location).toEqual({ file: "pool.csv", row: 3, column: "gender" });
    expect(error.message).toBe(
      'pool.csv, row 3, column "gender": "divers" is not a value of "gender" (known: female, male)',
    );
  });

  it("names both rows of a duplicate id", () => {
    const error = inputError(() =>
      parsePool("id,gender,age\na,female,30+\nb,male,30+\n a ,male,30+\n", FEATURES, "pool.csv"),
    );
    expect(error.location).toEqual({ file: "pool.csv", row: 4, column: "id" });
    expect(error.message).toContain('the id "a" already occurs in row 2');
  });

  it("names an empty id and a row with too few cells", () => {
    expect(inputError(() => parsePool("id,gender,age\n,female,30+\n", FEATURES, "pool.csv")).location).toEqual({
      file: "pool.csv",
      row: 2,
      column: "id",
    });
    const short = inputError(() => parsePool("id,gender,age\na,female\n", FEATURES, "pool.csv"));
    expect(short.message).toBe("pool.csv, row 2: this row has 2 cells, but the header has 3 columns");
  });

  it("reads files saved with semicolons, as German spreadsheets write them", () => {
    const pool = parsePool('id;gender;age\na;female;30+\nb;"male";16-29\n', FEATURES);
    expect(pool).toEqual([
      { id: "a", values: [0, 1] },
      { id: "b", values: [1, 0] },
    ]);
  });

  it("names a column that occurs twice", () => {
    const error = inputError(() => parsePool("id,gender,Gender,age\na,female,female,30+\n", FEATURES, "pool.csv"));
    expect(error.location).toEqual({ file: "pool.csv", row: 1, column: "Gender" });
  });
});
