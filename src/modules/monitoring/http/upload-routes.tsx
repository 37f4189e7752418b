import type { Hono } from "hono";
import { type CsvCell, csvText } from "../../../platform/csv/csv-writer";
import { Invalid } from "../../../platform/errors/errors";
import type { UploadLimit } from "../../../platform/http/body-limit";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { districtKeysOf } from "../../../platform/reference-data";
import { pageContext } from "../../../ui/page-context";
import { measureScope } from "../../strategy";
import { OBSERVATION_CSV_LIMITS, observationCsvColumns, observationCsvFields } from "../domain/observation-csv";
import { importObservations, UploadAlreadySaved, UploadChanged } from "../use-cases/import-observations";
import {
  MAX_CONFIRMATION_CHARS,
  openObservationUpload,
  previewObservations,
  UPLOAD_ACTION,
  type UploadStart,
} from "../use-cases/preview-observations";
import { monitoringPath, PreviewPageView, type UploadNotice, UploadPageView, unitInFile } from "../views/upload-pages";

/**
 * Uploading measured values as a CSV file, without JavaScript: the upload page with the template,
 * the preview (every problem row by row, or the rows with a button to save them) and the
 * confirmation that writes them all in one transaction. The measure's team or the strategy office;
 * the permission is checked before a request body is read.
 */

/** The bodies these routes take: one file and the CSRF token, or the file again in base64 with its signature. */
export const observationUploadLimits: readonly UploadLimit[] = [
  { path: "/measures/:slug/monitoring/upload", maxBytes: OBSERVATION_CSV_LIMITS.maxFileBytes + 256 * 1024 },
  { path: "/measures/:slug/monitoring/upload/confirm", maxBytes: MAX_CONFIRMATION_CHARS + 64 * 1024 },
];

const slugOf = (c: AppContext) => c.req.param("slug") ?? "";

/** Refuses before anything reads the body: a guest is asked to sign in, anyone else without the role is refused. */
function mayUpload(c: AppContext): void {
  requirePermission(c.get("state").actor, UPLOAD_ACTION, measureScope(slugOf(c)));
}

/** A count from the address (after an import), or null. */
function countOf(text: string | undefined): number | null {
  if (text === undefined || !/^\d{1,7}$/.test(text)) return null;
  return Number(text);
}

function noticeOf(c: AppContext): UploadNotice | undefined {
  const already = countOf(c.req.query("already"));
  if (already !== null) return { kind: "already", rows: already };
  const added = countOf(c.req.query("added"));
  const corrected = countOf(c.req.query("corrected"));
  const unchanged = countOf(c.req.query("unchanged"));
  if (added === null || corrected === null || unchanged === null) return undefined;
  return { kind: "saved", added, corrected, unchanged };
}

async function uploadPage(c: AppContext, options: { error?: string; status?: 200 | 400 | 422 } = {}) {
  const data = await openObservationUpload(c.get("deps"), c.get("state").actor, slugOf(c));
  const errors = options.error ? { form: options.error } : undefined;
  return c.html(
    <UploadPageView page={pageContext(c)} data={data} errors={errors} notice={errors ? undefined : noticeOf(c)} />,
    options.status ?? 200,
  );
}

/**
 * The template: the columns in the reader's language and one line per indicator (each district of a
 * district indicator) with the latest period that is over, the value left empty. A first line
 * `sep=,` makes Excel split the columns in every language; the reader skips it.
 */
function templateOf(data: UploadStart, locale: "de" | "en", districts: readonly string[]): string {
  const city = locale === "de" ? "stadt" : "city";
  const rows: CsvCell[][] = [observationCsvFields.map((field) => observationCsvColumns[field][locale])];
  for (const indicator of data.indicators) {
    const areas = indicator.definition.spatialUnit === "district" ? districts : [city];
    for (const area of areas) {
      rows.push([indicator.key, indicator.examplePeriod, "", unitInFile(locale, indicator.unit), area, "", ""]);
    }
  }
  return `sep=,\r\n${csvText(rows)}`;
}

export function uploadRoutes(app: Hono<AppEnv>): void {
  app.get("/measures/:slug/monitoring/upload", (c) => uploadPage(c));

  app.get("/measures/:slug/monitoring/template.csv", async (c) => {
    const data = await openObservationUpload(c.get("deps"), c.get("state").actor, slugOf(c));
    const { locale } = c.get("state");
    const districts = districtKeysOf(c.get("deps").city);
    const name = `${locale === "de" ? "messwerte" : "values"}-${data.measure.slug.replace(/[^a-z0-9-]/gi, "")}.csv`;
    return c.body(templateOf(data, locale, districts), 200, {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "X-Content-Type-Options": "nosniff",
    });
  });

  app.post("/measures/:slug/monitoring/upload", async (c) => {
    mayUpload(c);
    const body = (await c.req.parseBody()) as Record<string, unknown>;
    const file = body.file instanceof File && body.file.size > 0 ? body.file : null;
    const preview = await previewObservations(c.get("deps"), c.get("state").actor, {
      slug: slugOf(c),
      fileName: (file?.name ?? "").slice(0, 200),
      bytes: async () => (file ? new Uint8Array(await file.arrayBuffer()) : null),
    });
    return c.html(<PreviewPageView page={pageContext(c)} preview={preview} />, preview.kind === "refused" ? 422 : 200);
  });

  app.post("/measures/:slug/monitoring/upload/confirm", async (c) => {
    mayUpload(c);
    const slug = slugOf(c);
    const body = (await c.req.parseBody()) as Record<string, unknown>;
    const field = (name: string) => (typeof body[name] === "string" ? body[name] : undefined);
    const input = {
      slug,
      csv: field("csv"),
      state: field("state"),
      issued: field("issued"),
      signature: field("signature"),
    };
    try {
      const saved = await importObservations(c.get("deps"), invocation(c), input as never);
      const query = `added=${saved.added}&corrected=${saved.corrected}&unchanged=${saved.unchanged}`;
      return c.redirect(`${monitoringPath(saved.slug)}/upload?${query}`, 303);
    } catch (error) {
      if (error instanceof UploadAlreadySaved) {
        return c.redirect(`${monitoringPath(slug)}/upload?already=${error.rows}`, 303);
      }
      if (error instanceof UploadChanged) {
        // The signature held, so the text is the one previewed: show its preview as the data is now.
        const text = Buffer.from(input.csv ?? "", "base64url");
        const preview = await previewObservations(c.get("deps"), c.get("state").actor, {
          slug,
          fileName: "",
          bytes: async () => new Uint8Array(text),
        });
        return c.html(<PreviewPageView page={pageContext(c)} preview={preview} changed />, 409);
      }
      if (!(error instanceof Invalid)) throw error;
      const { t } = c.get("state");
      const message =
        error.message === "monitoring.upload.proofExpired" ? error.message : "monitoring.upload.proofInvalid";
      return uploadPage(c, { error: t(message), status: 422 });
    }
  });
}
