import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, signIn } from "../../../../tests/support/accounts";
import type { TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { demoMonitoringApp } from "../../../../tests/support/monitoring";
import { auditLog } from "../../../platform/audit/schema";
import { monitoringObservations } from "../data/schema";
import { showMonitoring } from "../use-cases/show-monitoring";

const now = new Date(Date.UTC(2026, 10, 2, 9));
/** Quarterly, for the whole city; the demo has values up to the quarter before this one. */
const PARTICIPANTS = "z1-training-participants";

let t: TestApp;
let slug: string;
let measureId: string;
let indicatorId: string;

interface Problem {
  status: number;
  title: string;
  errors?: Array<{ path: string; message: string }>;
}
interface Observation {
  id: string;
  period: string;
  spatialUnit: string;
  value: number;
  status: string;
  source: string;
  correction: boolean;
  corrects: string | null;
}
interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** A personal API token, made on the profile page as its owner makes it. */
async function tokenOf(roles: Array<string | { role: string; scopeType: string; scopeId: string }>) {
  const id = await createAccount(t.deps, { email: `${randomUUID()}@example.org`, displayName: "Tina Team", roles });
  const browser = new BrowserClient(t.app);
  await signIn(browser, t.deps, id);
  await browser.get("/profile/tokens");
  await browser.post("/profile/tokens", { name: "Messstation" });
  const token = browser.lastHtml.match(/<code class="token-value">(gem_[A-Za-z0-9_-]{43})<\/code>/)?.[1];
  if (!token) throw new Error("no token was shown");
  return token;
}

const teamOf = (measure: string) => [{ role: "team_member", scopeType: "measure", scopeId: measure }];

function send(body: unknown, token?: string) {
  return t.app.request(`/api/v1/indicators/${indicatorId}/observations`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
}

async function valuesOf(query = "pageSize=100"): Promise<Page<Observation>> {
  const response = await t.app.request(`/api/v1/indicators/${indicatorId}/observations?${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as Page<Observation>;
}

async function storedRows(): Promise<number> {
  const [row] = await t.deps.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(monitoringObservations)
    .where(and(eq(monitoringObservations.measureId, measureId), eq(monitoringObservations.indicatorKey, PARTICIPANTS)));
  return row?.n ?? 0;
}

beforeAll(async () => {
  ({ t, slug, measureId } = await demoMonitoringApp(() => now));
  indicatorId = `${slug}.${PARTICIPANTS}`;
});
afterAll(async () => t.close());

describe("the monitoring API: a measure's indicators", () => {
  it("lists each indicator of the logic model with its definition, targets, latest value and status, as the page shows them", async () => {
    const response = await t.app.request(`/api/v1/measures/${slug}/indicators`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      measure: string;
      items: Array<{
        id: string;
        name: { de: string; en: string };
        unit: { code: string; label: { de: string } };
        frequency: string;
        targets: Array<{ period: string; value: number }>;
        latest: { period: string; value: number } | null;
        status: string;
        observations: string;
      }>;
    };
    const page = await showMonitoring(t.deps, { kind: "guest" }, slug, 1);
    expect(body.measure).toBe(slug);
    expect(body.items.map((item) => item.id)).toEqual(page.indicators.map((view) => `${slug}.${view.use.indicator}`));
    for (const [i, view] of page.indicators.entries()) {
      const item = body.items[i];
      expect(item?.status).toBe(view.status);
      expect(item?.latest?.value).toBe(view.assessment?.latest?.value);
      expect(item?.name).toEqual(view.definition?.name);
    }
    const participants = body.items.find((item) => item.id === indicatorId);
    expect(participants?.name.de).toBe("Teilnehmende an Fortbildungen");
    expect(participants?.unit.label.de).toBe("Personen");
    expect(participants?.frequency).toBe("quarterly");
    expect(participants?.targets.length).toBeGreaterThan(0);
    expect(participants?.observations).toBe(`/api/v1/indicators/${indicatorId}/observations`);
  });

  it("answers 404 as problem+json for a measure that does not exist", async () => {
    const response = await t.app.request("/api/v1/measures/gibt-es-nicht/indicators");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(((await response.json()) as Problem).title).toBe("Diese Maßnahme gibt es nicht.");
  });
});

describe("the monitoring API: an indicator's values", () => {
  it("pages through the current values, newest period first, and filters by period and area", async () => {
    const all = await valuesOf();
    expect(all.total).toBeGreaterThan(4);
    expect(all.items).toHaveLength(all.total);
    const periods = all.items.map((o) => o.period);
    expect(periods).toEqual([...periods].sort().reverse());

    const first = await valuesOf("page=1&pageSize=2");
    const second = await valuesOf("page=2&pageSize=2");
    expect(first).toMatchObject({ total: all.total, page: 1, pageSize: 2 });
    expect(first.items.map((o) => o.id)).toEqual(all.items.slice(0, 2).map((o) => o.id));
    expect(second.items.map((o) => o.id)).toEqual(all.items.slice(2, 4).map((o) => o.id));

    const [newest, , third] = periods;
    const range = await valuesOf(`from=${third}&to=${newest}&spatialUnit=city`);
    expect(range.items.map((o) => o.period)).toEqual(periods.slice(0, 3));
    expect((await valuesOf("spatialUnit=mitte")).total).toBe(0);
  });

  it("says which parameter is wrong, and 404 for an id that names no indicator of a measure", async () => {
    const bad = await t.app.request(`/api/v1/indicators/${indicatorId}/observations?from=2025&spatialUnit=mond`);
    expect(bad.status).toBe(400);
    const problem = (await bad.json()) as Problem;
    expect(problem.errors).toEqual([
      { path: "query.from", message: expect.stringContaining("wie oft der Indikator gemessen wird") },
      { path: "query.spatialUnit", message: expect.stringContaining("Dieses Gebiet kennen wir nicht") },
    ]);
    for (const id of [`${slug}.gibt-es-nicht`, "kein-punkt", `gibt-es-nicht.${PARTICIPANTS}`]) {
      const response = await t.app.request(`/api/v1/indicators/${id}/observations`);
      expect(response.status, id).toBe(404);
    }
  });
});

describe("the monitoring API: sending values", () => {
  it("refuses without a token (401) and a member of another measure's team (403) before reading the values", async () => {
    const before = await storedRows();
    const anonymous = await send({ period: "2026-Q4", value: 10 });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toContain("Bearer");

    const stranger = await tokenOf(teamOf("eine-andere-massnahme"));
    for (const body of [{ period: "2026-Q4", value: 10 }, { items: "kaputt" }]) {
      const refused = await send(body, stranger);
      expect(refused.status).toBe(403);
      expect((await refused.json()) as Problem).not.toHaveProperty("errors");
    }
    expect(await storedRows()).toBe(before);
  });

  it("records one value from the measure's team, shown with its source and audited like the form", async () => {
    const token = await tokenOf(teamOf(slug));
    const response = await send({ period: "2026-Q4", value: 1310, status: "provisional" }, token);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      indicator: indicatorId,
      added: 1,
      corrected: 0,
      items: [{ period: "2026-Q4", spatialUnit: "city", value: 1310, status: "provisional", correction: false }],
    });
    const [newest] = (await valuesOf("pageSize=1")).items;
    expect(newest).toMatchObject({ period: "2026-Q4", value: 1310, source: "api", correction: false });
    const page = await showMonitoring(t.deps, { kind: "guest" }, slug, 1);
    expect(page.indicators.find((v) => v.use.indicator === PARTICIPANTS)?.assessment?.latest?.value).toBe(1310);

    const [entry] = await t.deps.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "monitoring.observation.record"), eq(auditLog.objectId, measureId)));
    expect(entry?.actorLabel).toBe("Tina Team");
    expect(entry?.after).toMatchObject({ measure: slug, indicator: PARTICIPANTS, source: "api" });
  });

  it("refuses a batch with any wrong value, names each by its place and writes nothing", async () => {
    const token = await tokenOf(["strategy_office"]);
    const before = await storedRows();
    const existing = (await valuesOf()).items.find((o) => o.period === "2026-Q2");
    expect(existing).toBeDefined();
    const response = await send(
      {
        items: [
          { period: "2025-Q4", value: 800, correction: true, note: "Nachmeldung der Volkshochschulen" },
          { period: "2027-Q1", value: 1 },
          { period: "2026-Q2", value: 999 },
          { period: "2026", value: "viele" },
          { period: "2025-Q4", value: 801, correction: true, note: "Doppelt gesendet, sollte auffallen" },
          { period: "2026-Q3", value: 5, correction: true, note: "kurz" },
          { period: "2026-Q1", value: 1, spatialUnit: "mitte" },
        ],
      },
      token,
    );
    expect(response.status).toBe(422);
    const problem = (await response.json()) as Problem;
    expect(problem.errors?.map((e) => e.path)).toEqual(["body.items.3.value", "body.items.5.note"]);

    const semantic = await send(
      {
        items: [
          { period: "2025-Q4", value: 800, correction: true, note: "Nachmeldung der Volkshochschulen" },
          { period: "2027-Q1", value: 1 },
          { period: "2026-Q2", value: 999 },
          { period: "2025-Q4", value: 801, correction: true, note: "Doppelt gesendet, sollte auffallen" },
          { period: "2026-Q1", value: 1, spatialUnit: "mitte" },
          { period: "2021-Q1", value: 3, correction: true, note: "Es gab noch keinen Wert dafür" },
        ],
      },
      token,
    );
    expect(semantic.status).toBe(422);
    expect(((await semantic.json()) as Problem).errors).toEqual([
      { path: "body.items.1.period", message: "Dieser Zeitraum hat noch nicht begonnen." },
      { path: "body.items.2.period", message: expect.stringContaining("senden Sie den Wert als Korrektur") },
      {
        path: "body.items.3.period",
        message: "Für diesen Zeitraum und dieses Gebiet steht weiter oben schon ein Wert.",
      },
      { path: "body.items.4.spatialUnit", message: "Dieser Indikator wird für die ganze Stadt gemessen." },
      { path: "body.items.5.correction", message: expect.stringContaining("noch keinen Wert, den eine Korrektur") },
    ]);
    expect(await storedRows()).toBe(before);

    const tooMany = await send(
      { items: Array.from({ length: 501 }, (_, i) => ({ period: `${1100 + i}`, value: i })) },
      token,
    );
    expect(tooMany.status).toBe(422);
    expect(((await tooMany.json()) as Problem).errors).toEqual([
      {
        path: "body.items",
        message: "Das sind zu viele Werte auf einmal. Bitte senden Sie höchstens 500 Werte je Anfrage.",
      },
    ]);
    expect(await storedRows()).toBe(before);
  });

  it("replaces a current value only when it is sent as a correction, keeping the old one", async () => {
    const token = await tokenOf(teamOf(slug));
    const old = (await valuesOf()).items.find((o) => o.period === "2026-Q2");
    if (!old) throw new Error("the demo has no value for 2026-Q2");
    const response = await send(
      {
        items: [
          { period: "2026-Q2", value: old.value + 7, correction: true, note: "Zwei Kurse kamen nachträglich hinzu." },
        ],
      },
      token,
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ added: 0, corrected: 1 });
    const now2026Q2 = (await valuesOf("from=2026-Q2&to=2026-Q2")).items;
    expect(now2026Q2).toEqual([
      expect.objectContaining({ value: old.value + 7, status: "corrected", correction: true, corrects: old.id }),
    ]);
    const [kept] = await t.deps.database.db
      .select({ value: monitoringObservations.value, supersededAt: monitoringObservations.supersededAt })
      .from(monitoringObservations)
      .where(eq(monitoringObservations.id, old.id));
    expect(kept?.value).toBe(old.value);
    expect(kept?.supersededAt).not.toBeNull();

    const same = await send(
      { period: "2026-Q2", value: old.value + 7, correction: true, note: "Noch einmal derselbe Wert." },
      token,
    );
    expect(same.status).toBe(422);
    expect(((await same.json()) as Problem).errors).toEqual([
      { path: "body.items.0.value", message: "Der neue Wert ist derselbe wie der alte." },
    ]);
  });
});

describe("the OpenAPI document", () => {
  it("lists the monitoring routes, the write with its token and its body", async () => {
    const document = (await (await t.app.request("/api/v1/openapi.json")).json()) as {
      paths: Record<
        string,
        Record<string, { security?: unknown; requestBody?: unknown; parameters?: Array<{ name: string }> }>
      >;
    };
    expect(Object.keys(document.paths["/api/v1/measures/{slug}/indicators"] ?? {})).toEqual(["get"]);
    const values = document.paths["/api/v1/indicators/{id}/observations"];
    expect(Object.keys(values ?? {}).sort()).toEqual(["get", "post"]);
    expect(values?.get?.parameters?.map((p) => p.name)).toEqual([
      "id",
      "page",
      "pageSize",
      "from",
      "to",
      "spatialUnit",
    ]);
    expect(values?.post?.security).toEqual([{ bearerToken: [] }]);
    expect(JSON.stringify(values?.post?.requestBody)).toContain('"maxItems":500');
  });
});
