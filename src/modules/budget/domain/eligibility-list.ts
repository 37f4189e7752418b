import { CsvError, parse } from "csv-parse/sync";

/**
 * The eligibility list: the office uploads name, birth date and postcode of the residents who may
 * vote in a heading; a resident enters the same three on a form. Both sides are normalised the same
 * way into one line, and only a salted hash of that line is ever stored (data/eligibility-list.ts).
 */

/** The person as entered or listed. */
export interface ListPerson {
  name: string;
  birthDate: string;
  postcode: string;
}

const UMLAUTS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss", æ: "ae", ø: "oe", œ: "oe" };

/**
 * A name as compared: lower case, umlauts written out (Müller = Mueller), other accents dropped
 * (José = Jose), hyphens, dots, commas and apostrophes as spaces, spaces collapsed, and the parts in
 * alphabetical order, so "Müller, Anna" and "Anna Mueller" are the same name. Empty when nothing is left.
 */
export function normaliseName(name: string): string {
  const lower = name.normalize("NFC").toLowerCase();
  const spelled = [...lower].map((ch) => UMLAUTS[ch] ?? ch).join("");
  const plain = spelled.normalize("NFD").replace(/\p{M}/gu, "");
  return plain
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter(Boolean)
    .sort()
    .join(" ");
}

/** A birth date as `YYYY-MM-DD` from `YYYY-MM-DD`, `DD.MM.YYYY` or `D.M.YYYY`; null when it is no date. */
export function normaliseBirthDate(text: string): string | null {
  const value = text.trim();
  let year: number;
  let month: number;
  let day: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (german) [day, month, year] = [Number(german[1]), Number(german[2]), Number(german[3])];
  else return null;
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A German postcode: five digits (spaces ignored); null otherwise. */
export function normalisePostcode(text: string): string | null {
  const digits = text.replace(/\s/g, "");
  return /^\d{5}$/.test(digits) ? digits : null;
}

export type PersonProblem = "name" | "birthDate" | "postcode";

/** The one line that is hashed, or which of the three is not usable. */
export function personKey(person: ListPerson): { key: string } | { problem: PersonProblem } {
  const name = normaliseName(person.name);
  if (!name) return { problem: "name" };
  const birthDate = normaliseBirthDate(person.birthDate);
  if (!birthDate) return { problem: "birthDate" };
  const postcode = normalisePostcode(person.postcode);
  if (!postcode) return { problem: "postcode" };
  return { key: `${name}\n${birthDate}\n${postcode}` };
}

/** Column names the list may use (case does not matter), German and English. */
const COLUMNS: Record<PersonProblem, readonly string[]> = {
  name: ["name"],
  birthDate: ["geburtsdatum", "birth date", "birthdate", "date of birth"],
  postcode: ["plz", "postleitzahl", "postcode", "postal code", "zip"],
};

/** Why a list file is refused, with the row (the header is row 1) where one applies. */
export type ListFileProblem =
  | { problem: "unreadable" }
  | { problem: "empty" }
  | { problem: "missingColumn"; column: PersonProblem }
  | { problem: "tooMany"; limit: number }
  | { problem: "badRow"; row: number; column: PersonProblem };

/** At most this many people in one upload. */
export const LIST_LIMIT = 200_000;

function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  return header.split(";").length > header.split(",").length ? ";" : ",";
}

/**
 * Reads a list file into the keys of its people. Any unusable row refuses the whole file (so a
 * half-read list never goes live); the same person twice counts once.
 */
export function readEligibilityList(text: string): { keys: string[] } | ListFileProblem {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      delimiter: delimiterOf(text),
    }) as string[][];
  } catch (error) {
    if (error instanceof CsvError) return { problem: "unreadable" };
    throw error;
  }
  const [header, ...rows] = records;
  if (!header || rows.length === 0) return { problem: "empty" };
  if (rows.length > LIST_LIMIT) return { problem: "tooMany", limit: LIST_LIMIT };
  const names = header.map((h) => h.trim().toLowerCase());
  const index = {} as Record<PersonProblem, number>;
  for (const column of ["name", "birthDate", "postcode"] as const) {
    const found = names.findIndex((n) => COLUMNS[column].includes(n));
    if (found < 0) return { problem: "missingColumn", column };
    index[column] = found;
  }
  const keys = new Set<string>();
  for (const [i, cells] of rows.entries()) {
    const person = {
      name: cells[index.name] ?? "",
      birthDate: cells[index.birthDate] ?? "",
      postcode: cells[index.postcode] ?? "",
    };
    const read = personKey(person);
    if ("problem" in read) return { problem: "badRow", row: i + 2, column: read.problem };
    keys.add(read.key);
  }
  return { keys: [...keys] };
}

/**
 * An address list for verification letters: a header row, then one letter per row; the non-empty
 * cells of a row are the address lines (at most six are printed in the envelope window).
 */
export function readAddressList(
  text: string,
  limit: number,
): { addresses: string[][] } | { problem: "unreadable" | "empty" } | { problem: "tooMany"; limit: number } {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      delimiter: delimiterOf(text),
    }) as string[][];
  } catch (error) {
    if (error instanceof CsvError) return { problem: "unreadable" };
    throw error;
  }
  const addresses = records
    .slice(1)
    .map((cells) => cells.map((c) => c.trim()).filter(Boolean))
    .filter((lines) => lines.length > 0);
  if (addresses.length === 0) return { problem: "empty" };
  if (addresses.length > limit) return { problem: "tooMany", limit };
  return { addresses: addresses.map((lines) => lines.slice(0, 6)) };
}
