import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { signedIn } from "../../../../tests/support/budget";
import { visibleText as visible } from "../../../../tests/support/html";
import { demoMonitoringApp, modelVersionCount, teamOnMonitoringPage } from "../../../../tests/support/monitoring";
import { currentModel } from "../data/models";
import { monitoringObservations } from "../data/schema";

/** The team's forms outside a review round that take an indicator out, and add or remove a goal. */
let t: TestApp;
const now = new Date(Date.UTC(2026, 10, 2, 9));
let slug = "";
let measureId = "";
let page = "";
const participants = "z1-training-participants";
const milestone = "Schulungsangebot in zehn Bezirken eingeführt";

async function valueCount(indicator: string): Promise<number> {
  const [row] = await t.deps.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(monitoringObservations)
    .where(and(eq(monitoringObservations.measureId, measureId), eq(monitoringObservations.indicatorKey, indicator)));
  return row?.n ?? 0;
}

const versionCount = () => modelVersionCount(t, measureId);
const teamOnPage = () => teamOnMonitoringPage(t, slug);

async function goalIds(): Promise<string[]> {
  return (await currentModel(t.deps.database.db, measureId))?.model.goals.map((goal) => goal.id) ?? [];
}

beforeAll(async () => {
  ({ t, slug, measureId, page } = await demoMonitoringApp(() => now));
});
afterAll(async () => t.close());

describe("the forms that change the model's shape", () => {
  it("are offered to the team, hidden from visitors, and refused to a resident before a field is read", async () => {
    const { html } = await teamOnPage();
    for (const form of ["indicator-removals", "new-goals", "goal-removals"])
      expect(html).toContain(`action="${page}/${form}"`);
    expect(visible(await (await new BrowserClient(t.app).get(page)).text())).not.toContain("Ein Ziel entfernen");
    const { browser: resident } = await signedIn(t);
    await resident.get(page);
    const before = await versionCount();
    for (const form of ["indicator-removals", "new-goals", "goal-removals"]) {
      const response = await resident.post(`${page}/${form}`, { "remove-indicator": participants });
      expect(response.status).toBe(403);
    }
    expect(await versionCount()).toBe(before);
  });
});

describe("adding a goal outside a review round", () => {
  it("asks a milestone for its phase, at the phase's field, keeps what was typed and changes nothing", async () => {
    const { browser, version } = await teamOnPage();
    const before = await versionCount();
    const response = await browser.post(`${page}/new-goals`, {
      "newgoal-version": version,
      "newgoal-level": "milestone",
      "newgoal-phase": "",
      "newgoal-textDe": milestone,
      "newgoal-textEn": "",
      "newgoal-reason": "Die Skalierung braucht einen eigenen Meilenstein.",
    });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toMatch(/id="field-newgoal-phase"[^>]*aria-invalid="true"/);
    expect(visible(html)).toContain("Ein Meilenstein gehört zu einer Umsetzungsphase; andere Ziele nicht.");
    expect(html).toContain(milestone);
    expect(await versionCount()).toBe(before);
  });

  it("adds a milestone of a phase: a new version, named with its phase, told in the history", async () => {
    const { browser, version } = await teamOnPage();
    const response = await browser.post(`${page}/new-goals`, {
      "newgoal-version": version,
      "newgoal-level": "milestone",
      "newgoal-phase": "skalierung",
      "newgoal-textDe": milestone,
      "newgoal-textEn": "Training offered in ten districts",
      "newgoal-reason": "Die Skalierung braucht einen eigenen Meilenstein.",
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toContain("done=goalAdded");
    expect(await goalIds()).toContain("milestone-skalierung");
    const text = visible(await (await browser.get(response.headers.get("location") ?? page)).text());
    expect(text).toContain("Das Ziel ist aufgenommen.");
    expect(text).toContain(`Meilenstein der Phase Skalierung: ${milestone}`);
    expect(text).toContain(
      `Ziel aufgenommen (Meilenstein): „${milestone}“ am 02.11.2026, weil: Die Skalierung braucht einen eigenen Meilenstein.`,
    );
    const english = visible(await (await browser.get(`${page}?lang=en`)).text());
    expect(english).toContain("Milestone of the phase Scaling: Training offered in ten districts");
  });
});

describe("removing a goal outside a review round", () => {
  it("lists only goals no indicator shows, and refuses one that an indicator still shows", async () => {
    const { browser, version, html } = await teamOnPage();
    const select = /<select[^>]*name="dropgoal-goal"[\s\S]*?<\/select>/.exec(html)?.[0] ?? "";
    expect(select).toContain('value="milestone-skalierung"');
    const shown = (await currentModel(t.deps.database.db, measureId))?.model.indicators.find(
      (use) => use.indicator === participants,
    )?.goal;
    expect(shown).toBeTruthy();
    expect(select).not.toContain(`value="${shown}"`);
    const before = await versionCount();
    const response = await browser.post(`${page}/goal-removals`, {
      "dropgoal-version": version,
      "dropgoal-goal": shown ?? "",
      "dropgoal-reason": "Dieses Ziel passt nicht mehr zur Maßnahme.",
    });
    expect(response.status).toBe(422);
    const refused = await response.text();
    expect(refused).toMatch(/id="field-dropgoal-goal"[^>]*aria-invalid="true"/);
    expect(visible(refused)).toContain("Dieses Ziel zeigt noch mindestens ein Indikator.");
    expect(await versionCount()).toBe(before);
  });

  it("removes a goal no indicator shows: a new version the history tells", async () => {
    const { browser, version } = await teamOnPage();
    const response = await browser.post(`${page}/goal-removals`, {
      "dropgoal-version": version,
      "dropgoal-goal": "milestone-skalierung",
      "dropgoal-reason": "Die Skalierung ist auf das nächste Jahr verschoben.",
    });
    expect(response.headers.get("location")).toContain("done=goalRemoved");
    expect(await goalIds()).not.toContain("milestone-skalierung");
    const text = visible(await (await browser.get(page)).text());
    expect(text).toContain(
      `Ziel gestrichen (Meilenstein): „${milestone}“ am 02.11.2026, weil: Die Skalierung ist auf das nächste Jahr verschoben.`,
    );
  });
});

describe("removing an indicator outside a review round", () => {
  it("needs a reason: named at its field, nothing changes", async () => {
    const { browser, version } = await teamOnPage();
    const before = await versionCount();
    const response = await browser.post(`${page}/indicator-removals`, {
      "remove-version": version,
      "remove-indicator": participants,
      "remove-reason": "weg",
    });
    expect(response.status).toBe(422);
    expect(await response.text()).toMatch(/id="field-remove-reason"[^>]*aria-invalid="true"/);
    expect(await versionCount()).toBe(before);
  });

  it("takes it out of the model, keeps its values, and the history tells it", async () => {
    const values = await valueCount(participants);
    expect(values).toBeGreaterThan(0);
    const { browser, version } = await teamOnPage();
    const response = await browser.post(`${page}/indicator-removals`, {
      "remove-version": version,
      "remove-indicator": participants,
      "remove-reason": "Die Teilnahme zählt jetzt das Fortbildungsportal des Landes.",
    });
    expect(response.headers.get("location")).toContain("done=indicatorRemoved");
    const model = await currentModel(t.deps.database.db, measureId);
    expect(model?.model.indicators.map((use) => use.indicator)).not.toContain(participants);
    expect(await valueCount(participants)).toBe(values);
    const text = visible(await (await browser.get(response.headers.get("location") ?? page)).text());
    expect(text).toContain("Seine Werte bleiben gespeichert");
    expect(text).toMatch(
      /Indikator „[^“]+“ herausgenommen am 02\.11\.2026, weil: Die Teilnahme zählt jetzt das Fortbildungsportal des Landes\./,
    );
  });

  it("refuses a form made from an older version of the model", async () => {
    const { browser, version } = await teamOnPage();
    const response = await browser.post(`${page}/indicator-removals`, {
      "remove-version": String(Number(version) - 1),
      "remove-indicator": participants,
      "remove-reason": "Noch einmal, aus einem alten Fenster heraus.",
    });
    expect(response.status).toBe(422);
    expect(await versionCount()).toBe(Number(version));
  });
});
