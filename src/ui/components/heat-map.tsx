import type { Child } from "hono/jsx";

/**
 * A heat map as what it is underneath: a table (measures × values of the values compass, cells
 * 0–3). Screen readers announce row and column for every cell, the page reflows, and the number
 * stands in each cell, so the shade only adds an overview (WCAG 1.4.1). Not an SVG: a table does
 * all of this without help.
 *
 * Five shades from white to dark blue (`heat-map__shade--0` … `--4`, in charts.css). They are
 * KERN's fixed dark-blue steps, not the city's theme colour, so the contrast of the number on its
 * shade is known: at least 5.2:1 at every shade (dark text on the three light ones, white on the
 * two dark ones). Values are spread over the shades by their place between `min` and `max`.
 *
 * The grid is its meaning, so it does not stack on phones like `DataTable`; it scrolls sideways in
 * its own region instead (tables are exempt from reflow, WCAG 1.4.10), which is focusable and named
 * by the caption so keyboard users can scroll it.
 */

export interface HeatMapRow {
  /** The row's heading (a measure's name, or a link to it). */
  label: Child;
  /** One value per column, in the columns' order; null or undefined for none. */
  values: readonly (number | null | undefined)[];
}

export interface HeatMapLevel {
  value: number;
  /** What the value means ("kein Bezug", "starker Bezug"). */
  label: string;
}

const SHADES = 4;

/** The shade 0–4 of a value: its place between min and max, rounded. */
export function shadeOf(value: number, min: number, max: number): number {
  if (!(max > min) || !Number.isFinite(value)) return 0;
  const share = (value - min) / (max - min);
  return Math.round(Math.min(1, Math.max(0, share)) * SHADES);
}

/**
 * @example
 * <HeatMap id="compass" caption={t("strategy.compassMap")} rowHeading={t("strategy.measure")}
 *   columns={values.map((v) => v.name)} rows={measures.map((m) => ({ label: m.title, values: m.scores }))}
 *   legendTitle={t("strategy.compassScale")} levels={[0, 1, 2, 3].map((n) => ({ value: n, label: t(`strategy.score.${n}`) }))}
 *   noValue={t("strategy.notRated")} />
 */
export function HeatMap(props: {
  /** Unique on the page: the caption's id starts with it. */
  id: string;
  caption: Child;
  /** Keeps the caption for screen readers only, when a visible heading already names the table. */
  hideCaption?: boolean;
  /** Heading of the first column, over the rows' names ("Maßnahme"). */
  rowHeading: string;
  /** Column headings, left to right ("Nachhaltigkeit", "Teilhabe" …). */
  columns: readonly string[];
  rows: readonly HeatMapRow[];
  /** The legend's heading ("Stärke des Bezugs"). */
  legendTitle: string;
  /** The meaning of the values, shown as the legend; they also set min and max unless given. */
  levels: readonly HeatMapLevel[];
  /** The value of the lightest and of the darkest shade; default the smallest and largest level. */
  min?: number;
  max?: number;
  /** Writes a value in the reader's language; default as is (fine for 0–3). */
  format?: (value: number) => string;
  /** Written in a cell without a value ("nicht bewertet"). */
  noValue: string;
}) {
  const format = props.format ?? String;
  const levelValues = props.levels.map((level) => level.value).filter(Number.isFinite);
  const min = props.min ?? (levelValues.length ? Math.min(...levelValues) : 0);
  const max = props.max ?? (levelValues.length ? Math.max(...levelValues) : 1);
  const captionId = `${props.id}-caption`;
  return (
    <div class="heat-map">
      <p class="heat-map__legend-title" id={`${props.id}-legend`}>
        {props.legendTitle}
      </p>
      <ul class="heat-map__legend" aria-labelledby={`${props.id}-legend`}>
        {props.levels.map((level) => (
          <li>
            <span class={`heat-map__swatch heat-map__shade--${shadeOf(level.value, min, max)}`}>
              {format(level.value)}
            </span>{" "}
            {level.label}
          </li>
        ))}
      </ul>
      {/* A named section is a region; tabindex lets keyboard users scroll it. */}
      <section class="table-wrap heat-map__scroll" aria-labelledby={captionId} tabindex={0}>
        <table class="kern-table heat-map__table">
          <caption id={captionId} class={props.hideCaption ? "visually-hidden" : undefined}>
            {props.caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">{props.rowHeading}</th>
              {props.columns.map((column) => (
                <th scope="col">{column}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr>
                <th scope="row">{row.label}</th>
                {props.columns.map((_, index) => {
                  const value = row.values[index];
                  if (value === null || value === undefined || !Number.isFinite(value)) {
                    return <td class="heat-map__cell heat-map__cell--empty">{props.noValue}</td>;
                  }
                  return <td class={`heat-map__cell heat-map__shade--${shadeOf(value, min, max)}`}>{format(value)}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
