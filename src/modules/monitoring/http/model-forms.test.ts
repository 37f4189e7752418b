import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { signedIn } from "../../../../tests/support/budget";
import { visibleText as visible } from "../../../../tests/support/html";
import { demoMonitoringApp, modelVersionCount, teamOnMonitoringPage } from "../../../../tests/support/monitoring";

/** The team's forms outside a review round that reword a goal and change a starting value. */
let t: TestApp;
const now = new Date(Date.UTC(2026, 10, 2, 9));
let slug = "";
let measureId = "";
let page = "";
const participants = "z1-training-participants";
const newImpact = "Digitale Verwaltungsleistungen sind schneller und passen zu dem, was Menschen brauchen";

const versionCount = () => modelVersionCount(t, measureId);
const teamOnPage = () => teamOnMonitoringPage(t, slug);

beforeAll(async () => {
  ({ t, slug, measureId, page } = await demoMonitoringApp(() => now));
});
afterAll(async () => t.close());

describe("rewording a goal outside a review round", () => {
  it("is offered to the team, and refused to a resident before a field is read", async () => {
    const { html } = await teamOnPage();
    expect(html).toContain(`action="${page}/goals"`);
    expect(html).toContain(`action="${page}/baselines"`);
    expect(visible(await (await new BrowserClient(t.app).get(page)).text())).not.toContain("Ein Ziel neu fassen");
    const { browser: resident } = await signedIn(t);
    await resident.get(page);
    const response = await resident.post(`${page}/goals`, { "goal-goal": "impact" });
    expect(response.status).toBe(403);
  });

  it("needs a reason: the mistake is named at its field and nothing changes", async () => {
    const { browser, version } = await teamOnPage();
    const before = await versionCount();
    const response = await browser.post(`${page}/goals`, {
      "goal-version": version,
      "goal-goal": "impact",
      "goal-textDe": newImpact,
      "goal-textEn": "",
      "goal-reason": "kurz",
    });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toMatch(/id="field-goal-reason"[^>]*aria-invalid="true"/);
    expect(html).toContain(newImpact);
    expect(await versionCount()).toBe(before);
  });

  it("makes a new version that the history tells with its reason", async () => {
    const { browser, version } = await teamOnPage();
    const response = await browser.post(`${page}/goals`, {
      "goal-version": version,
      "goal-goal": "impact",
      "goal-textDe": newImpact,
      "goal-textEn": "",
      "goal-reason": "Das Strategieboard hat die Wirkung genauer beschrieben.",
    });
    expect(response.headers.get("location")).toContain("done=goalChanged");
    const text = visible(await (await browser.get(response.headers.get("location") ?? page)).text());
    expect(text).toContain("Das Ziel ist neu gefasst.");
    expect(text).toContain(
      `Ziel neu formuliert: „${newImpact}“ am 02.11.2026, weil: Das Strategieboard hat die Wirkung genauer beschrieben.`,
    );
  });

  it("refuses wording that changes nothing", async () => {
    const { browser, version } = await teamOnPage();
    const response = await browser.post(`${page}/goals`, {
      "goal-version": version,
      "goal-goal": "impact",
      "goal-textDe": newImpact,
      "goal-textEn": newImpact,
      "goal-reason": "Noch einmal derselbe Wortlaut, aus Versehen.",
    });
    expect(response.status).toBe(422);
    expect(await response.text()).toMatch(/id="field-goal-textDe"[^>]*aria-invalid="true"/);
  });
});

describe("changing a starting value outside a review round", () => {
  it("refuses a day in the future at the day's field, keeps the value and changes nothing", async () => {
    const { browser, version } = await teamOnPage();
    const before = await versionCount();
    const response = await browser.post(`${page}/baselines`, {
      "baseline-version": version,
      "baseline-indicator": participants,
      "baseline-baselineValue": "120",
      "baseline-baselineDate": "2026-12-01",
      "baseline-reason": "Vor dem Start gab es schon Teilnehmende.",
    });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toMatch(/id="field-baseline-baselineDate"[^>]*aria-invalid="true"/);
    expect(visible(html)).toContain("Der Tag des Ausgangswerts darf nicht in der Zukunft liegen.");
    expect(html).toMatch(/name="baseline-baselineValue"[^>]*value="120"/);
    expect(await versionCount()).toBe(before);
  });

  it("asks for the day when only the value is given", async () => {
    const { browser, version } = await teamOnPage();
    const response = await browser.post(`${page}/baselines`, {
      "baseline-version": version,
      "baseline-indicator": participants,
      "baseline-baselineValue": "120",
      "baseline-baselineDate": "",
      "baseline-reason": "Vor dem Start gab es schon Teilnehmende.",
    });
    expect(response.status).toBe(422);
    expect(visible(await response.text())).toContain("Zum Ausgangswert gehören beide Angaben: Wert und Tag.");
  });

  it("changes it, then removes it, each a version the history tells", async () => {
    const first = await teamOnPage();
    const changed = await first.browser.post(`${page}/baselines`, {
      "baseline-version": first.version,
      "baseline-indicator": participants,
      "baseline-baselineValue": "120",
      "baseline-baselineDate": "2026-01-01",
      "baseline-reason": "Vor dem Start gab es schon 120 Teilnehmende.",
    });
    expect(changed.headers.get("location")).toContain("done=baselineChanged");
    const second = await teamOnPage();
    expect(Number(second.version)).toBe(Number(first.version) + 1);
    const removed = await second.browser.post(`${page}/baselines`, {
      "baseline-version": second.version,
      "baseline-indicator": participants,
      "baseline-baselineValue": "",
      "baseline-baselineDate": "",
      "baseline-reason": "Die Zahl vor dem Start lässt sich nicht belegen.",
    });
    expect(removed.headers.get("location")).toContain("done=baselineChanged");
    const text = visible(await (await new BrowserClient(t.app).get(page)).text());
    expect(text).toContain(
      "Teilnehmende an Fortbildungen: Ausgangswert auf 120 Personen (am 01.01.2026) geändert am 02.11.2026, weil: Vor dem Start gab es schon 120 Teilnehmende.",
    );
    expect(text).toContain(
      "Teilnehmende an Fortbildungen: Ausgangswert gestrichen am 02.11.2026, weil: Die Zahl vor dem Start lässt sich nicht belegen.",
    );
  });
});
