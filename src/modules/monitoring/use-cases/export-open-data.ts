import {
  type BothLanguages,
  type CataloguedDataset,
  siteContributions,
} from "../../../platform/contributions/contributions";
import { type CsvCell, csvLine } from "../../../platform/csv/csv-writer";
import type { Deps } from "../../../platform/deps";
import { type Catalogues, translator } from "../../../platform/i18n/i18n";
import { loadOperatorDetails } from "../../site";
import { findMeasureReferencesByIds } from "../../strategy";
import {
  currentModelsAfter,
  currentObservationsAfter,
  type ObservationCursor,
  openDataChanges,
  publishedDefinitions,
} from "../data/open-data";
import {
  type CatalogueDescription,
  type DatasetDescription,
  type DataTheme,
  DEFAULT_LICENCE,
  type FileType,
} from "../domain/dcat";
import { targetList } from "../domain/indicator";

/**
 * The monitoring module's open data, public reads for everyone (no permission to check): the
 * indicators each measure uses with their definitions, the targets, and the measured values, as
 * CSV (through the platform's one CSV writer) and as JSON with the same columns, plus their DCAT-AP.de
 * catalogue.
 * The catalogue's texts come in both languages at once (views/open-data-messages.ts, passed by the route).
 *
 * Decisions:
 * - Column names are fixed machine names (snake_case, English), the same in CSV and JSON and in every
 *   language, so scripts keep working; the JSON is an array of objects with exactly the CSV's columns.
 * - Observations: only the CURRENT values (one per measure, indicator, period and area). A corrected
 *   value has status `corrected`; the values it replaced stay on the measure's monitoring page but are
 *   not published, so the file answers "what is the value" without a filter.
 * - Nothing personal: no account ids (who entered, who is responsible), no free-text notes.
 * - Measures are named by their id, which stays the same, and by their address (slug) and title in
 *   both languages, so people can read which measure a row is about without a second file. A value
 *   whose measure is gone keeps its id, with the other three empty.
 */

export const openDataSets = ["indicators", "targets", "observations"] as const;
export type OpenDataSet = (typeof openDataSets)[number];
export type OpenDataFormat = "csv" | "json";

/** A published row: column name to value (null for "none"). */
export type OpenDataRow = Record<string, string | number | boolean | null>;

const PAGE = 500;

/** The columns that name a row's measure, first in every set. */
const measureColumns = ["measure_id", "measure_slug", "measure_title_de", "measure_title_en"] as const;

/** The naming columns of each measure of a page of rows, by id, read with one query. */
async function measureCellsOf(deps: Deps, ids: readonly string[]): Promise<(id: string) => OpenDataRow> {
  const found = await findMeasureReferencesByIds(deps.database.db, [...ids]);
  const byId = new Map(found.map((measure) => [measure.id, measure]));
  return (id) => {
    const measure = byId.get(id);
    return {
      measure_id: id,
      measure_slug: measure?.slug ?? null,
      measure_title_de: measure?.title.de ?? null,
      measure_title_en: measure?.title.en || null,
    };
  };
}

export const openDataColumns: Record<OpenDataSet, readonly string[]> = {
  indicators: [
    ...measureColumns,
    "indicator_key",
    "goal",
    "level",
    "name_de",
    "name_en",
    "definition_de",
    "definition_en",
    "unit",
    "value_kind",
    "direction",
    "frequency",
    "spatial_unit",
    "data_source",
    "sdg_target",
    "standard_reference",
    "baseline_value",
    "baseline_date",
    "target_note",
    "demo",
  ],
  targets: [...measureColumns, "indicator_key", "period", "target"],
  observations: [
    ...measureColumns,
    "indicator_key",
    "period",
    "spatial_unit",
    "value",
    "status",
    "source",
    "entered_at",
  ],
};

/** The site path of a download. */
export function openDataPath(set: OpenDataSet, format: OpenDataFormat): string {
  return `/monitoring/${set}.${format}`;
}

async function* modelRows(deps: Deps, set: "indicators" | "targets"): AsyncGenerator<OpenDataRow> {
  const db = deps.database.db;
  let after: string | null = null;
  for (;;) {
    const models = await currentModelsAfter(db, after, PAGE);
    const definitions =
      set === "indicators"
        ? await publishedDefinitions(
            db,
            models.flatMap((m) => m.model.indicators.map((use) => use.indicator)),
          )
        : new Map();
    const measureOf = await measureCellsOf(
      deps,
      models.map((m) => m.measureId),
    );
    for (const { measureId, model } of models) {
      const goals = new Map(model.goals.map((goal) => [goal.id, goal]));
      for (const use of model.indicators) {
        if (set === "targets") {
          for (const target of targetList(use.targets)) {
            yield {
              ...measureOf(measureId),
              indicator_key: use.indicator,
              period: target.period,
              target: target.value,
            };
          }
          continue;
        }
        const d = definitions.get(use.indicator);
        yield {
          ...measureOf(measureId),
          indicator_key: use.indicator,
          goal: use.goal,
          level: d?.level ?? goals.get(use.goal)?.level ?? null,
          name_de: d?.nameDe ?? null,
          name_en: d?.nameEn ?? null,
          definition_de: d?.definitionDe ?? null,
          definition_en: d?.definitionEn ?? null,
          unit: d?.unit ?? null,
          value_kind: d?.valueKind ?? null,
          direction: d?.direction ?? null,
          frequency: d?.frequency ?? null,
          spatial_unit: d?.spatialUnit ?? null,
          data_source: d?.dataSource ?? null,
          sdg_target: d?.sdgTarget ?? null,
          standard_reference: d?.standardReference ?? null,
          baseline_value: use.baseline?.value ?? null,
          baseline_date: use.baseline?.date ?? null,
          target_note: use.targetNote ?? null,
          demo: d?.demo ?? false,
        };
      }
    }
    if (models.length < PAGE) return;
    after = models[models.length - 1]?.measureId ?? null;
  }
}

async function* observationRows(deps: Deps): AsyncGenerator<OpenDataRow> {
  let after: ObservationCursor | null = null;
  for (;;) {
    const page = await currentObservationsAfter(deps.database.db, after, PAGE);
    const measureOf = await measureCellsOf(
      deps,
      page.map((o) => o.measureId),
    );
    for (const o of page) {
      yield {
        ...measureOf(o.measureId),
        indicator_key: o.indicatorKey,
        period: o.period,
        spatial_unit: o.spatialUnit,
        value: o.value,
        status: o.status,
        source: o.source,
        entered_at: o.enteredAt.toISOString(),
      };
    }
    const last = page[page.length - 1];
    if (page.length < PAGE || !last) return;
    after = last;
  }
}

/** Every row of a download set, read page by page (public). */
function openDataRows(deps: Deps, set: OpenDataSet): AsyncGenerator<OpenDataRow> {
  return set === "observations" ? observationRows(deps) : modelRows(deps, set);
}

/** A download as text chunks: CSV lines through the platform's CSV writer, or a JSON array of rows. */
export async function* openDataChunks(deps: Deps, set: OpenDataSet, format: OpenDataFormat): AsyncGenerator<string> {
  const columns = openDataColumns[set];
  if (format === "csv") {
    yield csvLine(columns);
    for await (const row of openDataRows(deps, set)) yield csvLine(columns.map((c): CsvCell => row[c] ?? null));
    return;
  }
  let first = true;
  yield "[";
  for await (const row of openDataRows(deps, set)) {
    const ordered = Object.fromEntries(columns.map((c) => [c, row[c] ?? null]));
    yield `${first ? "\n" : ",\n"}${JSON.stringify(ordered)}`;
    first = false;
  }
  yield first ? "]\n" : "\n]\n";
}

/** What the city may set for its catalogue; without it, the operator file's name, else the city's name. */
export interface OpenDataSettings {
  publisherName?: { de: string; en: string };
  /** An IRI of the dcat-ap.de licence list; `DEFAULT_LICENCE` (dl-by-de/2.0) without it. */
  licence?: string;
}

const themes: Record<OpenDataSet, DatasetDescription["themes"]> = {
  indicators: ["GOVE", "REGI"],
  targets: ["GOVE", "REGI"],
  observations: ["GOVE", "REGI", "ENVI"],
};

/** A message of any module in both languages, for the other modules' datasets. */
function inBothLanguages(key: string): BothLanguages {
  return { de: translator("de")(key), en: translator("en")(key) };
}

/**
 * Another module's dataset as the catalogue describes it; its themes and file types are checked
 * with the rest of the catalogue (domain/dcat.ts), so a wrong code fails the module's tests.
 */
function describedDataset(dataset: CataloguedDataset): DatasetDescription {
  return {
    id: dataset.id,
    title: dataset.title,
    description: dataset.description,
    keywords: dataset.keywords,
    themes: dataset.themes as DataTheme[],
    modified: dataset.modified,
    landingPage: "/open-data",
    distributions: dataset.distributions.map((d) => ({
      id: d.id,
      title: d.title,
      accessUrl: d.url,
      downloadUrl: d.url,
      mediaType: d.mediaType,
      format: d.format as FileType,
    })),
  };
}

/**
 * The site's DCAT-AP.de catalogue (public): the three monitoring download sets and the datasets
 * other modules offer (`catalogue` in their site contributions). Its dates are the newest change of
 * what each set is made of, so the same data always gives the same catalogue.
 */
export async function monitoringCatalogue(
  deps: Deps,
  messages: Catalogues,
  settings: OpenDataSettings = {},
): Promise<CatalogueDescription> {
  const both = (key: string) => ({ de: messages.de[key] ?? key, en: messages.en[key] ?? key });
  const [{ operator }, changes, others] = await Promise.all([
    loadOperatorDetails(deps.config.OPERATOR_FILE),
    openDataChanges(deps.database.db),
    Promise.all(siteContributions().map((module) => module.catalogue?.(deps, inBothLanguages) ?? [])),
  ]);
  const fallback = deps.clock();
  const newest = (...dates: (Date | null)[]): Date => {
    const times = dates.filter((d): d is Date => d !== null).map((d) => d.getTime());
    return times.length === 0 ? fallback : new Date(Math.max(...times));
  };
  const modified: Record<OpenDataSet, Date> = {
    indicators: newest(changes.definitions, changes.models),
    targets: newest(changes.models),
    observations: newest(changes.observations),
  };
  const publisherName = settings.publisherName ??
    (operator.name ? { de: operator.name, en: operator.name } : undefined) ?? {
      de: deps.city.name.de,
      en: deps.city.name.en,
    };
  const keywords = [both("monitoring.openData.keyword.monitoring"), both("monitoring.openData.keyword.smartCity")];
  const own: DatasetDescription[] = openDataSets.map((set) => ({
    id: `monitoring-${set}`,
    title: both(`monitoring.openData.${set}.title`),
    description: both(`monitoring.openData.${set}.description`),
    keywords: { de: keywords.map((keyword) => keyword.de), en: keywords.map((keyword) => keyword.en) },
    themes: themes[set],
    modified: modified[set],
    landingPage: "/open-data",
    distributions: (["csv", "json"] as const).map((format) => ({
      id: format,
      title: both(`monitoring.openData.${set}.${format}`),
      accessUrl: openDataPath(set, format),
      downloadUrl: openDataPath(set, format),
      mediaType: format === "csv" ? "text/csv" : "application/json",
      format: format === "csv" ? ("CSV" as const) : ("JSON" as const),
    })),
  }));
  const contributed = others.flat();
  const datasets = [...own, ...contributed.map(describedDataset)];
  return {
    baseUrl: deps.config.baseUrl,
    title: both("monitoring.openData.catalogue.title"),
    description: both("monitoring.openData.catalogue.description"),
    publisher: { uri: operator.website ?? "/impressum", name: publisherName },
    homepage: "/open-data",
    licence: settings.licence ?? DEFAULT_LICENCE,
    contactPoint: { name: publisherName.de, email: operator.email, url: operator.website ?? "/impressum" },
    modified: newest(
      modified.indicators,
      modified.targets,
      modified.observations,
      ...contributed.map((d) => d.modified),
    ),
    datasets,
  };
}
