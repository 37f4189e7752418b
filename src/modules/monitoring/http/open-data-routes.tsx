import type { Context, Hono } from "hono";
import { stream } from "hono/streaming";
import { z } from "zod";
import { type ApiRouteDefinition, defineApiRoute } from "../../../platform/api/api";
import { requestCounters } from "../../../platform/cache/change-counters";
import type { AppEnv } from "../../../platform/http/env";
import { cachedDownload } from "../../../platform/http/page-cache";
import { catalogueAsJsonLd, catalogueAsTurtle } from "../domain/dcat";
import {
  monitoringCatalogue,
  type OpenDataFormat,
  type OpenDataSet,
  openDataChunks,
  openDataPath,
  openDataSets,
} from "../use-cases/export-open-data";
import { CATALOGUE_JSONLD, CATALOGUE_TURTLE } from "../use-cases/open-data-contributions";
import { openDataMessages } from "../views/open-data-messages";

const contentTypes: Record<OpenDataFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};

function download(c: Context<AppEnv>, set: OpenDataSet, format: OpenDataFormat): Response {
  const chunks = openDataChunks(c.get("deps"), set, format);
  c.header("Content-Type", contentTypes[format]);
  c.header("Content-Disposition", `attachment; filename="monitoring-${set}.${format}"`);
  return stream(c, async (s) => {
    for await (const chunk of chunks) await s.write(chunk);
  });
}

/**
 * The monitoring module's downloads (indicators, targets, current values; CSV and JSON): the same
 * for everyone, so each is made once per change of the monitoring data and then served from memory.
 */
export function openDataRoutes(app: Hono<AppEnv>): void {
  for (const set of openDataSets) {
    for (const format of ["csv", "json"] as const) {
      app.get(openDataPath(set, format), async (c) =>
        cachedDownload(
          c,
          { scope: `monitoring-open-data-${set}-${format}`, version: (await requestCounters(c)).monitoring },
          () => download(c, set, format),
        ),
      );
    }
  }
}

/** The DCAT-AP.de catalogue of the downloads, as JSON-LD and Turtle (public, no token). */
export const openDataApi: ApiRouteDefinition[] = [
  defineApiRoute({
    method: "get",
    path: CATALOGUE_JSONLD,
    summary: "DCAT-AP.de catalogue of the open data: monitoring, participation processes, events (JSON-LD)",
    tag: "open-data",
    produces: "application/ld+json",
    response: z.unknown(),
    handler: async (c) =>
      cachedDownload(c, { scope: "monitoring-dcat-jsonld", version: (await requestCounters(c)).monitoring }, async () =>
        c.body(JSON.stringify(catalogueAsJsonLd(await monitoringCatalogue(c.get("deps"), openDataMessages))), 200, {
          "Content-Type": "application/ld+json",
        }),
      ),
  }),
  defineApiRoute({
    method: "get",
    path: CATALOGUE_TURTLE,
    summary: "DCAT-AP.de catalogue of the open data: monitoring, participation processes, events (Turtle)",
    tag: "open-data",
    produces: "text/turtle",
    response: z.unknown(),
    handler: async (c) =>
      cachedDownload(c, { scope: "monitoring-dcat-turtle", version: (await requestCounters(c)).monitoring }, async () =>
        c.body(catalogueAsTurtle(await monitoringCatalogue(c.get("deps"), openDataMessages)), 200, {
          "Content-Type": "text/turtle; charset=utf-8",
        }),
      ),
  }),
];
