import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "../../../../tests/support/accounts";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import {
  type SensorThingsTestServer,
  type ServedObservation,
  startSensorThingsServer,
} from "../../../../tests/support/sensorthings-server";
import { auditLog } from "../../../platform/audit/schema";
import { readCounter } from "../../../platform/cache/change-counters";
import type { Config } from "../../../platform/config/config";
import type { Deps } from "../../../platform/deps";
import { Forbidden, Invalid } from "../../../platform/errors/errors";
import { listScheduledJobs, runDueJobs } from "../../../platform/jobs/scheduled";
import type { Actor } from "../../../platform/permissions/permissions";
import { strategyModule } from "../../strategy";
import { measures } from "../../strategy/data/schema";
import { currentModel } from "../data/models";
import { monitoringObservations } from "../data/schema";
import { findSourceOfUse } from "../data/source-rows";
import { addIndicator } from "./add-indicator";
import { configureSource } from "./configure-source";
import { correctObservation } from "./correct-observation";
import { defineIndicator } from "./define-indicator";
import { createFetchSourceHandler, FETCH_SOURCE_JOB } from "./fetch-source";
import { recordObservation } from "./record-observation";
import { setUpLogicModel } from "./set-up-logic-model";

let t: TestApp;
let server: SensorThingsTestServer;
/** Deps of an operator who allows sources in the private network (the test server is on 127.0.0.1). */
let local: Deps;
let now = new Date("2026-08-10T12:00:00Z");
let slug = "";
let measureId = "";
const system: Actor = { kind: "system", label: "test" };
const handler = createFetchSourceHandler({ timeoutMs: 1_000 });

/**
 * Hourly-ish values served in pages of three: one before the fetched year, nine in May to July
 * 2026, one in August (the current period on 10 August, never read then). Months are Berlin's
 * (summer time, UTC+2): 22:30 UTC on 30 April is 00:30 on 1 May, 22:00 UTC on 30 June is
 * midnight on 1 July, and the last second of June and the last hour of July are written in
 * Berlin's time.
 */
const served: ServedObservation[] = [
  { phenomenonTime: "2025-07-20T00:00:00Z", result: 999 },
  { phenomenonTime: "2026-04-30T22:30:00Z", result: 30 },
  { phenomenonTime: "2026-05-03T10:00:00Z", result: 10 },
  { phenomenonTime: "2026-05-20T10:00:00+02:00", result: 20 },
  { phenomenonTime: "2026-06-01T00:00:00Z", result: 1 },
  { phenomenonTime: "2026-06-15T00:00:00Z/2026-06-16T00:00:00Z", result: "2" },
  { phenomenonTime: "2026-06-30T23:59:59+02:00", result: 4 },
  { phenomenonTime: "2026-06-30T22:00:00Z", result: 5 },
  { phenomenonTime: "2026-07-10T00:00:00Z", result: 6.5 },
  { phenomenonTime: "2026-07-31T23:00:00+02:00", result: 8.25 },
  { phenomenonTime: "2026-08-02T00:00:00Z", result: 1000 },
];

const indicators = ["src-sensors", "src-failing", "src-person", "src-air", "src-guard", "src-form"] as const;

async function addMonthlyIndicator(key: string): Promise<void> {
  await defineIndicator(t.deps, { actor: system }, {
    key,
    name_de: `Stickstoffdioxid ${key}`,
    name_en: `Nitrogen dioxide ${key}`,
    level: "outcome",
    unit: "ug/m3",
    direction: "decrease",
    dataSource: "Luftgütemessnetz",
    frequency: "monthly",
  } as never);
  const model = await currentModel(t.deps.database.db, measureId);
  await addIndicator(t.deps, { actor: system }, {
    slug,
    version: String(model?.version),
    indicator: key,
    goal: model?.model.goals[0]?.id ?? "",
    reason: "Automatische Messung ergänzt",
  } as never);
}

const sensorThings = (indicator: string, extra: Record<string, string> = {}) => ({
  slug,
  indicator,
  kind: "sensorthings",
  base: server.base,
  datastreamId: String(server.datastreamId),
  aggregation: "mean",
  ...extra,
});

function configure(fields: Record<string, string>, deps: Deps = local, actor: Actor = system) {
  return configureSource(deps, { actor }, fields as never);
}

async function sourceOf(indicator: string) {
  const source = await findSourceOfUse(t.deps.database.db, measureId, indicator);
  if (!source) throw new Error(`no source for ${indicator}`);
  return source;
}

async function jobOf(sourceId: string) {
  return (await listScheduledJobs(t.deps.database.db)).find((j) => j.name === FETCH_SOURCE_JOB && j.key === sourceId);
}

/** Moves the clock to the job's due time and lets the runner run what is due. */
async function runWhenDue(sourceId: string, deps: Deps = local) {
  const job = await jobOf(sourceId);
  if (!job) throw new Error("no job scheduled");
  if (job.dueAt.getTime() > now.getTime()) now = job.dueAt;
  return runDueJobs(deps, [handler]);
}

/** Every value of an indicator use, current and replaced, by period and then in order of entry. */
async function valuesOf(indicator: string) {
  return t.deps.database.db
    .select()
    .from(monitoringObservations)
    .where(and(eq(monitoringObservations.measureId, measureId), eq(monitoringObservations.indicatorKey, indicator)))
    .orderBy(asc(monitoringObservations.period), asc(monitoringObservations.enteredAt));
}

async function currentValues(indicator: string): Promise<Record<string, number>> {
  const rows = await valuesOf(indicator);
  return Object.fromEntries(rows.filter((row) => row.supersededAt === null).map((row) => [row.period, row.value]));
}

async function auditOf(sourceId: string) {
  return t.deps.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.objectType, "monitoring_source"), eq(auditLog.objectId, sourceId)))
    .orderBy(asc(auditLog.id));
}

async function remove(indicator: string) {
  await configure({ slug, indicator, kind: "none" });
}

beforeAll(async () => {
  t = await createTestApp({ deps: { clock: () => now } });
  local = { ...t.deps, config: { ...t.deps.config, OUTBOUND_ALLOW_PRIVATE_NETWORK: true } as Config };
  server = await startSensorThingsServer({ observations: served, pageSize: 3 });
  await strategyModule.seed?.(t.deps);
  const [z1] = await t.deps.database.db
    .select({ id: measures.id, slug: measures.slug })
    .from(measures)
    .where(eq(measures.code, "Z1"));
  slug = z1?.slug ?? "";
  measureId = z1?.id ?? "";
  await setUpLogicModel(t.deps, { actor: system }, { slug, reason: "Ziele der Maßnahme übernommen" } as never);
  for (const key of indicators) await addMonthlyIndicator(key);
}, 60_000);

afterAll(async () => {
  await server?.close();
  await t?.close();
});

describe("fetching an indicator's SensorThings source", () => {
  it("aggregates three pages into monthly means, writes them in one go and comes back next month", async () => {
    now = new Date("2026-08-10T12:00:00Z");
    server.requests.length = 0;
    await configure(sensorThings("src-sensors"));
    const source = await sourceOf("src-sensors");
    expect((await jobOf(source.id))?.dueAt).toEqual(now);

    expect(await runDueJobs(local, [handler])).toEqual([
      { name: FETCH_SOURCE_JOB, key: source.id, result: "rescheduled" },
    ]);

    // The twelve months before August 2026, from midnight in Berlin to midnight in Berlin, in three
    // pages (3 + 3 + 3 values).
    expect(server.requests).toHaveLength(3);
    const first = new URL(server.requests[0] ?? "", server.origin);
    expect(first.searchParams.get("$filter")).toBe(
      "phenomenonTime ge 2025-07-31T22:00:00.000Z and phenomenonTime lt 2026-07-31T22:00:00.000Z",
    );
    const rows = await valuesOf("src-sensors");
    expect(rows.map((row) => row.period)).toEqual(["2026-05", "2026-06", "2026-07"]);
    expect(rows[0]?.value).toBe(20); // (30 + 10 + 20) / 3
    expect(rows[1]?.value).toBeCloseTo(7 / 3, 12); // (1 + 2 + 4) / 3
    expect(rows[2]?.value).toBeCloseTo(19.75 / 3, 12); // (5 + 6.5 + 8.25) / 3
    for (const row of rows) {
      expect(row).toMatchObject({
        source: "sensorthings",
        status: "final",
        spatialUnit: "city",
        enteredBy: null,
        corrects: null,
        supersededAt: null,
      });
    }

    // The job comes back at the start of the next period (midnight in Berlin, 22:00 UTC), plus the
    // delay; so does the source's record.
    const next = new Date("2026-09-01T01:00:00Z");
    expect((await jobOf(source.id))?.dueAt).toEqual(next);
    expect(await sourceOf("src-sensors")).toMatchObject({
      failures: 0,
      lastError: null,
      staleSince: null,
      lastSuccessAt: now,
      nextAttemptAt: next,
    });
    const audit = await auditOf(source.id);
    expect(audit.map((entry) => [entry.action, entry.actorLabel])).toEqual([
      ["monitoring.source.configure", "test"],
      ["monitoring.source.fetch", "monitoring source fetch"],
    ]);
    expect(audit[1]?.after).toMatchObject({ added: ["2026-05", "2026-06", "2026-07"], pages: 3, refused: 0 });

    // Nothing is due before then.
    now = new Date("2026-09-01T00:59:00Z");
    expect(await runDueJobs(local, [handler])).toEqual([]);
  });

  it("corrects a value the source changed on the next run, keeping the old one, and adds the new month", async () => {
    const source = await sourceOf("src-sensors");
    const june = served.find((o) => o.phenomenonTime === "2026-06-30T23:59:59+02:00");
    if (!june) throw new Error("fixture");
    june.result = 7;
    try {
      expect(await runWhenDue(source.id)).toEqual([{ name: FETCH_SOURCE_JOB, key: source.id, result: "rescheduled" }]);
      expect(now).toEqual(new Date("2026-09-01T01:00:00Z"));
      const rows = await valuesOf("src-sensors");
      const juneRows = rows.filter((row) => row.period === "2026-06");
      expect(juneRows).toHaveLength(2);
      const [old, correction] = juneRows;
      expect(old?.value).toBeCloseTo(7 / 3, 12);
      expect(old?.supersededAt).toEqual(now);
      expect(correction).toMatchObject({ status: "corrected", source: "sensorthings", corrects: old?.id });
      expect(correction?.value).toBeCloseTo(10 / 3, 12);
      expect(await currentValues("src-sensors")).toEqual({
        "2026-05": 20,
        "2026-06": correction?.value,
        "2026-07": rows.find((row) => row.period === "2026-07")?.value,
        "2026-08": 1000,
      });
      // A run repeated with the same data (a process died before the job's outcome was kept) writes nothing new.
      const count = rows.length;
      await handler.run(local, { name: FETCH_SOURCE_JOB, key: source.id, payload: {}, dueAt: now, failures: 0 });
      expect((await valuesOf("src-sensors")).length).toBe(count);
    } finally {
      june.result = 4;
      await remove("src-sensors");
    }
  });

  it("writes nothing when page 2 fails, and calls the source stale after enough failures", async () => {
    now = new Date("2026-08-10T12:00:00Z");
    await configure(sensorThings("src-failing"));
    const { id } = await sourceOf("src-failing");
    await runDueJobs(local, [handler]);
    const before = await valuesOf("src-failing");
    expect(before.map((row) => row.period)).toEqual(["2026-05", "2026-06", "2026-07"]);

    server.misbehave("fail-on-page-2");
    try {
      for (let attempt = 1; attempt <= 10; attempt++) {
        server.requests.length = 0;
        const counter = await readCounter(t.deps.database.db, "monitoring");
        expect(await runWhenDue(id)).toEqual([{ name: FETCH_SOURCE_JOB, key: id, result: "failed" }]);
        // Kept pages are refreshed only when what they show changes: the first error, then staleness.
        const moved = (await readCounter(t.deps.database.db, "monitoring")) > counter;
        expect(moved).toBe(attempt === 1 || attempt === 10);
        // Page 1 was read, page 2 failed: nothing of page 1 was written either.
        expect(server.requests).toHaveLength(2);
        expect(await valuesOf("src-failing")).toEqual(before);
        const source = await sourceOf("src-failing");
        const job = await jobOf(id);
        expect(source).toMatchObject({ failures: attempt, lastError: "monitoring.errors.sourceHttpStatus" });
        expect(job?.failures).toBe(attempt);
        expect(job?.lastError).toContain("monitoring.errors.sourceHttpStatus");
        // The retry waits 5, 10, 20 … minutes (less by up to a fifth of jitter), for job and source alike.
        expect(job?.dueAt).toEqual(source.nextAttemptAt);
        const wait = (job?.dueAt.getTime() ?? 0) - now.getTime();
        const full = Math.min(5 * 60_000 * 2 ** (attempt - 1), 6 * 60 * 60_000);
        expect(wait).toBeGreaterThanOrEqual(full * 0.8);
        expect(wait).toBeLessThanOrEqual(full);
        if (attempt < 10) expect(source.staleSince).toBeNull();
        else expect(source.staleSince).toEqual(now);
      }
      const staleSince = now;
      // Once stale, it stays stale since the first time, however often it fails.
      await runWhenDue(id);
      expect((await sourceOf("src-failing")).staleSince).toEqual(staleSince);
      const failures = (await auditOf(id)).filter((entry) => entry.action === "monitoring.source.fetchFail");
      expect(failures).toHaveLength(11);
    } finally {
      server.misbehave(null);
    }

    // Back to normal: one success clears failures, error and staleness.
    await runWhenDue(id);
    expect(await sourceOf("src-failing")).toMatchObject({ failures: 0, lastError: null, staleSince: null });
    expect((await jobOf(id))?.failures).toBe(0);
    await remove("src-failing");
  });

  it("never overwrites a value a person entered or corrected", async () => {
    now = new Date("2026-08-10T12:00:00Z");
    await recordObservation(t.deps, { actor: system }, {
      slug,
      indicator: "src-person",
      period: "2026-06",
      value: "99",
      note: "Von Hand ausgewertet",
    } as never);
    await configure(sensorThings("src-person"));
    const { id } = await sourceOf("src-person");
    await runDueJobs(local, [handler]);
    const rows = await valuesOf("src-person");
    expect(rows.map((row) => [row.period, row.source])).toEqual([
      ["2026-05", "sensorthings"],
      ["2026-06", "form"],
      ["2026-07", "sensorthings"],
    ]);
    expect((await currentValues("src-person"))["2026-06"]).toBe(99);
    const [, fetched] = await auditOf(id);
    expect(fetched?.after).toMatchObject({ added: ["2026-05", "2026-07"], keptForPeople: ["2026-06"] });

    // A person corrects the source's May value; the next run leaves the correction alone.
    const may = rows.find((row) => row.period === "2026-05");
    await correctObservation(t.deps, { actor: system }, {
      slug,
      observation: may?.id,
      value: "12",
      reason: "Station war im Mai teilweise gestört",
    } as never);
    await runWhenDue(id);
    expect(await currentValues("src-person")).toMatchObject({ "2026-05": 12, "2026-06": 99 });
    await remove("src-person");
  });
});

describe("fetching an indicator's JSON source", () => {
  it("reads a Berlin air-quality endpoint into the month's mean, leaving out the hour without a value", async () => {
    now = new Date("2024-06-10T08:00:00Z");
    server.requests.length = 0;
    await configure({
      slug,
      indicator: "src-air",
      kind: "json",
      url: `${server.airQualityUrl}?start={from}&end={to}`,
      items: "",
      time: "datetime",
      value: "value",
      timeFormat: "iso",
      aggregation: "mean",
    });
    const { id } = await sourceOf("src-air");
    expect(await runDueJobs(local, [handler])).toEqual([{ name: FETCH_SOURCE_JOB, key: id, result: "rescheduled" }]);
    expect(server.requests).toEqual([
      // From midnight on 1 June 2023 to midnight on 1 June 2024 in Berlin.
      "/api/stations/mc042/data?start=2023-05-31T22%3A00%3A00.000Z&end=2024-05-31T22%3A00%3A00.000Z",
    ]);
    const rows = await valuesOf("src-air");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ period: "2024-05", source: "json", status: "final", enteredBy: null });
    expect(rows[0]?.value).toBeCloseTo((21.4 + 19 + 17.8) / 3, 12);
    const [, fetched] = await auditOf(id);
    expect(fetched?.after).toMatchObject({ added: ["2024-05"], pages: 1, refused: 1 });
    expect((await jobOf(id))?.dueAt).toEqual(new Date("2024-07-01T01:00:00Z"));
    await remove("src-air");
  });
});

describe("the network a source may reach", () => {
  it("refuses an address in the private network unless the operator allows it", async () => {
    now = new Date("2026-08-10T12:00:00Z");
    for (const fields of [
      sensorThings("src-guard"),
      sensorThings("src-guard", { base: "http://localhost:8080/v1.1" }),
      sensorThings("src-guard", { base: "http://10.1.2.3/v1.1" }),
      {
        slug,
        indicator: "src-guard",
        kind: "json",
        url: "http://[::1]/data",
        time: "t",
        value: "v",
        aggregation: "sum",
      },
    ]) {
      const error = await configure(fields, t.deps).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Invalid);
      expect((error as Invalid).issues).toEqual([
        { path: fields.kind === "json" ? "url" : "base", message: "monitoring.errors.sourcePrivateAddress" },
      ]);
    }
    expect(await findSourceOfUse(t.deps.database.db, measureId, "src-guard")).toBeNull();
  });

  it("does not reach a private address at fetch time either, and records why", async () => {
    server.requests.length = 0;
    await configure(sensorThings("src-guard"));
    const { id } = await sourceOf("src-guard");
    expect(await runDueJobs(t.deps, [handler])).toEqual([{ name: FETCH_SOURCE_JOB, key: id, result: "failed" }]);
    expect(server.requests).toEqual([]);
    expect(await sourceOf("src-guard")).toMatchObject({
      failures: 1,
      lastError: "monitoring.errors.sourcePrivateAddress",
    });
    expect(await valuesOf("src-guard")).toEqual([]);
    await remove("src-guard");
  });
});

describe("setting an indicator's source", () => {
  it("lets the measure's team set it; a team member of another measure is refused before any field is read", async () => {
    now = new Date("2026-08-10T12:00:00Z");
    const email = () => `${randomUUID()}@example.org`;
    const memberId = await createAccount(t.deps, { email: email() });
    const member: Actor = {
      kind: "user",
      id: memberId,
      label: "Tina Team",
      grants: [{ role: "team_member", scopeType: "measure", scopeId: slug }],
    };
    const stranger: Actor = {
      ...member,
      grants: [{ role: "team_member", scopeType: "measure", scopeId: "eine-andere-massnahme" }],
    };
    await expect(configure({ slug, indicator: "src-form", kind: "nonsense" }, local, stranger)).rejects.toBeInstanceOf(
      Forbidden,
    );
    await configure(sensorThings("src-form"), local, member);
    const source = await sourceOf("src-form");
    expect(source).toMatchObject({ kind: "sensorthings", aggregation: "mean", failures: 0 });
    expect(source.config).toEqual({ base: server.base, datastreamId: server.datastreamId });
    expect((await jobOf(source.id))?.dueAt).toEqual(now);
    const [entry] = await auditOf(source.id);
    expect(entry).toMatchObject({ action: "monitoring.source.configure", actorId: memberId, before: null });
  });

  it("names each wrong field and writes nothing", async () => {
    const cases: [Record<string, string>, { path: string; message: string }[]][] = [
      [{ slug, indicator: "src-form", kind: "ftp" }, [{ path: "kind", message: "monitoring.errors.sourceKind" }]],
      [
        sensorThings("src-form", { base: "ftp://sensors.example.org/v1.1", aggregation: "median" }),
        [
          { path: "aggregation", message: "monitoring.errors.sourceAggregation" },
          { path: "base", message: "monitoring.errors.sourceUrl" },
        ],
      ],
      [
        sensorThings("src-form", { datastreamId: " " }),
        [{ path: "datastreamId", message: "monitoring.errors.datastreamId" }],
      ],
      [
        {
          slug,
          indicator: "src-form",
          kind: "json",
          url: "https://luft.example.org/",
          items: "a..b",
          time: "t",
          value: "v",
          aggregation: "max",
          timeFormat: "weekday",
        },
        [
          { path: "timeFormat", message: "monitoring.errors.sourceTimeFormat" },
          { path: "items", message: "monitoring.errors.jsonPath" },
        ],
      ],
      [
        sensorThings("z1-training-participants-nicht-da"),
        [{ path: "indicator", message: "monitoring.errors.indicatorNotUsed" }],
      ],
    ];
    const before = await sourceOf("src-form");
    for (const [fields, issues] of cases) {
      const error = await configure(fields).catch((e: unknown) => e);
      expect(error, JSON.stringify(fields)).toBeInstanceOf(Invalid);
      expect((error as Invalid).issues).toEqual(issues);
    }
    expect(await sourceOf("src-form")).toEqual(before);
  });

  it("sets a source anew (afresh, due now) and removes it with its job, keeping its values", async () => {
    const { id } = await sourceOf("src-form");
    await runDueJobs(local, [handler]);
    expect(Object.keys(await currentValues("src-form"))).toEqual(["2026-05", "2026-06", "2026-07"]);
    now = new Date("2026-08-11T09:00:00Z");
    await configure(sensorThings("src-form", { aggregation: "max" }));
    expect(await sourceOf("src-form")).toMatchObject({ id, aggregation: "max", updatedAt: now, nextAttemptAt: now });
    expect((await jobOf(id))?.dueAt).toEqual(now);

    await remove("src-form");
    expect(await findSourceOfUse(t.deps.database.db, measureId, "src-form")).toBeNull();
    expect(await jobOf(id)).toBeUndefined();
    expect(Object.keys(await currentValues("src-form"))).toHaveLength(3);
    const error = await configure({ slug, indicator: "src-form", kind: "none" }).catch((e: unknown) => e);
    expect((error as Invalid).issues).toEqual([{ path: "kind", message: "monitoring.errors.sourceNone" }]);
    expect((await auditOf(id)).map((entry) => entry.action)).toEqual([
      "monitoring.source.configure",
      "monitoring.source.fetch",
      "monitoring.source.configure",
      "monitoring.source.remove",
    ]);
  });
});
