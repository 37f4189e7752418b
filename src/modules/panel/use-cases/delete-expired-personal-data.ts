import type { Deps } from "../../../platform/deps";
import type { Actor } from "../../../platform/permissions/permissions";
import { drawnPanelsForRetention } from "../data/repository";
import { pastRetention } from "../domain/panel";
import { deletePersonalData } from "./delete-personal-data";

const retentionActor: Actor = { kind: "system", label: "panel retention" };

/**
 * The periodic retention job: deletes the pool's personal data of every panel whose retention
 * period after the draw has passed, each through the deletion a coordinator could start.
 */
export async function deleteExpiredPersonalData(deps: Deps): Promise<string[]> {
  const now = deps.clock();
  const due = (await drawnPanelsForRetention(deps.database.db, now))
    .filter((r) => pastRetention(r, now))
    .map((r) => r.id);
  for (const panelId of due) await deletePersonalData(deps, { actor: retentionActor }, { panelId });
  return due;
}
