import { eq } from "drizzle-orm";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { proposalBudget, signedIn } from "../../../../tests/support/budget";
import { pdfPages } from "../../../../tests/support/pdf-text";
import { normaliseLetterCode as normaliseCode } from "../../../platform/security/letter-codes";
import { budgetVotingCodes } from "../data/schema";
import { hashCode } from "../data/voting-codes";

let t: TestApp;
let office: BrowserClient;
let budget: { id: string; slug: string };
let neukoelln = "";

const CODE = /[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){3}/g;

async function storedHashes(): Promise<string[]> {
  const rows = await t.deps.database.db
    .select({ hash: budgetVotingCodes.codeHash })
    .from(budgetVotingCodes)
    .where(eq(budgetVotingCodes.budgetId, budget.id));
  return rows.map((row) => row.hash);
}

async function generate(browser: BrowserClient, format: string, count: string, query = ""): Promise<Response> {
  await browser.get(`/budgets/${budget.slug}/manage`);
  return browser.post(`/budgets/${budget.slug}/codes${query}`, { headingId: neukoelln, count, format });
}

beforeAll(async () => {
  t = await createTestApp();
  budget = await proposalBudget(t);
  office = (await signedIn(t, { roles: ["strategy_office"], name: "Amt" })).browser;
  await office.get(`/budgets/${budget.slug}/manage`);
  neukoelln = office.lastHtml.match(/<option value="([^"]+)">Neukölln</)?.[1] as string;
});
afterAll(() => t.close());

describe("voting codes as PDF letters", () => {
  let firstCodes: string[] = [];

  it("offers the PDF beside the print page and the CSV", async () => {
    await office.get(`/budgets/${budget.slug}/manage`);
    expect(office.lastHtml).toContain('name="format" value="pdf"');
    expect(office.lastHtml).toContain("Erzeugen und als PDF laden (ein Brief je Seite)");
  });

  it("generates the batch in the same request: one A4 letter per code, codes stored only hashed", async () => {
    const response = await generate(office, "pdf", "3");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${budget.slug}-codes-1.pdf"`);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const pdf = new Uint8Array(await response.arrayBuffer());
    expect(Buffer.from(pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(3);

    const pages = await pdfPages(pdf);
    firstCodes = pages.map((page) => page.match(CODE)?.[0] ?? "");
    expect(new Set(firstCodes).size).toBe(3);
    for (const page of pages) {
      expect(page).toContain("Kiezkasse Test");
      // Before, the letter had no sender, no deadline and no explanation of how to vote.
      expect(page).toContain("welche Projekte im Bereich Neukölln bezahlt werden");
      expect(page).toMatch(/Die Abstimmung läuft bis (einschließlich )?\d+\. \p{L}+ \d{4}/u);
      expect(page).toContain("So stimmen Sie ab:");
      expect(page).toContain("Bürger:innenhaushalt Berlin");
      expect(page).toContain("Ihr Abstimmungscode:");
      expect(page).toContain(`${t.deps.config.baseUrl}/budgets/${budget.slug}/vote`);
      expect(page).toContain("Neukölln · Stapel 1");
    }
    const hashes = await storedHashes();
    expect(hashes).toHaveLength(3);
    expect(hashes.sort()).toEqual(firstCodes.map((code) => hashCode(normaliseCode(code))).sort());
  });

  it("never hands out a batch again: there is no address to fetch it, and asking again makes new codes", async () => {
    expect((await office.get(`/budgets/${budget.slug}/codes`)).status).toBe(404);
    expect((await office.get(`/budgets/${budget.slug}/codes.pdf`)).status).toBe(404);
    const again = await generate(office, "pdf", "2");
    expect(again.headers.get("content-disposition")).toContain("-codes-2.pdf");
    const codes = (await pdfPages(new Uint8Array(await again.arrayBuffer()))).join("\n").match(CODE) ?? [];
    expect(codes).toHaveLength(2);
    for (const code of codes) expect(firstCodes).not.toContain(code);
    expect(await storedHashes()).toHaveLength(5);
  });

  it("writes the letters in the reader's language", async () => {
    const response = await generate(office, "pdf", "1", "?lang=en");
    const [page = ""] = await pdfPages(new Uint8Array(await response.arrayBuffer()));
    expect(page).toContain("Citizen budget Berlin");
    expect(page).toContain("How to vote:");
    expect(page).toContain("Your voting code:");
    expect(page).toContain("Vote at");
    await office.get(`/budgets/${budget.slug}/manage?lang=de`);
  });

  it("refuses a bad count with the form, as for the CSV", async () => {
    const response = await generate(office, "pdf", "0");
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(office.lastHtml).toContain("Bitte eine Zahl zwischen 1 und 5000 angeben.");
  });

  it("is refused to residents and guests exactly like the CSV", async () => {
    const before = (await storedHashes()).length;
    const resident = (await signedIn(t, { district: "neukoelln" })).browser;
    const guest = new BrowserClient(t.app);
    for (const browser of [resident, guest]) {
      const statuses: number[] = [];
      for (const format of ["csv", "pdf"]) {
        await browser.get(browser === guest ? "/login" : `/budgets/${budget.slug}`);
        const response = await browser.post(`/budgets/${budget.slug}/codes`, {
          headingId: neukoelln,
          count: "1",
          format,
        });
        expect(response.headers.get("content-type") ?? "").not.toContain("application/pdf");
        statuses.push(response.status);
      }
      expect(statuses[1]).toBe(statuses[0]);
      expect([401, 403]).toContain(statuses[0]);
    }
    expect(await storedHashes()).toHaveLength(before);
  });
});
