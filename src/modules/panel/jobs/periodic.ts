import type { Deps } from "../../../platform/deps";
import type { PeriodicJob } from "../../../platform/jobs/periodic";
import type { Actor } from "../../../platform/permissions/permissions";
import { queuedSelectionJobs } from "../data/queries";
import { deletePersonalData, panelsPastRetention } from "../use-cases/delete-personal-data";
import { scheduleSelectionJob } from "./selection-job";

const retentionActor: Actor = { kind: "system", label: "panel retention" };

/** Deletes the pool's personal data of every panel whose retention period after the draw has passed. */
export async function deleteExpiredPersonalData(deps: Deps): Promise<string[]> {
  const due = await panelsPastRetention(deps.database.db, deps.clock());
  for (const panelId of due) await deletePersonalData(deps, { actor: retentionActor }, { panelId });
  return due;
}

/** Picks up selection jobs that were queued when a process stopped; claiming keeps each one to one process. */
export async function resumeQueuedSelections(deps: Deps): Promise<void> {
  for (const id of await queuedSelectionJobs(deps.database.db)) scheduleSelectionJob(deps, id);
}

export const panelPeriodicJobs: PeriodicJob[] = [
  {
    name: "panel.retention",
    everyMs: 60 * 60 * 1000,
    run: async (deps) => void (await deleteExpiredPersonalData(deps)),
  },
  { name: "panel.selection.resume", everyMs: 60 * 1000, run: resumeQueuedSelections },
];
