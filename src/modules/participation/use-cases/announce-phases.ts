import { z } from "zod";
import type { Deps } from "../../../platform/deps";
import type { PeriodicJob } from "../../../platform/jobs/periodic";
import type { Actor } from "../../../platform/permissions/permissions";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { notify } from "../../notifications";
import { markAnnounced, phasesToAnnounce } from "../data/process-announcements";
import { findProcessById } from "../data/processes";
import { processPath } from "../domain/process-path";
import { PROCESS_TYPE } from "../domain/stored-process";

/**
 * Tells a process's followers that a phase started, once per phase: the mark (`announced_phase`)
 * is set in the same transaction as the notifications, only if not set already, so a repeated or
 * concurrent run sends nothing twice. A phase that ended before the job saw it is not announced
 * late; only the phase running now is.
 */
const announcer: Actor = { kind: "system", label: "phase announcements" };

/** Processes looked at per run; more wait for the next run a few minutes later. */
const PER_RUN = 50;
const EVERY_MS = 5 * 60 * 1000;

export const announcePhase = defineUseCase({
  action: "participation.announce",
  input: z.object({ processId: z.uuid(), position: z.number().int().min(0) }),
  rateLimit: () => null,
  run: async (ctx, input) => {
    const marked = await markAnnounced(ctx.tx, input.processId, input.position);
    const process = marked ? await findProcessById(ctx.tx, input.processId) : null;
    const phase = process?.phases[input.position];
    if (process && phase)
      await notify(ctx, {
        resource: { type: PROCESS_TYPE, id: process.id },
        messageKey: `participation.notify.phaseStarted.${phase.method}`,
        params: { title: process.title.de },
        href: processPath(process.slug),
        followers: true,
      });
    return {
      result: { announced: marked },
      audit: {
        action: "participation.process.announce",
        objectType: PROCESS_TYPE,
        objectId: input.processId,
        after: { phase: input.position, announced: marked },
      },
    };
  },
});

/** One run: every phase running now and not yet announced. Answers how many were announced. */
export async function announceStartedPhases(deps: Deps): Promise<number> {
  const due = await phasesToAnnounce(deps.database.db, deps.clock(), PER_RUN);
  let announced = 0;
  for (const { processId, position } of due) {
    const { announced: done } = await announcePhase(deps, { actor: announcer }, { processId, position });
    if (done) announced++;
  }
  return announced;
}

export const announcePhasesJob: PeriodicJob = {
  name: "participation.announce-phases",
  everyMs: EVERY_MS,
  run: async (deps) => {
    const announced = await announceStartedPhases(deps);
    if (announced > 0) deps.logger.info("phase starts announced", { announced });
  },
};
