import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { strategyModule } from "../../strategy";
import { monitoringModule } from "../module";
import { openReviewRound } from "../use-cases/open-review-round";

let t: TestApp;

beforeAll(async () => {
  // With the demo on, the seed publishes one review round with lessons.
  t = await createTestApp({ env: { SEED_DEMO: "true" } });
  await strategyModule.seed?.(t.deps);
  await monitoringModule.seed?.(t.deps);
  await openReviewRound(t.deps, { actor: { kind: "system", label: "test" } }, {
    title: "Runde in Arbeit",
    periodFrom: "2026-01-01",
    periodTo: "2026-06-30",
    deadline: "2099-01-31",
  } as never);
}, 120_000);

afterAll(() => t.close());

async function json(path: string) {
  const response = await t.app.request(path);
  expect(response.status).toBe(200);
  return response.json();
}

describe("the review API", () => {
  it("lists published rounds with the office's answer and the panel's recommendation, not rounds still open", async () => {
    const rounds = await json("/api/v1/review-rounds");
    expect(rounds.total).toBe(1);
    expect(rounds.items[0]).toMatchObject({
      title: "Halbjahresbericht (Demo)",
      state: "published",
      panel: { name: "Bürger:innenrat (Demo)" },
    });
    expect(rounds.items[0].officeAnswer).toContain("Strategieleitstelle");
    expect(rounds.items[0].report).toBe(`/reviews/${rounds.items[0].id}/report`);
  });

  it("lists the lessons of published rounds, searchable and filtered by tag", async () => {
    const all = await json("/api/v1/lessons");
    expect(all.total).toBeGreaterThan(0);
    expect(all.items[0]).toMatchObject({ round: { title: "Halbjahresbericht (Demo)" } });
    const found = await json(`/api/v1/lessons?q=${encodeURIComponent("Puffer")}`);
    expect(found.items.length).toBeGreaterThan(0);
    expect(found.items.every((l: { text: string }) => l.text.includes("Puffer"))).toBe(true);
    const tagged = await json("/api/v1/lessons?tag=participation");
    expect(tagged.items.length).toBeGreaterThan(0);
    expect(tagged.items.every((l: { tags: string[] }) => l.tags.includes("participation"))).toBe(true);
    expect((await t.app.request("/api/v1/lessons?pageSize=1000")).status).toBe(400);
  });
});
