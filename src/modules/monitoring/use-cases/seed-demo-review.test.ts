import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { visibleText as visible } from "../../../../tests/support/html";
import { strategyModule } from "../../strategy";
import { monitoringModelVersions, monitoringReviewRounds } from "../data/schema";
import { monitoringModule } from "../module";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: "true" } });
  await strategyModule.seed?.(t.deps);
  await monitoringModule.seed?.(t.deps);
}, 120_000);

afterAll(() => t.close());

describe("the demo's review round", () => {
  it("is published with reports, lessons, the panel's recommendation and one accepted goal change", async () => {
    const rounds = await t.deps.database.db.select().from(monitoringReviewRounds);
    expect(rounds).toHaveLength(1);
    const [round] = rounds;
    expect(round).toMatchObject({ state: "published", panelName: "Bürger:innenrat (Demo)" });
    const guest = new BrowserClient(t.app);
    const page = visible(await (await guest.get(`/reviews/${round?.id}`)).text());
    expect(page).toContain("Halbjahresbericht (Demo)");
    expect(page).toContain("Der Rat empfiehlt");
    const lessons = visible(await (await guest.get("/lessons")).text());
    expect(lessons).toContain("Früh mit den Menschen vor Ort sprechen");
    const decided = await t.deps.database.db
      .select({ reason: monitoringModelVersions.reason })
      .from(monitoringModelVersions);
    expect(decided.filter((v) => v.reason.includes("Halbjahresbericht (Demo)"))).toHaveLength(1);
  });

  it("is seeded once", async () => {
    await monitoringModule.seed?.(t.deps);
    expect(await t.deps.database.db.select().from(monitoringReviewRounds)).toHaveLength(1);
  });
});
