import { z } from "zod";
import { type ObservationRefusal, parseInstant, type RawObservation, readItems } from "./json-source";

/**
 * The OGC SensorThings API 1.1 as a source: the address of a Datastream's Observations for a time
 * range, and the reading of one page of them. Pure; fetching the pages is data/sources.ts's work.
 *
 * An observation's `phenomenonTime` may be an interval (`start/end`, e.g. a daily mean); it is dated
 * by its START. The value describes the span that begins there, so a yearly value of 2023
 * (`2023-01-01T00:00Z/2024-01-01T00:00Z`) belongs to 2023, and the start lies inside [from, to)
 * exactly when the server's filter chose the observation. Dating by the end would put it into 2024.
 */

/** Observations asked for per page; servers may send fewer and point to the rest with `@iot.nextLink`. */
export const SENSORTHINGS_PAGE_SIZE = 1000;

/** Where a Datastream lives: the service root (…/v1.1) and the Datastream's id, a number or a text. */
export const sensorThingsSourceSchema = z.strictObject({
  base: z
    .url({ protocol: /^https?$/, error: "monitoring.errors.sourceUrl" })
    // The path and query are appended to it, so it may carry neither a query nor a fragment.
    .refine((text) => !URL.canParse(text) || !/[?#]/.test(text), "monitoring.errors.sourceUrl")
    .transform((text) => text.replace(/\/+$/, "")),
  datastreamId: z.union(
    [z.number().int().min(0).max(Number.MAX_SAFE_INTEGER), z.string().trim().min(1).max(200)],
    "monitoring.errors.datastreamId",
  ),
});
export type SensorThingsSource = z.output<typeof sensorThingsSourceSchema>;

/** The id as an OData literal: a number as it is, a text in single quotes with inner quotes doubled. */
function idLiteral(id: number | string): string {
  return typeof id === "number" ? String(id) : `'${id.replaceAll("'", "''")}'`;
}

/**
 * The first page's address of a Datastream's Observations in [from, to), oldest first, only time and
 * result, `pageSize` at a time. Every part is percent-encoded (spaces as %20, not +).
 */
export function firstObservationsUrl(
  source: SensorThingsSource,
  from: Date,
  to: Date,
  pageSize = SENSORTHINGS_PAGE_SIZE,
): string {
  const query = [
    ["$filter", `phenomenonTime ge ${from.toISOString()} and phenomenonTime lt ${to.toISOString()}`],
    ["$orderby", "phenomenonTime asc"],
    ["$select", "phenomenonTime,result"],
    ["$top", String(pageSize)],
  ]
    .map(([name, value]) => `${name}=${encodeURIComponent(value ?? "")}`)
    .join("&");
  return `${source.base}/Datastreams(${encodeURIComponent(idLiteral(source.datastreamId))})/Observations?${query}`;
}

/** The instant an observation is dated by: the instant itself, or the start of an interval (see above). */
export function phenomenonInstant(raw: unknown): Date | null {
  if (typeof raw !== "string") return null;
  const parts = raw.split("/");
  if (parts.length > 2) return null;
  const start = parseInstant(parts[0] ?? "");
  if (parts.length === 1 || !start) return start;
  const end = parseInstant(parts[1] ?? "");
  return end && end.getTime() >= start.getTime() ? start : null;
}

const pageSchema = z.looseObject({
  value: z.array(z.unknown()),
  "@iot.nextLink": z.string().min(1).nullish(),
});

export type SensorThingsPage = {
  observations: RawObservation[];
  refused: ObservationRefusal[];
  nextLink: string | null;
};

export type PageReading =
  | { ok: true; page: SensorThingsPage }
  | { ok: false; reason: "monitoring.errors.sourceNotSensorThings" };

/**
 * One page of Observations. A document without a `value` array (or with a nextLink that is not text)
 * is refused as a whole; within it, an observation without a readable time or numeric result is
 * refused with its reason and the others are taken.
 */
export function readObservationsPage(json: unknown): PageReading {
  const parsed = pageSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: "monitoring.errors.sourceNotSensorThings" };
  const { observations, refused } = readItems(parsed.data.value, (item) => {
    if (item === null || typeof item !== "object" || Array.isArray(item))
      return "monitoring.errors.observationNotObject";
    const fields = item as Record<string, unknown>;
    return { at: phenomenonInstant(fields.phenomenonTime), value: fields.result };
  });
  return { ok: true, page: { observations, refused, nextLink: parsed.data["@iot.nextLink"] ?? null } };
}

export type NextPage = { ok: true; url: string } | { ok: false; reason: "monitoring.errors.sourceForeignNextLink" };

/**
 * The address of the next page: `nextLink` resolved against the page it came with, and only if it
 * stays on that page's origin (scheme, host and port), so a source can't send the job elsewhere.
 */
export function nextPageUrl(nextLink: string, pageUrl: string): NextPage {
  let next: URL;
  try {
    next = new URL(nextLink, pageUrl);
  } catch {
    return { ok: false, reason: "monitoring.errors.sourceForeignNextLink" };
  }
  return next.origin === new URL(pageUrl).origin
    ? { ok: true, url: next.href }
    : { ok: false, reason: "monitoring.errors.sourceForeignNextLink" };
}
