import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import type { Actor } from "../../../platform/permissions/permissions";
import { findJob } from "../data/queries";
import { panelJobs, panelLotteries } from "../data/schema";
import { publishLottery } from "./publish-lottery";
import { runSelectionJob, selectionJobsIdle } from "./run-selection-job";
import { seedDemoPanel } from "./seed-demo-panel";
import { startSelection } from "./start-selection";

const system: Actor = { kind: "system", label: "test" };
let t: TestApp;
let panelId = "";

beforeAll(async () => {
  t = await createTestApp();
  // The demo committee is drawn at seed time; the second demo panel is still open for a selection.
  ({ openId: panelId } = await seedDemoPanel(t.deps, { actor: system }, {}));
});
afterAll(() => t.close());

/** Queues a job without starting it, so the test decides how it runs. */
async function queuedJob(): Promise<string> {
  const [row] = await t.database.db
    .insert(panelJobs)
    .values({ panelId, kind: "selection", status: "queued", createdAt: t.deps.clock() })
    .returning({ id: panelJobs.id });
  return row?.id as string;
}

describe("the selection job", () => {
  it("stops a run that passes the time limit, reports it and publishes nothing; a retry succeeds", async () => {
    const jobId = await queuedJob();
    await runSelectionJob(t.deps, jobId, { timeLimitMs: 5 });
    const failed = await findJob(t.database.db, jobId);
    expect(failed?.status).toBe("failed");
    expect(failed?.error?.message).toContain("time limit");
    expect(failed?.outcome).toBeNull();
    await expect(publishLottery(t.deps, { actor: system }, { panelId })).rejects.toMatchObject({
      message: "panel.errors.noSelection",
    });
    expect(await t.database.db.select().from(panelLotteries).where(eq(panelLotteries.panelId, panelId))).toEqual([]);

    const { jobId: retry } = await startSelection(t.deps, { actor: system }, { panelId });
    await selectionJobsIdle();
    const done = await findJob(t.database.db, retry);
    expect(done?.status).toBe("succeeded");
    expect(done?.progress).toBe(100);
    expect(done?.attempts).toBe(1);
  });

  it("keeps the server answering while the solver works in its worker thread", async () => {
    const { jobId } = await startSelection(t.deps, { actor: system }, { panelId });
    await new Promise((r) => setTimeout(r, 300));
    const started = Date.now();
    const health = await t.app.request("/health");
    expect(health.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1000);
    expect((await findJob(t.database.db, jobId))?.status).toBe("running");
    await selectionJobsIdle();
    expect((await findJob(t.database.db, jobId))?.error).toBeNull();
    expect((await findJob(t.database.db, jobId))?.status).toBe("succeeded");
  });
});
