import { csvLine } from "../../../platform/csv/csv-writer";
import type { Deps } from "../../../platform/deps";
import { BadRequest } from "../../../platform/errors/errors";
import type { Translate } from "../../../platform/i18n/i18n";
import { cachedReference, loadReference, organisationsOf } from "../data/catalogue";
import { exportMeasures } from "../data/measures";
import type { MeasureFilter, Reference } from "../domain/catalogue";
import { type ApiListQuery, apiFilter } from "../domain/filters";
import { csvHeader, csvRow, measureRecord } from "../domain/measure-export";

export type ExportFormat = "csv" | "json";

/** Every measure with its values-compass assessments, a batch at a time (the monitoring portfolio). Public. */
export function measuresWithAssessments(deps: Deps) {
  return exportMeasures(deps.database.db, {});
}

/** The measures matching a filter as CSV lines (header first), a batch at a time. */
async function* measuresCsv(deps: Deps, filter: MeasureFilter, reference: Reference): AsyncGenerator<string> {
  yield `\uFEFF${csvLine(csvHeader(reference))}`;
  for await (const batch of exportMeasures(deps.database.db, filter)) {
    const organisations = await organisationsOf(
      deps.database.db,
      batch.map((m) => m.content),
    );
    yield batch.map((m) => csvLine(csvRow(m, reference, organisations, deps.config.baseUrl))).join("");
  }
}

/** The measures matching a filter as one JSON document `{ items: [...] }`, written a batch at a time. */
async function* measuresJson(deps: Deps, filter: MeasureFilter, reference: Reference): AsyncGenerator<string> {
  yield '{"items":[';
  let first = true;
  for await (const batch of exportMeasures(deps.database.db, filter)) {
    const organisations = await organisationsOf(
      deps.database.db,
      batch.map((m) => m.content),
    );
    const parts = batch.map((m) => JSON.stringify(measureRecord(m, reference, organisations, deps.config.baseUrl)));
    yield (first ? "" : ",") + parts.join(",");
    first = false;
  }
  yield "]}";
}

const writers = { csv: measuresCsv, json: measuresJson };

/**
 * The open-data export of the measures matching the query, every field in German and English
 * (anyone may download it). The filter is checked before the first line is written; an unknown
 * value of the catalogue's own vocabulary is a 400.
 */
export async function exportMeasuresMatching(
  deps: Deps,
  query: ApiListQuery,
  t: Translate,
  format: ExportFormat,
): Promise<AsyncGenerator<string>> {
  const reference = await cachedReference(deps.database.db);
  const checked = apiFilter(query, reference, t, deps.city);
  if (!checked.ok) throw new BadRequest("errors.invalidQuery", checked.issues);
  return writers[format](deps, checked.filter, reference);
}

/** Every measure, for the command line's export. */
export async function exportAllMeasures(deps: Deps, format: ExportFormat): Promise<AsyncGenerator<string>> {
  const reference = await loadReference(deps.database.db);
  return writers[format](deps, {}, reference);
}
