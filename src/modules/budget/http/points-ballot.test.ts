import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { declareResidence, proposalBudget, signedIn } from "../../../../tests/support/budget";
import { headingsOf } from "../data/queries";
import { budgetProjects } from "../data/schema";
import { readPb } from "../domain/pb/read-pb";
import { startNextPhase } from "../use-cases/start-next-phase";

const DAY = 24 * 60 * 60 * 1000;
let t: TestApp;
let now = new Date(Date.UTC(2026, 6, 1, 9));
let budget: { id: string; slug: string };
const ids: string[] = [];

function visible(html: string): string {
  return html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
}

beforeAll(async () => {
  t = await createTestApp({ deps: { clock: () => now } });
  budget = await proposalBudget(t, {
    slug: "punkte",
    rule: "greedy_points",
    ballotType: "points",
    pointsTotal: 10,
    maxProjects: undefined,
    knapsack: false,
    proposalsStart: new Date(now.getTime() - 30 * DAY),
    reviewStart: new Date(now.getTime() - 20 * DAY),
    votingStart: new Date(now.getTime() - DAY),
    headings: [{ name: "Pankow", district: "pankow", amount: 9000 }],
  });
  const [heading] = await headingsOf(t.deps.database.db, budget.id);
  for (const [n, cost] of [5000, 4000, 3000].entries()) {
    const [row] = await t.deps.database.db
      .insert(budgetProjects)
      .values({
        budgetId: budget.id,
        headingId: heading?.id as string,
        number: n + 1,
        title: `Projekt ${n + 1}`,
        description: "Ein Projekt.",
        estimatedCost: cost,
        officialCost: cost,
        status: "feasible",
        createdAt: now,
      })
      .returning({ id: budgetProjects.id });
    ids.push(row?.id as string);
  }
});
afterAll(() => t.close());

describe("a points ballot", () => {
  it("says how many points there are, adds them up and refuses too many", async () => {
    const { browser } = await signedIn(t, { district: "pankow" });
    expect(await declareResidence(browser, budget.slug, "Pankow")).toBe(303);
    await browser.get(`/budgets/${budget.slug}/vote`);
    let page = visible(browser.lastHtml);
    expect(page).toContain("Sie verteilen 10 Punkte auf die Projekte, die Ihnen wichtig sind.");
    expect(page).toContain("Verteilt: 0 von 10 Punkten");
    const over = await browser.post(`/budgets/${budget.slug}/vote`, {
      step: "review",
      [`points-${ids[0]}`]: "8",
      [`points-${ids[1]}`]: "5",
    });
    expect(over.status).toBe(422);
    page = visible(browser.lastHtml);
    expect(page).toContain("Verteilt: 13 von 10 Punkten · 3 zu viel");
    expect(page).toContain("Sie haben mehr Punkte verteilt, als Sie haben.");
    const negative = await browser.post(`/budgets/${budget.slug}/vote`, { step: "review", [`points-${ids[0]}`]: "-2" });
    expect(negative.status).toBe(422);
    expect(visible(browser.lastHtml)).toContain("Punkte müssen ganze Zahlen ab 0 sein.");

    await browser.post(`/budgets/${budget.slug}/vote`, {
      step: "review",
      [`points-${ids[0]}`]: "7",
      [`points-${ids[2]}`]: "3",
    });
    expect(visible(browser.lastHtml)).toContain("Stimmzettel bestätigen");
    const key = browser.lastHtml.match(/name="idempotencyKey" value="([^"]+)"/)?.[1] as string;
    await browser.post(`/budgets/${budget.slug}/vote`, {
      step: "confirm",
      idempotencyKey: key,
      [`points-${ids[0]}`]: "7",
      [`points-${ids[2]}`]: "3",
    });
    expect(visible(browser.lastHtml)).toContain("Ihre Stimme wurde gezählt");
  });

  it("tallies by points and exports cumulative ballots", async () => {
    await startNextPhase(t.deps, { actor: { kind: "system", label: "test" } }, { budgetId: budget.id });
    now = new Date(now.getTime() + 1000);
    const browser = new BrowserClient(t.app);
    await browser.get(`/budgets/${budget.slug}/results`);
    const page = visible(browser.lastHtml);
    expect(page).toContain("Meiste Punkte pro Euro zuerst (Greedy)");
    expect(page).toContain("1 (7 Punkte)");
    const election = readPb(await (await t.app.request(`/api/v1/budgets/${budget.slug}/export.pb`)).text());
    expect(election.voteType).toBe("cumulative");
    expect(election.voters[0]?.points).toEqual([7, 3]);
    expect(page).toMatch(/Projekt 2 4\.000 € 0 \(0 Punkte\) Nein Nicht gefördert: Niemand hat dafür gestimmt\./);
  });
});
