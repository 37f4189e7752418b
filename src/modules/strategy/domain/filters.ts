import { z } from "zod";
import type { FieldIssue } from "../../../platform/errors/errors";
import type { Translate } from "../../../platform/i18n/i18n";
import { type City, cityKeyPattern, isDistrictKey } from "../../../platform/reference-data";
import { type MeasureFilter, type MeasureSort, measureSorts, type Reference } from "./catalogue";
import { measureStatuses, measureTypes } from "./model";

/** The filters of the measures list, as query parameters (the same on the page, the API and exports). */
const filterNames = [
  "type",
  "cluster",
  "actionField",
  "value",
  "status",
  "phase",
  "district",
  "spatialLevel",
  "pilot",
] as const;
type FilterName = (typeof filterNames)[number];

export const pageSizes = [10, 20, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 20;

export interface ListRequest {
  filter: MeasureFilter;
  sort: MeasureSort;
  page: number;
  pageSize: number;
  /** Parameters the page did not understand and left out, to say so on the page. */
  ignored: Array<{ name: string; value: string }>;
}

function knownIds(
  reference: Reference,
): Record<Exclude<FilterName, "type" | "status" | "district" | "pilot">, Set<string>> {
  return {
    cluster: new Set(reference.clusters.map((c) => c.id)),
    actionField: new Set(reference.actionFields.map((f) => f.id)),
    value: new Set(reference.values.map((v) => v.id)),
    phase: new Set(reference.phases.map((p) => p.id)),
    spatialLevel: new Set(reference.spatialLevels.map((l) => l.id)),
  };
}

function clusterFields(reference: Reference, cluster: string): string[] {
  return reference.actionFields.filter((a) => a.clusterId === cluster).map((a) => a.id);
}

function pilotOf(value: string): boolean | undefined {
  if (value === "true" || value === "yes" || value === "1") return true;
  if (value === "false" || value === "no" || value === "0") return false;
  return undefined;
}

/** A page number from the address: a whole number from 1 to 100,000, otherwise the first page. */
export function pageNumberOf(raw: string | undefined): number {
  const n = Number(raw ?? "1");
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}

/**
 * Reads the list's query leniently, as a page must: an unknown value is left out and reported, so
 * a shared link with an outdated filter still shows a list and says what it ignored.
 */
export function readListQuery(query: Record<string, string>, reference: Reference, city: City): ListRequest {
  const ignored: ListRequest["ignored"] = [];
  const filter: MeasureFilter = {};
  const ids = knownIds(reference);
  for (const name of filterNames) {
    const raw = query[name]?.trim();
    if (!raw) continue;
    let ok = true;
    switch (name) {
      case "type":
        ok = (measureTypes as readonly string[]).includes(raw);
        if (ok) filter.type = raw as MeasureFilter["type"];
        break;
      case "status":
        ok = (measureStatuses as readonly string[]).includes(raw);
        if (ok) filter.status = raw as MeasureFilter["status"];
        break;
      case "district":
        ok = isDistrictKey(city, raw);
        if (ok) filter.district = raw;
        break;
      case "pilot": {
        const pilot = pilotOf(raw);
        ok = pilot !== undefined;
        if (ok) filter.pilot = pilot;
        break;
      }
      default:
        ok = ids[name].has(raw);
        if (ok) filter[name] = raw;
    }
    if (!ok) ignored.push({ name, value: raw });
  }
  const q = query.q?.trim();
  if (q) filter.q = q.slice(0, 200);
  if (filter.cluster) filter.clusterActionFieldIds = clusterFields(reference, filter.cluster);

  let sort: MeasureSort = filter.q ? "relevance" : "title";
  if (query.sort) {
    if ((measureSorts as readonly string[]).includes(query.sort)) sort = query.sort as MeasureSort;
    else ignored.push({ name: "sort", value: query.sort });
  }
  let page = 1;
  if (query.page) {
    const n = Number(query.page);
    if (Number.isInteger(n) && n >= 1 && n <= 100_000) page = n;
    else ignored.push({ name: "page", value: query.page });
  }
  let pageSize = DEFAULT_PAGE_SIZE;
  if (query.pageSize) {
    const n = Number(query.pageSize);
    if ((pageSizes as readonly number[]).includes(n)) pageSize = n;
    else ignored.push({ name: "pageSize", value: query.pageSize });
  }
  return { filter, sort, page, pageSize, ignored };
}

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).optional();

/** The API's query: a fixed vocabulary is checked by the schema (400 with problem details). */
export const apiListQuery = z.object({
  type: optionalEnum(measureTypes),
  cluster: z.string().max(100).optional(),
  actionField: z.string().max(100).optional(),
  value: z.string().max(100).optional(),
  status: optionalEnum(measureStatuses),
  phase: z.string().max(100).optional(),
  district: z.string().regex(cityKeyPattern).optional(),
  spatialLevel: z.string().max(100).optional(),
  pilot: z.enum(["true", "false"]).optional(),
  q: z.string().max(200).optional(),
  sort: optionalEnum(measureSorts),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(DEFAULT_PAGE_SIZE),
  lang: z.enum(["de", "en"]).optional(),
});
export type ApiListQuery = z.output<typeof apiListQuery>;

/**
 * The API's filter: values that are the strategy's own data (clusters, action fields, values,
 * phases, spatial levels) are checked against the catalogue; an unknown one is refused with the
 * problems found (a 400).
 */
export function apiFilter(
  query: ApiListQuery,
  reference: Reference,
  t: Translate,
  city: City,
): { ok: true; filter: MeasureFilter } | { ok: false; issues: FieldIssue[] } {
  const ids = knownIds(reference);
  const issues: FieldIssue[] = [];
  for (const name of ["cluster", "actionField", "value", "phase", "spatialLevel"] as const) {
    const value = query[name];
    if (value !== undefined && !ids[name].has(value)) {
      issues.push({
        path: `query.${name}`,
        message: t("strategy.api.unknownValue", { value, allowed: [...ids[name]].join(", ") }),
      });
    }
  }
  if (query.district !== undefined && !isDistrictKey(city, query.district)) {
    const allowed = city.districts.map((d) => d.key).join(", ");
    issues.push({
      path: "query.district",
      message: t("strategy.api.unknownValue", { value: query.district, allowed }),
    });
  }
  if (issues.length) return { ok: false, issues };
  const filter: MeasureFilter = {
    type: query.type,
    cluster: query.cluster,
    clusterActionFieldIds: query.cluster ? clusterFields(reference, query.cluster) : undefined,
    actionField: query.actionField,
    value: query.value,
    status: query.status,
    phase: query.phase,
    district: query.district,
    spatialLevel: query.spatialLevel,
    pilot: query.pilot === undefined ? undefined : query.pilot === "true",
    q: query.q?.trim() || undefined,
  };
  return { ok: true, filter };
}

/** The filter as query parameters (for links: export, pages of the list). */
export function filterQuery(filter: MeasureFilter, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const name of filterNames) {
    const value = filter[name];
    if (value !== undefined) params.set(name, String(value));
  }
  if (filter.q) params.set("q", filter.q);
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) params.set(k, v);
  const text = params.toString();
  return text ? `?${text}` : "";
}
