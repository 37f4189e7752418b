import { z } from "zod";

/**
 * Reading measured values out of a JSON document an administrator pointed a source at: where the
 * list of items is, and within an item where its time and its value are. Also the reading of one
 * time and one value, shared with the SensorThings format. Pure: the document was fetched elsewhere.
 *
 * Path syntax (small on purpose, no JSONPath library and no expressions): names separated by dots,
 * an index in brackets for arrays, e.g. `data.items`, `measurements[0].value`, `[2]`. A name is any
 * text without dots, brackets or control characters. The empty path is the document (or item) itself.
 */

/** One measured value at one instant, as read from a source, before any unit or period is applied. */
export type RawObservation = { at: Date; value: number };

/** Why one item was not taken, as a message key; the rest of its document is still read. */
export type ObservationProblem =
  | "monitoring.errors.observationNotObject"
  | "monitoring.errors.observationTimeInvalid"
  | "monitoring.errors.observationValueMissing"
  | "monitoring.errors.observationValueInvalid";

/** An item that was refused, by its position in the list it came in. */
export type ObservationRefusal = { index: number; reason: ObservationProblem };

/** The steps of a parsed path: a name reads an object's property, a number an array's element. */
export type JsonPath = readonly (string | number)[];

export const JSON_PATH_MAX_LENGTH = 200;

// A name: anything but dots, brackets and control characters.
const name = "[^.[\\]\\u0000-\\u001f\\u007f]+";
const firstStep = new RegExp(`^(?:(${name})|\\[(\\d{1,6})\\])`);
const nextStep = new RegExp(`^(?:\\.(${name})|\\[(\\d{1,6})\\])`);

/** The steps of a path in the syntax above, or null when the text is not one. */
export function parseJsonPath(text: string): JsonPath | null {
  if (text.length > JSON_PATH_MAX_LENGTH) return null;
  const steps: (string | number)[] = [];
  let rest = text;
  while (rest !== "") {
    // Only the first step is written without a dot; `a..b`, `a.` and `a[0]b` match neither pattern.
    const match = (steps.length === 0 ? firstStep : nextStep).exec(rest);
    if (!match) return null;
    steps.push(match[1] !== undefined ? match[1] : Number(match[2]));
    rest = rest.slice(match[0].length);
  }
  return steps;
}

/** How times are written in the document: RFC 3339 text with a zone, or Unix seconds or milliseconds. */
export const timeFormats = ["iso", "unix-seconds", "unix-milliseconds"] as const;
export type TimeFormat = (typeof timeFormats)[number];

const pathText = (required: boolean) =>
  z
    .string()
    .trim()
    .max(JSON_PATH_MAX_LENGTH, "monitoring.errors.jsonPath")
    .refine((text) => parseJsonPath(text) !== null && (!required || text !== ""), "monitoring.errors.jsonPath");

/** Where a JSON document keeps its items, and each item its time and value; what a form checks. */
export const jsonSourcePathsSchema = z.strictObject({
  items: pathText(false),
  time: pathText(true),
  value: pathText(true),
  timeFormat: z.enum(timeFormats).default("iso"),
});
export type JsonSourcePaths = z.output<typeof jsonSourcePathsSchema>;

/** A JSON source: its address (http or https) and its paths. */
export const jsonSourceSchema = jsonSourcePathsSchema.extend({
  url: z.url({ protocol: /^https?$/, error: "monitoring.errors.sourceUrl" }),
});
export type JsonSource = z.output<typeof jsonSourceSchema>;

/**
 * The address to fetch for [from, to): `{from}` and `{to}` in the configured URL are replaced by the
 * instants in ISO 8601 (UTC), percent-encoded, for APIs that take the range as parameters.
 */
export function jsonSourceUrl(url: string, from: Date, to: Date): string {
  return url
    .replaceAll("{from}", encodeURIComponent(from.toISOString()))
    .replaceAll("{to}", encodeURIComponent(to.toISOString()));
}

/** What a path leads to in `value`, or undefined when a step is missing (never an inherited property). */
export function followPath(value: unknown, path: JsonPath): unknown {
  let current = value;
  for (const key of path) {
    if (typeof key === "number") {
      if (!Array.isArray(current) || key >= current.length) return undefined;
      current = current[key];
    } else {
      if (current === null || typeof current !== "object" || Array.isArray(current) || !Object.hasOwn(current, key))
        return undefined;
      current = (current as Record<string, unknown>)[key];
    }
  }
  return current;
}

const numericText = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A measured value: a finite number, or text that is exactly one in JSON's notation ("12.5", "-3e2").
 * A decimal comma, units, NaN and infinities are refused rather than guessed.
 */
export function readValue(raw: unknown): { value: number } | { problem: ObservationProblem } {
  if (raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === ""))
    return { problem: "monitoring.errors.observationValueMissing" };
  const value =
    typeof raw === "number" ? raw : typeof raw === "string" && numericText.test(raw.trim()) ? Number(raw) : NaN;
  return Number.isFinite(value) ? { value } : { problem: "monitoring.errors.observationValueInvalid" };
}

const rfc3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/**
 * An instant written as RFC 3339 date and time with its zone (`Z` or `+02:00`); seconds may be left
 * out. A time without a zone is refused: its instant depends on where it was written.
 */
export function parseInstant(text: string): Date | null {
  const m = rfc3339.exec(text.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? "0"].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth || hour > 23 || minute > 59 || second > 59) return null;
  const offsetHours = Number(m[10] ?? 0);
  const offsetMinutes = Number(m[11] ?? 0);
  if (offsetHours > 23 || offsetMinutes > 59) return null;
  const offset = (m[9] === "-" ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  const milliseconds = Number((m[7] ?? "0").padEnd(3, "0").slice(0, 3));
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, milliseconds) - offset;
  // Date.UTC maps years 0–99 to 1900–1999; such years are no measurement time anyway.
  return year < 1000 ? null : new Date(utc);
}

/** A time in the given format, or null; Unix times must be whole and within JavaScript's date range. */
export function readTime(raw: unknown, format: TimeFormat): Date | null {
  if (format === "iso") return typeof raw === "string" ? parseInstant(raw) : null;
  const number =
    typeof raw === "number" ? raw : typeof raw === "string" && /^\d+$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(number) || number < 0) return null;
  const at = new Date(format === "unix-seconds" ? number * 1000 : number);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** Whether an instant lies in the half-open range [from, to). */
export function isInRange(at: Date, from: Date, to: Date): boolean {
  return at.getTime() >= from.getTime() && at.getTime() < to.getTime();
}

/** What one item holds: its time (null when unreadable) and its raw value; or why it is no item at all. */
export type ItemReading = { at: Date | null; value: unknown } | ObservationProblem;

/**
 * The observations of a list of items, each read by `readItem`: an item without a readable time or
 * numeric value is refused with its reason (by its position), the others are taken.
 */
export function readItems(
  items: readonly unknown[],
  readItem: (item: unknown) => ItemReading,
): { observations: RawObservation[]; refused: ObservationRefusal[] } {
  const observations: RawObservation[] = [];
  const refused: ObservationRefusal[] = [];
  for (const [index, item] of items.entries()) {
    const reading = readItem(item);
    if (typeof reading === "string") {
      refused.push({ index, reason: reading });
      continue;
    }
    const read = readValue(reading.value);
    if (!reading.at) refused.push({ index, reason: "monitoring.errors.observationTimeInvalid" });
    else if ("problem" in read) refused.push({ index, reason: read.problem });
    else observations.push({ at: reading.at, value: read.value });
  }
  return { observations, refused };
}

export type JsonExtraction =
  | { ok: true; observations: RawObservation[]; refused: ObservationRefusal[] }
  | { ok: false; reason: "monitoring.errors.jsonPath" | "monitoring.errors.sourceItemsMissing" };

/**
 * The observations of a document: the items at `paths.items` (which must be an array), each with its
 * time and value. An item that can't be read is refused with its reason; the others are taken.
 */
export function extractObservations(document: unknown, paths: JsonSourcePaths): JsonExtraction {
  const itemsPath = parseJsonPath(paths.items);
  const timePath = parseJsonPath(paths.time);
  const valuePath = parseJsonPath(paths.value);
  if (!itemsPath || !timePath || !valuePath) return { ok: false, reason: "monitoring.errors.jsonPath" };
  const items = followPath(document, itemsPath);
  if (!Array.isArray(items)) return { ok: false, reason: "monitoring.errors.sourceItemsMissing" };
  const read = readItems(items, (item) => ({
    at: readTime(followPath(item, timePath), paths.timeFormat),
    value: followPath(item, valuePath),
  }));
  return { ok: true, ...read };
}
