import type { Deps } from "../../../platform/deps";
import { BadRequest } from "../../../platform/errors/errors";
import type { Locale, Translate } from "../../../platform/i18n/i18n";
import { cachedReference } from "../data/catalogue";
import { listMeasures } from "../data/measures";
import type { MeasureFilter, MeasureListItem, Reference } from "../domain/catalogue";
import { type ApiListQuery, apiFilter, type ListRequest, readListQuery } from "../domain/filters";

/** The measures list page: its query read leniently, and the page of measures it asks for. Public. */
export async function listMeasuresPage(
  deps: Deps,
  query: Record<string, string>,
  locale: Locale,
  version?: number,
): Promise<{ reference: Reference; request: ListRequest; items: MeasureListItem[]; total: number }> {
  const db = deps.database.db;
  const reference = await cachedReference(db, version);
  const request = readListQuery(query, reference, deps.city);
  const { items, total } = await listMeasures(db, request.filter, {
    sort: request.sort,
    locale,
    limit: request.pageSize,
    offset: (request.page - 1) * request.pageSize,
  });
  return { reference, request, items, total };
}

/** The API's list: a checked query (an unknown value is a 400), sorted by relevance when searching. Public. */
export async function searchMeasures(
  deps: Deps,
  query: ApiListQuery,
  locale: Locale,
  t: Translate,
  version?: number,
): Promise<{ items: MeasureListItem[]; total: number }> {
  const db = deps.database.db;
  const reference = await cachedReference(db, version);
  const checked = apiFilter(query, reference, t, deps.city);
  if (!checked.ok) throw new BadRequest("errors.invalidQuery", checked.issues);
  const filter: MeasureFilter = checked.filter;
  const sort = query.sort ?? (filter.q ? "relevance" : "title");
  return listMeasures(db, filter, {
    sort,
    locale,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
}

/** One page of twenty measures of a filter, by title: the lists on action field, organisation and district pages. */
export async function measuresPageOf(
  deps: Deps,
  filter: MeasureFilter,
  page: number,
  locale: Locale,
): Promise<{ items: MeasureListItem[]; total: number; page: number; pageSize: number }> {
  const pageSize = 20;
  const list = await listMeasures(deps.database.db, filter, {
    sort: "title",
    locale,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  return { ...list, page, pageSize };
}
