import { type ChartStatus, StatusIcon } from "./status-badge";

/**
 * Counts per category as horizontal bars (indicators per status, measures per cluster). Each row
 * is HTML — the category's name, the bar, the number written beside it — so the words wrap on a
 * phone, grow with the reader's text size, and a screen reader reads "On track 12" row by row; only
 * the bar itself is a small SVG, hidden from screen readers because the number says the same.
 * Nothing is read from length or colour alone (WCAG 1.4.1).
 *
 * The bar's length is a percentage width of an SVG rectangle (the CSP allows no inline style).
 * A status gives the bar the status's colour and a pattern that also prints in black and white —
 * solid (on track), diagonal stripes (at risk), cross-hatching (off track), an outline only (no
 * data) — and the status's shape beside the name. Bars without a status are solid in the theme's
 * colour. Bars always start at 0: their length is the value.
 */

export interface Bar {
  /** The category's name, from the caller ("Im Plan", "Mobilität"). */
  label: string;
  /** A count or amount, 0 or more (a negative value draws no bar but is written; one that is not a finite number is written as a dash). */
  value: number;
  /** Colours, patterns and marks the bar as that status. */
  status?: ChartStatus;
}

/** The patterns, drawn in a 6 × 6 tile; their strokes take the status colour from charts.css. */
const patterns: Partial<Record<ChartStatus, string>> = {
  "at-risk": "M-1 1l2-2M0 6l6-6M5 7l2-2",
  "off-track": "M-1 1l2-2M0 6l6-6M5 7l2-2M-1 5l2 2M0 0l6 6M5-1l2 2",
};

function percent(value: number, max: number): number {
  if (!(max > 0) || !(value > 0)) return 0;
  return Math.round(Math.min(1, value / max) * 1000) / 10;
}

/**
 * @example
 * <BarChart id="status" title={t("monitoring.byStatus")} description={t("monitoring.byStatusText", counts)}
 *   bars={statuses.map((s) => ({ label: t(`monitoring.status.${s}`), value: counts[s], status: s }))} />
 */
export function BarChart(props: {
  /** Unique on the page: ids of the title, the description and the patterns start with it. */
  id: string;
  /** The chart's name, shown as its caption and read as its accessible name. */
  title: string;
  /** What it shows, in words (the largest group, the total); shown below the title and read as description. */
  description: string;
  /** Keeps title and description for screen readers only, when a heading and text above already say it. */
  hideCaption?: boolean;
  bars: readonly Bar[];
  /** Writes a number in the reader's language; default as is (fine for small counts). */
  format?: (value: number) => string;
  /** The value of a full-length bar, so several charts share one scale; default the largest value. */
  max?: number;
}) {
  const format = props.format ?? String;
  const max = props.max ?? Math.max(0, ...props.bars.map((bar) => (Number.isFinite(bar.value) ? bar.value : 0)));
  const titleId = `${props.id}-title`;
  const descriptionId = `${props.id}-description`;
  const used = new Set(props.bars.map((bar) => bar.status));
  const patterned = Object.entries(patterns).filter(([status]) => used.has(status as ChartStatus));
  return (
    <figure class="bar-chart" aria-labelledby={titleId} aria-describedby={descriptionId}>
      <figcaption class={props.hideCaption ? "visually-hidden" : "bar-chart__caption"}>
        <span class="bar-chart__title" id={titleId}>
          {props.title}
        </span>{" "}
        <span class="bar-chart__description" id={descriptionId}>
          {props.description}
        </span>
      </figcaption>
      {/* The patterns, once per chart (ids must be unique on the page). */}
      {patterned.length > 0 && (
        <svg class="bar-chart__defs" aria-hidden="true" focusable="false" width="0" height="0">
          <defs>
            {patterned.map(([status, d]) => (
              <pattern
                id={`${props.id}-${status}`}
                class={`bar-chart__pattern bar-chart__pattern--${status}`}
                width="6"
                height="6"
                patternUnits="userSpaceOnUse"
              >
                <rect width="6" height="6" />
                <path d={d} />
              </pattern>
            ))}
          </defs>
        </svg>
      )}
      <ul class="bar-chart__bars">
        {props.bars.map((bar) => {
          const status = bar.status;
          const fill = status && patterns[status] ? `url(#${props.id}-${status})` : undefined;
          return (
            <li class="bar-chart__row">
              <span class="bar-chart__label">
                {status && <StatusIcon status={status} />}
                {bar.label}
              </span>
              <svg class="bar-chart__track" aria-hidden="true" focusable="false">
                <rect
                  class={`bar-chart__bar bar-chart__bar--${status ?? "default"}`}
                  width={`${percent(bar.value, max)}%`}
                  height="100%"
                  fill={fill}
                />
              </svg>
              <span class="bar-chart__value">{Number.isFinite(bar.value) ? format(bar.value) : "–"}</span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
