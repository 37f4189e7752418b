import { createServer } from "node:net";
import { type ServerType, serve } from "@hono/node-server";
import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { runDueJobs } from "../../../platform/jobs/scheduled";
import { strategyModule } from "../../strategy";
import { measures } from "../../strategy/data/schema";
import { monitoringObservations, monitoringSources } from "../data/schema";
import { monitoringModule } from "../module";
import { createFetchSourceHandler, FETCH_SOURCE_JOB } from "./fetch-source";
import { allowsPrivateNetwork, refusesHost } from "./source-network";

/** A port that was free a moment ago, for an app that must know its own address before it listens. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

let t: TestApp;
let server: ServerType;
let origin = "";
const now = new Date("2026-08-10T12:00:00Z");

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  t = await createTestApp({ env: { SEED_DEMO: "true", BASE_URL: origin }, deps: { clock: () => now } });
  server = serve({ fetch: t.app.fetch, port, hostname: "127.0.0.1" });
  await strategyModule.seed?.(t.deps);
  await monitoringModule.seed?.(t.deps);
}, 60_000);

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

describe("the demo's automatic source", () => {
  it("is fetched from the platform's own demo service and agrees with the values the demo starts with", async () => {
    const [measure] = await t.deps.database.db.select().from(measures).where(eq(measures.code, "D2"));
    const [source] = await t.deps.database.db
      .select()
      .from(monitoringSources)
      .where(eq(monitoringSources.measureId, measure?.id ?? ""));
    expect(source).toMatchObject({
      kind: "sensorthings",
      config: { base: `${origin}/demo/sensorthings/v1.1`, datastreamId: 1 },
      aggregation: "mean",
    });
    const current = () =>
      t.deps.database.db
        .select({ period: monitoringObservations.period, value: monitoringObservations.value })
        .from(monitoringObservations)
        .where(
          and(
            eq(monitoringObservations.measureId, measure?.id ?? ""),
            eq(monitoringObservations.source, "sensorthings"),
            isNull(monitoringObservations.supersededAt),
          ),
        )
        .orderBy(monitoringObservations.period);
    const seeded = await current();
    expect(seeded.map((row) => row.period)).toEqual(["2022", "2023", "2024", "2025"]);

    const handler = createFetchSourceHandler({ timeoutMs: 5_000 });
    expect(await runDueJobs(t.deps, [handler])).toEqual([
      { name: FETCH_SOURCE_JOB, key: source?.id, result: "rescheduled" },
    ]);
    const [after] = await t.deps.database.db
      .select()
      .from(monitoringSources)
      .where(eq(monitoringSources.id, source?.id ?? ""));
    expect(after).toMatchObject({ failures: 0, lastError: null, staleSince: null, lastSuccessAt: now });
    expect(await current()).toEqual(seeded);
  });

  it("answers in SensorThings pages, and refuses other Datastreams and filters it cannot read", async () => {
    const base = `${origin}/demo/sensorthings/v1.1`;
    const filter = encodeURIComponent(
      "phenomenonTime ge 2026-07-01T00:00:00.000Z and phenomenonTime lt 2026-08-01T00:00:00.000Z",
    );
    const first = await (await fetch(`${base}/Datastreams(1)/Observations?$filter=${filter}&$top=20`)).json();
    expect(first.value).toHaveLength(20);
    expect(first.value[0].phenomenonTime).toBe("2026-07-01T00:00:00.000Z");
    const second = await (await fetch(first["@iot.nextLink"])).json();
    expect(second.value).toHaveLength(11);
    expect(second["@iot.nextLink"]).toBeUndefined();
    expect((await fetch(`${base}/Datastreams(2)/Observations`)).status).toBe(404);
    expect((await fetch(`${base}/Datastreams(1)/Observations?$filter=result%20gt%203`)).status).toBe(400);
  });

  it("opens the private network to the demo service only, and only while the demo is on", () => {
    const own = `${origin}/demo/sensorthings/v1.1`;
    expect(allowsPrivateNetwork(t.deps, own)).toBe(true);
    expect(allowsPrivateNetwork(t.deps, `${origin}/admin`)).toBe(false);
    expect(allowsPrivateNetwork(t.deps, `${origin}/demo/sensorthings/v1.1/../../admin`)).toBe(false);
    expect(allowsPrivateNetwork(t.deps, "http://127.0.0.1:1/demo/sensorthings/v1.1")).toBe(false);
    expect(refusesHost(t.deps)(new URL(own))).toBe(false);
    expect(refusesHost(t.deps)(new URL(`${origin}/other`))).toBe(true);
    const off = { config: { ...t.deps.config, SEED_DEMO: false } };
    expect(allowsPrivateNetwork(off, own)).toBe(false);
  });
});
