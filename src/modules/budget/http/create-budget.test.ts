import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { signedIn } from "../../../../tests/support/budget";

let t: TestApp;
const now = new Date(Date.UTC(2026, 2, 1, 9));

function visible(html: string): string {
  return html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
}

beforeAll(async () => {
  t = await createTestApp({ deps: { clock: () => now } });
});
afterAll(() => t.close());

const valid = {
  title: "Kiezkasse Pankow 2026",
  slug: "kiezkasse-pankow-2026",
  description: "Kleine Projekte für Pankow.",
  rule: "mes_cost",
  ballotType: "approval",
  maxProjects: "4",
  knapsack: "on",
  pointsTotal: "",
  proposalsStart: "2026-02-15",
  reviewStart: "2026-04-01",
  votingStart: "2026-05-01",
  resultsStart: "2026-05-20",
  implementationStart: "2026-06-01",
  "headings.0.name": "Pankow",
  "headings.0.district": "pankow",
  "headings.0.amount": "25.000",
  "headings.1.name": "",
  "headings.1.district": "",
  "headings.1.amount": "",
  "headings.2.name": "Klima",
  "headings.2.district": "",
  "headings.2.amount": "5000",
};

describe("setting up a budget", () => {
  it("is for the strategy office only", async () => {
    expect((await new BrowserClient(t.app).get("/budgets/new")).status).toBe(401);
    const { browser } = await signedIn(t, {});
    expect((await browser.get("/budgets/new")).status).toBe(403);
    await browser.get("/budgets");
    expect(visible(browser.lastHtml)).not.toContain("Neuen Haushalt anlegen");
  });

  it("shows every mistake beside its field and keeps the input", async () => {
    const { browser } = await signedIn(t, { roles: ["strategy_office"] });
    await browser.get("/budgets");
    expect(visible(browser.lastHtml)).toContain("Neuen Haushalt anlegen");
    await browser.get("/budgets/new");
    const response = await browser.post("/budgets/new", { ...valid, slug: "Kiezkasse!", "headings.2.amount": "viel" });
    expect(response.status).toBe(422);
    let page = visible(browser.lastHtml);
    expect(page).toContain("Kurzname: 3–60 Kleinbuchstaben, Ziffern oder Bindestriche.");
    expect(page).toContain("Bitte einen Betrag in ganzen Euro angeben.");
    expect(browser.lastHtml).toContain('href="#field-headings.2.amount"');
    expect(browser.lastHtml).toContain('value="Kiezkasse Pankow 2026"');
    const mismatch = await browser.post("/budgets/new", { ...valid, rule: "greedy_points", reviewStart: "2026-01-01" });
    expect(mismatch.status).toBe(422);
    page = visible(browser.lastHtml);
    expect(page).toContain("Punkteregeln passen nur zu Punkte-Stimmzetteln und umgekehrt.");
    expect(page).toContain("Die Phasen müssen in der richtigen Reihenfolge beginnen.");
    expect((await (await t.app.request("/api/v1/budgets")).json()) as { total: number }).toMatchObject({ total: 0 });
  });

  it("creates the budget with its headings, rule and ballot", async () => {
    const { browser } = await signedIn(t, { roles: ["strategy_office"] });
    await browser.get("/budgets/new");
    const response = await browser.post("/budgets/new", valid);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/budgets/kiezkasse-pankow-2026?done=created");
    await browser.get("/budgets/kiezkasse-pankow-2026?done=created");
    const page = visible(browser.lastHtml);
    expect(page).toContain("Der Haushalt ist angelegt.");
    expect(page).toContain("Methode der gleichen Anteile");
    expect(page).toContain("Pankow: 25.000 €");
    expect(page).toContain("Klima: 5.000 €");
    expect(page).toContain("Höchstens 4 Projekte.");
    const again = await browser.post("/budgets/new", { ...valid, _csrf: browser.csrfToken() });
    expect(again.status).toBe(422);
    expect(visible(browser.lastHtml)).toContain("Diesen Kurznamen gibt es schon.");
  });
});
