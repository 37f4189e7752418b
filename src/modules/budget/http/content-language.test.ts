import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import type { BrowserClient } from "../../../../tests/support/browser-client";
import { proposalBudget, signedIn } from "../../../../tests/support/budget";
import { budgetProjects } from "../data/schema";

let t: TestApp;
const now = new Date(Date.UTC(2026, 2, 1, 9));
let budget: { id: string; slug: string };
let resident: BrowserClient;

beforeAll(async () => {
  t = await createTestApp({ deps: { clock: () => now } });
  budget = await proposalBudget(t);
  resident = (await signedIn(t, { district: "neukoelln" })).browser;
});
afterAll(() => t.close());

/** The opening tag of the first element whose text is exactly `text`. */
function tagAround(html: string, text: string): string {
  const at = html.indexOf(`>${text}<`);
  if (at < 0) return "";
  return html.slice(html.lastIndexOf("<", at), at + 1);
}

describe("content written in one language", () => {
  it("is marked German on English pages and left unmarked on German ones", async () => {
    await resident.get(`/budgets/${budget.slug}?lang=en`);
    expect(resident.lastHtml).toContain('<html lang="en"');
    expect(tagAround(resident.lastHtml, "Kiezkasse Test")).toMatch(/^<h1 lang="de"/);
    expect(tagAround(resident.lastHtml, "Kleine Projekte für den Kiez.")).toContain('lang="de"');
    expect(tagAround(resident.lastHtml, "Neukölln")).toContain('lang="de"');
    await resident.get(`/budgets/${budget.slug}?lang=de`);
    expect(tagAround(resident.lastHtml, "Kiezkasse Test")).toBe("<h1>");
    expect(resident.lastHtml).not.toMatch(/lang="(de|en)"[^>]*>Kiezkasse Test</);
  });

  it("keeps the language a proposal was written in, and marks it on pages in the other one", async () => {
    await resident.get(`/budgets/${budget.slug}/propose?lang=en`);
    const heading = resident.lastHtml.match(/<option value="([^"]+)"[^>]*>Neukölln</)?.[1] as string;
    // Sent from a page in English (the account's own language is German).
    const sent = await resident.post(`/budgets/${budget.slug}/propose?lang=en`, {
      title: "Drinking fountain on the square",
      headingId: heading,
      estimatedCost: "6000",
      description: "A drinking fountain for hot days, with enough text.",
      // A form cannot choose the language: it is the page's.
      language: "de",
    });
    expect(sent.status).toBe(303);
    const [stored] = await t.deps.database.db
      .select()
      .from(budgetProjects)
      .where(and(eq(budgetProjects.budgetId, budget.id), eq(budgetProjects.title, "Drinking fountain on the square")));
    expect(stored?.language).toBe("en");
    await resident.get(`/budgets/${budget.slug}?lang=de`);
    expect(tagAround(resident.lastHtml, "Drinking fountain on the square")).toMatch(/^<h3 lang="en"/);
    expect(tagAround(resident.lastHtml, "A drinking fountain for hot days, with enough text.")).toContain('lang="en"');
    await resident.get(`/budgets/${budget.slug}?lang=en`);
    expect(tagAround(resident.lastHtml, "Drinking fountain on the square")).toBe("<h3>");
  });
});
