import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { Conflict } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { findJob } from "../data/queries";
import { panelJobs, panelVolunteers, type SelectionFailure, type SelectionOutcome } from "../data/schema";

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
      await tx
        .update(panelVolunteers)
        .set({ probability, legacyProbability: input.legacyProbabilities?.[pseudonym] ?? null })
        .where(and(eq(panelVolunteers.panelId, job.panelId), eq(panelVolunteers.pseudonym, pseudonym)));
    }
    await tx
      .update(panelJobs)
      .set({ status: "succeeded", progress: 100, step: "done", outcome: input.outcome, error: null, finishedAt: now })
      .where(eq(panelJobs.id, job.id));
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

/** The job reports a failed run (infeasible quotas, solver failure): nothing is published, a retry is possible. */
export const recordSelectionFailure = defineUseCase({
  action: "panel.selection.record",
  input: z.object({ jobId: z.uuid(), failure: z.custom<SelectionFailure>((v) => typeof v === "object" && v !== null) }),
  run: async ({ tx, now }, input) => {
    const job = await findJob(tx, input.jobId);
    if (!job) throw new Conflict("panel.errors.jobNotRunning");
    await tx
      .update(panelJobs)
      .set({ status: "failed", step: "failed", error: input.failure, outcome: null, finishedAt: now })
      .where(eq(panelJobs.id, job.id));
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
