import { districtOptions } from "../../../platform/reference-data";
import { FilterSelect } from "../../../ui/components/filter-select";
import { Pagination } from "../../../ui/components/pagination";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { ActionFieldChoice } from "../../strategy";
import { type EntryContent, type ResourceType, referenceNumber, resourceTypes } from "../domain/entry";
import type { ConsortiumRow, EntryListRow } from "../use-cases/list-entries";
import { EntryCard } from "./entry-card";
import { formatDate, formatNumber, kindLabel, resourceLabel } from "./format";

const actionFieldGroups = (fields: ActionFieldChoice[]) =>
  [...new Map(fields.map((a) => [a.cluster.id, a.cluster.name])).entries()].map(([id, name]) => ({
    label: name,
    options: fields.filter((a) => a.cluster.id === id).map((a) => ({ value: a.id, label: a.name })),
  }));

/** Offers and needs side by side, so those who have something find those who look for it. */
export function OffersPage(props: {
  page: PageContext;
  filter: { actionField?: string; district?: string; type?: ResourceType };
  matches: Array<{
    type: ResourceType;
    needs: { items: EntryListRow[]; total: number };
    offers: { items: EntryListRow[]; total: number };
  }>;
  actionFields: ActionFieldChoice[];
}) {
  const { page, filter } = props;
  const { t, locale } = page;
  const any = t("arena.filter.any");
  const listLink = (key: "need" | "offer", type: string) => {
    const params = new URLSearchParams({ [key]: type });
    if (filter.actionField) params.set("actionField", filter.actionField);
    if (filter.district) params.set("district", filter.district);
    return `/arena?${params}`;
  };
  return (
    <Layout page={page} title={t("arena.offers.title")} section="arena">
      <p class="breadcrumb">
        <a href="/arena">{t("arena.list.title")}</a>
      </p>
      <h1>{t("arena.offers.title")}</h1>
      <p class="lead">{t("arena.offers.lead")}</p>
      <search aria-label={t("arena.filter.formLabel")}>
        <form method="get" action="/arena/offers" class="filter-form">
          <div class="filters">
            <FilterSelect
              name="type"
              label={t("arena.offers.type")}
              anyLabel={any}
              selected={filter.type}
              options={resourceTypes.map((r) => ({ value: r, label: resourceLabel(t, r) }))}
            />
            <FilterSelect
              name="actionField"
              label={t("arena.field.actionField")}
              anyLabel={any}
              selected={filter.actionField}
              groups={actionFieldGroups(props.actionFields)}
            />
            <FilterSelect
              name="district"
              label={t("arena.field.district")}
              anyLabel={any}
              selected={filter.district}
              options={districtOptions(page.city, locale)}
            />
          </div>
          <button type="submit" class="button">
            {t("arena.filter.submit")}
          </button>
        </form>
      </search>
      {props.matches.map((m) => (
        <section aria-labelledby={`match-${m.type}`} class="arena-match">
          <h2 id={`match-${m.type}`}>{resourceLabel(t, m.type)}</h2>
          <div class="arena-match__columns">
            <div>
              <h3>
                {t(m.needs.total === 1 ? "arena.offers.needsOne" : "arena.offers.needs", {
                  count: formatNumber(m.needs.total, locale),
                })}
              </h3>
              {m.needs.items.length === 0 ? (
                <p>{t("arena.offers.noNeeds")}</p>
              ) : (
                <ul class="cards">
                  {m.needs.items.map((e) => (
                    <EntryCard page={page} entry={e} level={3} />
                  ))}
                </ul>
              )}
              {m.needs.total > m.needs.items.length && <a href={listLink("need", m.type)}>{t("arena.offers.all")}</a>}
            </div>
            <div>
              <h3>
                {t(m.offers.total === 1 ? "arena.offers.offersOne" : "arena.offers.offers", {
                  count: formatNumber(m.offers.total, locale),
                })}
              </h3>
              {m.offers.items.length === 0 ? (
                <p>{t("arena.offers.noOffers")}</p>
              ) : (
                <ul class="cards">
                  {m.offers.items.map((e) => (
                    <EntryCard page={page} entry={e} level={3} />
                  ))}
                </ul>
              )}
              {m.offers.total > m.offers.items.length && (
                <a href={listLink("offer", m.type)}>{t("arena.offers.all")}</a>
              )}
            </div>
          </div>
        </section>
      ))}
    </Layout>
  );
}

/** The office's work list: entries still waiting for a first public answer, oldest first. */
export function OfficePage(props: {
  page: PageContext;
  items: EntryListRow[];
  total: number;
  current: number;
  pageSize: number;
}) {
  const { page } = props;
  const { t, locale, city } = page;
  return (
    <Layout page={page} title={t("arena.officeList.title")} section="arena">
      <p class="breadcrumb">
        <a href="/arena">{t("arena.list.title")}</a>
      </p>
      <h1>{t("arena.officeList.title")}</h1>
      <p class="lead">
        {t(props.total === 1 ? "arena.officeList.leadOne" : "arena.officeList.lead", {
          count: formatNumber(props.total, locale),
        })}
      </p>
      {props.items.length === 0 ? (
        <p>{t("arena.officeList.empty")}</p>
      ) : (
        <ol class="cards">
          {props.items.map((e) => (
            <li class="card">
              <h2>
                <a href={`/arena/${e.number}`}>{e.title}</a>
              </h2>
              <p class="hint">
                {t("arena.officeList.waiting", {
                  number: referenceNumber(e.number),
                  kind: kindLabel(t, e.kind),
                  date: formatDate(e.createdAt, locale, city.timeZone),
                })}
              </p>
            </li>
          ))}
        </ol>
      )}
      <Pagination page={page} current={props.current} pageSize={props.pageSize} total={props.total} />
    </Layout>
  );
}

/** A consortium: its members (the original entries, which stay), and their supports together. */
export function ConsortiumPage(props: {
  page: PageContext;
  consortium: ConsortiumRow;
  entries: EntryListRow[];
  supports: number;
}) {
  const { page, consortium } = props;
  const { t, locale, city } = page;
  return (
    <Layout page={page} title={consortium.name} section="arena">
      <p class="breadcrumb">
        <a href="/arena">{t("arena.list.title")}</a>
      </p>
      <h1>{consortium.name}</h1>
      <p class="hint">
        {t("arena.consortium.since", { date: formatDate(consortium.createdAt, locale, city.timeZone) })}
      </p>
      {consortium.description && <p class="preserve-lines">{consortium.description}</p>}
      <p>
        {t(props.supports === 1 ? "arena.consortium.supportsOne" : "arena.consortium.supports", {
          count: formatNumber(props.supports, locale),
        })}
      </p>
      <h2>{t("arena.consortium.members")}</h2>
      <ul class="cards">
        {props.entries.map((e) => (
          <EntryCard page={page} entry={e} level={3} />
        ))}
      </ul>
    </Layout>
  );
}

/** Every version of an entry's text, newest first, with what changed. */
export function VersionsPage(props: {
  page: PageContext;
  number: number;
  title: string;
  versions: Array<{ version: number; createdAt: Date; changed: (keyof EntryContent)[]; content: EntryContent }>;
}) {
  const { page } = props;
  const { t, locale, city } = page;
  return (
    <Layout page={page} title={t("arena.versions.title", { title: props.title })} section="arena">
      <p class="breadcrumb">
        <a href={`/arena/${props.number}`}>{props.title}</a>
      </p>
      <h1>{t("arena.versions.title", { title: props.title })}</h1>
      <ol reversed class="timeline">
        {props.versions.map((v) => (
          <li>
            <h2>
              {t("arena.versions.version", {
                version: v.version,
                date: formatDate(v.createdAt, locale, city.timeZone),
              })}
            </h2>
            <p>
              {v.version === 1
                ? t("arena.versions.first")
                : v.changed.length === 0
                  ? t("arena.versions.nothing")
                  : t("arena.versions.changed", { fields: v.changed.map((f) => t(`arena.field.${f}`)).join(", ") })}
            </p>
            <details>
              <summary>{t("arena.versions.show")}</summary>
              <h3>{v.content.title}</h3>
              <p class="preserve-lines">{v.content.problem}</p>
              {v.content.approach && <p class="preserve-lines">{v.content.approach}</p>}
            </details>
          </li>
        ))}
      </ol>
    </Layout>
  );
}
