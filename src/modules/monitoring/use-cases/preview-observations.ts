import { createHash } from "node:crypto";
import type { Executor } from "../../../platform/db/database";
import type { Deps } from "../../../platform/deps";
import { hasControlCharacters } from "../../../platform/forms/plain-text";
import type { Actor } from "../../../platform/permissions/permissions";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { districtKeysOf } from "../../../platform/reference-data";
import { hmac, safeEqual } from "../../../platform/security/tokens";
import type { MeasureReference } from "../../strategy";
import { findDefinitions } from "../data/indicators";
import { currentModel } from "../data/models";
import { observationsOfMeasure } from "../data/observations";
import type { StoredDefinition, StoredObservation } from "../domain/monitoring-view";
import {
  type CsvIndicator,
  type CsvRowIssue,
  type IssueParams,
  OBSERVATION_CSV_LIMITS,
  type ObservationCsvRow,
  parseObservationCsv,
} from "../domain/observation-csv";
import { isComplete, type PeriodKey, periodContaining, previousPeriod } from "../domain/periods";
import type { ObservationStatus } from "../domain/progress";
import { accountOf, measureOf, measureResourceOf } from "./measure-access";

/**
 * Uploading measured values as a CSV file, the reading half: the upload page (which indicators the
 * file may name), the template, and the preview of a file — every problem of every row, or the rows
 * that would be written and what each does to the stored values. Authorised reads: the measure's
 * team (`team_member` on the measure) or the strategy office, as for the form of one value; the
 * permission is checked before anything is read. Nothing here writes; `import-observations.ts` does.
 *
 * Between preview and confirmation the file travels in the confirmation form, not in a table: its
 * text (base64url of its UTF-8, so no browser changes its line ends), a fingerprint of the stored
 * values it touches, and the time of the preview, signed with an HMAC of the account, the measure
 * and all of that under the server's CSRF key (`deps.csrfKey`, a secret in the database shared by
 * every process) with its own purpose prefix. The import trusts none of it without the signature,
 * and parses and checks the text again against the data as it is then.
 */

/** The action that lets someone upload values: the same as entering one value by form. */
export const UPLOAD_ACTION = "monitoring.observation.record";

/** How long a preview can be confirmed. */
const PREVIEW_VALID_MS = 24 * 60 * 60 * 1000;

/** A guard on the values read for one measure (current and replaced); see `currentValues`. */
const VALUES_READ = 100_000;

/** The longest confirmation text: the largest file in base64 (4 characters for each 3 bytes). */
export const MAX_CONFIRMATION_CHARS = Math.ceil(OBSERVATION_CSV_LIMITS.maxFileBytes / 3) * 4;

/** An indicator of the measure's current model, as the file may name it, with its definition. */
export interface UploadIndicator extends CsvIndicator {
  definition: StoredDefinition;
  /** The latest period that is over at the moment: what the template suggests. */
  examplePeriod: PeriodKey;
}

export interface UploadStart {
  measure: MeasureReference;
  indicators: UploadIndicator[];
}

/** A problem of the file as a whole: a `monitoring.csv.*` or `monitoring.upload.*` message key. */
export interface UploadFileIssue {
  messageKey: string;
  params?: IssueParams;
}

export type RowAction = "add" | "correct" | "unchanged";

/** A row of the file with what writing it would do: add a value, correct the current one, or nothing. */
export interface PlannedRow extends ObservationCsvRow {
  action: RowAction;
  /** The current value of the same indicator, period and area, if there is one. */
  previous: { id: string; value: number; status: ObservationStatus; note: string } | null;
}

export interface RowCounts {
  add: number;
  correct: number;
  unchanged: number;
}

/** What the confirmation form carries (see the top of this file). */
export interface UploadConfirmation {
  csv: string;
  state: string;
  issued: string;
  signature: string;
}

interface PreviewBase {
  measure: MeasureReference;
  definitions: Map<string, StoredDefinition>;
  fileName: string;
}

export type UploadPreview =
  | (PreviewBase & { kind: "refused"; fileIssues: UploadFileIssue[]; rowIssues: CsvRowIssue[] })
  | (PreviewBase & { kind: "ready"; rows: PlannedRow[]; counts: RowCounts; confirmation: UploadConfirmation });

/** The result of checking a text against a measure's indicators and stored values. */
export type UploadAnalysis =
  | { kind: "refused"; fileIssues: UploadFileIssue[]; rowIssues: CsvRowIssue[] }
  | { kind: "ready"; rows: PlannedRow[]; counts: RowCounts; state: string };

// ---------------------------------------------------------------------------------------------------
// The measure's indicators and values

function examplePeriodOf(definition: StoredDefinition, now: Date, timeZone: string): PeriodKey {
  const current = periodContaining(now, definition.frequency, timeZone);
  return isComplete(current, now, timeZone) ? current : previousPeriod(current);
}

/** The indicators of the measure's current model, in the model's order; a use whose definition is gone is left out. */
export async function uploadIndicators(
  db: Executor,
  deps: Deps,
  measure: MeasureReference,
  now: Date,
): Promise<UploadIndicator[]> {
  const model = await currentModel(db, measure.id);
  if (!model) return [];
  const definitions = await findDefinitions(
    db,
    model.model.indicators.map((use) => use.indicator),
  );
  const districts = districtKeysOf(deps.city);
  return model.model.indicators.flatMap((use): UploadIndicator[] => {
    const definition = definitions.get(use.indicator);
    if (!definition) return [];
    return [
      {
        key: definition.key,
        frequency: definition.frequency,
        unit: definition.unit,
        valueKind: definition.valueKind,
        // As the form of one value: a city-wide indicator takes the city, a district one a district.
        spatialUnits: definition.spatialUnit === "district" ? districts : ["city"],
        definition,
        examplePeriod: examplePeriodOf(definition, now, deps.city.timeZone),
      },
    ];
  });
}

const identityOf = (indicator: string, period: string, spatialUnit: string) =>
  JSON.stringify([indicator, period, spatialUnit]);

/**
 * The current values of the measure by indicator, period and area. A measure has a handful of
 * indicators with a value per period and area, so the read is bounded by a guard; were it ever
 * reached, a value not seen here is still protected by the table's unique index on current values
 * (the import then fails and writes nothing).
 */
async function currentValues(db: Executor, measureId: string): Promise<Map<string, StoredObservation>> {
  const all = await observationsOfMeasure(db, measureId, VALUES_READ);
  const current = new Map<string, StoredObservation>();
  for (const observation of all) {
    if (observation.supersededAt === null) {
      current.set(identityOf(observation.indicator, observation.period, observation.spatialUnit), observation);
    }
  }
  return current;
}

/**
 * What each row does. A value equal to the current one in value, status and note changes nothing
 * and is left out of the writes (so confirming the same file twice writes it once); any other
 * value for a period and area that has one corrects it.
 */
function planRows(rows: readonly ObservationCsvRow[], current: ReadonlyMap<string, StoredObservation>) {
  const counts: RowCounts = { add: 0, correct: 0, unchanged: 0 };
  const planned = rows.map((row): PlannedRow => {
    const stored = current.get(identityOf(row.indicator, row.period, row.spatialUnit));
    const previous = stored ? { id: stored.id, value: stored.value, status: stored.status, note: stored.note } : null;
    const action: RowAction = !previous
      ? "add"
      : previous.value === row.value && previous.status === row.status && previous.note === row.note
        ? "unchanged"
        : "correct";
    counts[action]++;
    return { ...row, action, previous };
  });
  // The stored values the rows touch, as they are now: the import compares it with the preview's.
  const state = createHash("sha256")
    .update(JSON.stringify(planned.map((row) => [row.indicator, row.period, row.spatialUnit, row.previous?.id ?? ""])))
    .digest("base64url");
  return { rows: planned, counts, state };
}

// ---------------------------------------------------------------------------------------------------
// The file

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The text of an uploaded file, or what is wrong with it as a whole: missing, too large, not UTF-8 text. */
export function readUploadedFile(
  bytes: Uint8Array | null,
): { ok: true; text: string } | { ok: false; issue: UploadFileIssue } {
  if (bytes === null) return { ok: false, issue: { messageKey: "monitoring.upload.fileMissing" } };
  if (bytes.byteLength > OBSERVATION_CSV_LIMITS.maxFileBytes) {
    const maxMegabytes = OBSERVATION_CSV_LIMITS.maxFileBytes / (1024 * 1024);
    return { ok: false, issue: { messageKey: "monitoring.csv.fileTooLarge", params: { maxMegabytes } } };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, issue: { messageKey: "monitoring.upload.notUtf8" } };
  }
  // The platform's rule for text from files: no control characters but tab and line ends (NUL included).
  if (hasControlCharacters(text)) return { ok: false, issue: { messageKey: "monitoring.csv.fileNotText" } };
  return { ok: true, text };
}

/** Checks a file's text against the measure's indicators (`uploadIndicators`) and stored values, at `now`. */
export async function analyseUpload(
  db: Executor,
  measure: MeasureReference,
  indicators: readonly UploadIndicator[],
  text: string,
  now: Date,
  timeZone: string,
): Promise<UploadAnalysis> {
  const parsed = parseObservationCsv(text, { indicators, now, timeZone });
  if (!parsed.ok) return { kind: "refused", fileIssues: parsed.fileIssues, rowIssues: parsed.rowIssues };
  return { kind: "ready", ...planRows(parsed.rows, await currentValues(db, measure.id)) };
}

// ---------------------------------------------------------------------------------------------------
// The signed confirmation

interface Signed {
  account: string;
  measureId: string;
  csv: string;
  state: string;
  issued: string;
}

const PURPOSE = "monitoring-upload";

function signatureOf(key: string, signed: Signed): string {
  return hmac(
    key,
    JSON.stringify([PURPOSE, signed.account, signed.measureId, signed.issued, signed.state, signed.csv]),
  );
}

function confirmationFor(
  key: string,
  actor: Actor,
  measure: MeasureReference,
  text: string,
  state: string,
  now: Date,
): UploadConfirmation {
  const csv = Buffer.from(text, "utf8").toString("base64url");
  const fields = { csv, state, issued: String(now.getTime()) };
  return {
    ...fields,
    signature: signatureOf(key, { account: accountOf(actor) ?? "", measureId: measure.id, ...fields }),
  };
}

export type ConfirmationCheck = { ok: true; text: string } | { ok: false; reason: "invalid" | "expired" };

/**
 * The text of a confirmation made here for this account and measure, or why it is refused: not made
 * here or changed (`invalid`), or older than `PREVIEW_VALID_MS` (`expired`).
 */
export function checkConfirmation(
  key: string,
  actor: Actor,
  measure: MeasureReference,
  confirmation: UploadConfirmation,
  now: Date,
): ConfirmationCheck {
  const expected = signatureOf(key, { account: accountOf(actor) ?? "", measureId: measure.id, ...confirmation });
  if (!safeEqual(confirmation.signature, expected)) return { ok: false, reason: "invalid" };
  const issued = Number(confirmation.issued);
  if (!Number.isSafeInteger(issued) || issued > now.getTime() + 60_000) return { ok: false, reason: "invalid" };
  if (now.getTime() - issued > PREVIEW_VALID_MS) return { ok: false, reason: "expired" };
  const file = readUploadedFile(new Uint8Array(Buffer.from(confirmation.csv, "base64url")));
  return file.ok ? { ok: true, text: file.text } : { ok: false, reason: "invalid" };
}

// ---------------------------------------------------------------------------------------------------
// The authorised reads

/** The upload page and the template: the measure and the indicators a file may name. */
export async function openObservationUpload(deps: Deps, actor: Actor, slug: string): Promise<UploadStart> {
  requirePermission(actor, UPLOAD_ACTION, measureResourceOf({ slug }));
  const db = deps.database.db;
  const measure = await measureOf(db, slug);
  return { measure, indicators: await uploadIndicators(db, deps, measure, deps.clock()) };
}

/**
 * The preview of an uploaded file: every problem (nothing would be written), or the rows with what
 * each would do and the signed confirmation to write them. The bytes are read only after the check.
 */
export async function previewObservations(
  deps: Deps,
  actor: Actor,
  input: { slug: string; fileName: string; bytes: () => Promise<Uint8Array | null> },
): Promise<UploadPreview> {
  requirePermission(actor, UPLOAD_ACTION, measureResourceOf({ slug: input.slug }));
  const db = deps.database.db;
  const measure = await measureOf(db, input.slug);
  const now = deps.clock();
  const indicators = await uploadIndicators(db, deps, measure, now);
  const definitions = new Map(indicators.map((indicator) => [indicator.key, indicator.definition]));
  const base = { measure, definitions, fileName: input.fileName };
  const file = readUploadedFile(await input.bytes());
  if (!file.ok) return { ...base, kind: "refused", fileIssues: [file.issue], rowIssues: [] };
  const analysis = await analyseUpload(db, measure, indicators, file.text, now, deps.city.timeZone);
  if (analysis.kind === "refused") return { ...base, ...analysis };
  const confirmation = confirmationFor(deps.csrfKey, actor, measure, file.text, analysis.state, now);
  return { ...base, kind: "ready", rows: analysis.rows, counts: analysis.counts, confirmation };
}
