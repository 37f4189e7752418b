import type { Child } from "hono/jsx";
import { labelledIndices, niceScale, position } from "./chart-scale";
import { DataTable } from "./data-table";

/**
 * A time series of one indicator, drawn on the server as inline SVG: the observed values as a
 * line with points, provisional values as hollow points, the baseline as a dashed line with its
 * label, and the targets as diamonds. No script, no third-party request, no inline style (the CSP
 * allows none): colours and dash patterns come from classes in charts.css, which read KERN's
 * tokens. Every series differs in shape or dash as well as colour, so the chart reads in black and
 * white and in forced colours too.
 *
 * The chart never stands alone. The SVG is one image (`role="img"`) whose name and description are
 * `title` and `description`; a screen reader does not walk its points. The page shows the same
 * numbers as a table beside it — `ChartWithTable` renders both from one set of props.
 *
 * Width: the SVG fills its container (viewBox, no fixed size). Because SVG text scales with the
 * drawing, the chart is drawn twice — a narrow layout with fewer period labels, and a wide one —
 * and a container query shows the one that fits (below 30rem the narrow one; browsers without
 * container queries keep it). So labels stay about 11–19 px at every width from 288 px up. The
 * hidden copy is `display: none`, which also hides it from screen readers.
 *
 * The y axis is "nice" (ticks at 1, 2 or 5 × 10ⁿ) and covers the values, the baseline and the
 * targets. It starts at 0 unless the values are far from 0 (see `reachesZero` in chart-scale.ts);
 * `zero` decides it for the caller.
 */

export interface ChartValue {
  /** A period key from `periods` ("2024-Q1"); values for other periods are not drawn. */
  period: string;
  value: number;
  /** Not final yet: drawn as a hollow point. */
  provisional?: boolean;
}

export interface ChartTarget {
  period: string;
  value: number;
}

/** Every word the chart shows, from the page's `t`. */
export interface LineChartLabels {
  /** Names the periods, shown below the chart and heading the table's first column ("Quartal"). */
  xAxis: string;
  /** Names the values and their unit, shown above the chart ("Ladepunkte", "t CO₂ pro Jahr"). */
  yAxis: string;
  /** The legend's name of the observed values ("Gemessen"). */
  observed: string;
  /** The legend's name of provisional values ("Vorläufig"); needed when a value is provisional. */
  provisional?: string;
  /** The legend's name of the targets ("Zielwert"); needed when there are targets. */
  target?: string;
  /** Drawn in the middle of the plot when there is nothing to draw ("Noch keine Werte"). */
  noData?: string;
}

export interface LineChartProps {
  /** Unique on the page: the ids of the titles and descriptions start with it. */
  id: string;
  /** The accessible name ("Öffentliche Ladepunkte 2022–2026"). */
  title: string;
  /** What the chart shows, in words: the trend, the latest value against the target, where the table is. */
  description: string;
  /** The x axis: every period in order, also those without a value (they leave a gap). */
  periods: readonly string[];
  observed: readonly ChartValue[];
  /** The starting value, as a dashed line across the plot with a short label ("Ausgangswert 2022"). */
  baseline?: { value: number; label: string };
  targets?: readonly ChartTarget[];
  labels: LineChartLabels;
  /** Writes a value for the tick labels and the table, in the reader's language ("1.250", "12,5 %"). */
  format: (value: number) => string;
  /** Writes a period for the axis and the table ("2024-Q1" → "Q1 2024"); default: the key itself. */
  formatPeriod?: (period: string) => string;
  /** true: the y axis always starts at 0; false: it hugs the values; unset: decided by the data. */
  zero?: boolean;
}

/** The font size of chart text in user units; charts.css sets the same (`.line-chart__svg text`). */
const FONT = 12;
/** About the width of one character of Fira Sans at that size, to make room for labels. */
const CHAR = FONT * 0.6;

const layouts = {
  narrow: { width: 300, height: 220, intervals: 4 },
  wide: { width: 480, height: 270, intervals: 5 },
} as const;
type LayoutName = keyof typeof layouts;

/** One decimal is enough for positions; it keeps the markup short. */
function r(value: number): number {
  return Math.round(value * 10) / 10;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}

function byPeriod<T extends { period: string; value: number }>(items: readonly T[] | undefined): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items ?? []) if (Number.isFinite(item.value)) map.set(item.period, item);
  return map;
}

/** The chart in one layout: an SVG image with its own title and description ids. */
function Drawing(props: LineChartProps & { layout: LayoutName }) {
  const { width, height, intervals } = layouts[props.layout];
  const periods = props.periods;
  const observed = byPeriod(props.observed);
  const targets = byPeriod(props.targets);
  const baseline = props.baseline && Number.isFinite(props.baseline.value) ? props.baseline : undefined;
  const shownValues = periods.flatMap((p) => [observed.get(p)?.value, targets.get(p)?.value]);
  const scale = niceScale(
    [...shownValues, baseline?.value].filter((v): v is number => v !== undefined),
    { intervals, zero: props.zero },
  );

  const tickTexts = scale.ticks.map((tick) => props.format(tick));
  const widest = Math.max(1, ...tickTexts.map((text) => text.length));
  const left = r(clamp(widest * CHAR + 10, 24, width * 0.4));
  const right = 8;
  const top = FONT;
  const bottom = height - FONT - 10;
  const plotWidth = width - left - right;
  const plotHeight = bottom - top;
  const slot = plotWidth / Math.max(periods.length, 1);
  const xAt = (index: number) => r(left + (index + 0.5) * slot);
  const yAt = (value: number) => r(bottom - position(scale, value) * plotHeight);

  const periodTexts = periods.map((p) => (props.formatPeriod ? props.formatPeriod(p) : p));
  const labelWidth = Math.max(1, ...periodTexts.map((text) => text.length)) * CHAR + 10;
  const shownLabels = labelledIndices(periods.length, plotWidth / labelWidth);

  // The line: one "M" at each start, so a period without a value leaves a gap instead of a zero.
  let line = "";
  let drawing = false;
  periods.forEach((period, index) => {
    const value = observed.get(period)?.value;
    if (value === undefined) {
      drawing = false;
      return;
    }
    line += `${drawing ? "L" : "M"}${xAt(index)} ${yAt(value)}`;
    drawing = true;
  });
  const diamonds = periods
    .map((period, index) => {
      const value = targets.get(period)?.value;
      return value === undefined ? "" : `M${xAt(index)} ${r(yAt(value) - 6)}l6 6l-6 6l-6-6z`;
    })
    .join("");
  const empty = line === "" && diamonds === "" && !baseline;

  const titleId = `${props.id}-${props.layout}-title`;
  const descriptionId = `${props.id}-${props.layout}-description`;
  const zeroInside = scale.min < 0 && scale.max > 0;
  const baselineY = baseline ? yAt(baseline.value) : 0;
  // The baseline's label sits at the right end of its line (the earliest values, on the left, lie
  // near the baseline by its nature), above it, or below it when the line runs along the top.
  const baselineLabelY = baselineY - FONT - 6 < top ? baselineY + FONT + 3 : baselineY - 5;

  return (
    <svg
      class={`line-chart__svg line-chart__svg--${props.layout}`}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      focusable="false"
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={titleId}>{props.title}</title>
      <desc id={descriptionId}>{props.description}</desc>
      <g class="line-chart__grid">
        {scale.ticks.map((tick) => (
          <line x1={left} x2={r(left + plotWidth)} y1={yAt(tick)} y2={yAt(tick)} />
        ))}
      </g>
      <g class="line-chart__ticks">
        {scale.ticks.map((tick, index) => (
          <text x={r(left - 6)} y={yAt(tick)} dy="0.35em" text-anchor="end">
            {tickTexts[index]}
          </text>
        ))}
        {shownLabels.map((index) => {
          const half = ((periodTexts[index]?.length ?? 0) * CHAR) / 2;
          return (
            <text x={r(clamp(xAt(index), half, width - half))} y={r(bottom + FONT + 6)} text-anchor="middle">
              {periodTexts[index]}
            </text>
          );
        })}
      </g>
      <path
        class="line-chart__axis"
        d={`M${left} ${bottom}h${r(plotWidth)}${shownLabels.map((index) => `M${xAt(index)} ${bottom}v4`).join("")}`}
      />
      {zeroInside && <line class="line-chart__zero" x1={left} x2={r(left + plotWidth)} y1={yAt(0)} y2={yAt(0)} />}
      {baseline && (
        <g class="line-chart__baseline">
          <line x1={left} x2={r(left + plotWidth)} y1={baselineY} y2={baselineY} />
          <text x={r(left + plotWidth - 4)} y={r(baselineLabelY)} text-anchor="end">
            {baseline.label}
          </text>
        </g>
      )}
      {line && <path class="line-chart__line" d={line} />}
      {diamonds && <path class="line-chart__target" d={diamonds} />}
      {periods.map((period, index) => {
        const value = observed.get(period);
        if (!value) return null;
        const kind = value.provisional ? "line-chart__point line-chart__point--provisional" : "line-chart__point";
        return <circle class={kind} cx={xAt(index)} cy={yAt(value.value)} r="3.5" />;
      })}
      {empty && props.labels.noData && (
        <text class="line-chart__empty" x={r(left + plotWidth / 2)} y={r(top + plotHeight / 2)} text-anchor="middle">
          {props.labels.noData}
        </text>
      )}
    </svg>
  );
}

/** One entry of the legend: the series' own mark (same shape and dash as in the chart) and its name. */
function LegendEntry(props: { kind: "observed" | "provisional" | "target" | "baseline"; label: string }) {
  const mark = {
    observed: (
      <>
        <path class="line-chart__line" d="M1 6h22" />
        <circle class="line-chart__point" cx="12" cy="6" r="3.5" />
      </>
    ),
    provisional: <circle class="line-chart__point line-chart__point--provisional" cx="12" cy="6" r="3.5" />,
    target: <path class="line-chart__target" d="M12 0l6 6l-6 6l-6-6z" />,
    baseline: (
      <g class="line-chart__baseline">
        <line x1="0" x2="24" y1="6" y2="6" />
      </g>
    ),
  }[props.kind];
  return (
    <li>
      <svg class="chart-legend__mark" viewBox="0 0 24 12" aria-hidden="true" focusable="false">
        {mark}
      </svg>
      {props.label}
    </li>
  );
}

/**
 * The chart: axis names as text above and below (so they wrap on phones), the drawing in its two
 * layouts, and a legend of the series that occur.
 *
 * @example
 * <LineChart id="chargers" title={indicator.name} description={summary} periods={periods}
 *   observed={values} baseline={{ value: 120, label: t("monitoring.baseline") }} targets={targets}
 *   labels={{ xAxis: t("monitoring.period"), yAxis: unit, observed: t("monitoring.observed"),
 *             provisional: t("monitoring.provisional"), target: t("monitoring.target") }}
 *   format={(n) => formatNumber(n, locale)} />
 */
export function LineChart(props: LineChartProps) {
  const known = new Set(props.periods);
  const values = props.observed.filter((v) => known.has(v.period) && Number.isFinite(v.value));
  const legend: Array<{ kind: "observed" | "provisional" | "target" | "baseline"; label: string }> = [];
  if (values.some((v) => !v.provisional)) legend.push({ kind: "observed", label: props.labels.observed });
  if (props.labels.provisional && values.some((v) => v.provisional)) {
    legend.push({ kind: "provisional", label: props.labels.provisional });
  }
  if (props.labels.target && (props.targets ?? []).some((v) => known.has(v.period) && Number.isFinite(v.value))) {
    legend.push({ kind: "target", label: props.labels.target });
  }
  if (props.baseline && Number.isFinite(props.baseline.value)) {
    legend.push({ kind: "baseline", label: props.baseline.label });
  }
  return (
    <figure class="line-chart">
      <p class="line-chart__axis-name">{props.labels.yAxis}</p>
      <Drawing {...props} layout="narrow" />
      <Drawing {...props} layout="wide" />
      <p class="line-chart__axis-name line-chart__axis-name--x">{props.labels.xAxis}</p>
      {legend.length > 0 && (
        <ul class="chart-legend">
          {legend.map((entry) => (
            <LegendEntry kind={entry.kind} label={entry.label} />
          ))}
        </ul>
      )}
    </figure>
  );
}

/**
 * The chart and, below it, the same numbers as a table (the design system's `DataTable`): one row
 * per period with the observed value (marked provisional in words) and the target, and the
 * baseline first. This is how a page shows an indicator; the chart is the overview, the table the
 * figures a screen reader, a keyboard or a copy-and-paste user reads.
 */
export function ChartWithTable(
  props: LineChartProps & {
    /** The table's caption; default the chart's title. */
    caption?: Child;
    /** Keeps the caption for screen readers only, when a heading above already says it. */
    hideCaption?: boolean;
    /** Written in a cell without a value ("kein Wert"). */
    noValue: string;
  },
) {
  const observed = byPeriod(props.observed);
  const targets = byPeriod(props.targets);
  const hasTargets = props.periods.some((p) => targets.has(p));
  const baseline = props.baseline && Number.isFinite(props.baseline.value) ? props.baseline : undefined;
  const columns: Child[] = [props.labels.xAxis, props.labels.observed];
  if (hasTargets) columns.push(props.labels.target ?? "");
  // A missing value is written out ("kein Wert"); a period without a target just has none.
  const written = (value: ChartValue | undefined) => {
    if (!value) return props.noValue;
    const text = props.format(value.value);
    return value.provisional && props.labels.provisional ? `${text} (${props.labels.provisional})` : text;
  };
  return (
    <div class="chart-with-table">
      <LineChart {...props} />
      <DataTable columns={columns} caption={props.caption ?? props.title} hideCaption={props.hideCaption}>
        {baseline && (
          <tr>
            <th scope="row">{baseline.label}</th>
            <td>{props.format(baseline.value)}</td>
            {hasTargets && <td />}
          </tr>
        )}
        {props.periods.map((period) => {
          const target = targets.get(period)?.value;
          return (
            <tr>
              <th scope="row">{props.formatPeriod ? props.formatPeriod(period) : period}</th>
              <td>{written(observed.get(period))}</td>
              {hasTargets && <td>{target === undefined ? "" : props.format(target)}</td>}
            </tr>
          );
        })}
      </DataTable>
    </div>
  );
}
