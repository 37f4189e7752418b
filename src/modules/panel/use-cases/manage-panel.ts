import type { Deps } from "../../../platform/deps";
import type { Actor } from "../../../platform/permissions/permissions";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { addressFileSummary, latestJob, probabilities, volunteerPage } from "../data/queries";
import { publicPanel } from "./show-panel";

/** The coordinator's view: everything public plus the invitation files, the job and the probabilities. */
export async function managedPanel(deps: Deps, actor: Actor, id: string, page: number, pageSize: number) {
  requirePermission(actor, "panel.manage");
  const base = await publicPanel(deps, actor, id);
  const db = deps.database.db;
  const [files, job, volunteers, all] = await Promise.all([
    addressFileSummary(db, base.panel.id),
    latestJob(db, base.panel.id),
    volunteerPage(db, base.panel.id, pageSize, (page - 1) * pageSize),
    probabilities(db, base.panel.id),
  ]);
  return { ...base, probabilities: all, files, job, volunteers, page, pageSize };
}

export type ManagedPanel = Awaited<ReturnType<typeof managedPanel>>;
