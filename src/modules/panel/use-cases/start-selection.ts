import { Conflict } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { countVolunteers, latestJob, loadPanel } from "../data/queries";
import { insertSelectionJob } from "../data/repository";
import { panelActionInput } from "../domain/inputs";
import { scheduleSelectionJob } from "./run-selection-job";

/** A job that has run this long without finishing is taken as lost (its process stopped) and may be retried. */
export const STALE_JOB_MS = 15 * 60 * 1000;

/**
 * Starts the selection run (LEXIMIN, then the lottery of M panels) as a background job. Also the
 * retry after a failure or a lost run. Refused once the lottery list is published.
 */
export const startSelection = defineUseCase({
  action: "panel.selection.start",
  input: panelActionInput,
  run: async ({ deps, tx, now, afterCommit }, input) => {
    const panel = await loadPanel(tx, input.panelId);
    if (panel.status !== "registration") throw new Conflict("panel.errors.selectionClosed");
    const pool = await countVolunteers(tx, panel.id);
    if (pool < panel.size) throw new Conflict("panel.errors.poolTooSmall", { pool, size: panel.size });
    const previous = await latestJob(tx, panel.id);
    const busy =
      previous &&
      (previous.status === "queued" ||
        (previous.status === "running" && now.getTime() - (previous.startedAt?.getTime() ?? 0) < STALE_JOB_MS));
    if (busy) throw new Conflict("panel.errors.selectionRunning");
    const jobId = await insertSelectionJob(tx, panel.id, now);
    afterCommit(async () => scheduleSelectionJob(deps, jobId));
    return {
      result: { jobId },
      audit: {
        action: "panel.selection.start",
        objectType: "panel",
        objectId: panel.id,
        after: { jobId, pool, retry: Boolean(previous) },
      },
    };
  },
});
