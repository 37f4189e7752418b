import { eq } from "drizzle-orm";
import { z } from "zod";
import { Conflict } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { findLottery, latestJob } from "../data/queries";
import { panelLotteries, panels } from "../data/schema";
import { lotteryHash } from "../jobs/selection-engine";
import { loadPanel, panelIdInput, requireStatus } from "./common";

/**
 * Publishes the numbered list of M panels and its SHA-256 before the draw. From now on the pool,
 * the quotas and the list are fixed.
 */
export const publishLottery = defineUseCase({
  action: "panel.lottery.publish",
  input: z.object({ panelId: panelIdInput }),
  run: async ({ tx, now }, input) => {
    const panel = await loadPanel(tx, input.panelId);
    requireStatus(panel, ["registration"], "panel.errors.alreadyPublished");
    if (await findLottery(tx, panel.id)) throw new Conflict("panel.errors.alreadyPublished");
    const job = await latestJob(tx, panel.id);
    if (job?.status !== "succeeded" || !job.outcome) throw new Conflict("panel.errors.noSelection");
    const list = job.outcome.lottery;
    const hash = lotteryHash(list);
    await tx.insert(panelLotteries).values({ panelId: panel.id, panels: list, hash, publishedAt: now });
    await tx.update(panels).set({ status: "published", updatedAt: now }).where(eq(panels.id, panel.id));
    return {
      result: { hash, size: list.length },
      audit: {
        action: "panel.lottery.publish",
        objectType: "panel",
        objectId: panel.id,
        after: { hash, size: list.length, jobId: job.id },
      },
    };
  },
});
