import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, signIn } from "../../../../tests/support/accounts";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { visibleText as visible } from "../../../../tests/support/html";
import { strategyModule } from "../../strategy";
import { assessments, measures } from "../../strategy/data/schema";
import { monitoringModelVersions } from "../data/schema";
import { statusCounts } from "../domain/progress";
import { monitoringModule } from "../module";
import { showMonitoring } from "../use-cases/show-monitoring";

let t: TestApp;
const now = new Date(Date.UTC(2026, 10, 2, 9));
const statusWords = {
  "on-track": "Auf Kurs",
  "at-risk": "Gefährdet",
  "off-track": "Nicht auf Kurs",
  "no-data": "Noch keine Aussage",
} as const;

/** Every measure with a logic model, its German title and its status as its own monitoring page reckons it. */
async function measuresWithModels() {
  const rows = await t.deps.database.db
    .selectDistinct({ slug: measures.slug, title: measures.titleDe })
    .from(measures)
    .innerJoin(monitoringModelVersions, sql`${monitoringModelVersions.measureId} = ${measures.id}`);
  return Promise.all(
    rows.map(async (row) => {
      const page = await showMonitoring(t.deps, { kind: "guest" }, row.slug, 1);
      return { ...row, status: page.status, indicators: page.indicators.map((view) => view.status) };
    }),
  );
}

/** The row of the table of all measures that links to this measure's monitoring page, as text. */
function rowOf(html: string, slug: string): string {
  const at = html.indexOf(`href="/measures/${slug}/monitoring"`);
  expect(at).toBeGreaterThan(-1);
  return visible(html.slice(at, html.indexOf("</tr>", at)));
}

/** The measures the list of all measures links to, in its order. */
function listedSlugs(html: string): string[] {
  return [...html.matchAll(/href="\/measures\/([^"/]+)\/monitoring"/g)].map((match) => match[1] ?? "");
}

/** The text of one bar chart (its figure) of the page. */
function chartOf(html: string, id: string): string {
  const at = html.indexOf(`id="${id}-title"`);
  expect(at).toBeGreaterThan(-1);
  return visible(html.slice(at, html.indexOf("</figure>", at)));
}

beforeAll(async () => {
  t = await createTestApp({ deps: { clock: () => now } });
  await strategyModule.seed?.(t.deps);
  await monitoringModule.seed?.(t.deps);
});
afterAll(async () => t.close());

describe("the portfolio dashboard", () => {
  it("shows a visitor every measure's status, counts that match the data, the map and the values compass", async () => {
    const guest = new BrowserClient(t.app);
    const response = await guest.get("/monitoring");
    expect(response.status).toBe(200);
    const html = await response.text();
    const text = visible(html);
    expect(text).toContain("Wie weit sind die Maßnahmen?");
    expect(text).toContain("So steht die Strategie insgesamt:");

    const db = t.deps.database.db;
    const [all] = await db.select({ n: sql<number>`count(*)::int` }).from(measures);
    const modelled = await measuresWithModels();
    expect(modelled.length).toBeGreaterThan(0);
    for (const measure of modelled) expect(rowOf(html, measure.slug)).toContain(statusWords[measure.status]);

    const indicators = statusCounts(modelled.flatMap((m) => m.indicators));
    const total = Object.values(indicators).reduce((a, b) => a + b, 0);
    const indicatorChart = chartOf(html, "portfolio-indicator-status");
    expect(indicatorChart).toContain(`${total} Kennzahlen in allen Maßnahmen`);
    for (const [status, word] of Object.entries(statusWords))
      expect(indicatorChart).toContain(`${word} ${indicators[status as keyof typeof indicators]}`);

    const withoutModel = (all?.n ?? 0) - modelled.length;
    const measureCounts = statusCounts(modelled.map((m) => m.status));
    expect(text).toContain(
      `${all?.n} Maßnahmen: ${measureCounts["on-track"]} auf Kurs, ${measureCounts["at-risk"]} gefährdet, ${measureCounts["off-track"]} nicht auf Kurs, ${measureCounts["no-data"] + withoutModel} noch ohne Aussage.`,
    );

    const types = (await db.execute(
      sql`select type, count(*)::int as n from ${measures} group by type`,
    )) as unknown as { rows: Array<{ type: string; n: number }> };
    const typeChart = chartOf(html, "portfolio-type");
    const typeWords: Record<string, string> = {
      central: "Zentrale Maßnahme",
      decentral: "Dezentrale Maßnahme",
      network: "Netzwerkmaßnahme",
    };
    for (const row of types.rows) expect(typeChart).toContain(`${typeWords[row.type]} ${row.n}`);

    const [cityWide] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(measures)
      .where(sql`${measures.cityWide}`);
    expect(text).toContain(`Maßnahmen für die ganze Stadt: ${cityWide?.n ?? 0}`);

    const [rated] = await db
      .select({ n: sql<number>`count(distinct ${assessments.measureId})::int` })
      .from(assessments);
    expect(rated?.n).toBeGreaterThan(0);
    const heatMap = html.slice(html.indexOf('id="portfolio-heat-map-caption"'));
    expect(heatMap).toContain("Wertekompass: Bewertung der Maßnahmen");
    const body = heatMap.slice(heatMap.indexOf("<tbody>"), heatMap.indexOf("</tbody>"));
    expect(body.split("<tr>").length - 1).toBe(rated?.n);
    expect(text).toContain("dient dem Wert sehr stark");

    const english = visible(await (await guest.get("/monitoring?lang=en")).text());
    expect(english).toContain("How far have the measures come?");
    expect(english).toContain("Values compass: ratings of the measures");
    expect(english).not.toContain("monitoring.portfolio.");
    expect(text).not.toContain("monitoring.portfolio.");
    expect(text).not.toContain("strategy.type.");
  });

  it("shows a value recorded by the measure's team on the next request", async () => {
    const [z1] = await t.deps.database.db
      .select({ slug: measures.slug })
      .from(measures)
      .where(sql`${measures.code} = 'Z1'`);
    const slug = z1?.slug ?? "";
    const guest = new BrowserClient(t.app);
    const before = await (await guest.get("/monitoring")).text();
    const was = await showMonitoring(t.deps, { kind: "guest" }, slug, 1);
    expect(rowOf(before, slug)).toContain(statusWords[was.status]);
    // A value that moves the indicator: back to the start when it was on track, past the target otherwise.
    const participants = was.indicators.find((view) => view.use.indicator === "z1-training-participants");
    const value = participants?.status === "on-track" ? "0" : "1250";
    const countsBefore = statusCounts((await measuresWithModels()).flatMap((m) => m.indicators));

    const id = await createAccount(t.deps, {
      email: `${randomUUID()}@example.org`,
      displayName: "Tina Team",
      roles: [{ role: "team_member", scopeType: "measure", scopeId: slug }],
    });
    const team = new BrowserClient(t.app);
    await signIn(team, t.deps, id);
    await team.get(`/measures/${slug}/monitoring`);
    const saved = await team.post(`/measures/${slug}/monitoring/values`, {
      "record-indicator": "z1-training-participants",
      "record-period": "2026-Q4",
      "record-value": value,
      "record-spatialUnit": "city",
      "record-status": "provisional",
      "record-note": "",
    });
    expect(saved.status).toBe(303);

    const after = await (await guest.get("/monitoring")).text();
    const current = await showMonitoring(t.deps, { kind: "guest" }, slug, 1);
    expect(rowOf(after, slug)).toContain(statusWords[current.status]);
    const indicators = statusCounts((await measuresWithModels()).flatMap((m) => m.indicators));
    expect(indicators).not.toEqual(countsBefore);
    const chart = chartOf(after, "portfolio-indicator-status");
    for (const [status, word] of Object.entries(statusWords))
      expect(chart).toContain(`${word} ${indicators[status as keyof typeof indicators]}`);
  });

  it("lists the measures a page at a time, while every count still covers all of them", async () => {
    const guest = new BrowserClient(t.app);
    const whole = await (await guest.get("/monitoring")).text();
    const all = listedSlugs(whole);
    expect(all.length).toBeGreaterThan(10);
    const overall = visible(whole).match(/\d+ Maßnahmen: [^.]+\./)?.[0];
    expect(overall).toBeDefined();

    const first = await (await guest.get("/monitoring?pageSize=4")).text();
    expect(listedSlugs(first)).toEqual(all.slice(0, 4));
    expect(visible(first)).toContain(`Maßnahmen 1 bis 4 von ${all.length}`);
    expect(visible(first)).toContain(overall);
    expect(first).toContain('href="/monitoring?pageSize=4&amp;page=2#portfolio-list"');

    const seen: string[] = [];
    for (let page = 1; page <= Math.ceil(all.length / 4); page++) {
      const html = await (await guest.get(`/monitoring?pageSize=4&page=${page}`)).text();
      const slugs = listedSlugs(html);
      expect(slugs.length).toBeLessThanOrEqual(4);
      // The values compass shows the same measures as the list below it.
      const heatMap = html.slice(html.indexOf('id="portfolio-heat-map-caption"'), html.indexOf('id="portfolio-list"'));
      for (const [, slug] of heatMap.matchAll(/href="\/measures\/([^"/]+)"/g)) expect(slugs).toContain(slug);
      seen.push(...slugs);
    }
    expect(seen).toEqual(all);

    const english = visible(await (await guest.get("/monitoring?pageSize=4&page=2&lang=en")).text());
    expect(english).toContain(`Measures 5 to 8 of ${all.length}`);
  });
});
