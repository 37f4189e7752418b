import { createHash, randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, signIn } from "../../../../tests/support/accounts";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { visibleText as visible } from "../../../../tests/support/html";
import { strategyModule } from "../../strategy";
import { assessments, measures } from "../../strategy/data/schema";
import { monitoringModelVersions, monitoringObservations } from "../data/schema";
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

/** The districts' table: its caption, its headings and each row's text (the place, then the numbers). */
function districtTableOf(html: string): { caption: string; headings: string; rows: string[]; html: string } {
  const at = html.indexOf('id="portfolio-districts-table"');
  expect(at).toBeGreaterThan(-1);
  const table = html.slice(at, html.indexOf("</table>", at));
  const text = (part: string) => visible(part).trim();
  const caption = text(table.slice(table.indexOf("<caption"), table.indexOf("</caption>")));
  const headings = text(table.slice(table.indexOf("<thead>"), table.indexOf("</thead>")));
  const body = table.slice(table.indexOf("<tbody>"), table.indexOf("</tbody>"));
  const rows = body.split("<tr>").slice(1).map(text);
  return { caption, headings, rows, html: table };
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

    // The measures for the whole city, in all and by status (a measure without a logic model has no data).
    const cityWide = await db.select({ slug: measures.slug }).from(measures).where(sql`${measures.cityWide}`);
    const cityWideCounts = statusCounts(
      cityWide.map((m) => modelled.find((row) => row.slug === m.slug)?.status ?? "no-data"),
    );
    expect(districtTableOf(html).rows[0]).toBe(
      `Ganze Stadt ${cityWide.length} ${cityWideCounts["on-track"]} ${cityWideCounts["at-risk"]} ${cityWideCounts["off-track"]} ${cityWideCounts["no-data"]}`,
    );

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

describe("the portfolio dashboard's districts", () => {
  let app: TestApp;

  beforeAll(async () => {
    // Random bytes from a counter, so the demo's values, and with them its measures' statuses, are the same every run.
    let drawn = 0;
    const random = (size: number) => {
      const bytes: Buffer[] = [];
      for (let length = 0; length < size; length += 32) bytes.push(createHash("sha256").update(`${drawn++}`).digest());
      return Buffer.concat(bytes).subarray(0, size);
    };
    app = await createTestApp({ deps: { clock: () => now, random } });
    await strategyModule.seed?.(app.deps);
    await monitoringModule.seed?.(app.deps);
  });
  afterAll(async () => app.close());

  it("shows for each district and for the whole city how many of its measures stand how, in German and English", async () => {
    const db = app.deps.database.db;
    const all = await db.select({ id: measures.id, slug: measures.slug }).from(measures).orderBy(measures.slug);
    // One measure without any values has no data; the others stand as the demo's values say.
    const [none1, ...others] = all;
    await db.delete(monitoringObservations).where(sql`${monitoringObservations.measureId} = ${none1?.id ?? ""}`);
    expect((await showMonitoring(app.deps, { kind: "guest" }, none1?.slug ?? "", 1)).status).toBe("no-data");
    const byStatus: Record<string, string[]> = { "on-track": [], "at-risk": [], "off-track": [], "no-data": [] };
    for (const { slug } of others) {
      const page = await showMonitoring(app.deps, { kind: "guest" }, slug, 1);
      byStatus[page.status]?.push(slug);
    }
    const [on1, on2, on3] = byStatus["on-track"] ?? [];
    const [risk1, risk2] = byStatus["at-risk"] ?? [];
    const [off1] = byStatus["off-track"] ?? [];
    for (const slug of [on1, on2, on3, risk1, risk2, off1]) expect(slug).toBeDefined();

    // Only these measures have a place: Mitte has two on track, one off track and one without data;
    // Pankow two at risk and the one off track it shares with Mitte; the whole city one on track and
    // one at risk (also in Pankow). The other districts have none.
    await db.update(measures).set({ districtIds: [], cityWide: false });
    const place = async (slugs: Array<string | undefined>, set: { districtIds?: string[]; cityWide?: boolean }) => {
      for (const slug of slugs)
        await db
          .update(measures)
          .set(set)
          .where(sql`${measures.slug} = ${slug ?? ""}`);
    };
    await place([on1, on2, none1?.slug], { districtIds: ["mitte"] });
    await place([off1], { districtIds: ["mitte", "pankow"] });
    await place([risk2], { districtIds: ["pankow"] });
    await place([risk1], { districtIds: ["pankow"], cityWide: true });
    await place([on3], { cityWide: true });

    const guest = new BrowserClient(app.app);
    const html = await (await guest.get("/monitoring")).text();
    const german = districtTableOf(html);
    expect(german.caption).toBe("So stehen die Maßnahmen in den Bezirken");
    expect(german.headings).toBe("Bezirk Maßnahmen Auf Kurs Gefährdet Nicht auf Kurs Noch keine Aussage");
    expect(german.rows).toHaveLength(13);
    expect(german.rows[0]).toBe("Ganze Stadt 2 1 1 0 0");
    expect(german.rows).toContain("Mitte 4 2 0 1 1");
    expect(german.rows).toContain("Pankow 3 0 2 1 0");
    expect(german.rows).toContain("Spandau 0 0 0 0 0");
    // Row headings name the district and lead to its measures; on phones each number says its column.
    expect(german.html).toContain('<th scope="row"><a href="/measures?district=mitte">Mitte</a></th>');
    expect(german.html).toContain('<td data-label="Gefährdet">2</td>');
    expect(german.html).toContain('<th scope="col">Noch keine Aussage</th>');
    // The map's districts say the same.
    expect(html).toContain(
      'aria-label="Maßnahmen für Mitte: 4, davon 2 auf Kurs, 0 gefährdet, 1 nicht auf Kurs, 1 noch ohne Aussage"',
    );
    expect(html).toContain('aria-label="Maßnahmen für Spandau: 0"');
    expect(visible(html)).toContain("Eine Maßnahme, die mehrere Bezirke betrifft, zählt in jedem davon.");

    const english = districtTableOf(await (await guest.get("/monitoring?lang=en")).text());
    expect(english.caption).toBe("How the measures in the districts stand");
    expect(english.headings).toBe("District Measures On track At risk Off track Not yet assessable");
    expect(english.rows[0]).toBe("Whole city 2 1 1 0 0");
    expect(english.rows).toContain("Mitte 4 2 0 1 1");
    expect(english.rows).toContain("Pankow 3 0 2 1 0");
    expect(english.html).toContain('<td data-label="At risk">2</td>');
    expect(visible(english.html)).not.toContain("monitoring.");
  });
});
