import { textHash } from "./demo-observations";

/**
 * The demo's own SensorThings Datastream: how many of Berlin's air-quality stations delivered
 * hourly data on each day, invented but plausible (a few stations at first, then a steady rise to
 * all 17 as the measure connects them, with a station more or less on some days). It exists so a
 * newcomer sees one indicator fed automatically; everything about it is marked as demo content.
 * Pure: the same day always gives the same value, so the seed and the platform's demo service agree.
 */

/** The Datastream's id in the demo service's addresses. */
export const DEMO_DATASTREAM_ID = 1;
/** The first day with a value (UTC). */
export const DEMO_DATASTREAM_START = Date.UTC(2022, 0, 1);
const STATIONS = 17;
const DAY_MS = 86_400_000;
/** The days from the start until every station is connected. */
const RAMP_DAYS = 1_200;

export type DemoReading = { phenomenonTime: string; result: number };

/** The value of the day starting at `dayStart` (midnight UTC). */
function stationsOn(dayStart: number): number {
  const progress = Math.min(1, (dayStart - DEMO_DATASTREAM_START) / (RAMP_DAYS * DAY_MS));
  const wobble = (textHash(new Date(dayStart).toISOString()) % 3) - 1;
  return Math.max(0, Math.min(STATIONS, Math.round(4 + (STATIONS - 4) * progress) + wobble));
}

/** The readings in [from, to), one per day at midnight UTC, oldest first, never after `now`. */
export function demoReadings(from: Date, to: Date, now: Date): DemoReading[] {
  const end = Math.min(to.getTime(), now.getTime());
  let day = Math.max(DEMO_DATASTREAM_START, Math.ceil(from.getTime() / DAY_MS) * DAY_MS);
  const readings: DemoReading[] = [];
  for (; day < end; day += DAY_MS) {
    readings.push({ phenomenonTime: new Date(day).toISOString(), result: stationsOn(day) });
  }
  return readings;
}

const filterPattern = /^phenomenonTime ge (\S+) and phenomenonTime lt (\S+)$/;

/**
 * The time range of a `$filter` of the form the platform's own fetch sends
 * ("phenomenonTime ge A and phenomenonTime lt B"); null for anything else, which the service refuses
 * as a real one refuses a filter it cannot read. No filter means everything up to now.
 */
export function readDemoFilter(filter: string | undefined, now: Date): { from: Date; to: Date } | null {
  if (filter === undefined) return { from: new Date(DEMO_DATASTREAM_START), to: now };
  const match = filterPattern.exec(filter.trim());
  const from = new Date(match?.[1] ?? Number.NaN);
  const to = new Date(match?.[2] ?? Number.NaN);
  return Number.isFinite(from.getTime()) && Number.isFinite(to.getTime()) ? { from, to } : null;
}
