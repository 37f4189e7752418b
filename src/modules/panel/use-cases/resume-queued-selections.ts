import type { Deps } from "../../../platform/deps";
import { queuedSelectionJobs } from "../data/queries";
import { scheduleSelectionJob } from "./run-selection-job";

/** The periodic job that picks up selection jobs queued when a process stopped; claiming keeps each one to one process. */
export async function resumeQueuedSelections(deps: Deps): Promise<void> {
  for (const id of await queuedSelectionJobs(deps.database.db)) scheduleSelectionJob(deps, id);
}
