import { dateTimeFormat, numberFormat } from "../../../platform/i18n/formats";
import type { Locale, Translate } from "../../../platform/i18n/i18n";
import { districtName } from "../../../platform/reference-data";
import { DataTable } from "../../../ui/components/data-table";
import { DistrictMap } from "../../../ui/components/district-map";
import type { PageContext } from "../../../ui/page-context";
import { demoPanelKey } from "../domain/demo-panels";
import type { DistrictQuotaMap } from "../domain/district-quotas";
import { type InputProblem, inputProblemKey } from "../domain/errors";
import type { QuotaRow } from "../domain/quota-table";

export function percent(locale: Locale, value: number, digits = 1): string {
  return numberFormat(locale, {
    style: "percent",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

export function numberText(locale: Locale, value: number): string {
  return numberFormat(locale).format(value);
}

/** A panel's name in the reader's language (the demo's panels have both). */
export function panelName(t: Translate, panel: { name: string; demo: boolean }): string {
  const key = demoPanelKey(panel);
  return key ? t(`panel.demoPanel.${key}.name`) : panel.name;
}

/**
 * A panel's description; the demo's in the reader's language and in the tense of its stage
 * (before the draw nobody "formed" the panel yet).
 */
export function panelDescription(
  t: Translate,
  panel: { name: string; demo: boolean; description: string; status: string },
) {
  const key = demoPanelKey(panel);
  if (!key) return panel.description;
  return t(`panel.demoPanel.${key}.${panel.status === "drawn" ? "drawn" : "before"}`);
}

/** A day in the city's time zone (`City.timeZone`). */
export function dateText(locale: Locale, value: Date, timeZone: string): string {
  return dateTimeFormat(locale, {
    dateStyle: "long",
    timeZone,
  }).format(value);
}

export function StatusText(props: { t: Translate; status: string }) {
  return (
    <span class={`badge panel-status panel-status-${props.status}`}>{props.t(`panel.status.${props.status}`)}</span>
  );
}

/** A problem with an input file in the reader's language, without its location. */
function inputProblemText(t: Translate, problem: InputProblem): string {
  return t(inputProblemKey(problem.code), problem.params);
}

/** A CSV error in the reader's language: where (row, column) and what. */
export function csvErrorText(t: Translate, detail: { row?: number; column?: string; problem: InputProblem }): string {
  const problem = inputProblemText(t, detail.problem);
  const where = [
    detail.row === undefined ? null : t("panel.errors.csvRow", { row: detail.row }),
    detail.column === undefined || detail.column === "" ? null : t("panel.errors.csvColumn", { column: detail.column }),
  ].filter(Boolean);
  const text = where.length ? t("panel.errors.csvAt", { where: where.join(", "), problem }) : problem;
  return `${text} ${t("panel.errors.csvNothingStored")}`;
}

/** The id of a district's row in the quota table, where the district on the map leads. */
function quotaAnchor(district: string): string {
  return `quota-${district}`;
}

/**
 * The quotas by district as a map of the city (the shared district map, drawn on the server):
 * each district shaded by its share, its quota written in it, and a link to its row in the quota
 * table, which holds the same figures. Nothing when the quotas have no district feature or the
 * city has no map.
 */
export function QuotaMap(props: { page: PageContext; map: DistrictQuotaMap | null; id: string }) {
  const { page, map } = props;
  const { t, locale, city } = page;
  if (!map || !city.map) return null;
  const name = (key: string) => districtName(city, key, locale) ?? key;
  const byKey = new Map(map.areas.map((a) => [a.district, a]));
  const seats = (a: { min: number; max: number }) => numberText(locale, (a.min + a.max) / 2);
  const description =
    map.basis === "population"
      ? t("panel.map.descriptionPopulation", {
          smallestShare: percent(locale, map.smallest.share),
          smallest: name(map.smallest.district),
          largestShare: percent(locale, map.largest.share),
          largest: name(map.largest.district),
        })
      : t("panel.map.descriptionRange", {
          smallestSeats: seats(map.smallest),
          smallest: name(map.smallest.district),
          largestSeats: seats(map.largest),
          largest: name(map.largest.district),
        });
  const unshaded = city.districts.some((d) => !byKey.has(d.key));
  return (
    <DistrictMap
      city={city}
      id={props.id}
      title={t("panel.map.title")}
      description={unshaded ? `${description} ${t("panel.map.unshaded")}` : description}
      attribution={city.map.attribution[locale]}
      areas={city.districts.map((d) => {
        const area = byKey.get(d.key);
        if (!area) return { key: d.key, label: t("panel.map.none", { district: name(d.key) }), level: 0 };
        const parts = [t("panel.map.quota", { district: name(d.key), min: area.min, max: area.max })];
        if (area.populationShare !== null) {
          parts.push(t("panel.map.share", { share: percent(locale, area.populationShare) }));
        }
        if (area.selected !== null) parts.push(t("panel.map.selected", { count: area.selected }));
        return {
          key: d.key,
          label: parts.join(", "),
          href: `#${quotaAnchor(d.key)}`,
          level: area.level,
          text: `${area.min}–${area.max}`,
        };
      })}
    />
  );
}

/**
 * Quotas with the population share beside them, the registered pool and, after the draw, the
 * members of the panel. Whether a count meets its quota is said in words, not only by colour.
 * With `districts` (the quotas by district the map shows) each district's row has the id the
 * map's link leads to.
 */
export function QuotaTable(props: {
  t: Translate;
  locale: Locale;
  rows: QuotaRow[];
  showPool: boolean;
  caption: string;
  districts?: DistrictQuotaMap | null;
}) {
  const { t, locale, rows } = props;
  const anchors = new Map(
    (props.districts?.areas ?? []).map((a) => [`${a.feature}\u0000${a.value}`, quotaAnchor(a.district)]),
  );
  const drawn = rows.some((r) => r.selected !== null);
  const poolTotal = new Map<string, number>();
  for (const r of rows) poolTotal.set(r.feature, (poolTotal.get(r.feature) ?? 0) + r.pool);
  return (
    <DataTable
      caption={props.caption}
      hideCaption
      columns={[
        t("panel.quota.feature"),
        t("panel.quota.value"),
        t("panel.quota.range"),
        t("panel.quota.population"),
        ...(props.showPool ? [t("panel.quota.pool")] : []),
        ...(drawn ? [t("panel.quota.selected")] : []),
      ]}
    >
      {rows.map((r) => {
        const total = poolTotal.get(r.feature) ?? 0;
        const met = r.selected !== null && r.selected >= r.min && r.selected <= r.max;
        const anchor = anchors.get(`${r.feature}\u0000${r.value}`);
        return (
          <tr id={anchor} tabindex={anchor ? -1 : undefined} class={anchor ? "panel-quota-district" : undefined}>
            <th scope="row">{r.feature}</th>
            <td>{r.value}</td>
            <td>
              {r.min}–{r.max}
            </td>
            <td>{r.populationShare === null ? t("panel.quota.unknownShare") : percent(locale, r.populationShare)}</td>
            {props.showPool && (
              <td>
                {r.pool}
                {total > 0 && ` (${percent(locale, r.pool / total)})`}
                {r.pool < r.min && <span class="panel-warning"> – {t("panel.quota.tooFew")}</span>}
              </td>
            )}
            {drawn && (
              <td>
                {r.selected}{" "}
                <span class={met ? "panel-ok" : "panel-warning"}>
                  ({t(met ? "panel.quota.met" : "panel.quota.notMet")})
                </span>
              </td>
            )}
          </tr>
        );
      })}
    </DataTable>
  );
}

export interface HistogramBin {
  from: number;
  to: number;
  count: number;
}

/** Ten equal bins from 0 to the largest probability (rounded up to a tenth), never empty. */
function histogramBins(values: number[], bins = 10): HistogramBin[] {
  const top = Math.max(0.1, Math.ceil(Math.max(0, ...values) * 10 - 1e-9) / 10);
  const width = top / bins;
  const result = Array.from({ length: bins }, (_, i) => ({ from: i * width, to: (i + 1) * width, count: 0 }));
  for (const v of values) {
    const index = Math.min(bins - 1, Math.floor(v / width));
    const bin = result[index];
    if (bin) bin.count += 1;
  }
  return result;
}

/** The probabilities as an SVG bar chart with a data table beside it (screen readers read the table). */
export function ProbabilityHistogram(props: { t: Translate; locale: Locale; values: number[] }) {
  const { t, locale, values } = props;
  if (values.length === 0) return null;
  const bins = histogramBins(values);
  const most = Math.max(1, ...bins.map((b) => b.count));
  const width = 480;
  const height = 260;
  const left = 44;
  const bottom = 52;
  const barWidth = (width - left - 10) / bins.length;
  const label = (b: HistogramBin) => `${percent(locale, b.from, 0)}–${percent(locale, b.to, 0)}`;
  const min = Math.min(...values);
  const max = Math.max(...values);
  return (
    <figure class="panel-histogram">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby="histogram-title"
        width={width}
        height={height}
      >
        <title id="histogram-title">
          {t("panel.histogram.caption")}:{" "}
          {t("panel.histogram.summary", { n: values.length, min: percent(locale, min), max: percent(locale, max) })}
        </title>
        <line x1={left} y1={height - bottom} x2={width - 5} y2={height - bottom} stroke="#1b1f24" />
        <line x1={left} y1={10} x2={left} y2={height - bottom} stroke="#1b1f24" />
        <text x={left - 6} y={16} text-anchor="end" font-size="15" fill="#1b1f24">
          {most}
        </text>
        <text x={left - 6} y={height - bottom} text-anchor="end" font-size="15" fill="#1b1f24">
          0
        </text>
        {bins.map((b, i) => {
          const h = ((height - bottom - 10) * b.count) / most;
          const x = left + i * barWidth + 2;
          return (
            <g>
              <rect x={x} y={height - bottom - h} width={barWidth - 4} height={h} fill="#174a8b" />
              {i % 2 === 0 && (
                <text
                  x={x + (barWidth - 4) / 2}
                  y={height - bottom + 16}
                  text-anchor="middle"
                  font-size="14"
                  fill="#1b1f24"
                >
                  {percent(locale, b.from, 0)}
                </text>
              )}
            </g>
          );
        })}
        <text x={(width + left) / 2} y={height - 8} text-anchor="middle" font-size="15" fill="#1b1f24">
          {t("panel.histogram.range")}
        </text>
      </svg>
      <figcaption>
        {t("panel.histogram.summary", { n: values.length, min: percent(locale, min), max: percent(locale, max) })}
      </figcaption>
      <DataTable
        caption={t("panel.histogram.caption")}
        columns={[t("panel.histogram.range"), t("panel.histogram.count")]}
      >
        {bins.map((b) => (
          <tr>
            <td>{label(b)}</td>
            <td>{b.count}</td>
          </tr>
        ))}
      </DataTable>
    </figure>
  );
}
