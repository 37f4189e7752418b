import { z } from "zod";
import { Conflict } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { findJob } from "../data/queries";
import { finishJob, setVolunteerProbabilities } from "../data/repository";
import type { SelectionOutcome } from "../domain/panel";

/** The job stores a finished run: each volunteer's probabilities and the (not yet published) lottery. */
export const recordSelection = defineUseCase({
  action: "panel.selection.record",
  input: z.object({
    jobId: z.uuid(),
    outcome: z.custom<SelectionOutcome>((v) => typeof v === "object" && v !== null),
    probabilities: z.record(z.string(), z.number().min(0).max(1)),
    legacyProbabilities: z.record(z.string(), z.number().min(0).max(1)).nullable(),
  }),
  run: async ({ tx, now }, input) => {
    const job = await findJob(tx, input.jobId);
    if (job?.status !== "running") throw new Conflict("panel.errors.jobNotRunning");
    for (const [pseudonym, probability] of Object.entries(input.probabilities)) {
      await setVolunteerProbabilities(
        tx,
        job.panelId,
        pseudonym,
        probability,
        input.legacyProbabilities?.[pseudonym] ?? null,
      );
    }
    await finishJob(tx, job.id, input.outcome, now);
    return {
      result: { jobId: job.id },
      audit: {
        action: "panel.selection.record",
        objectType: "panel",
        objectId: job.panelId,
        after: {
          jobId: job.id,
          minProbability: input.outcome.minProbability,
          lotterySize: input.outcome.lotterySize,
          hash: input.outcome.hash,
          maxDeviation: input.outcome.maxDeviation,
          comparison: input.outcome.comparison,
        },
      },
    };
  },
});
