import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../../../tests/support/app";
import { runVerifyScript } from "../../../../tests/support/panel/verify-script";
import { panels as panelTable } from "../data/schema";
import { drawPanelNumber, drawReplacement } from "../domain/draw";
import { publishLottery } from "../domain/lottery-list";
import { panelModule } from "../module";
import { DEMO_PANEL_NAME } from "../use-cases/seed-demo-panel";

interface BrowserCheck {
  verifyDraw(input: {
    text: string;
    seed: string;
    publishedHash?: string;
    replacements?: Array<{ round: number; eligible: string[]; replacement?: string }>;
  }): Promise<Record<string, unknown> & { replacements: Array<Record<string, unknown>> }>;
}

/** The browser's check (an ES module served from /assets), loaded as the browser loads it. */
async function browserCheck(): Promise<BrowserCheck> {
  return (await import(new URL("../../../ui/assets/panel-verify.js", import.meta.url).href)) as BrowserCheck;
}

/** assets/panel-verify.js computes with Web Crypto exactly what docs/panel-verify.mjs computes with Node. */
describe("the check in the browser", () => {
  const ids = Array.from({ length: 12 }, (_, i) => `P-${String(i).padStart(8, "0")}`);
  const problem = { features: [], volunteers: ids.map((id) => ({ id, values: [] })), k: 4, households: false };
  const panels = Array.from({ length: 37 }, (_, p) => [0, 1, 2, 3].map((j) => (p * (j + 1) + j * 3) % 12)).map(
    (members) => [...new Set(members)],
  );
  const published = publishLottery(problem, panels);
  const list = published.panels;

  it("gives the same result as docs/panel-verify.mjs and domain/draw.ts on a fixture, for several seeds", async () => {
    const { verifyDraw } = await browserCheck();
    for (const seed of ["1", "  6 6 6 ", "Würfel: 3 5 2", "x".repeat(200)]) {
      const number = drawPanelNumber(published.hash, seed, list.length);
      const eligible = ids.filter((id) => !(list[number - 1] ?? []).includes(id));
      const recorded = [1, 2, 3].map((round) => ({
        round,
        eligible,
        replacement: drawReplacement(published.hash, seed, round, eligible, list).id,
      }));
      const script = await runVerifyScript({
        list: published.text,
        seed,
        hash: published.hash,
        replacements: recorded,
      });
      expect(script.exitCode).toBe(0);
      const browser = await verifyDraw({
        text: published.text,
        seed,
        publishedHash: published.hash,
        replacements: recorded,
      });
      expect(browser).toEqual(script.output);
      expect(browser).toMatchObject({ hashMatches: true, panelNumber: number });
      expect(browser.replacements.every((r) => r.matches === true)).toBe(true);
    }
  });

  it("notices a changed list and a replacement that is not the one drawn", async () => {
    const { verifyDraw } = await browserCheck();
    const changed = await verifyDraw({
      text: published.text.replace("1: ", "1:  "),
      seed: "7",
      publishedHash: published.hash,
    });
    expect(changed.hashMatches).toBe(false);
    const number = drawPanelNumber(published.hash, "7", list.length);
    const eligible = ids.filter((id) => !(list[number - 1] ?? []).includes(id));
    const right = drawReplacement(published.hash, "7", 1, eligible, list).id;
    const wrong = eligible.find((id) => id !== right) as string;
    const result = await verifyDraw({
      text: published.text,
      seed: "7",
      publishedHash: published.hash,
      replacements: [{ round: 1, eligible, replacement: wrong }],
    });
    expect(result.replacements[0]).toMatchObject({ id: right, matches: false });
  });

  it("refuses a list without its final line break, as the script does", async () => {
    const { verifyDraw } = await browserCheck();
    await expect(verifyDraw({ text: published.text.slice(0, -1), seed: "7" })).rejects.toThrow(
      "listWithoutFinalLineBreak",
    );
  });

  it("gets its texts from the page in the reader's language, German or English", async () => {
    const t = await createTestApp();
    try {
      await panelModule.seed?.(t.deps);
      const [committee] = await t.database.db.select().from(panelTable).where(eq(panelTable.name, DEMO_PANEL_NAME));
      const attribute = (html: string, name: string) =>
        html.match(new RegExp(`${name}="([^"]*)"`))?.[1]?.replace(/&quot;/g, '"') ?? null;
      const cases = [
        {
          lang: "de",
          heading: "Hier im Browser nachprüfen",
          button: "Jetzt im Browser prüfen",
          ok: "Alles stimmt: Ihr Browser kommt zum selben Ergebnis wie diese Seite.",
          number: "Gezogen wurde Rat Nummer {number} von {size}, wie auf dieser Seite angegeben.",
        },
        {
          lang: "en",
          heading: "Check it here in your browser",
          button: "Check now in the browser",
          ok: "Everything matches: your browser comes to the same result as this page.",
          number: "Panel number {number} of {size} was drawn, as this page says.",
        },
      ];
      for (const c of cases) {
        const html = await (await t.app.request(`/panels/${committee?.id}/verify?lang=${c.lang}`)).text();
        const section = html.slice(html.indexOf('<section class="panel-browser-check"'));
        // Hidden until the script shows it; the script reads every text it writes from the section.
        expect(section, c.lang).toMatch(/^<section class="panel-browser-check"[^>]* hidden[ >=]/);
        expect(section).toContain(`<h2 id="browser-check-heading">${c.heading}</h2>`);
        expect(section).toContain(`>${c.button}</button>`);
        expect(attribute(section, "data-t-ok")).toBe(c.ok);
        expect(attribute(section, "data-t-number-ok")).toBe(c.number);
        expect(section).toContain('<script type="module" src="/assets/panel-verify.js"></script>');
      }
    } finally {
      await t.close();
    }
  });
});
