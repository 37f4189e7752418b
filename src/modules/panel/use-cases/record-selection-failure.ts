import { z } from "zod";
import { Conflict } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { findJob } from "../data/queries";
import { failJob } from "../data/repository";
import type { SelectionFailure } from "../domain/panel";

/** The job reports a failed run (infeasible quotas, solver failure): nothing is published, a retry is possible. */
export const recordSelectionFailure = defineUseCase({
  action: "panel.selection.record",
  input: z.object({ jobId: z.uuid(), failure: z.custom<SelectionFailure>((v) => typeof v === "object" && v !== null) }),
  run: async ({ tx, now }, input) => {
    const job = await findJob(tx, input.jobId);
    if (!job) throw new Conflict("panel.errors.jobNotRunning");
    await failJob(tx, job.id, input.failure, now);
    return {
      result: { jobId: job.id },
      audit: {
        action: "panel.selection.fail",
        objectType: "panel",
        objectId: job.panelId,
        after: { jobId: job.id, kind: input.failure.kind },
      },
    };
  },
});
