import type { Deps } from "../../../platform/deps";
import { type Actor, can } from "../../../platform/permissions/permissions";
import {
  compositionCounts,
  countVolunteers,
  findLottery,
  listReplacements,
  loadPanel,
  lotterySummary,
  type PanelRow,
  poolCounts,
  probabilities,
} from "../data/queries";
import { parseLotteryList } from "../domain/lottery-list";
import { currentMembers } from "../domain/panel-members";
import { type QuotaRow, quotaRows } from "../domain/quota-table";

export type { PanelRow, QuotaRow };

/** A member who dropped out and who replaced them (pseudonyms), with the volunteers drawn from. */
export interface Replacement {
  round: number;
  leaving: string;
  replacement: string;
  eligible: string[];
}

export interface PublicPanel {
  panel: PanelRow;
  poolSize: number;
  quotas: QuotaRow[];
  lottery: Awaited<ReturnType<typeof lotterySummary>>;
  /** The panel as drawn from the list. */
  drawnMembers: string[] | null;
  /** Who sits on the panel now, after replacements. */
  members: string[] | null;
  replacements: Replacement[];
  probabilities: number[];
  canManage: boolean;
}

/** What anyone may see of a panel: process, quotas, pool size, and after the draw its composition. Nothing personal. */
export async function publicPanel(deps: Deps, actor: Actor, id: string): Promise<PublicPanel> {
  const db = deps.database.db;
  const panel = await loadPanel(db, id);
  const names = panel.features.map((f) => f.name);
  const drawn = panel.status === "drawn";
  const [poolSize, pool, selected, lottery] = await Promise.all([
    countVolunteers(db, panel.id),
    poolCounts(db, panel.id, names),
    drawn ? compositionCounts(db, panel.id, names) : Promise.resolve(null),
    lotterySummary(db, panel.id),
  ]);
  let drawnMembers: string[] | null = null;
  let replacements: Replacement[] = [];
  if (drawn && lottery?.drawnIndex) {
    const full = await findLottery(db, panel.id);
    drawnMembers = full ? (parseLotteryList(full.listText)[lottery.drawnIndex - 1] ?? null) : null;
    replacements = (await listReplacements(db, panel.id)).map(({ round, leaving, replacement, eligible }) => ({
      round,
      leaving,
      replacement,
      eligible,
    }));
  }
  return {
    panel,
    poolSize,
    quotas: quotaRows(panel.features, pool, selected),
    lottery,
    drawnMembers,
    members: drawnMembers ? currentMembers(drawnMembers, replacements) : null,
    replacements,
    probabilities: panel.status === "published" || drawn ? await probabilities(db, panel.id) : [],
    canManage: can(actor, "panel.manage"),
  };
}
