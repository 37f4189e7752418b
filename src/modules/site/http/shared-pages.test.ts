import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, signIn } from "../../../../tests/support/accounts";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { seedDemo } from "../../../app/seed";
import { budgets } from "../../budget/data/schema";
import { panels } from "../../panel/data/schema";

let t: TestApp;
let votingBudget: { slug: string; title: string };
let proposalsBudget: { slug: string; title: string };
let closedBudget: { slug: string; title: string; id: string };
let openPanel: { id: string; name: string };

function mainText(html: string): string {
  const main = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
  return main
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.deps);
  const now = t.deps.clock().getTime();
  const all = await t.database.db.select().from(budgets);
  const find = (test: (b: (typeof all)[number]) => boolean) => {
    const found = all.find(test);
    if (!found) throw new Error("the demo lacks a budget this test needs");
    return found;
  };
  votingBudget = find((b) => b.votingStart.getTime() <= now && b.resultsStart.getTime() > now);
  proposalsBudget = find((b) => b.proposalsStart.getTime() <= now && b.reviewStart.getTime() > now);
  closedBudget = find((b) => b.resultsStart.getTime() <= now);
  const panelRows = await t.database.db.select().from(panels);
  const registering = panelRows.find((p) => p.status === "registration");
  if (!registering) throw new Error("the demo lacks a panel open for registration");
  openPanel = registering;
}, 300_000);
afterAll(() => t.close());

describe("the home page", () => {
  it("shows what is happening now: voting open until a date, proposals wanted, registration open, newest measures", async () => {
    const response = await t.app.request("/?lang=de");
    const html = await response.text();
    const text = mainText(html);
    expect(response.status).toBe(200);
    expect(html).toContain(`<a href="/budgets/${votingBudget.slug}/vote">${votingBudget.title}</a>`);
    expect(text).toMatch(/Abstimmung läuft .* Stimmen Sie ab – bis zum \d{1,2}\. [A-ZÄÖÜa-zäöü]+ \d{4}\./);
    expect(html).toContain(`<a href="/budgets/${proposalsBudget.slug}/propose">${proposalsBudget.title}</a>`);
    expect(text).toContain("Vorschläge gesucht");
    expect(html).toContain(`<a href="/panels/${openPanel.id}">`);
    expect(text).toContain("Anmeldung offen");
    expect(html.match(/<a href="\/measures\/[a-z0-9-]+">/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
    expect(text).not.toContain("Kommt bald");
    const english = mainText(await (await t.app.request("/?lang=en")).text());
    expect(english).toContain("Voting open");
    expect(english).toContain("Happening now");
  });
});

describe("the open-data page", () => {
  it("lists the downloads and the interface as a page, not raw JSON", async () => {
    const moved = await t.app.request("/offene-daten");
    expect(moved.status).toBe(301);
    expect(moved.headers.get("location")).toBe("/open-data");
    const response = await t.app.request("/open-data?lang=de");
    expect(response.headers.get("content-type")).toContain("text/html");
    const html = await response.text();
    for (const href of [
      "/measures/export.json",
      "/measures/export.csv",
      `/budgets/${closedBudget.slug}/results.csv`,
      `/api/v1/budgets/${closedBudget.id}/export.pb`,
      "/api/v1/openapi.json",
      "/api/v1/processes",
      "/api/v1/workshops",
      "/workshops/feed.ics",
    ])
      expect(html).toContain(`href="${href}"`);
    // Results are offered only once voting has closed.
    expect(html).not.toContain(`/budgets/${votingBudget.slug}/results.csv`);
    expect(mainText(html)).toContain("Programmierschnittstelle (API)");
    // Every download link answers.
    expect((await t.app.request("/measures/export.csv")).status).toBe(200);
    expect((await t.app.request(`/budgets/${closedBudget.slug}/results.csv`)).status).toBe(200);
    for (const href of ["/api/v1/processes", "/api/v1/workshops", "/workshops/feed.ics"])
      expect((await t.app.request(href)).status, href).toBe(200);
  });
});

describe("the strategy office's start page", () => {
  it("asks a guest to sign in and refuses a resident", async () => {
    expect((await t.app.request("/office")).status).toBe(401);
    const resident = new BrowserClient(t.app);
    await signIn(resident, t.deps, await createAccount(t.deps, { email: "res@example.org", displayName: "Res" }));
    expect((await resident.get("/office")).status).toBe(403);
  });

  it("lists the office's open tasks: votes to close, panels to run", async () => {
    const office = new BrowserClient(t.app);
    const id = await createAccount(t.deps, {
      email: "office@example.org",
      displayName: "Office",
      roles: ["strategy_office"],
    });
    await signIn(office, t.deps, id);
    const response = await office.get("/office?lang=de");
    expect(response.status).toBe(200);
    const text = mainText(office.lastHtml);
    expect(text).toContain("Aufgaben des Strategiebüros");
    expect(text).toContain(`Abstimmung beenden: ${votingBudget.title}`);
    expect(office.lastHtml).toContain(`href="/budgets/${votingBudget.slug}/manage"`);
    expect(text).toContain(`Auslosung vorbereiten: ${openPanel.name}`);
    expect(office.lastHtml).toContain(`href="/panels/${openPanel.id}/manage"`);
  });
});
