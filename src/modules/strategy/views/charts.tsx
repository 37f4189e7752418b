import type { Locale, Translate } from "../../../platform/i18n/i18n";
import type { CompassValue } from "../domain/model";
import { pick, SCORE_MAX } from "../domain/model";

/** Splits a name into lines of about `width` characters, at spaces and after hyphens. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).flatMap((w) => w.split(/(?<=-)/))) {
    const joined = line.endsWith("-") ? `${line}${word}` : `${line} ${word}`;
    if (line && joined.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? joined : word;
  }
  if (line) lines.push(line);
  return lines;
}

const sectorFills = ["#dce8f7", "#e1f0dc", "#fbeed6", "#efe3f5", "#e3eef0", "#f6e0e0"];

/**
 * The values compass as a figure: one sector per value, named in it. Decorative for screen readers
 * beyond its label: the list of values below the figure carries the same content as text.
 */
export function CompassFigure(props: {
  t: Translate;
  locale: Locale;
  values: CompassValue[];
  centre: string;
  describedBy: string;
}) {
  const { values, locale, t } = props;
  const size = 400;
  const c = size / 2;
  const r = 180;
  const n = Math.max(values.length, 1);
  const names = values.map((v) => pick(v.name, locale));
  return (
    <svg
      viewBox={`0 0 ${size} ${size}`}
      width="400"
      height="400"
      role="img"
      aria-label={t("strategy.compass.figureLabel", { values: names.join(", ") })}
      aria-describedby={props.describedBy}
      class="compass-figure"
      focusable="false"
    >
      {values.map((v, i) => {
        const a0 = (i / n) * 2 * Math.PI - Math.PI / 2;
        const a1 = ((i + 1) / n) * 2 * Math.PI - Math.PI / 2;
        const mid = (a0 + a1) / 2;
        const large = a1 - a0 > Math.PI ? 1 : 0;
        const d =
          n === 1
            ? `M ${c - r} ${c} a ${r} ${r} 0 1 0 ${2 * r} 0 a ${r} ${r} 0 1 0 ${-2 * r} 0`
            : `M ${c} ${c} L ${c + r * Math.cos(a0)} ${c + r * Math.sin(a0)} A ${r} ${r} 0 ${large} 1 ${c + r * Math.cos(a1)} ${c + r * Math.sin(a1)} Z`;
        const lx = c + r * 0.58 * Math.cos(mid);
        const ly = c + r * 0.58 * Math.sin(mid);
        const lines = wrap(pick(v.name, locale), 14);
        // Long single words ("gemeinwohlorientierte") get a smaller font so they stay in their sector.
        const longest = Math.max(...lines.map((l) => l.length));
        const fontSize = longest > 13 ? Math.max(10, Math.floor((16 * 13) / longest)) : 16;
        return (
          <g>
            <path d={d} fill={sectorFills[i % sectorFills.length]} stroke="#1b1f24" stroke-width="1.5" />
            <text
              x={lx.toFixed(1)}
              y={(ly - ((lines.length - 1) * 18) / 2).toFixed(1)}
              text-anchor="middle"
              font-size="16"
              fill="#1b1f24"
            >
              {lines.map((line, j) => (
                <tspan x={lx.toFixed(1)} dy={j === 0 ? "0" : String(fontSize + 2)}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
      <circle cx={c} cy={c} r="38" fill="#0f3463" />
      <text x={c} y={c + 6} text-anchor="middle" font-size="17" font-weight="700" fill="#ffffff">
        {props.centre}
      </text>
    </svg>
  );
}

interface ScoreRow {
  valueId: string;
  name: string;
  score: number | null;
}

/**
 * A measure's assessment as bars, one per value, with the score written beside each bar. The table
 * next to it holds the same numbers (and the rationale) for screen readers and for reading.
 */
export function AssessmentChart(props: { t: Translate; rows: ScoreRow[]; scaleLabels: string[]; tableId: string }) {
  const { rows, t } = props;
  const width = 420;
  const labelHeight = 18;
  const barHeight = 16;
  const rowHeight = labelHeight + barHeight + 14;
  const barMax = 330;
  const height = rows.length * rowHeight + 8;
  const summary = rows
    .map((r) =>
      r.score === null
        ? t("strategy.assessment.chartNotAssessed", { value: r.name })
        : t("strategy.assessment.chartEntry", { value: r.name, score: r.score, max: SCORE_MAX }),
    )
    .join("; ");
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width={String(width)}
      height={String(height)}
      role="img"
      aria-label={t("strategy.assessment.chartLabel", { summary })}
      aria-describedby={props.tableId}
      class="assessment-chart"
      focusable="false"
    >
      {rows.map((row, i) => {
        const y = i * rowHeight + 4;
        const w = row.score === null ? 0 : Math.max(2, (row.score / SCORE_MAX) * barMax);
        const label =
          row.score === null
            ? t("strategy.assessment.notAssessed")
            : `${row.score} – ${props.scaleLabels[row.score] ?? ""}`;
        return (
          <g>
            <text x="0" y={y + 13} font-size="14" fill="#1b1f24">
              {row.name}
            </text>
            <rect x="0" y={y + labelHeight} width={barMax} height={barHeight} fill="#f3f5f8" stroke="#8a94a3" />
            {row.score !== null && row.score > 0 && (
              <rect x="0" y={y + labelHeight} width={w.toFixed(1)} height={barHeight} fill="#174a8b" />
            )}
            <text x={barMax + 8} y={y + labelHeight + 13} font-size="14" fill="#1b1f24">
              {label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
