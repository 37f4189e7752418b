import { z } from "zod";
import { Conflict } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { countVolunteers, latestJob } from "../data/queries";
import { panelJobs } from "../data/schema";
import { scheduleSelectionJob } from "../jobs/selection-job";
import { loadPanel, panelIdInput, requireStatus } from "./common";

/** A job that has run this long without finishing is taken as lost (its process stopped) and may be retried. */
export const STALE_JOB_MS = 15 * 60 * 1000;

/**
 * Starts the selection run (LEXIMIN, then the lottery of M panels) as a background job. Also the
 * retry after a failure or a lost run. Refused once the lottery list is published.
 */
export const startSelection = defineUseCase({
  action: "panel.selection.start",
  input: z.object({ panelId: panelIdInput }),
  run: async ({ deps, tx, now, afterCommit }, input) => {
    const panel = await loadPanel(tx, input.panelId);
    requireStatus(panel, ["registration"], "panel.errors.selectionClosed");
    const pool = await countVolunteers(tx, panel.id);
    if (pool < panel.size) throw new Conflict("panel.errors.poolTooSmall", { pool, size: panel.size });
    const previous = await latestJob(tx, panel.id);
    const busy =
      previous &&
      (previous.status === "queued" ||
        (previous.status === "running" && now.getTime() - (previous.startedAt?.getTime() ?? 0) < STALE_JOB_MS));
    if (busy) throw new Conflict("panel.errors.selectionRunning");
    const [job] = await tx
      .insert(panelJobs)
      .values({ panelId: panel.id, kind: "selection", status: "queued", progress: 0, step: "queued", createdAt: now })
      .returning({ id: panelJobs.id });
    const jobId = job?.id as string;
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
