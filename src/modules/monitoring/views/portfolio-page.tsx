import type { Child } from "hono/jsx";
import type { Translate } from "../../../platform/i18n/i18n";
import { districtName } from "../../../platform/reference-data/city";
import { BarChart } from "../../../ui/components/bar-chart";
import { DataTable } from "../../../ui/components/data-table";
import { DistrictMap, mapLevel } from "../../../ui/components/district-map";
import { HeatMap } from "../../../ui/components/heat-map";
import { Pagination } from "../../../ui/components/pagination";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import { countedInAll, type ProgressStatus, progressStatuses, statusCounts } from "../domain/progress";
import type { PortfolioMeasure, PortfolioPage } from "../use-cases/show-portfolio";
import { formatNumber } from "./format";
import { ProgressBadge } from "./status-label";

interface PortfolioPageProps {
  page: PageContext;
  data: PortfolioPage;
}

function titleOf(measure: PortfolioMeasure, locale: "de" | "en"): string {
  return locale === "en" ? measure.title.en || measure.title.de : measure.title.de || measure.title.en;
}

/** Which measures of all this page shows, in the reader's number format; null when one page holds all. */
function rangeOf(data: PortfolioPage, locale: "de" | "en") {
  if (data.total <= data.pageSize) return null;
  const from = (data.page - 1) * data.pageSize + 1;
  const to = from + data.measures.length - 1;
  return { from: formatNumber(locale, from), to: formatNumber(locale, to), total: formatNumber(locale, data.total) };
}

/** One bar per progress status, in the statuses' order. */
function statusBars(t: Translate, counts: Record<ProgressStatus, number>) {
  return progressStatuses.map((status) => ({ label: t(`monitoring.status.${status}`), value: counts[status], status }));
}

function Overall(props: PortfolioPageProps) {
  const { t, locale } = props.page;
  const { data } = props;
  const counts = data.measureStatusCounts;
  const n = (value: number) => formatNumber(locale, value);
  return (
    <section aria-labelledby="portfolio-overall">
      <h2 id="portfolio-overall">{t("monitoring.portfolio.overall.heading")}</h2>
      <p>
        {t("monitoring.portfolio.overall.text")} <ProgressBadge t={t} status={data.status} />
      </p>
      <p>
        {t("monitoring.portfolio.overall.counts", {
          total: n(data.total),
          onTrack: n(counts["on-track"]),
          atRisk: n(counts["at-risk"]),
          offTrack: n(counts["off-track"]),
          noData: n(counts["no-data"]),
        })}
      </p>
      <p class="hint">{t("monitoring.portfolio.overall.rule")}</p>
      <BarChart
        id="portfolio-measure-status"
        title={t("monitoring.portfolio.measures.title")}
        description={t("monitoring.portfolio.measures.description")}
        bars={statusBars(t, counts)}
        format={n}
      />
    </section>
  );
}

function Indicators(props: PortfolioPageProps) {
  const { t, locale } = props.page;
  const counts = props.data.indicatorStatusCounts;
  const total = progressStatuses.reduce((sum, status) => sum + counts[status], 0);
  const n = (value: number) => formatNumber(locale, value);
  return (
    <section aria-labelledby="portfolio-indicators">
      <h2 id="portfolio-indicators">{t("monitoring.portfolio.indicators.heading")}</h2>
      <BarChart
        id="portfolio-indicator-status"
        title={t("monitoring.portfolio.indicators.title")}
        description={t("monitoring.portfolio.indicators.description", { total: n(total) })}
        bars={statusBars(t, counts)}
        format={n}
      />
      <p>
        <a href="/monitoring/indicators">{t("monitoring.portfolio.catalogue")}</a>
      </p>
    </section>
  );
}

function Groups(props: PortfolioPageProps) {
  const { t, locale } = props.page;
  const { data } = props;
  const n = (value: number) => formatNumber(locale, value);
  return (
    <section aria-labelledby="portfolio-groups">
      <h2 id="portfolio-groups">{t("monitoring.portfolio.groups.heading")}</h2>
      <BarChart
        id="portfolio-cluster"
        title={t("monitoring.portfolio.cluster.title")}
        description={t("monitoring.portfolio.cluster.description")}
        bars={data.byCluster.map((c) => ({ label: c.name, value: c.count }))}
        format={n}
      />
      <BarChart
        id="portfolio-type"
        title={t("monitoring.portfolio.type.title")}
        description={t("monitoring.portfolio.type.description")}
        bars={data.byType.map((c) => ({ label: t(`strategy.type.${c.id}`), value: c.count }))}
        format={n}
      />
      <BarChart
        id="portfolio-phase"
        title={t("monitoring.portfolio.phase.title")}
        description={t("monitoring.portfolio.phase.description")}
        bars={data.byPhase.map((c) => ({
          label: c.name ?? t("monitoring.portfolio.phase.none"),
          value: c.count,
        }))}
        format={n}
      />
      <DataTable
        id="portfolio-action-fields"
        caption={t("monitoring.portfolio.actionField.caption")}
        columns={[t("monitoring.portfolio.actionField.column"), t("monitoring.portfolio.count")]}
      >
        {data.byActionField.map((field) => (
          <tr>
            <th scope="row">{field.name}</th>
            <td>{n(field.count)}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}

/** One place's counts by status in the reader's number format, for the label of its district on the map. */
function statusParams(counts: Record<ProgressStatus, number>, n: (value: number) => string) {
  return {
    onTrack: n(counts["on-track"]),
    atRisk: n(counts["at-risk"]),
    offTrack: n(counts["off-track"]),
    noData: n(counts["no-data"]),
  };
}

/**
 * One row of the districts' table: a place, its measures in all and by status. Called as a function,
 * not a component, so the table can give its cells their column's heading for phones.
 */
function placeRow(place: Child, counts: Record<ProgressStatus, number>, n: (value: number) => string) {
  return (
    <tr>
      <th scope="row">{place}</th>
      <td>{n(countedInAll(counts))}</td>
      {progressStatuses.map((status) => (
        <td>{n(counts[status])}</td>
      ))}
    </tr>
  );
}

function Districts(props: PortfolioPageProps) {
  const { t, locale, city } = props.page;
  const { byDistrict, cityWide } = props.data;
  const none = statusCounts([]);
  const countsOf = (key: string) => byDistrict.get(key) ?? none;
  const max = Math.max(0, ...[...byDistrict.values()].map(countedInAll));
  const n = (value: number) => formatNumber(locale, value);
  const href = (key: string) => `/measures?district=${encodeURIComponent(key)}`;
  return (
    <section aria-labelledby="portfolio-districts">
      <h2 id="portfolio-districts">{t("monitoring.portfolio.districts.heading")}</h2>
      {city.map && (
        <DistrictMap
          city={city}
          id="portfolio-map"
          title={t("monitoring.portfolio.districts.mapTitle")}
          description={t("monitoring.portfolio.districts.mapDescription")}
          attribution={city.map.attribution[locale]}
          areas={city.districts.map((d) => {
            const counts = countsOf(d.key);
            const count = countedInAll(counts);
            const params = { district: d.name[locale], count: n(count), ...statusParams(counts, n) };
            return {
              key: d.key,
              href: href(d.key),
              label: t(
                count > 0
                  ? "monitoring.portfolio.districts.areaLabelStatus"
                  : "monitoring.portfolio.districts.areaLabel",
                params,
              ),
              level: mapLevel(count, max),
              text: n(count),
            };
          })}
        />
      )}
      <DataTable
        id="portfolio-districts-table"
        caption={t("monitoring.portfolio.districts.caption")}
        columns={[
          t("monitoring.portfolio.districts.district"),
          t("monitoring.portfolio.districts.measures"),
          ...progressStatuses.map((status) => t(`monitoring.status.${status}`)),
        ]}
      >
        {placeRow(t("monitoring.portfolio.districts.cityWide"), cityWide, n)}
        {city.districts.map((d) =>
          placeRow(<a href={href(d.key)}>{districtName(city, d.key, locale)}</a>, countsOf(d.key), n),
        )}
      </DataTable>
      <p class="hint">{t("monitoring.portfolio.districts.howCounted")}</p>
    </section>
  );
}

function Compass(props: PortfolioPageProps) {
  const { t, locale } = props.page;
  const { compassValues, measures } = props.data;
  const rated = measures.filter((m) => m.scores.size > 0);
  const range = rangeOf(props.data, locale);
  return (
    <section aria-labelledby="portfolio-compass">
      <h2 id="portfolio-compass">{t("monitoring.portfolio.compass.heading")}</h2>
      <p>{t("monitoring.portfolio.compass.intro")}</p>
      {range && <p>{t("monitoring.portfolio.compass.thisPage", range)}</p>}
      {rated.length === 0 || compassValues.length === 0 ? (
        <p>{t("monitoring.portfolio.compass.none")}</p>
      ) : (
        <HeatMap
          id="portfolio-heat-map"
          caption={t("monitoring.portfolio.compass.caption")}
          rowHeading={t("monitoring.portfolio.list.measure")}
          columns={compassValues.map((v) => v.name)}
          rows={rated.map((m) => ({
            label: <a href={`/measures/${encodeURIComponent(m.slug)}`}>{titleOf(m, locale)}</a>,
            values: compassValues.map((v) => m.scores.get(v.id) ?? null),
          }))}
          legendTitle={t("monitoring.portfolio.compass.scale")}
          levels={[0, 1, 2, 3].map((value) => ({ value, label: t(`monitoring.portfolio.compass.score.${value}`) }))}
          min={0}
          max={3}
          noValue={t("monitoring.portfolio.compass.notRated")}
        />
      )}
    </section>
  );
}

function MeasureList(props: PortfolioPageProps) {
  const { t, locale } = props.page;
  const range = rangeOf(props.data, locale);
  return (
    <section aria-labelledby="portfolio-list">
      <h2 id="portfolio-list">{t("monitoring.portfolio.list.heading")}</h2>
      {range && <p>{t("monitoring.portfolio.list.range", range)}</p>}
      <DataTable
        id="portfolio-measures"
        caption={t("monitoring.portfolio.list.caption")}
        hideCaption
        columns={[
          t("monitoring.portfolio.list.measure"),
          t("monitoring.portfolio.list.indicators"),
          t("monitoring.portfolio.list.status"),
        ]}
      >
        {props.data.measures.map((measure) => {
          const title = titleOf(measure, locale);
          return (
            <tr>
              <th scope="row">
                <a href={`/measures/${encodeURIComponent(measure.slug)}/monitoring`}>{title}</a>
              </th>
              <td>
                {measure.indicatorCount > 0
                  ? formatNumber(locale, measure.indicatorCount)
                  : t("monitoring.portfolio.list.noModel")}
              </td>
              <td>
                <ProgressBadge t={t} status={measure.status} />
              </td>
            </tr>
          );
        })}
      </DataTable>
      <Pagination
        page={props.page}
        current={props.data.page}
        pageSize={props.data.pageSize}
        total={props.data.total}
        fragment="portfolio-list"
        label={t("monitoring.portfolio.list.pages")}
      />
    </section>
  );
}

/** The portfolio dashboard: how the strategy's measures stand, in words, charts, a map and tables. */
export function PortfolioPageView(props: PortfolioPageProps) {
  const { t } = props.page;
  return (
    <Layout page={props.page} title={t("monitoring.portfolio.title")} section="monitoring">
      <h1>{t("monitoring.portfolio.title")}</h1>
      <p>{t("monitoring.portfolio.intro")}</p>
      <Overall {...props} />
      <Indicators {...props} />
      <Groups {...props} />
      <Districts {...props} />
      <Compass {...props} />
      <MeasureList {...props} />
    </Layout>
  );
}
