import type { Hono } from "hono";
import type { AppEnv } from "../../../platform/http/env";
import { DEMO_DATASTREAM_ID, demoReadings, readDemoFilter } from "../domain/demo-datastream";
import { DEMO_SENSORTHINGS_BASE_PATH } from "../use-cases/source-network";

const DEFAULT_TOP = 100;
const MAX_TOP = 1000;

/** A whole number from the query within [0, max], else the fallback. */
function boundedNumber(text: string | undefined, fallback: number, max: number): number {
  const n = Number(text);
  return text !== undefined && Number.isSafeInteger(n) && n >= 0 ? Math.min(n, max) : fallback;
}

/**
 * The demo's SensorThings API 1.1 service (domain/demo-datastream.ts): one Datastream's
 * Observations, oldest first, in pages linked by `@iot.nextLink`, filtered by phenomenonTime as the
 * platform's fetch asks. Served only while the demo is on (`SEED_DEMO`), so the demo's automatic
 * source has something real to fetch without a network outside the machine.
 */
export function demoSensorThingsRoutes(app: Hono<AppEnv>): void {
  app.get(`${DEMO_SENSORTHINGS_BASE_PATH}/:datastream/Observations`, (c) => {
    const deps = c.get("deps");
    if (!deps.config.SEED_DEMO || c.req.param("datastream") !== `Datastreams(${DEMO_DATASTREAM_ID})`) {
      return c.json({ code: 404, type: "error", message: "Not found" }, 404);
    }
    const range = readDemoFilter(c.req.query("$filter"), deps.clock());
    if (!range) return c.json({ code: 400, type: "error", message: "Unsupported $filter" }, 400);
    const top = boundedNumber(c.req.query("$top"), DEFAULT_TOP, MAX_TOP) || DEFAULT_TOP;
    const skip = boundedNumber(c.req.query("$skip"), 0, Number.MAX_SAFE_INTEGER);
    const readings = demoReadings(range.from, range.to, deps.clock());
    const page = readings.slice(skip, skip + top);
    const next = new URL(c.req.url);
    next.searchParams.set("$skip", String(skip + top));
    return c.json({
      value: page,
      ...(skip + top < readings.length ? { "@iot.nextLink": next.href } : {}),
    });
  });
}
