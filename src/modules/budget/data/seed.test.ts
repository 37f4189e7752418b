import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { seedBudget } from "./seed";

describe("the demo budgets", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("are seeded once, however often the seed runs: one open for proposals, one for voting, one counted", async () => {
    await seedBudget(t.deps);
    await seedBudget(t.deps);
    const list = (await (await t.app.request("/api/v1/budgets")).json()) as {
      total: number;
      items: Array<{ slug: string; phase: string }>;
    };
    expect(list.total).toBe(3);
    expect(list.items.map((b) => [b.slug, b.phase]).sort()).toEqual([
      ["buergerhaushalt-2027", "proposals"],
      ["kiezkasse-2025", "results"],
      ["kiezkasse-2026", "voting"],
    ]);
    const browser = new BrowserClient(t.app);
    await browser.get("/budgets/kiezkasse-2026");
    expect(browser.lastHtml).toContain("Trinkbrunnen am Richardplatz");
    expect(browser.lastHtml).toContain("Jetzt abstimmen");
  });

  it("give the counted budget a few hundred generated demo ballots, marked as such, and a real tally with reasons", async () => {
    const browser = new BrowserClient(t.app);
    expect((await browser.get("/budgets/kiezkasse-2025/results")).status).toBe(200);
    const text = browser.lastHtml.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    const ballots = Number(/Gültige Stimmzettel ([\d.]+)/.exec(text)?.[1]?.replace(".", ""));
    expect(ballots).toBeGreaterThanOrEqual(300);
    expect(text).toContain(`0 mit Code, 0 mit Konto und ${ballots} für die Vorführung erzeugte Demo-Stimmzettel`);
    // The Method of Equal Shares funds projects in rounds and says why others were left out.
    expect(text).toMatch(/In Runde 1 gefördert \(Stimmen: \d+\)\. Jede unterstützende Person hat dafür bis zu/);
    expect(text).toMatch(/In Runde [2-9] gefördert/);
    expect(text).toMatch(/Nicht gefördert: (Seine Unterstützer|Als es an der Reihe war)/);
    expect(text).not.toContain("kein Stimmzettel abgegeben");
    // The same seed gives the same ballots: the tally does not change between installs.
    const again = await createTestApp();
    try {
      await seedBudget(again.deps);
      const other = new BrowserClient(again.app);
      await other.get("/budgets/kiezkasse-2025/results.csv");
      const first = await (await t.app.request("/budgets/kiezkasse-2025/results.csv")).text();
      const second = await (await again.app.request("/budgets/kiezkasse-2025/results.csv")).text();
      expect(second).toBe(first);
    } finally {
      await again.close();
    }
  });
});
