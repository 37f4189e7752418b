import { Conflict } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { findLottery, latestJob, loadPanel } from "../data/queries";
import { insertLottery, setPanelStatus } from "../data/repository";
import { panelActionInput } from "../domain/inputs";
import { sha256Hex } from "../domain/sha256";

/**
 * Publishes the list of M panels, exactly as the selection core wrote it, and its SHA-256 before
 * the draw. From now on the pool, the quotas and the list are fixed.
 */
export const publishLottery = defineUseCase({
  action: "panel.lottery.publish",
  input: panelActionInput,
  run: async ({ tx, now }, input) => {
    const panel = await loadPanel(tx, input.panelId);
    if (panel.status !== "registration") throw new Conflict("panel.errors.alreadyPublished");
    if (await findLottery(tx, panel.id)) throw new Conflict("panel.errors.alreadyPublished");
    const job = await latestJob(tx, panel.id);
    const outcome = job?.status === "succeeded" ? job.outcome : null;
    if (!job || !outcome?.listText) throw new Conflict("panel.errors.noSelection");
    // The stored text is what gets published; its checksum must still be the one computed with it.
    if (sha256Hex(outcome.listText) !== outcome.hash) throw new Conflict("panel.errors.noSelection");
    const { listText, hash, lotterySize: size } = outcome;
    await insertLottery(tx, { panelId: panel.id, listText, hash, size, publishedAt: now });
    await setPanelStatus(tx, panel.id, "published", now);
    return {
      result: { hash, size },
      audit: {
        action: "panel.lottery.publish",
        objectType: "panel",
        objectId: panel.id,
        after: { hash, size, jobId: job.id },
      },
    };
  },
});
