import { districtName, districtOptions, stakeholderGroupOptions } from "../../../platform/reference-data";
import { DistrictMap, mapLevel } from "../../../ui/components/district-map";
import { FilterSelect } from "../../../ui/components/filter-select";
import { Pagination } from "../../../ui/components/pagination";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { ActionFieldChoice } from "../../strategy";
import { entryKinds, resourceTypes } from "../domain/entry";
import { type EntryFilter, type EntrySort, entrySorts } from "../domain/inputs";
import { entryStates } from "../domain/workflow";
import type { EntryListRow } from "../use-cases/list-entries";
import { EntryCard } from "./entry-card";
import { formatNumber, kindLabel, resourceLabel, stateLabel } from "./format";

export interface ArenaOverview {
  answers: { counted: number; answered: number; rate: number | null; medianDays: number | null };
  places: { perDistrict: Map<string, number>; cityWide: number };
}

/** The query string of a filter (for the CSV link and the pages), without empty values. */
export function filterQueryString(filter: EntryFilter, sort?: EntrySort): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, String(value));
  if (sort && sort !== "newest") params.set("sort", sort);
  return params.toString();
}

/** The Arena: what it is, the office's answer figures, search and filters, the entries, the map. */
export function ArenaListPage(props: {
  page: PageContext;
  filter: EntryFilter;
  sort: EntrySort;
  items: EntryListRow[];
  total: number;
  current: number;
  pageSize: number;
  overview: ArenaOverview;
  actionFields: ActionFieldChoice[];
  mayManage: boolean;
}) {
  const { page, filter: f } = props;
  const { t, locale, city } = page;
  const any = t("arena.filter.any");
  const active = Object.entries(f).filter(([k, v]) => k !== "q" && v).length;
  const query = filterQueryString(f, props.sort);
  const clusters = [...new Map(props.actionFields.map((a) => [a.cluster.id, a.cluster.name])).entries()];
  return (
    <Layout page={page} title={t("arena.list.title")} section="arena">
      <h1>{t("arena.list.title")}</h1>
      <p class="lead">{t("arena.list.lead")}</p>
      <p class="actions">
        <a class="button" href="/arena/new">
          {t("arena.list.new")}
        </a>{" "}
        <a class="button button-secondary" href="/arena/offers">
          {t("arena.list.offers")}
        </a>
        {props.mayManage && (
          <>
            {" "}
            <a class="button button-secondary" href="/arena/office">
              {t("arena.list.office")}
            </a>
          </>
        )}
      </p>
      <AnswerFigures page={page} answers={props.overview.answers} />
      <search aria-label={t("arena.filter.formLabel")}>
        <form method="get" action="/arena" class="filter-form">
          <div class="field">
            <label for="filter-q">{t("arena.filter.q")}</label>
            <input id="filter-q" name="q" type="search" value={f.q ?? ""} />
          </div>
          <details class="filter-panel">
            <summary>
              {active === 0 ? t("arena.filter.summary") : t("arena.filter.summaryActive", { count: active })}
            </summary>
            <fieldset>
              <legend>{t("arena.filter.legend")}</legend>
              <div class="filters">
                <FilterSelect
                  name="kind"
                  label={t("arena.field.kind")}
                  anyLabel={any}
                  selected={f.kind}
                  options={entryKinds.map((k) => ({ value: k, label: kindLabel(t, k) }))}
                />
                <FilterSelect
                  name="state"
                  label={t("arena.field.state")}
                  anyLabel={any}
                  selected={f.state}
                  options={entryStates.map((s) => ({ value: s, label: stateLabel(t, s) }))}
                />
                <FilterSelect
                  name="actionField"
                  label={t("arena.field.actionField")}
                  anyLabel={any}
                  selected={f.actionField}
                  groups={clusters.map(([id, name]) => ({
                    label: name,
                    options: props.actionFields
                      .filter((a) => a.cluster.id === id)
                      .map((a) => ({ value: a.id, label: a.name })),
                  }))}
                />
                <FilterSelect
                  name="district"
                  label={t("arena.field.district")}
                  anyLabel={any}
                  selected={f.district}
                  options={districtOptions(city, locale)}
                />
                <FilterSelect
                  name="group"
                  label={t("arena.field.group")}
                  anyLabel={any}
                  selected={f.group}
                  options={stakeholderGroupOptions(city, locale)}
                />
                <FilterSelect
                  name="offer"
                  label={t("arena.field.offer")}
                  anyLabel={any}
                  selected={f.offer}
                  options={resourceTypes.map((r) => ({ value: r, label: resourceLabel(t, r) }))}
                />
                <FilterSelect
                  name="need"
                  label={t("arena.field.need")}
                  anyLabel={any}
                  selected={f.need}
                  options={resourceTypes.map((r) => ({ value: r, label: resourceLabel(t, r) }))}
                />
              </div>
            </fieldset>
          </details>
          <div class="field">
            <label for="filter-sort">{t("arena.filter.sort")}</label>
            <select id="filter-sort" name="sort">
              {entrySorts.map((s) => (
                <option value={s} selected={s === props.sort}>
                  {t(`arena.sort.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" class="button">
            {t("arena.filter.submit")}
          </button>{" "}
          {(active > 0 || f.q) && <a href="/arena">{t("arena.filter.reset")}</a>}
        </form>
      </search>
      <h2 id="results">
        {t(props.total === 1 ? "arena.list.resultsOne" : "arena.list.results", {
          count: formatNumber(props.total, locale),
        })}
      </h2>
      {props.sort === "random" && <p class="hint">{t("arena.sort.randomHint")}</p>}
      {props.items.length === 0 ? (
        <p>{t("arena.list.empty")}</p>
      ) : (
        <ul class="cards">
          {props.items.map((entry) => (
            <EntryCard page={page} entry={entry} />
          ))}
        </ul>
      )}
      <Pagination page={page} current={props.current} pageSize={props.pageSize} total={props.total} />
      <p class="actions">
        <a href={`/arena/entries.csv${query ? `?${query}` : ""}`}>{t("arena.list.csv")}</a>
        {" · "}
        <a href="/arena/feed.atom">{t("arena.list.feed")}</a>
        {" · "}
        <a href="/arena/states.atom">{t("arena.list.stateFeed")}</a>
      </p>
      <PlacesMap page={page} places={props.overview.places} />
    </Layout>
  );
}

function AnswerFigures(props: { page: PageContext; answers: ArenaOverview["answers"] }) {
  const { t, locale } = props.page;
  const a = props.answers;
  return (
    <section class="arena-answers" aria-labelledby="answers-heading">
      <h2 id="answers-heading">{t("arena.answers.heading")}</h2>
      {a.rate === null ? (
        <p>{t("arena.answers.none")}</p>
      ) : (
        <p>
          {t("arena.answers.rate", {
            percent: formatNumber(Math.round(a.rate * 100), locale),
            answered: formatNumber(a.answered, locale),
            counted: formatNumber(a.counted, locale),
          })}{" "}
          {a.medianDays !== null &&
            t(a.medianDays === 1 ? "arena.answers.medianOne" : "arena.answers.median", {
              days: formatNumber(a.medianDays, locale),
            })}
        </p>
      )}
      <p class="hint">{t("arena.answers.how")}</p>
    </section>
  );
}

function PlacesMap(props: { page: PageContext; places: ArenaOverview["places"] }) {
  const { t, locale, city } = props.page;
  const counts = props.places.perDistrict;
  const max = Math.max(0, ...counts.values());
  return (
    <section aria-labelledby="places-heading">
      <h2 id="places-heading">{t("arena.places.heading")}</h2>
      {city.map && (
        <DistrictMap
          city={city}
          id="arena-map"
          title={t("arena.places.mapTitle")}
          description={t("arena.places.mapDescription", { count: props.places.cityWide })}
          attribution={city.map.attribution[locale]}
          areas={city.districts.map((d) => {
            const n = counts.get(d.key) ?? 0;
            return {
              key: d.key,
              href: `/arena?district=${encodeURIComponent(d.key)}`,
              label: t("arena.places.areaLabel", { district: d.name[locale], count: n }),
              level: mapLevel(n, max),
              text: String(n),
            };
          })}
        />
      )}
      <ul class="district-counts">
        {city.districts.map((d) => (
          <li>
            <a href={`/arena?district=${encodeURIComponent(d.key)}`}>{districtName(city, d.key, locale)}</a>
            {`: ${counts.get(d.key) ?? 0}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
