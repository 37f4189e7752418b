import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, signIn } from "../../../../tests/support/accounts";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { readDemoFile } from "../data/demo-files";
import { seedStrategy } from "../use-cases/seed-demo-strategy";
import { strategyMessages } from "../views/messages";

/**
 * The demo is what a newcomer sees first: every measure explained in both languages, every action
 * field described, and no page of the catalogue (public or office) showing a code, a placeholder
 * or "not stated" where a person expects words.
 */

interface DemoIndicator {
  name_de?: string;
  name_en?: string;
  unit?: string;
}
interface DemoMeasure {
  id: string;
  name_de: string;
  summary_de?: string;
  summary_en?: string;
  description_de?: string;
  description_en?: string;
  goals?: Record<string, string>;
  indicators?: DemoIndicator[];
  indicator?: DemoIndicator;
}
interface DemoFile {
  measures: DemoMeasure[];
  action_fields: Array<{ id: string; description_de?: string; description_en?: string }>;
}

const demo = readDemoFile("gdb-demo.yaml") as DemoFile;
const indicatorsOf = (m: DemoMeasure) => [...(m.indicators ?? []), ...(m.indicator ? [m.indicator] : [])];
const unitCodes = [...new Set(demo.measures.flatMap((m) => indicatorsOf(m).flatMap((i) => (i.unit ? [i.unit] : []))))];

function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

describe("the demo strategy file", () => {
  it("has twenty measures, each with a summary and a description in German and English", () => {
    expect(demo.measures).toHaveLength(20);
    for (const m of demo.measures) {
      for (const key of ["summary_de", "summary_en", "description_de", "description_en"] as const) {
        expect(m[key]?.trim().length ?? 0, `${m.id} ${key}`).toBeGreaterThan(20);
      }
      expect(m.summary_de, m.id).not.toBe(m.summary_en);
    }
  });

  it("gives goals in both languages, and names every indicator in both languages", () => {
    for (const m of demo.measures) {
      const goals = m.goals ?? {};
      expect(Object.keys(goals).length, `${m.id} goals`).toBeGreaterThan(0);
      for (const level of ["output", "outcome", "impact"]) {
        expect(Boolean(goals[`${level}_de`]), `${m.id} ${level}`).toBe(Boolean(goals[`${level}_en`]));
      }
      for (const i of indicatorsOf(m)) {
        expect(i.name_de, `${m.id} indicator`).toBeTruthy();
        expect(i.name_en, `${m.id} indicator`).toBeTruthy();
      }
    }
  });

  it("describes every action field in both languages", () => {
    expect(demo.action_fields.length).toBeGreaterThan(0);
    for (const f of demo.action_fields) {
      expect(f.description_de, f.id).toBeTruthy();
      expect(f.description_en, f.id).toBeTruthy();
    }
  });

  it("has a label in both languages for every unit it uses", () => {
    expect(unitCodes).toContain("m3_per_year");
    for (const code of unitCodes) {
      expect(strategyMessages.de[`strategy.unit.${code}`], code).toBeTruthy();
      expect(strategyMessages.en[`strategy.unit.${code}`], code).toBeTruthy();
    }
  });
});

describe("every page of the demo catalogue", () => {
  let t: TestApp;
  let office: BrowserClient;
  const slugs: string[] = [];
  const organisations = new Set<string>();

  beforeAll(async () => {
    t = await createTestApp();
    await seedStrategy(t.deps);
    const officeId = await createAccount(t.deps, {
      email: "office@example.org",
      displayName: "Strategiebüro Anna",
      roles: ["strategy_office"],
    });
    office = new BrowserClient(t.app);
    await signIn(office, t.deps, officeId);
    const list = await office.get("/measures?pageSize=50");
    expect(list.status).toBe(200);
    for (const m of office.lastHtml.matchAll(/<a href="\/measures\/([a-z0-9-]+)"/g)) {
      if (m[1] !== "new" && m[1] !== "export" && !slugs.includes(m[1] as string)) slugs.push(m[1] as string);
    }
  });
  afterAll(() => t.close());

  /** What must never show: codes, the seed's name, placeholders, "not stated". */
  function problems(text: string, lang: "de" | "en"): string[] {
    const found: string[] = [];
    const forbidden = [/m3_/, /_per_/, /\bseed\b/i, /nicht angegeben/i, /not stated/i, /\[Platzhalter/];
    for (const pattern of forbidden) if (pattern.test(text)) found.push(String(pattern));
    for (const code of unitCodes) {
      // Codes with an underscore are never words; on German pages no English code word either.
      const label = strategyMessages[lang][`strategy.unit.${code}`];
      if (label === code) continue;
      if ((code.includes("_") || lang === "de") && new RegExp(`\\b${code}\\b`).test(text)) found.push(code);
    }
    return found;
  }

  async function check(path: string, lang: "de" | "en"): Promise<string> {
    const response = await office.get(`${path}${path.includes("?") ? "&" : "?"}lang=${lang}`);
    expect(response.status, path).toBe(200);
    // What people entered stays as entered: the editor's text areas hold both languages by design.
    // The version history lists each language's fields with their language marked.
    const other = lang === "de" ? "en" : "de";
    const text = visibleText(
      office.lastHtml
        .replace(/<textarea[\s\S]*?<\/textarea>/g, " ")
        .replace(new RegExp(`<td lang="${other}"[^>]*>[\\s\\S]*?</td>`, "g"), " "),
    );
    expect(problems(text, lang), `${path} (${lang})`).toEqual([]);
    return office.lastHtml;
  }

  it("lists all twenty measures, each card with its summary", async () => {
    expect(slugs).toHaveLength(20);
    for (const lang of ["de", "en"] as const) {
      const html = await check("/measures?pageSize=50", lang);
      const text = visibleText(html);
      for (const m of demo.measures) expect(text, m.id).toContain(lang === "de" ? m.summary_de : m.summary_en);
    }
  });

  it("shows the overview, every measure and every action field without codes, in one language", async () => {
    for (const lang of ["de", "en"] as const) {
      await check("/strategy", lang);
      await check("/measures", lang);
      for (const f of demo.action_fields) {
        const text = visibleText(await check(`/action-fields/${f.id}`, lang));
        expect(text).toContain(lang === "de" ? f.description_de : f.description_en);
      }
      for (const slug of slugs) {
        const html = await check(`/measures/${slug}`, lang);
        for (const m of html.matchAll(/href="\/organisations\/([^"]+)"/g)) organisations.add(m[1] as string);
        // The other language's summary never stands on the page (the version history lists the
        // changes of both languages' fields, each marked with its language).
        const text = visibleText(html.slice(0, html.indexOf('id="versions"')));
        const other = demo.measures.map((m) => (lang === "de" ? m.summary_en : m.summary_de));
        for (const summary of other) expect(text).not.toContain(summary);
        // The import's hour means nothing: the version history shows the day only.
        expect(visibleText(html), slug).not.toMatch(lang === "de" ? /\bum \d{1,2}:\d{2}/ : /\bat \d{1,2}:\d{2}/);
      }
    }
    expect(organisations.size).toBeGreaterThan(5);
    for (const id of organisations) for (const lang of ["de", "en"] as const) await check(`/organisations/${id}`, lang);
  });

  it("shows the office's forms without codes or 'not stated'", async () => {
    for (const lang of ["de", "en"] as const) {
      await check("/measures/new", lang);
      await check("/action-fields/new", lang);
      await check("/organisations/new", lang);
      await check(`/action-fields/${demo.action_fields[0]?.id}/edit`, lang);
      for (const slug of slugs) await check(`/measures/${slug}/edit`, lang);
      for (const part of ["texts", "status", "details", "team", "assessment"]) {
        await check(`/measures/${slugs[0]}/edit?part=${part}`, lang);
      }
    }
  });
});
