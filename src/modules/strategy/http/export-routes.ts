import type { Context, Hono } from "hono";
import { stream } from "hono/streaming";
import { requestCounters } from "../../../platform/cache/change-counters";
import { BadRequest } from "../../../platform/errors/errors";
import type { AppEnv } from "../../../platform/http/env";
import { cachedDownload } from "../../../platform/http/page-cache";
import { apiListQuery } from "../domain/filters";
import { type ExportFormat, exportMeasuresMatching } from "../use-cases/export-measures";

async function exportResponse(c: Context<AppEnv>, format: ExportFormat): Promise<Response> {
  const parsed = apiListQuery.safeParse(c.req.query());
  if (!parsed.success) {
    throw new BadRequest(
      "errors.invalidQuery",
      parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
    );
  }
  const chunks = await exportMeasuresMatching(c.get("deps"), parsed.data, c.get("state").t, format);
  c.header("Content-Type", format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8");
  c.header("Content-Disposition", `attachment; filename="measures.${format}"`);
  return stream(c, async (s) => {
    for await (const chunk of chunks) await s.write(chunk);
  });
}

/**
 * The measures list as a download (the same filters as the list): the same for everyone, so it is
 * made once per catalogue version, language and query and then served from memory.
 */
export function exportRoutes(app: Hono<AppEnv>): void {
  const cached = async (c: Context<AppEnv>, format: ExportFormat) =>
    cachedDownload(c, { scope: "catalogue", version: (await requestCounters(c)).catalogue }, () =>
      exportResponse(c, format),
    );
  app.get("/measures/export.csv", (c) => cached(c, "csv"));
  app.get("/measures/export.json", (c) => cached(c, "json"));
}
