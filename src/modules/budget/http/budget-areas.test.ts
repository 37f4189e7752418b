import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import type { BrowserClient } from "../../../../tests/support/browser-client";
import { signedIn } from "../../../../tests/support/budget";
import { findBudget, headingsOf } from "../data/queries";

let t: TestApp;
const now = new Date(Date.UTC(2026, 2, 1, 9));
let office: BrowserClient;

function visible(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, " ");
}

/** Every field of the form as the page shows it, so a test sends back what a browser would. */
function formFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const m of html.matchAll(/<input[^>]*name="([^"]+)"[^>]*>/g)) {
    const tag = m[0];
    const name = m[1] as string;
    if (name === "_csrf") continue;
    if (tag.includes('type="checkbox"') || tag.includes('type="radio"')) {
      if (/\schecked(=""|\s|>)/.test(tag)) fields[name] = tag.match(/value="([^"]*)"/)?.[1] ?? "on";
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

const rowsOf = (html: string) => [...html.matchAll(/name="headings\.(\d+)\.name"/g)].map((m) => Number(m[1]));

const settings = {
  title: "Kiezkasse Fünf Bereiche",
  slug: "kiezkasse-fuenf",
  description: "Ein Haushalt mit fünf Bereichen.",
  rule: "mes_cost",
  ballotType: "approval",
  maxProjects: "4",
  knapsack: "on",
  proposalsStart: "2026-03-02",
  reviewStart: "2026-04-01",
  votingStart: "2026-05-01",
  resultsStart: "2026-05-20",
  implementationStart: "2026-06-01",
};

const areas: Array<[string, string, string]> = [
  ["Pankow", "pankow", "25000"],
  ["Neukölln", "neukoelln", "20000"],
  ["Lichtenberg", "lichtenberg", "15000"],
  ["Mitte", "mitte", "12000"],
  ["Klima für alle", "", "5000"],
];

beforeAll(async () => {
  t = await createTestApp({ deps: { clock: () => now } });
  office = (await signedIn(t, { roles: ["strategy_office"] })).browser;
});
afterAll(() => t.close());

describe("a budget with any number of areas", () => {
  it("adds an empty row on request, keeping everything typed and creating nothing", async () => {
    await office.get("/budgets/new");
    expect(rowsOf(office.lastHtml)).toEqual([0, 1, 2]);
    expect(visible(office.lastHtml)).toContain("Weiteren Bereich hinzufügen");
    const typed: Record<string, string> = { ...formFields(office.lastHtml), ...settings };
    areas.slice(0, 3).forEach(([name, district, amount], i) => {
      typed[`headings.${i}.name`] = name;
      typed[`headings.${i}.district`] = district;
      typed[`headings.${i}.amount`] = amount;
    });
    const added = await office.post("/budgets/new", { ...typed, addHeading: "1" });
    expect(added.status).toBe(200);
    expect(rowsOf(office.lastHtml)).toEqual([0, 1, 2, 3]);
    // The page opens at the new, empty row.
    expect(office.lastHtml).toContain('formaction="/budgets/new#new-heading"');
    expect(office.lastHtml).toMatch(/<fieldset id="new-heading"><legend>Bereich 4<\/legend>/);
    const kept = formFields(office.lastHtml);
    for (const [key, value] of Object.entries(typed)) if (key !== "headingRows") expect(kept[key]).toBe(value);
    expect(kept["headings.3.name"]).toBe("");
    expect(office.lastHtml).not.toContain("error-summary");
    expect(await findBudget(t.deps.database.db, settings.slug)).toBeNull();
  });

  it("creates a budget with five areas, ignoring a row left empty, and edits all five", async () => {
    await office.get("/budgets/new");
    let form: Record<string, string> = { ...formFields(office.lastHtml), ...settings };
    // Two more rows than the form starts with, and one more that stays empty.
    for (let i = 0; i < 3; i++) {
      await office.post("/budgets/new", { ...form, addHeading: "1" });
      form = formFields(office.lastHtml);
    }
    expect(rowsOf(office.lastHtml)).toEqual([0, 1, 2, 3, 4, 5]);
    const rowFor = [0, 1, 2, 4, 5]; // row 3 is left empty
    areas.forEach(([name, district, amount], i) => {
      form[`headings.${rowFor[i]}.name`] = name;
      form[`headings.${rowFor[i]}.district`] = district;
      form[`headings.${rowFor[i]}.amount`] = amount;
    });
    const created = await office.post("/budgets/new", form);
    expect(created.status).toBe(303);
    expect(created.headers.get("location")).toBe(`/budgets/${settings.slug}?done=created`);

    const budget = await findBudget(t.deps.database.db, settings.slug);
    const stored = await headingsOf(t.deps.database.db, budget?.id as string);
    expect(stored.map((h) => [h.name, h.district ?? "", String(h.amount)])).toEqual(areas);
    await office.get(`/budgets/${settings.slug}`);
    const page = visible(office.lastHtml);
    for (const [name] of areas) expect(page).toContain(`${name}:`);

    await office.get(`/budgets/${settings.slug}/edit`);
    const edit = formFields(office.lastHtml);
    expect(areas.map((_, i) => edit[`ballot.amounts.${i}.amount`])).toEqual(areas.map(([, , amount]) => amount));
    for (const h of stored) expect(visible(office.lastHtml)).toContain(`Betrag in Euro: ${h.name}`);
    const saved = await office.post(`/budgets/${settings.slug}/edit`, { ...edit, "ballot.amounts.4.amount": "6000" });
    expect(saved.status).toBe(303);
    const after = await headingsOf(t.deps.database.db, budget?.id as string);
    expect(after.map((h) => h.amount)).toEqual([25000, 20000, 15000, 12000, 6000]);
  });

  it("keeps mistakes on the row they belong to, whatever its number", async () => {
    await office.get("/budgets/new");
    let form: Record<string, string> = formFields(office.lastHtml);
    for (let i = 0; i < 2; i++) {
      await office.post("/budgets/new", { ...form, addHeading: "1" });
      form = formFields(office.lastHtml);
    }
    const refused = await office.post("/budgets/new", {
      ...form,
      ...settings,
      slug: "kiezkasse-fehler",
      "headings.0.name": "Pankow",
      "headings.0.amount": "1000",
      "headings.4.name": "Mitte",
      "headings.4.amount": "viel",
    });
    expect(refused.status).toBe(422);
    expect(office.lastHtml).toContain('href="#field-headings.4.amount"');
    expect(rowsOf(office.lastHtml)).toEqual([0, 1, 2, 3, 4]);
    expect(formFields(office.lastHtml)["headings.4.name"]).toBe("Mitte");
  });

  it("stops at 50 areas with a clear message", async () => {
    await office.get("/budgets/new");
    const form = { ...formFields(office.lastHtml), ...settings, slug: "kiezkasse-voll" };
    const at49 = await office.post("/budgets/new", { ...form, headingRows: "49", addHeading: "1" });
    expect(at49.status).toBe(200);
    expect(rowsOf(office.lastHtml)).toHaveLength(50);
    const full = await office.post("/budgets/new", { ...formFields(office.lastHtml), addHeading: "1" });
    expect(full.status).toBe(422);
    expect(rowsOf(office.lastHtml)).toHaveLength(50);
    const page = visible(office.lastHtml);
    expect(page).toContain(
      "Ein Haushalt kann höchstens 50 Bereiche haben. Es wurde kein weiterer Bereich hinzugefügt.",
    );
    expect(office.lastHtml).toContain('href="#field-headings"');
    expect(office.lastHtml).toContain('id="field-headings"');
    // A number of rows beyond the limit, sent by hand, is read as the limit.
    await office.post("/budgets/new", { ...form, headingRows: "100000", addHeading: "1" });
    expect(rowsOf(office.lastHtml)).toHaveLength(50);
    expect(await findBudget(t.deps.database.db, "kiezkasse-voll")).toBeNull();
  });
});
