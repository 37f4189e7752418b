/**
 * The arithmetic behind the charts, kept apart from the drawing so it can be tested on its own
 * (with property tests): a "nice" value scale whose ticks are 1, 2 or 5 times a power of ten, and
 * the choice of which period labels an axis shows when not all of them fit.
 *
 * Written here rather than taken from d3-scale: d3-scale is well kept, but it is not a dependency
 * of this repository, and the two functions the charts need fit on one screen.
 */

/** A value axis: its ends are multiples of `step`, and `ticks` runs from `min` to `max`, `step` apart. */
export interface Scale {
  min: number;
  max: number;
  step: number;
  ticks: number[];
}

export interface ScaleOptions {
  /**
   * About how many intervals the axis should have (the result has between about half and twice
   * as many, whatever 1, 2 or 5 × 10ⁿ gives). Default 5.
   */
  intervals?: number;
  /** true: the axis always reaches 0; false: it hugs the values; unset: decided by `reachesZero`. */
  zero?: boolean;
}

/**
 * Magnitudes beyond 10³⁰⁰ are brought down to it (a nice end could overflow to Infinity; such a
 * value is drawn at the edge of the plot), and below 10⁻¹⁰⁰ count as 0 while the step is chosen
 * (the powers of ten for such ticks underflow; the axis then reaches one step past them). No
 * indicator is measured in such numbers, but a chart must not fail on them.
 */
const LARGEST = 1e300;
const SMALLEST = 1e-100;

/**
 * The smallest span the axis gets, relative to the size of the values: ten digits of difference.
 * Values that agree in more digits (1 000 000 000 000 000 and 1 000 000 000 000 000.1) are drawn
 * as equal, since a finer step could no longer be told apart in floating point.
 */
const RELATIVE_RESOLUTION = 1e-9;

function bounded(value: number): number {
  return Math.abs(value) > LARGEST ? Math.sign(value) * LARGEST : value;
}

/**
 * Whether a line chart's axis should start at 0 when the caller does not say. Yes when the values
 * lie on both sides of 0 (0 is inside anyway), when they are all equal (a flat line at its height
 * reads better than a line in the middle of nowhere), and when 0 is no further from the values than
 * they spread (at most half of the plot stays empty). Otherwise the axis hugs the values, so a
 * change from 38 % to 45 % stays visible; the tick labels show where the axis starts. Bars always
 * start at 0 (their length is the value), lines need not.
 */
export function reachesZero(min: number, max: number): boolean {
  if (min <= 0 && max >= 0) return true;
  if (min === max) return true;
  return min > 0 ? min <= max - min : -max <= max - min;
}

/** The nice step (1, 2 or 5 × 10ⁿ) at least as large as `raw`, as mantissa and exponent. */
function niceStep(raw: number): { mantissa: number; exponent: number } {
  let exponent = Math.floor(Math.log10(raw));
  const fraction = raw / 10 ** exponent;
  let mantissa = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  if (mantissa === 10) {
    mantissa = 1;
    exponent += 1;
  }
  return { mantissa, exponent };
}

/**
 * The value of the k-th multiple of the step. For negative exponents it divides by a power of ten
 * instead of multiplying by a fraction, so 3 × 0.1 comes out as 0.3, not 0.30000000000000004.
 */
function multiple(k: number, mantissa: number, exponent: number): number {
  return exponent >= 0 ? k * mantissa * 10 ** exponent : (k * mantissa) / 10 ** -exponent;
}

/**
 * A nice scale that covers every finite value given (non-finite ones are ignored). Without any
 * value the axis runs from 0 to 1, so an empty chart still has a frame and no NaN.
 */
export function niceScale(values: Iterable<number>, options: ScaleOptions = {}): Scale {
  const intervals = Math.max(1, Math.floor(options.intervals ?? 5));
  // The values' range, and the same with tiny values taken as 0 for choosing the step.
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  let lo = low;
  let hi = high;
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    const v = bounded(value);
    const w = Math.abs(v) < SMALLEST ? 0 : v;
    low = Math.min(low, v);
    high = Math.max(high, v);
    lo = Math.min(lo, w);
    hi = Math.max(hi, w);
  }
  if (lo > hi) {
    lo = low = 0;
    hi = high = 1;
  }
  if (options.zero ?? reachesZero(lo, hi)) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  if (lo === hi && lo === 0) {
    hi = 1;
  } else if (lo === hi) {
    // All values equal and 0 not wanted: a band around the value.
    lo -= Math.abs(lo) / 10;
    hi += Math.abs(hi) / 10;
  }
  const minSpan = Math.max(Math.abs(lo), Math.abs(hi)) * RELATIVE_RESOLUTION;
  if (hi - lo < minSpan) {
    const mid = lo / 2 + hi / 2;
    lo = Math.min(lo, mid - minSpan / 2);
    hi = Math.max(hi, mid + minSpan / 2);
  }
  // Halves first, so a span of nearly 2 × 10³⁰⁰ does not overflow.
  const { mantissa, exponent } = niceStep((hi / 2 - lo / 2) / (intervals / 2));
  const step = multiple(1, mantissa, exponent);
  let first = Math.floor(lo / step);
  let last = Math.ceil(hi / step);
  // Rounding in the divisions (or a tiny value taken as 0) may leave the ends one step inside the
  // values; step outwards until they are covered.
  while (multiple(first, mantissa, exponent) > Math.min(lo, low)) first -= 1;
  while (multiple(last, mantissa, exponent) < Math.max(hi, high)) last += 1;
  const ticks: number[] = [];
  for (let k = first; k <= last; k++) ticks.push(multiple(k, mantissa, exponent) || 0);
  return { min: ticks[0] as number, max: ticks[ticks.length - 1] as number, step, ticks };
}

/**
 * Where a value lies on the scale: 0 at `min`, 1 at `max`. Values outside the scale (only those
 * beyond the bounds above) are held at its ends, so nothing is drawn outside the plot.
 */
export function position(scale: Pick<Scale, "min" | "max">, value: number): number {
  const span = scale.max - scale.min;
  if (!(span > 0) || !Number.isFinite(value)) return 0;
  const at = (value - scale.min) / span;
  return Math.min(1, Math.max(0, at));
}

/**
 * Which of `count` labels along an axis to show when at most `room` fit: all of them when they
 * fit, otherwise every n-th, always with the first and the last (the range a reader looks for),
 * and the one before the last dropped when it would stand closer to the last than the others stand
 * to each other. At least the first and the last are shown, even when `room` is smaller than 2.
 */
export function labelledIndices(count: number, room: number): number[] {
  const n = Math.max(0, Math.floor(count));
  if (n === 0) return [];
  if (n === 1) return [0];
  const fits = Math.max(2, Math.floor(room));
  if (n <= fits) return Array.from({ length: n }, (_, i) => i);
  const every = Math.ceil((n - 1) / (fits - 1));
  const shown: number[] = [];
  for (let i = 0; i < n - 1; i += every) shown.push(i);
  if (shown.length > 1 && n - 1 - (shown[shown.length - 1] as number) < every) shown.pop();
  shown.push(n - 1);
  return shown;
}
