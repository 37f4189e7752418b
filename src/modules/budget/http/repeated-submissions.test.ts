import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { feasibleProjects, proposalBudget, signedIn } from "../../../../tests/support/budget";
import { budgetBallots, budgetHeadings, budgetProjects } from "../data/schema";
import { generateVotingCodes } from "../use-cases/generate-codes";

/** Forms sent twice (a double click, a retry after a lost answer) store once and answer as the first time. */

const DAY = 24 * 60 * 60 * 1000;
let t: TestApp;
let now = new Date(Date.UTC(2026, 4, 1, 10, 0, 0));

function visible(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

function hidden(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`<input type="hidden" name="${name}" value="([^"]*)"`, "g"))].map(
    (m) => m[1] as string,
  );
}

const receiptOf = (html: string) => html.match(/id="receipt-code">\s*([0-9A-Z-]+)\s*</)?.[1];

beforeAll(async () => {
  t = await createTestApp({ deps: { clock: () => now } });
});
afterAll(() => t.close());

describe("a proposal sent several times", () => {
  it("stores one of ten identical proposals sent at once and tells the others it is saved", async () => {
    const budget = await proposalBudget(t, { slug: "kiezkasse-doppelt" });
    const { browser } = await signedIn(t, { district: "neukoelln" });
    await browser.get(`/budgets/${budget.slug}/propose`);
    const headingId = browser.lastHtml.match(/<option value="([^"]+)"[^>]*>Neukölln</)?.[1] as string;
    const form = {
      _csrf: browser.csrfToken(),
      title: "Trinkbrunnen am Platz",
      headingId,
      estimatedCost: "6000",
      description: "Ein Trinkbrunnen für heiße Tage, gleich neben dem Spielplatz.",
    };
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => browser.post(`/budgets/${budget.slug}/propose`, form)),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([303, 422, 422, 422, 422, 422, 422, 422, 422, 422]);
    const refused = answers.find((a) => a.status === 422) as Response;
    expect(visible(await refused.text())).toContain(
      "Diesen Vorschlag haben Sie gerade schon eingereicht. Er ist gespeichert, Sie müssen ihn nicht noch einmal senden.",
    );
    const stored = await t.deps.database.db.select().from(budgetProjects).where(eq(budgetProjects.budgetId, budget.id));
    expect(stored).toHaveLength(1);

    // Another account may propose the same; the same account may again after a minute, or with other text.
    const other = (await signedIn(t, { district: "neukoelln" })).browser;
    await other.get(`/budgets/${budget.slug}/propose`);
    expect((await other.post(`/budgets/${budget.slug}/propose`, { ...form, _csrf: other.csrfToken() })).status).toBe(
      303,
    );
    await browser.get(`/budgets/${budget.slug}/propose`);
    const changed = { ...form, _csrf: browser.csrfToken(), description: `${form.description} Mit Schatten.` };
    expect((await browser.post(`/budgets/${budget.slug}/propose`, changed)).status).toBe(303);
    now = new Date(now.getTime() + 61_000);
    expect((await browser.post(`/budgets/${budget.slug}/propose`, form)).status).toBe(303);
    const after = await t.deps.database.db.select().from(budgetProjects).where(eq(budgetProjects.budgetId, budget.id));
    expect(after).toHaveLength(4);
  });
});

describe("a confirmed ballot sent again", () => {
  it("shows the first receipt again, counts the ballot once, and the receipt checks as counted", async () => {
    const start = now.getTime();
    const budget = await proposalBudget(t, {
      slug: "kiezkasse-wiederholt",
      proposalsStart: new Date(start - 30 * DAY),
      reviewStart: new Date(start - 20 * DAY),
      votingStart: new Date(start - DAY),
      resultsStart: new Date(start + 10 * DAY),
      implementationStart: new Date(start + 40 * DAY),
    });
    const [heading] = await t.deps.database.db
      .select()
      .from(budgetHeadings)
      .where(and(eq(budgetHeadings.budgetId, budget.id), eq(budgetHeadings.district, "neukoelln")));
    const headingId = heading?.id as string;
    const ids = await feasibleProjects(t.deps.database.db, budget.id, now, [
      { headingId, title: "Bänke am Kanal", description: "Sitzen am Wasser.", estimatedCost: 3000 },
    ]);
    const { codes } = await generateVotingCodes(
      t.deps,
      { actor: { kind: "system", label: "test" } },
      { budgetId: budget.id, headingId, count: 1 },
    );
    const voter = new BrowserClient(t.app);
    await voter.get(`/budgets/${budget.slug}/vote`);
    await voter.post(`/budgets/${budget.slug}/vote`, {
      step: "review",
      code: codes[0] as string,
      project: [ids["Bänke am Kanal"] as string],
    });
    const confirmation = {
      _csrf: voter.csrfToken(),
      step: "confirm",
      code: codes[0] as string,
      idempotencyKey: hidden(voter.lastHtml, "idempotencyKey")[0] as string,
      project: hidden(voter.lastHtml, "project"),
    };
    const first = await voter.post(`/budgets/${budget.slug}/vote`, confirmation);
    expect(first.status).toBe(200);
    const receipt = receiptOf(voter.lastHtml);
    expect(receipt).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);

    // The answer was lost; the browser sends the very same confirmation again.
    const again = await voter.post(`/budgets/${budget.slug}/vote`, confirmation);
    expect(again.status).toBe(200);
    expect(receiptOf(voter.lastHtml)).toBe(receipt);
    expect(visible(voter.lastHtml)).not.toContain("schon abgestimmt");
    expect(visible(voter.lastHtml)).not.toContain("schon gezählt");
    const ballots = await t.deps.database.db.select().from(budgetBallots).where(eq(budgetBallots.budgetId, budget.id));
    expect(ballots).toHaveLength(1);

    await voter.get(`/budgets/${budget.slug}/check`);
    await voter.post(`/budgets/${budget.slug}/check`, { receipt: receipt as string });
    expect(visible(voter.lastHtml)).toContain("gezählt");
  });
});
