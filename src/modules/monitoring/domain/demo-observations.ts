import { defaultTimeZone, startOfCityDay } from "../../../platform/reference-data";
import type { DemoIndicator } from "./demo-indicators";
import { targetList } from "./indicator";
import { isComplete, nextPeriod, type PeriodKey, periodContaining, periodEnd, periodsBetween } from "./periods";
import type { ObservationStatus } from "./progress";

/**
 * Invented values for the demo measures' indicators, so a newcomer sees indicators that move: one
 * value per complete period from the first period after the baseline day up to the last complete
 * one (at most `maxPeriods`, the newest), all final except the newest, which is provisional.
 *
 * The way each series goes is drawn from `random` (a number in [0, 1), injected, so the same source
 * gives the same demo): most move towards their target at a pace that is on track, some lag behind,
 * so the pages show every status. Values keep the indicator's kind: whole numbers for counted
 * things, shares between 0 and 100, yes (1) or no (0).
 */
export interface DemoObservation {
  period: PeriodKey;
  value: number;
  status: ObservationStatus;
}

export interface DemoObservationOptions {
  now: Date;
  /** The day the baselines describe (the strategy's adoption); the series starts after its period. */
  baselineDate: string;
  random: () => number;
  maxPeriods: number;
  /**
   * The city's time zone, in which the baseline day and the periods count (left out: the zone of a
   * city file that names none).
   */
  timeZone?: string;
}

/** A small, fast generator of numbers in [0, 1) from a 32-bit seed (mulberry32), for demo content only. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A 32-bit number from a text (FNV-1a), to give each indicator its own series from one seed. */
export function textHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const isShare = (unit: string) => unit === "%";

/** Rounded as the unit is usually reported, never below 0 and shares never above 100. */
function shaped(value: number, unit: string): number {
  const positive = Math.max(0, value);
  if (isShare(unit)) return Math.round(Math.min(100, positive) * 10) / 10;
  if (unit.startsWith("{") || unit === "m3/a") return Math.round(positive);
  return Math.round(positive * 10) / 10;
}

/** Where a series without a baseline starts: a share of the target in its direction, or a plain level. */
function startOf(indicator: DemoIndicator, target: number | null, random: () => number): number {
  const { direction, unit } = indicator.definition;
  const reported = indicator.reported?.value ?? null;
  if (target !== null) {
    if (direction === "decrease") return target * (1.5 + random() * 0.5);
    return target * (0.1 + random() * 0.3);
  }
  if (reported !== null) return reported * (0.6 + random() * 0.2);
  if (unit === "ug/m3") return 36 + random() * 6;
  if (isShare(unit)) return 20 + random() * 20;
  return 50 + random() * 100;
}

/** The demo values of one indicator use (see above). */
export function demoObservations(indicator: DemoIndicator, options: DemoObservationOptions): DemoObservation[] {
  const { definition, use } = indicator;
  const { random } = options;
  const timeZone = options.timeZone ?? defaultTimeZone;
  const since = startOfCityDay(options.baselineDate, timeZone);
  const first = nextPeriod(periodContaining(since, definition.frequency, timeZone));
  const current = periodContaining(options.now, definition.frequency, timeZone);
  if (!isComplete(first, options.now, timeZone)) return [];
  const all = periodsBetween(first, current).filter((period) => isComplete(period, options.now, timeZone));
  const periods = all.slice(-options.maxPeriods);
  if (periods.length === 0) return [];

  const target = targetList(use.targets)[0] ?? null;
  const start = use.baseline?.value ?? startOf(indicator, target?.value ?? null, random);
  // The pace: three in five on track, one at risk, one off track.
  const draw = random();
  const pace = draw < 0.6 ? 1 + random() * 0.2 : draw < 0.8 ? 0.65 + random() * 0.1 : 0.3 + random() * 0.15;
  const span = target ? periodEnd(target.period, timeZone).getTime() - since.getTime() : 0;
  const drift = definition.direction === "decrease" ? -0.02 : 0.03;

  const values = periods.map((period, i) => {
    const done = span > 0 ? Math.min(1, (periodEnd(period, timeZone).getTime() - since.getTime()) / span) : 0;
    if (definition.valueKind === "yes-no") {
      const yes = target ? done * pace >= 0.5 : i >= periods.length / 2;
      return yes ? 1 : 0;
    }
    const trend = target
      ? start + (target.value - start) * done * pace
      : start * (1 + drift * (all.length - periods.length + i));
    const scale = Math.abs(target ? target.value - start : start) || 1;
    const noise = (random() - 0.5) * 0.06 * scale;
    return shaped(trend + noise, definition.unit);
  });
  return periods.map((period, i) => ({
    period,
    value: values[i] ?? 0,
    status: i === periods.length - 1 ? "provisional" : "final",
  }));
}
