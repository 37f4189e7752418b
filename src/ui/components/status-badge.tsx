/**
 * How an indicator, a measure or the whole portfolio stands, as a badge: a shape and the caller's
 * words, never colour alone (WCAG 1.4.1). The shapes follow KERN's feedback icons — a circle with a
 * tick (on track), a triangle with an exclamation mark (at risk), a diamond with a cross (off
 * track) — and a dashed empty circle for "no data". They are drawn as inline SVG rather than KERN's
 * CSS mask icons, because masks are backgrounds, which browsers leave out when printing.
 *
 * The statuses are the monitoring module's progress statuses (`on-track` …); the design system
 * names them itself, since src/ui imports no module.
 */

export const chartStatuses = ["on-track", "at-risk", "off-track", "no-data"] as const;
export type ChartStatus = (typeof chartStatuses)[number];

/** KERN's badge tone for each status (colours and border); "no data" has a neutral one of its own. */
const tones: Record<ChartStatus, string> = {
  "on-track": "kern-badge--success",
  "at-risk": "kern-badge--warning",
  "off-track": "kern-badge--danger",
  "no-data": "",
};

/** The shapes in a 20 × 20 box: the outline (filled with the status colour) and the mark inside it. */
const shapes: Record<ChartStatus, { outline: string; mark: string }> = {
  "on-track": { outline: "M10 1a9 9 0 1 1 0 18a9 9 0 1 1 0-18z", mark: "M5.8 10.2l2.8 2.8l5.6-5.8" },
  "at-risk": { outline: "M10 1.5l9 16h-18z", mark: "M10 7v5M10 14.6v.4" },
  "off-track": { outline: "M10 .8l9.2 9.2l-9.2 9.2l-9.2-9.2z", mark: "M7 7l6 6M13 7l-6 6" },
  "no-data": { outline: "M10 2a8 8 0 1 1 0 16a8 8 0 1 1 0-16z", mark: "M6.5 10h7" },
};

/**
 * The status's shape alone, hidden from screen readers: whatever stands beside it (a badge's
 * label, a bar's category) says the status in words. Colour comes from the status class
 * (`status-icon--on-track` …), so it also prints and follows forced colours.
 */
export function StatusIcon(props: { status: ChartStatus }) {
  const shape = shapes[props.status];
  return (
    <svg
      class={`status-icon status-icon--${props.status}`}
      viewBox="0 0 20 20"
      aria-hidden="true"
      focusable="false"
      xmlns="http://www.w3.org/2000/svg"
    >
      <path class="status-icon__outline" d={shape.outline} />
      <path class="status-icon__mark" d={shape.mark} />
    </svg>
  );
}

/**
 * A status as a badge: the shape and the label, e.g. "Im Plan" / "On track" from the page's `t`.
 * Built like `Badge` (KERN's badge with the site's pill shape), so it sits among other badges.
 *
 * @example <StatusBadge status={assessment.status} label={t(`monitoring.status.${assessment.status}`)} />
 */
export function StatusBadge(props: { status: ChartStatus; label: string }) {
  const classes = ["badge", tones[props.status], "status-badge", `status-badge--${props.status}`];
  return (
    <span class={classes.filter(Boolean).join(" ")}>
      <StatusIcon status={props.status} />
      {props.label}
    </span>
  );
}
