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

  it("are seeded once, however often the seed runs, one open for proposals and one for voting", async () => {
    await seedBudget(t.deps);
    await seedBudget(t.deps);
    const list = (await (await t.app.request("/api/v1/budgets")).json()) as {
      total: number;
      items: Array<{ slug: string; phase: string }>;
    };
    expect(list.total).toBe(2);
    expect(list.items.map((b) => [b.slug, b.phase]).sort()).toEqual([
      ["buergerhaushalt-2027", "proposals"],
      ["kiezkasse-2026", "voting"],
    ]);
    const browser = new BrowserClient(t.app);
    await browser.get("/budgets/kiezkasse-2026");
    expect(browser.lastHtml).toContain("Trinkbrunnen am Richardplatz");
    expect(browser.lastHtml).toContain("Jetzt abstimmen");
  });
});
