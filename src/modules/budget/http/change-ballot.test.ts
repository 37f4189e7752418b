import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { feasibleProjects, proposalBudget } from "../../../../tests/support/budget";
import { auditLog } from "../../../platform/audit/schema";
import { headingsOf } from "../data/queries";
import { budgetBallots } from "../data/schema";
import { generateVotingCodes } from "../use-cases/generate-codes";

const DAY = 24 * 60 * 60 * 1000;
let t: TestApp;
const now = new Date(Date.UTC(2026, 4, 1, 10, 0, 0));
let slug = "";
let budgetId = "";
let project: Record<string, string> = {};
let codes: string[] = [];

function visible(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

function hidden(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`<input type="hidden" name="${name}" value="([^"]*)"`, "g"))].map(
    (m) => m[1] as string,
  );
}

const receiptOf = (html: string) => html.match(/id="receipt-code">\s*([0-9A-Z-]+)\s*</)?.[1] as string;

async function currentBallots(): Promise<Array<{ choices: Array<{ projectId: string }> }>> {
  return t.deps.database.db
    .select({ choices: budgetBallots.choices })
    .from(budgetBallots)
    .where(and(eq(budgetBallots.budgetId, budgetId), isNull(budgetBallots.replacedAt)));
}

/** Ballot → confirmation → receipt, as a browser without JavaScript sends it. */
async function castFrom(browser: BrowserClient, titles: string[]): Promise<string> {
  const fields = { code: hidden(browser.lastHtml, "code")[0] as string, receipt: hidden(browser.lastHtml, "receipt") };
  await browser.post(`/budgets/${slug}/vote`, {
    step: "review",
    ...fields,
    project: titles.map((title) => project[title] as string),
  });
  expect(visible(browser.lastHtml)).toContain("Stimmzettel bestätigen");
  const response = await browser.post(`/budgets/${slug}/vote`, {
    step: "confirm",
    ...fields,
    idempotencyKey: hidden(browser.lastHtml, "idempotencyKey")[0] as string,
    project: hidden(browser.lastHtml, "project"),
  });
  expect(response.status).toBe(200);
  return receiptOf(browser.lastHtml);
}

async function check(receipt: string): Promise<string> {
  const browser = new BrowserClient(t.app);
  await browser.get(`/budgets/${slug}/check`);
  await browser.post(`/budgets/${slug}/check`, { receipt });
  return visible(browser.lastHtml);
}

beforeAll(async () => {
  t = await createTestApp({ deps: { clock: () => now } });
  const at = now.getTime();
  ({ id: budgetId, slug } = await proposalBudget(t, {
    proposalsStart: new Date(at - 20 * DAY),
    reviewStart: new Date(at - 10 * DAY),
    votingStart: new Date(at - DAY),
    resultsStart: new Date(at + 10 * DAY),
    implementationStart: new Date(at + 30 * DAY),
  }));
  const heading = (await headingsOf(t.deps.database.db, budgetId))[0]?.id as string;
  const onBallot = (title: string, cost: number) => ({
    headingId: heading,
    title,
    description: `${title} für den Kiez.`,
    estimatedCost: cost,
  });
  project = await feasibleProjects(t.deps.database.db, budgetId, now, [
    onBallot("Trinkbrunnen", 6000),
    onBallot("Bücherschrank", 3000),
    onBallot("Hochbeete", 4000),
  ]);
  ({ codes } = await generateVotingCodes(
    t.deps,
    { actor: { kind: "system", label: "test" } },
    { budgetId, headingId: heading, count: 3 },
  ));
});
afterAll(() => t.close());

describe("changing a ballot cast with a code", () => {
  let first = "";
  let second = "";

  it("explains how to change when the used code is entered alone", async () => {
    const voter = new BrowserClient(t.app);
    await voter.get(`/budgets/${slug}/vote`);
    await voter.post(`/budgets/${slug}/vote`, { step: "code", code: codes[0] as string });
    first = await castFrom(voter, ["Trinkbrunnen"]);
    const page = visible(voter.lastHtml);
    expect(page).toContain("Danke! Ihr Stimmzettel ist gespeichert.");
    expect(page).toContain("mit dem Code aus Ihrem Brief und dieser Quittung");

    const again = new BrowserClient(t.app);
    await again.get(`/budgets/${slug}/vote`);
    expect(again.lastHtml).toContain(`href="/budgets/${slug}/vote/change"`);
    const used = await again.post(`/budgets/${slug}/vote`, { step: "code", code: codes[0] as string });
    expect(used.status).toBe(409);
    expect(visible(again.lastHtml)).toContain(
      "Mit diesem Code wurde schon abgestimmt. Jeder Code gilt nur einmal. Um Ihre Wahl zu ändern, wählen Sie „Stimmzettel ändern“",
    );
  });

  it("replaces the ballot with code and receipt, and gives a new receipt", async () => {
    const voter = new BrowserClient(t.app);
    expect((await voter.get(`/budgets/${slug}/vote/change`)).status).toBe(200);
    expect(visible(voter.lastHtml)).toContain("Stimmzettel ändern");
    const response = await voter.post(`/budgets/${slug}/vote`, {
      step: "change",
      code: (codes[0] as string).toLowerCase(),
      receipt: first.replace(/-/g, " "),
    });
    expect(response.status).toBe(200);
    const ballot = visible(voter.lastHtml);
    expect(ballot).toContain("Sie ändern Ihren Stimmzettel.");
    // The earlier choice is not shown.
    expect(ballot).toMatch(/0 von \d+ Projekten · noch [\d.]+ € frei/);
    second = await castFrom(voter, ["Bücherschrank", "Hochbeete"]);
    expect(visible(voter.lastHtml)).toContain("Danke! Ihr neuer Stimmzettel ersetzt den alten.");
    expect(second).not.toBe(first);
    const current = await currentBallots();
    expect(current).toHaveLength(1);
    expect(current[0]?.choices.map((c) => c.projectId).sort()).toEqual(
      [project.Bücherschrank, project.Hochbeete].sort(),
    );
    expect(await check(first)).toContain("durch einen neueren ersetzt");
    expect(await check(second)).toContain("Ihr Stimmzettel wurde gezählt");
    const audit = await t.deps.database.db.select().from(auditLog).where(eq(auditLog.action, "budget.ballot.replace"));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0])).not.toContain(project.Hochbeete as string);
  });

  it("refuses an old receipt, a receipt of another code and a missing receipt, keeping the ballot", async () => {
    const other = new BrowserClient(t.app);
    await other.get(`/budgets/${slug}/vote`);
    await other.post(`/budgets/${slug}/vote`, { step: "code", code: codes[1] as string });
    const otherReceipt = await castFrom(other, ["Hochbeete"]);

    const voter = new BrowserClient(t.app);
    await voter.get(`/budgets/${slug}/vote/change`);
    const old = await voter.post(`/budgets/${slug}/vote`, { step: "change", code: codes[0] as string, receipt: first });
    expect(old.status).toBe(422);
    expect(visible(voter.lastHtml)).toContain("Diese Quittung gehört zu einem Stimmzettel, der schon ersetzt wurde.");
    expect(voter.lastHtml).toContain(`value="${first}"`);
    const wrong = await voter.post(`/budgets/${slug}/vote`, {
      step: "change",
      code: codes[0] as string,
      receipt: otherReceipt,
    });
    expect(wrong.status).toBe(422);
    expect(visible(voter.lastHtml)).toContain("Code und Quittung passen nicht zusammen.");
    const empty = await voter.post(`/budgets/${slug}/vote`, { step: "change", code: codes[0] as string, receipt: "" });
    expect(empty.status).toBe(422);
    expect(visible(voter.lastHtml)).toContain("Der Quittungscode hat 16 Zeichen.");
    const unused = await voter.post(`/budgets/${slug}/vote`, {
      step: "change",
      code: codes[2] as string,
      receipt: second,
    });
    expect(unused.status).toBe(422);
    expect(visible(voter.lastHtml)).toContain("Mit diesem Code wurde noch nicht abgestimmt.");

    // A confirmation form altered to carry a wrong receipt is refused by the use case, too.
    const altered = await voter.post(`/budgets/${slug}/vote`, {
      step: "confirm",
      code: codes[0] as string,
      receipt: otherReceipt,
      idempotencyKey: "altered-change-key-01",
      project: [project.Trinkbrunnen as string],
    });
    expect(altered.status).toBe(422);
    expect(visible(voter.lastHtml)).toContain("Code und Quittung passen nicht zusammen.");
    expect(await currentBallots()).toHaveLength(2);
    expect(await check(second)).toContain("Ihr Stimmzettel wurde gezählt");
  });

  it("slows down only wrong code/receipt pairs from a flooding address; the right pair from there still works", async () => {
    const guesser = new BrowserClient(t.app);
    await guesser.get(`/budgets/${slug}/vote/change`);
    const _csrf = guesser.csrfToken();
    const statuses: number[] = [];
    for (let i = 0; i < 250 && !statuses.includes(429); i++) {
      const receipt = `ABCD-ABCD-ABCD-${String(1000 + i)}`;
      statuses.push(
        (await guesser.post(`/budgets/${slug}/vote`, { _csrf, step: "change", code: codes[0] as string, receipt }))
          .status,
      );
    }
    // 200 wrong pairs from one address (a few from the tests above) are answered as usual, then "wait".
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(0, -1).filter((s) => s !== 422)).toEqual([]);
    expect(statuses.length).toBeGreaterThan(190);
    expect(visible(guesser.lastHtml)).toContain("Von Ihrem Netz aus wurden sehr viele falsche Codes eingegeben.");
    const right = await guesser.post(`/budgets/${slug}/vote`, {
      _csrf,
      step: "change",
      code: codes[0] as string,
      receipt: second,
    });
    expect(right.status).toBe(200);
    expect(visible(guesser.lastHtml)).not.toContain("falsche Codes");
  });

  it("shows the change page in English", async () => {
    const browser = new BrowserClient(t.app);
    await browser.get(`/budgets/${slug}/vote/change?lang=en`);
    const page = visible(browser.lastHtml);
    expect(page).toContain("Change your ballot");
    expect(page).toContain("Receipt code");
  });
});
