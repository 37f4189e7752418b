import type { Deps } from "../../../platform/deps";
import { Conflict, NotFound } from "../../../platform/errors/errors";
import type { Actor } from "../../../platform/permissions/permissions";
import { can } from "../../../platform/permissions/permissions";
import {
  addressFileSummary,
  compositionCounts,
  countVolunteers,
  findAddressFile,
  findLottery,
  latestJob,
  listPanelRows,
  listReplacements,
  lotterySummary,
  type PanelRow,
  poolCounts,
  probabilities,
  volunteerPage,
} from "../data/queries";
import type { PanelFeature } from "../data/schema";
import { parseLotteryList } from "../domain/lottery-list";
import { loadPanel, requirePanelPermission } from "./common";
import { currentMembers } from "./panel-members";
import { decryptText } from "./protect";

/** Reads of the panel pages. Public reads show nothing personal; the coordinator's reads check `panel.manage`. */
export interface PanelListItem {
  id: string;
  name: string;
  size: number;
  status: string;
  demo: boolean;
  createdAt: Date;
}

export async function listPanels(deps: Deps, page: number, pageSize: number) {
  const { items, total } = await listPanelRows(deps.database.db, pageSize, (page - 1) * pageSize);
  return {
    items: items.map(
      (p): PanelListItem => ({
        id: p.id,
        name: p.name,
        size: p.size,
        status: p.status,
        demo: p.demo,
        createdAt: p.createdAt,
      }),
    ),
    total,
    page,
    pageSize,
  };
}

export interface QuotaRow {
  feature: string;
  value: string;
  min: number;
  max: number;
  populationShare: number | null;
  /** Volunteers in the pool with this value. */
  pool: number;
  /** Members of the drawn panel with this value (after the draw). */
  selected: number | null;
}

function quotaRows(
  features: PanelFeature[],
  pool: Record<string, Record<string, number>>,
  selected: Record<string, Record<string, number>> | null,
): QuotaRow[] {
  return features.flatMap((f) =>
    f.values.map((v) => ({
      feature: f.name,
      value: v.name,
      min: v.min,
      max: v.max,
      populationShare: v.populationShare,
      pool: pool[f.name]?.[v.name] ?? 0,
      selected: selected ? (selected[f.name]?.[v.name] ?? 0) : null,
    })),
  );
}

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

/** What anyone may see of a panel: process, quotas, pool size, and after the draw its composition. */
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

/** The coordinator's view: everything public plus the invitation files, the job and the probabilities. */
export async function managedPanel(deps: Deps, actor: Actor, id: string, page: number, pageSize: number) {
  requirePanelPermission(actor, "panel.manage");
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

export async function requireManage(actor: Actor): Promise<void> {
  requirePanelPermission(actor, "panel.manage");
}

/** The letters for mail merge, decrypted for the coordinator only. */
export async function letters(deps: Deps, actor: Actor, id: string): Promise<{ panel: PanelRow; csv: string }> {
  requirePanelPermission(actor, "panel.manage");
  const db = deps.database.db;
  const panel = await loadPanel(db, id);
  const file = await findAddressFile(db, panel.id, "letters");
  if (!file) throw new Conflict("panel.errors.noLetters");
  return { panel, csv: await decryptText(db, deps.random, file.ciphertext) };
}

/** The published lottery list (pseudonyms only): the text exactly as published, and its panels. */
export async function publishedLottery(deps: Deps, id: string) {
  const db = deps.database.db;
  const panel = await loadPanel(db, id);
  const lottery = await findLottery(db, panel.id);
  if (!lottery) throw new NotFound("panel.errors.notPublished");
  return { panel, lottery, text: lottery.listText, panels: parseLotteryList(lottery.listText) };
}
