import { districtName, districtOptions } from "../../../platform/reference-data";
import { Card } from "../../../ui/components/content";
import { DistrictMap, mapLevel } from "../../../ui/components/district-map";
import { FilterSelect } from "../../../ui/components/filter-select";
import { Pagination } from "../../../ui/components/pagination";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import { methods, subjectKinds } from "../domain/process";
import { processWhens } from "../domain/process-filter";
import { processPath } from "../domain/process-path";
import type { ProcessListPage } from "../use-cases/list-processes";
import { textIn } from "./process-format";
import { ProcessBadges, stateText } from "./process-parts";

/** The participation processes: what they are, filters (a plain GET form), the list, the district map. */
export function ProcessListView(props: { page: PageContext; list: ProcessListPage; now: Date; mayManage: boolean }) {
  const { page, list } = props;
  const { t, locale, city } = page;
  const f = list.filter;
  const any = t("participation.filter.any");
  const active = Object.values(f).filter(Boolean).length;
  const actionFieldName = new Map(list.actionFields.map((a) => [a.id, a.name]));
  const clusters = [...new Map(list.actionFields.map((a) => [a.cluster.id, a.cluster.name])).entries()];
  return (
    <Layout page={page} title={t("participation.list.title")} section="participation">
      <h1>{t("participation.list.title")}</h1>
      <p class="lead">{t("participation.list.lead")}</p>
      {props.mayManage && (
        <p class="actions">
          <a class="button" href="/participation/new">
            {t("participation.list.create")}
          </a>
        </p>
      )}
      <search aria-label={t("participation.filter.formLabel")}>
        <form method="get" action="/participation" class="filter-form">
          <fieldset>
            <legend>{t("participation.filter.legend")}</legend>
            <div class="filters">
              <FilterSelect
                name="when"
                label={t("participation.filter.when")}
                anyLabel={any}
                selected={f.when}
                options={processWhens.map((w) => ({ value: w, label: t(`participation.when.${w}`) }))}
              />
              <FilterSelect
                name="subject"
                label={t("participation.filter.subject")}
                anyLabel={any}
                selected={f.subject}
                options={subjectKinds.map((k) => ({ value: k, label: t(`participation.subjectKind.${k}`) }))}
              />
              <FilterSelect
                name="actionField"
                label={t("participation.filter.actionField")}
                anyLabel={any}
                selected={f.actionField}
                groups={clusters.map(([id, name]) => ({
                  label: name,
                  options: list.actionFields
                    .filter((a) => a.cluster.id === id)
                    .map((a) => ({ value: a.id, label: a.name })),
                }))}
              />
              <FilterSelect
                name="district"
                label={t("participation.filter.district")}
                anyLabel={any}
                selected={f.district}
                options={districtOptions(city, locale)}
              />
              <FilterSelect
                name="method"
                label={t("participation.filter.method")}
                anyLabel={any}
                selected={f.method}
                options={methods.map((m) => ({ value: m, label: t(`participation.method.${m}`) }))}
              />
            </div>
          </fieldset>
          <button type="submit" class="button">
            {t("participation.filter.submit")}
          </button>{" "}
          {active > 0 && <a href="/participation">{t("participation.filter.reset")}</a>}
        </form>
      </search>
      <h2 id="results">{t("participation.list.results", { count: list.total })}</h2>
      {list.items.length === 0 ? (
        <p>{active > 0 ? t("participation.list.emptyFiltered") : t("participation.list.empty")}</p>
      ) : (
        <ul class="cards">
          {list.items.map((process) => (
            <Card
              title={textIn(process.title, locale)}
              href={processPath(process.slug)}
              level={3}
              badges={<ProcessBadges page={page} process={process} now={props.now} />}
            >
              <p>{stateText(page, process, props.now)}</p>
              <p>{textIn(process.summary, locale)}</p>
              <p class="hint">
                {[
                  process.actionField ? actionFieldName.get(process.actionField) : null,
                  process.districts.length === 0
                    ? t("participation.wholeCity")
                    : process.districts.map((d) => districtName(city, d, locale)).join(", "),
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
            </Card>
          ))}
        </ul>
      )}
      <Pagination page={page} current={list.pagination.page} pageSize={list.pagination.pageSize} total={list.total} />
      <PlacesMap page={page} places={list.places} />
      <p>
        <a href="/api/v1/processes">{t("participation.list.api")}</a>
      </p>
    </Layout>
  );
}

function PlacesMap(props: { page: PageContext; places: ProcessListPage["places"] }) {
  const { t, locale, city } = props.page;
  const counts = props.places.perDistrict;
  const max = Math.max(0, ...counts.values());
  const href = (key: string) => `/participation?district=${encodeURIComponent(key)}#results`;
  return (
    <section aria-labelledby="places-heading">
      <h2 id="places-heading">{t("participation.places.heading")}</h2>
      {city.map && (
        <DistrictMap
          city={city}
          id="participation-map"
          title={t("participation.places.mapTitle")}
          description={t("participation.places.mapDescription", { count: props.places.cityWide })}
          attribution={city.map.attribution[locale]}
          areas={city.districts.map((d) => {
            const n = counts.get(d.key) ?? 0;
            return {
              key: d.key,
              href: href(d.key),
              label: t("participation.places.areaLabel", { district: d.name[locale], count: n }),
              level: mapLevel(n, max),
              text: String(n),
            };
          })}
        />
      )}
      <ul class="district-counts">
        {city.districts.map((d) => (
          <li>
            <a href={href(d.key)}>{districtName(city, d.key, locale)}</a>
            {`: ${counts.get(d.key) ?? 0}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
