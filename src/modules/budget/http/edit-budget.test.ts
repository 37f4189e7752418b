import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { proposalBudget, signedIn } from "../../../../tests/support/budget";
import { findBudget, headingsOf } from "../data/queries";

const DAY = 24 * 60 * 60 * 1000;
let t: TestApp;
let now = new Date(Date.UTC(2026, 2, 1, 9));
let office: BrowserClient;
let budget: { id: string; slug: string };

function visible(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, " ");
}

/** Every field of the edit form as the page shows it, so a test changes only what it names. */
function formFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const m of html.matchAll(/<input[^>]*name="([^"]+)"[^>]*>/g)) {
    const tag = m[0];
    const name = m[1] as string;
    if (name === "_csrf") continue;
    if (tag.includes('type="checkbox"')) {
      if (/\schecked(=""|\s|>)/.test(tag)) fields[name] = "on";
      continue;
    }
    fields[name] = tag.match(/value="([^"]*)"/)?.[1] ?? "";
  }
  for (const m of html.matchAll(/<select[^>]*name="([^"]+)"[\s\S]*?<\/select>/g)) {
    fields[m[1] as string] = m[0].match(/<option value="([^"]*)" selected/)?.[1] ?? "";
  }
  for (const m of html.matchAll(/<textarea[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/textarea>/g)) {
    fields[m[1] as string] = m[2] as string;
  }
  return fields;
}

const day = (offset: number) => new Date(now.getTime() + offset * DAY).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp({ deps: { clock: () => now } });
  budget = await proposalBudget(t);
  office = (await signedIn(t, { roles: ["strategy_office"] })).browser;
});
afterAll(() => t.close());

describe("editing a budget on its page", () => {
  it("is only for the strategy office", async () => {
    const resident = (await signedIn(t, { district: "neukoelln" })).browser;
    expect((await resident.get(`/budgets/${budget.slug}/edit`)).status).toBe(403);
    expect((await new BrowserClient(t.app).get(`/budgets/${budget.slug}/edit`)).status).toBe(401);
  });

  it("shows the stored values and saves rule, ballot, amounts, dates and texts before voting", async () => {
    await office.get(`/budgets/${budget.slug}/manage`);
    expect(office.lastHtml).toContain(`href="/budgets/${budget.slug}/edit"`);
    expect((await office.get(`/budgets/${budget.slug}/edit`)).status).toBe(200);
    const fields = formFields(office.lastHtml);
    expect(fields).toMatchObject({ title: "Kiezkasse Test", "ballot.rule": "mes_cost_add1_greedy" });
    expect(fields["ballot.amounts.0.amount"]).toBe("10000");
    expect(visible(office.lastHtml)).toContain("Vorschläge: hat am");
    const response = await office.post(`/budgets/${budget.slug}/edit`, {
      ...fields,
      title: "Kiezkasse 2027",
      "ballot.rule": "greedy_cost",
      "ballot.maxProjects": "4",
      "ballot.amounts.0.amount": "12.000",
      "dates.resultsStart": day(35),
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/budgets/${budget.slug}/manage?done=edited`);
    await office.get(`/budgets/${budget.slug}/manage?done=edited`);
    expect(visible(office.lastHtml)).toContain("Die Änderungen sind gespeichert.");
    const stored = await findBudget(t.deps.database.db, budget.id);
    expect(stored).toMatchObject({ title: "Kiezkasse 2027", rule: "greedy_cost", maxProjects: 4, knapsack: true });
    expect((await headingsOf(t.deps.database.db, budget.id))[0]?.amount).toBe(12000);
  });

  it("shows refusals beside the fields and keeps what was typed", async () => {
    await office.get(`/budgets/${budget.slug}/edit`);
    const fields = formFields(office.lastHtml);
    const response = await office.post(`/budgets/${budget.slug}/edit`, {
      ...fields,
      title: "Neu",
      "ballot.ballotType": "points",
      "dates.votingStart": day(-3),
    });
    expect(response.status).toBe(422);
    const page = visible(office.lastHtml);
    expect(page).toContain("Punkteregeln passen nur zu Punkte-Stimmzetteln und umgekehrt.");
    expect(page).toContain("Dieser Termin liegt nicht in der Zukunft.");
    expect(office.lastHtml).toContain('value="Neu"');
    expect((await findBudget(t.deps.database.db, budget.id))?.title).toBe("Kiezkasse 2027");
  });

  it("once voting runs, offers only texts and later dates, and refuses a changed rule", async () => {
    await office.get(`/budgets/${budget.slug}/edit`);
    const before = formFields(office.lastHtml);
    await office.get(`/budgets/${budget.slug}/manage`);
    await office.post(`/budgets/${budget.slug}/manage/phase`, { confirm: "yes", from: "proposals" });
    now = new Date(now.getTime() + 1000);
    await office.get(`/budgets/${budget.slug}/manage`);
    await office.post(`/budgets/${budget.slug}/manage/phase`, { confirm: "yes", from: "review" });
    now = new Date(now.getTime() + 1000);

    await office.get(`/budgets/${budget.slug}/edit`);
    const page = visible(office.lastHtml);
    expect(page).toContain("Die Abstimmung hat begonnen. Regel, Stimmzettel und Beträge bleiben jetzt");
    expect(office.lastHtml).not.toContain('name="ballot.rule"');
    expect(office.lastHtml).not.toContain('name="dates.votingStart"');
    const fields = formFields(office.lastHtml);
    const saved = await office.post(`/budgets/${budget.slug}/edit`, {
      ...fields,
      description: "Jetzt wird abgestimmt.",
      "dates.implementationStart": day(90),
    });
    expect(saved.status).toBe(303);
    expect((await findBudget(t.deps.database.db, budget.id))?.description).toBe("Jetzt wird abgestimmt.");

    // A form opened before voting started, sent now with a changed rule.
    await office.get(`/budgets/${budget.slug}/edit`);
    const stale = await office.post(`/budgets/${budget.slug}/edit`, {
      ...before,
      "ballot.rule": "mes_cost",
      "dates.votingStart": before["dates.votingStart"] as string,
    });
    expect(stale.status).toBe(422);
    const refused = visible(office.lastHtml);
    expect(refused).toContain("Das kann nicht mehr geändert werden: Die Abstimmung hat begonnen.");
    expect((await findBudget(t.deps.database.db, budget.id))?.rule).toBe("greedy_cost");
  });

  it("speaks English too", async () => {
    await office.get(`/budgets/${budget.slug}/edit?lang=en`);
    expect(visible(office.lastHtml)).toContain("Voting has started. Rule, ballot and amounts now stay as they are");
  });
});
