import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { panelJobs, panels } from "../data/schema";
import { panelModule } from "../module";
import { selectionJobsIdle } from "./run-selection-job";
import { startSelection } from "./start-selection";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("the demo panel", () => {
  it("is seeded once, after the strategy's facts, with registration open", async () => {
    await panelModule.seed?.(t.deps);
    await panelModule.seed?.(t.deps);
    const rows = await t.database.db.select().from(panels);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      name: "Stadtgremium Digitales Berlin",
      size: 70,
      invitationsSent: 3000,
      status: "registration",
      demo: true,
    });
    const page = await t.app.request(`/panels/${rows[0]?.id}`);
    const html = await page.text();
    expect(html).toContain("Demo-Inhalt");
    expect(html).toMatch(/Angemeldete Personen<\/dt><dd>150<\/dd>/);
  });

  it("has quotas its synthetic pool can meet, so the lottery can be tried at once", async () => {
    const [panel] = await t.database.db.select().from(panels);
    await startSelection(t.deps, { actor: { kind: "system", label: "test" } }, { panelId: panel?.id as string });
    await selectionJobsIdle();
    const [job] = await t.database.db
      .select()
      .from(panelJobs)
      .where(eq(panelJobs.panelId, panel?.id as string));
    expect(job?.error).toBeNull();
    expect(job?.status).toBe("succeeded");
    expect(job?.outcome?.lotterySize).toBe(1000);
    expect(job?.outcome?.listText.split("\n")).toHaveLength(1001);
    // Every volunteer's chance in the lottery stays within 1/M of the LEXIMIN probability.
    expect(job?.outcome?.maxDeviation).toBeLessThanOrEqual(1 / 1000 + 1e-9);
    expect(job?.outcome?.comparison?.legacyMinProbability).not.toBeNull();
    expect(job?.outcome?.minProbability).toBeGreaterThan(0.2);
    expect(t.logger.entries.filter((e) => e.message.includes("no worker thread"))).toEqual([]);
  });
});
