import { z } from "zod";
import { defaultTimeZone } from "../../../platform/reference-data";
import { chosenIndicator, formText, slug } from "./inputs";
import { type JsonSource, jsonSourceSchema, jsonSourceUrl, timeFormats } from "./json-source";
import {
  type Aggregation,
  aggregations,
  type Frequency,
  type PeriodKey,
  periodContaining,
  periodEnd,
  periodStart,
  periodsBetween,
  previousPeriod,
} from "./periods";
import { type SensorThingsSource, sensorThingsSourceSchema } from "./sensorthings";

/**
 * The settings of an indicator use's automatic source, as the settings form sends them and as they
 * are stored: which kind (SensorThings or a JSON URL), where (checked by the kind's schema in
 * sensorthings.ts or json-source.ts) and how raw values become one value per period (aggregation).
 */

export const sourceKinds = ["sensorthings", "json"] as const;
export type SourceKind = (typeof sourceKinds)[number];

export type SourceSettings =
  | { kind: "sensorthings"; config: SensorThingsSource; aggregation: Aggregation }
  | { kind: "json"; config: JsonSource; aggregation: Aggregation };

export type StoredConfigReading =
  | { ok: true; source: { kind: "sensorthings"; config: SensorThingsSource } | { kind: "json"; config: JsonSource } }
  | { ok: false; error: "monitoring.errors.sourceSettingsInvalid" };

/** Stored settings read again with the kind's schema (a stored config from an older schema is refused). */
export function readStoredConfig(kind: string, config: unknown): StoredConfigReading {
  if (kind === "sensorthings") {
    const parsed = sensorThingsSourceSchema.safeParse(config);
    if (parsed.success) return { ok: true, source: { kind, config: parsed.data } };
  } else if (kind === "json") {
    const parsed = jsonSourceSchema.safeParse(config);
    if (parsed.success) return { ok: true, source: { kind, config: parsed.data } };
  }
  return { ok: false, error: "monitoring.errors.sourceSettingsInvalid" };
}

const error = (name: string) => `monitoring.errors.${name}`;

/** The message of each field for an issue the kind's schema words in its own way (an empty text id, say). */
const fieldMessages: Record<string, string> = {
  base: error("sourceUrl"),
  datastreamId: error("datastreamId"),
  url: error("sourceUrl"),
  items: error("jsonPath"),
  time: error("jsonPath"),
  value: error("jsonPath"),
  timeFormat: error("sourceTimeFormat"),
};

function messageOf(field: string, message: string): string {
  return message.startsWith("monitoring.") ? message : (fieldMessages[field] ?? error("sourceSettingsInvalid"));
}

/** A Datastream id as typed: digits are a number (`Datastreams(7)`), anything else a text id (`Datastreams('a')`). */
function datastreamIdOf(text: string): number | string {
  const trimmed = text.trim();
  return /^\d{1,15}$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** The address a source would be fetched from, for the host check (the JSON URL's placeholders filled in). */
function addressOf(settings: SourceSettings): { field: "base" | "url"; url: URL | null } {
  const text = settings.kind === "sensorthings" ? settings.config.base : settings.config.url;
  const filled = jsonSourceUrl(text, new Date("2000-01-01T00:00:00Z"), new Date("2000-01-02T00:00:00Z"));
  return {
    field: settings.kind === "sensorthings" ? "base" : "url",
    url: URL.canParse(filled) ? new URL(filled) : null,
  };
}

/**
 * The settings form: the measure (`slug`, from the address), the indicator, the kind (`none`
 * removes the source) and the fields of that kind, each issue named by its form field.
 * `refusesHost` says whether an address may not be used as a source (an internal network the
 * operator did not allow); names are checked again, after their lookup, at every fetch.
 */
export function sourceSettingsInput(options: { refusesHost: (url: URL) => boolean }) {
  return z
    .object({
      slug,
      indicator: chosenIndicator,
      kind: z.enum(["none", ...sourceKinds], { error: error("sourceKind") }),
      aggregation: formText,
      base: formText,
      datastreamId: formText,
      url: formText,
      items: formText,
      time: formText,
      value: formText,
      timeFormat: formText,
    })
    .transform((form, ctx): { slug: string; indicator: string; settings: SourceSettings | null } => {
      const { slug, indicator } = form;
      if (form.kind === "none") return { slug, indicator, settings: null };
      const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", message, path: [path] });
      const aggregation = aggregations.find((known) => known === form.aggregation.trim());
      if (!aggregation) issue("aggregation", error("sourceAggregation"));
      let settings: SourceSettings | null = null;
      if (form.kind === "sensorthings") {
        const parsed = sensorThingsSourceSchema.safeParse({
          base: form.base.trim(),
          datastreamId: datastreamIdOf(form.datastreamId),
        });
        if (parsed.success && aggregation) settings = { kind: "sensorthings", config: parsed.data, aggregation };
        for (const found of parsed.error?.issues ?? []) {
          const field = String(found.path[0] ?? "base");
          issue(field, messageOf(field, found.message));
        }
      } else {
        const timeFormat = timeFormats.find((known) => known === (form.timeFormat.trim() || "iso"));
        if (!timeFormat) issue("timeFormat", error("sourceTimeFormat"));
        const parsed = jsonSourceSchema.safeParse({
          url: form.url.trim(),
          items: form.items,
          time: form.time,
          value: form.value,
          timeFormat: timeFormat ?? "iso",
        });
        if (parsed.success && aggregation && timeFormat) settings = { kind: "json", config: parsed.data, aggregation };
        for (const found of parsed.error?.issues ?? []) {
          const field = String(found.path[0] ?? "url");
          issue(field, messageOf(field, found.message));
        }
      }
      if (!settings) return z.NEVER;
      const address = addressOf(settings);
      if (!address.url) {
        issue(address.field, error("sourceUrl"));
        return z.NEVER;
      }
      if (options.refusesHost(address.url)) {
        issue(address.field, error("sourcePrivateAddress"));
        return z.NEVER;
      }
      return { slug, indicator, settings };
    });
}
export type SourceSettingsInput = z.output<ReturnType<typeof sourceSettingsInput>>;

/** How many periods back every fetch reads: one year, whatever the frequency. */
const windowLength: Record<Frequency, number> = { monthly: 12, quarterly: 4, "half-yearly": 2, yearly: 1 };

/**
 * What a fetch at `now` reads: the complete periods of the last year (the twelve months before the
 * current one, the four quarters before the current one, …), oldest first, and the time range they
 * cover, from the start of the first to the start of the current period (excluded). The current
 * period is never read, so no value of a half-finished period is written. Every fetch reads the
 * whole year again, so a value the source delivers late or revises is taken up (as a correction)
 * for a year; older periods are left as they are. A year is also what one fetch can carry: with
 * five-minute values, about the most pages data/sources.ts follows.
 */
export function fetchWindow(
  frequency: Frequency,
  now: Date,
  timeZone: string = defaultTimeZone,
): { periods: PeriodKey[]; from: Date; to: Date } {
  const current = periodContaining(now, frequency, timeZone);
  let first = current;
  for (let i = 0; i < windowLength[frequency]; i++) first = previousPeriod(first);
  return {
    periods: periodsBetween(first, previousPeriod(current)),
    from: periodStart(first, timeZone),
    to: periodStart(current, timeZone),
  };
}

/** The wait after a period's start before its predecessor is fetched, so the last hours' values have arrived. */
export const FETCH_DELAY_MS = 3 * 60 * 60_000;

/** When a source that delivered at `now` is fetched next: at the start of the next period, plus the delay. */
export function nextFetchAt(frequency: Frequency, now: Date, timeZone: string = defaultTimeZone): Date {
  return new Date(periodEnd(periodContaining(now, frequency, timeZone), timeZone).getTime() + FETCH_DELAY_MS);
}
