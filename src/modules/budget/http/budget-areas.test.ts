import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
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

  it("creates the budget when Enter is pressed in a field, also after a row was added", async () => {
    await office.get("/budgets/new");
    await office.post("/budgets/new", { ...formFields(office.lastHtml), ...settings, addHeading: "1" });
    const form = office.lastHtml.match(/<form method="post" action="\/budgets\/new"[\s\S]*?<\/form>/)?.[0] ?? "";
    const buttons = [...form.matchAll(/<button[^>]*type="submit"[^>]*>([\s\S]*?)<\/button>/g)];
    // Browsers press the first submit button of a form on Enter: it is the create action, which
    // sends no field of its own and goes to the form's address, like the visible button at the end.
    const [first, addArea, create] = buttons;
    expect(buttons).toHaveLength(3);
    expect(first?.[1]).toBe("Haushalt anlegen");
    expect(first?.[0]).not.toMatch(/\sname=|formaction=/);
    expect(first?.[0]).toMatch(/\shidden[\s=>]/);
    expect(addArea?.[0]).toContain('name="addHeading"');
    expect(create?.[1]).toBe("Haushalt anlegen");
    expect(create?.[0]).not.toMatch(/\sname=|formaction=/);
    // What a browser sends on Enter: the fields, and nothing from the button.
    const fields: Record<string, string> = { ...formFields(office.lastHtml), slug: "kiezkasse-enter" };
    fields["headings.0.name"] = "Pankow";
    fields["headings.0.district"] = "pankow";
    fields["headings.0.amount"] = "10000";
    const created = await office.post("/budgets/new", fields);
    expect(created.status).toBe(303);
    expect(created.headers.get("location")).toBe("/budgets/kiezkasse-enter?done=created");
    expect(await findBudget(t.deps.database.db, "kiezkasse-enter")).not.toBeNull();
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

  it("shows the areas on a small map whose shaded districts lead to their entry in the list", async () => {
    const budget = await findBudget(t.deps.database.db, settings.slug);
    const stored = await headingsOf(t.deps.database.db, budget?.id as string);
    const guest = new BrowserClient(t.app);
    expect((await guest.get(`/budgets/${settings.slug}`)).status).toBe(200);
    const html = guest.lastHtml;
    const map = html.match(/<figure class="district-map district-map--small">[\s\S]*?<\/figure>/)?.[0] ?? "";
    expect(map).toContain('role="group"');
    expect(map).toContain(
      '<title id="budget-areas-map-title">Karte: Bezirke mit einem Bereich von „Kiezkasse Fünf Bereiche“</title>',
    );
    // The text alternative names the shaded districts and where the figures are.
    const description =
      "Eingefärbt sind die Bezirke mit einem eigenen Bereich: Mitte, Pankow, Neukölln, Lichtenberg. " +
      "Jeder führt zu seinem Eintrag in der Liste der Bereiche, die alle Beträge nennt. " +
      "Bereiche für die ganze Stadt stehen nur in der Liste.";
    expect(map).toContain(`<desc id="budget-areas-map-description">${description}</desc>`);
    expect(map).toContain('aria-describedby="budget-areas-map-description"');
    // One keyboard-reachable link per district with an area, to that area's entry; none for the city-wide one.
    const links = [...map.matchAll(/<a href="#([^"]+)" class="district-map__link" aria-label="([^"]+)">/g)].map((m) => [
      m[1],
      m[2]?.replace(/\u00a0/g, " "),
    ]);
    const id = (name: string) => `area-${stored.find((h) => h.name === name)?.id}`;
    expect(links).toEqual([
      [id("Mitte"), "Mitte: Mitte (12.000 €)"],
      [id("Pankow"), "Pankow: Pankow (25.000 €)"],
      [id("Neukölln"), "Neukölln: Neukölln (20.000 €)"],
      [id("Lichtenberg"), "Lichtenberg: Lichtenberg (15.000 €)"],
    ]);
    expect(map.match(/district-map__area--level-3/g)).toHaveLength(4);
    expect(map).not.toContain("Klima für alle");
    // Every area, the city-wide one too, is in the list with its anchor and amount (as edited above).
    for (const h of stored) expect(html).toContain(`<li id="area-${h.id}" tabindex="-1">`);
    const page = visible(html);
    expect(page).toContain("Klima für alle: 6.000 € · für die ganze Stadt");
    // An area named after its district does not name it twice.
    expect(page).toContain("Pankow: 25.000 € Neukölln: 20.000 €");
    await guest.get(`/budgets/${settings.slug}?lang=en`);
    // On the English page the German name of the area is marked as German.
    expect(guest.lastHtml).toContain('<span lang="de">Klima für alle</span>: €6,000');
    const unmarked = guest.lastHtml.replace(/<span lang="de">([^<]*)<\/span>/g, "$1");
    expect(visible(unmarked)).toContain("Klima für alle: €6,000 · for the whole city");
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
