import { districtOptions } from "../../../platform/reference-data";
import { Alert } from "../../../ui/components/content";
import { FilterSelect } from "../../../ui/components/filter-select";
import { Pagination } from "../../../ui/components/pagination";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { MeasureListItem, Reference } from "../domain/catalogue";
import { filterQuery, type ListRequest, pageSizes } from "../domain/filters";
import { measureStatuses, measureTypes } from "../domain/model";
import { pick, statusLabel, typeLabel } from "./format";
import { MeasureList } from "./measure-list";

interface MeasuresPageProps {
  page: PageContext;
  reference: Reference;
  request: ListRequest;
  items: MeasureListItem[];
  total: number;
  canCreate: boolean;
}

/** The catalogue of measures: filters and search in a GET form (works without JavaScript), results, pages. */
export function MeasuresPage(props: MeasuresPageProps) {
  const { page, reference, request } = props;
  const { t, locale } = page;
  const f = request.filter;
  const any = t("strategy.filter.any");
  const exportQuery = filterQuery(f);
  const filtered = Object.keys(f).length > 0;
  const active = Object.keys(f).filter((k) => k !== "q").length;
  return (
    <Layout page={page} title={t("strategy.measures.title")} section="measures">
      <h1>{t("strategy.measures.heading")}</h1>
      <p class="lead">{t("strategy.measures.lead")}</p>
      <p>
        <a href="#results">{t("strategy.measures.toResults")}</a>
      </p>
      {props.canCreate && (
        <p class="actions">
          <a class="button button-secondary" href="/measures/new">
            {t("strategy.measures.create")}
          </a>
        </p>
      )}
      {request.ignored.length > 0 && (
        <Alert tone="warning" title={t("strategy.filter.ignoredIntro")}>
          <ul>
            {request.ignored.map((i) => (
              <li>{t("strategy.filter.ignoredEntry", { name: i.name, value: i.value })}</li>
            ))}
          </ul>
        </Alert>
      )}
      <search aria-label={t("strategy.filter.formLabel")}>
        <form method="get" action="/measures" class="filter-form">
          <div class="field">
            <label for="filter-q">{t("strategy.filter.q")}</label>
            <p class="hint" id="hint-filter-q">
              {t("strategy.filter.qHint")}
            </p>
            <input id="filter-q" name="q" type="search" value={f.q ?? ""} aria-describedby="hint-filter-q" />
          </div>
          {/* The eleven filters fold away (closed by default, no script needed), so on a phone the
              results follow right after the search field. */}
          <details class="filter-panel">
            <summary>
              {active === 0 ? t("strategy.filter.summary") : t("strategy.filter.summaryActive", { count: active })}
            </summary>
            <fieldset>
              <legend>{t("strategy.filter.legend")}</legend>
              <div class="filters">
                <FilterSelect
                  name="cluster"
                  label={t("strategy.field.cluster")}
                  anyLabel={any}
                  selected={f.cluster}
                  options={reference.clusters.map((c) => ({ value: c.id, label: pick(c.name, locale) }))}
                />
                <FilterSelect
                  name="actionField"
                  label={t("strategy.field.actionField")}
                  anyLabel={any}
                  selected={f.actionField}
                  groups={reference.clusters.map((c) => ({
                    label: pick(c.name, locale),
                    options: reference.actionFields
                      .filter((a) => a.clusterId === c.id)
                      .map((a) => ({ value: a.id, label: pick(a.name, locale) })),
                  }))}
                />
                <FilterSelect
                  name="value"
                  label={t("strategy.filter.value")}
                  anyLabel={any}
                  selected={f.value}
                  options={reference.values.map((v) => ({ value: v.id, label: pick(v.name, locale) }))}
                />
                <FilterSelect
                  name="type"
                  label={t("strategy.field.type")}
                  anyLabel={any}
                  selected={f.type}
                  options={measureTypes.map((x) => ({ value: x, label: typeLabel(t, x) }))}
                />
                <FilterSelect
                  name="status"
                  label={t("strategy.field.status")}
                  anyLabel={any}
                  selected={f.status}
                  options={measureStatuses.map((x) => ({ value: x, label: statusLabel(t, x) }))}
                />
                <FilterSelect
                  name="phase"
                  label={t("strategy.field.phase")}
                  anyLabel={any}
                  selected={f.phase}
                  options={reference.phases.map((p) => ({ value: p.id, label: pick(p.name, locale) }))}
                />
                <FilterSelect
                  name="district"
                  label={t("strategy.field.district")}
                  anyLabel={any}
                  selected={f.district}
                  options={districtOptions(page.city, locale)}
                />
                <FilterSelect
                  name="spatialLevel"
                  label={t("strategy.field.spatialLevel")}
                  anyLabel={any}
                  selected={f.spatialLevel}
                  options={reference.spatialLevels.map((l) => ({ value: l.id, label: pick(l.name, locale) }))}
                />
                <FilterSelect
                  name="pilot"
                  label={t("strategy.field.pilot")}
                  anyLabel={any}
                  selected={f.pilot === undefined ? undefined : String(f.pilot)}
                  options={[
                    { value: "true", label: t("strategy.filter.pilotOnly") },
                    { value: "false", label: t("strategy.filter.pilotNone") },
                  ]}
                />
                <div class="field">
                  <label for="filter-sort">{t("strategy.filter.sort")}</label>
                  <select id="filter-sort" name="sort">
                    {(f.q
                      ? (["relevance", "title", "start", "updated"] as const)
                      : (["title", "start", "updated"] as const)
                    ).map((s) => (
                      <option value={s} selected={s === request.sort}>
                        {t(`strategy.sort.${s}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <div class="field">
                  <label for="filter-pageSize">{t("strategy.filter.pageSize")}</label>
                  <select id="filter-pageSize" name="pageSize">
                    {pageSizes.map((n) => (
                      <option value={String(n)} selected={n === request.pageSize}>
                        {String(n)}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
            </fieldset>
          </details>
          <div class="actions">
            <button type="submit" class="button button-primary">
              {t("strategy.filter.apply")}
            </button>
            {filtered && <a href="/measures">{t("strategy.filter.reset")}</a>}
          </div>
        </form>
      </search>

      <h2 id="results">
        {t(props.total === 1 ? "strategy.measures.countOne" : "strategy.measures.count", { count: props.total })}
      </h2>
      {props.items.length === 0 ? (
        <p>{t(filtered ? "strategy.measures.noneFiltered" : "strategy.measures.none")}</p>
      ) : (
        <MeasureList page={page} items={props.items} reference={reference} />
      )}
      <Pagination page={page} current={request.page} pageSize={request.pageSize} total={props.total} />

      <section aria-labelledby="open-data" class="open-data">
        <h2 id="open-data">{t("strategy.openData.heading")}</h2>
        <p>{t("strategy.openData.text")}</p>
        <ul>
          <li>
            <a href={`/measures/export.csv${exportQuery}`} download>
              {t("strategy.openData.csv")}
            </a>
          </li>
          <li>
            <a href={`/measures/export.json${exportQuery}`} download>
              {t("strategy.openData.json")}
            </a>
          </li>
          <li>
            <a href={`/api/v1/measures${exportQuery}`}>{t("strategy.openData.api")}</a>
          </li>
        </ul>
      </section>
    </Layout>
  );
}
