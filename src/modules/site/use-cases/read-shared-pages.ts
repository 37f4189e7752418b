import type { Counters } from "../../../platform/cache/change-counters";
import {
  type HappeningItem,
  type OfficeTask,
  type OpenDataItem,
  type Reader,
  siteContributions,
} from "../../../platform/contributions/contributions";
import type { Deps } from "../../../platform/deps";
import type { Actor } from "../../../platform/permissions/permissions";
import { requirePermission } from "../../../platform/permissions/require-permission";

/**
 * What is happening now across the modules, for the home page: open calls first (a vote, proposals,
 * a panel's registration, an idea call, the next event), then the newest. Eight leaves room for the
 * newest measures when every module has a call open.
 */
export async function readHappening(deps: Deps, reader: Reader, limit = 8): Promise<HappeningItem[]> {
  const lists = await Promise.all(siteContributions().map((c) => c.happening?.(deps, reader) ?? []));
  return lists
    .flat()
    .sort((a, b) => a.sortKey - b.sortKey)
    .slice(0, limit);
}

/**
 * The version of everything the home page shows from the modules, or null when a module that adds
 * to it does not say its version (then the page is made afresh each time).
 */
export function readHappeningVersion(counters: Counters): string | null {
  const adding = siteContributions().filter((c) => c.happening);
  if (adding.some((c) => !c.version)) return null;
  return adding.map((c) => c.version?.(counters)).join(".");
}

/** The strategy office's open tasks from every module, grouped as the modules name them. */
export async function readOfficeTasks(deps: Deps, actor: Actor, reader: Reader): Promise<OfficeTask[]> {
  requirePermission(actor, "site.office.read");
  const lists = await Promise.all(siteContributions().map((c) => c.officeTasks?.(deps, actor, reader) ?? []));
  return lists.flat();
}

/** Every download the modules offer, for the open-data page (public). */
export async function readOpenData(deps: Deps, reader: Reader): Promise<OpenDataItem[]> {
  const lists = await Promise.all(siteContributions().map((c) => c.openData?.(deps, reader) ?? []));
  return lists.flat();
}
