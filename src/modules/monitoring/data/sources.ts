import { getJson, OutboundError, type OutboundOptions, type OutboundReason } from "../../../platform/http/outbound";
import {
  extractObservations,
  isInRange,
  type JsonSource,
  jsonSourceUrl,
  type ObservationRefusal,
  type RawObservation,
} from "../domain/json-source";
import {
  firstObservationsUrl,
  nextPageUrl,
  readObservationsPage,
  type SensorThingsSource,
} from "../domain/sensorthings";

/**
 * Fetching a source's raw observations for a time range, for the background job. All pages or
 * nothing: when any page fails, the fetch throws one `SourceFetchError` and no values are returned,
 * so an indicator never shows a range as complete that is missing its second half.
 */

/** Pages followed at most for one fetch; with 1000 per page, a year of five-minute values. */
export const MAX_PAGES = 120;

export type TimeRange = { from: Date; to: Date };

/** An observation the source sent but that could not be read, with the page it was on (from 1). */
export type FetchRefusal = ObservationRefusal & { page: number };

/** Observations in [from, to), oldest first; values outside the range are left out without a word. */
export type FetchedObservations = { observations: RawObservation[]; refused: FetchRefusal[]; pages: number };

export type SourceFetchOptions = OutboundOptions & { maxPages?: number; pageSize?: number };

export type SourceFailure =
  | "monitoring.errors.sourceTimeout"
  | "monitoring.errors.sourceTooLarge"
  | "monitoring.errors.sourceRedirects"
  | "monitoring.errors.sourceUrl"
  | "monitoring.errors.sourcePrivateAddress"
  | "monitoring.errors.sourceHttpStatus"
  | "monitoring.errors.sourceNotJson"
  | "monitoring.errors.sourceUnreachable"
  | "monitoring.errors.sourceNotSensorThings"
  | "monitoring.errors.sourceForeignNextLink"
  | "monitoring.errors.sourceTooManyPages"
  | "monitoring.errors.sourceItemsMissing"
  | "monitoring.errors.jsonPath";

const outboundFailures: Record<OutboundReason, SourceFailure> = {
  timeout: "monitoring.errors.sourceTimeout",
  "too-large": "monitoring.errors.sourceTooLarge",
  "redirect-loop": "monitoring.errors.sourceRedirects",
  "too-many-redirects": "monitoring.errors.sourceRedirects",
  "unsupported-url": "monitoring.errors.sourceUrl",
  "private-address": "monitoring.errors.sourcePrivateAddress",
  "http-status": "monitoring.errors.sourceHttpStatus",
  "not-json": "monitoring.errors.sourceNotJson",
  network: "monitoring.errors.sourceUnreachable",
};

/**
 * A fetch that failed as a whole: `messageKey` for people (with `status` for an HTTP status), and
 * the page it failed on; the message (`page 2: http-status 500 (host)`) is for the log.
 */
export class SourceFetchError extends Error {
  override readonly name = "SourceFetchError";
  constructor(
    readonly messageKey: SourceFailure,
    readonly page: number,
    detail: string,
    readonly status?: number,
  ) {
    super(`page ${page}: ${detail}`);
  }
}

/** One page's JSON; an outbound failure becomes the fetch's failure. */
async function fetchPage(url: string, page: number, options: OutboundOptions): Promise<unknown> {
  try {
    return (await getJson(url, options)).json;
  } catch (error) {
    if (!(error instanceof OutboundError)) throw error;
    throw new SourceFetchError(outboundFailures[error.reason], page, error.message, error.status);
  }
}

function withinRange(observations: RawObservation[], range: TimeRange): RawObservation[] {
  return observations
    .filter((observation) => isInRange(observation.at, range.from, range.to))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
}

/**
 * A SensorThings Datastream's observations in [from, to): the first page, then every `@iot.nextLink`
 * until none is left, at most `maxPages` pages and only on the first page's origin.
 */
export async function fetchSensorThingsObservations(
  source: SensorThingsSource,
  range: TimeRange,
  options: SourceFetchOptions = {},
): Promise<FetchedObservations> {
  const { maxPages = MAX_PAGES, pageSize, ...outbound } = options;
  const observations: RawObservation[] = [];
  const refused: FetchRefusal[] = [];
  let url = firstObservationsUrl(source, range.from, range.to, pageSize);
  for (let page = 1; ; page++) {
    const reading = readObservationsPage(await fetchPage(url, page, outbound));
    if (!reading.ok) throw new SourceFetchError(reading.reason, page, "not a SensorThings page");
    observations.push(...reading.page.observations);
    refused.push(...reading.page.refused.map((refusal) => ({ ...refusal, page })));
    const nextLink = reading.page.nextLink;
    if (nextLink === null) return { observations: withinRange(observations, range), refused, pages: page };
    if (page >= maxPages)
      throw new SourceFetchError("monitoring.errors.sourceTooManyPages", page, `more than ${maxPages} pages`);
    const next = nextPageUrl(nextLink, url);
    if (!next.ok) throw new SourceFetchError(next.reason, page, "nextLink to another origin");
    url = next.url;
  }
}

/** A JSON source's observations in [from, to): one document, read with the source's paths. */
export async function fetchJsonObservations(
  source: JsonSource,
  range: TimeRange,
  options: OutboundOptions = {},
): Promise<FetchedObservations> {
  const document = await fetchPage(jsonSourceUrl(source.url, range.from, range.to), 1, options);
  const extraction = extractObservations(document, source);
  if (!extraction.ok) throw new SourceFetchError(extraction.reason, 1, "no list of items at the configured path");
  const refused = extraction.refused.map((refusal) => ({ ...refusal, page: 1 }));
  return { observations: withinRange(extraction.observations, range), refused, pages: 1 };
}
