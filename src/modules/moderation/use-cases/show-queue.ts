import type { Deps } from "../../../platform/deps";
import type { Locale } from "../../../platform/i18n/i18n";
import type { Actor, Resource } from "../../../platform/permissions/permissions";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { resourceKind } from "../../../platform/resources/resources";
import { blockedAccounts, namesAndBlocks } from "../data/blocks";
import { hiddenList } from "../data/decisions";
import { type OpenReport, openReportsByResource } from "../data/reports";

export interface QueueAuthor {
  id: string;
  name: string;
  blocked: boolean;
}

export interface QueueItem {
  resource: Resource;
  /** Null when the object no longer exists (deleted by its module): only dismissing is left. */
  title: string | null;
  href: string | null;
  canHide: boolean;
  authors: QueueAuthor[];
  firstReportedAt: Date;
  reports: OpenReport[];
}

async function titled(deps: Deps, resource: Resource, locale: Locale) {
  const kind = resourceKind(resource.type);
  const summary = kind ? await kind.summary(deps.database.db, resource.id, locale) : null;
  return { kind, summary };
}

/** The moderators' queue: objects with open reports, the longest waiting first, a page at a time. */
export async function showQueue(
  deps: Deps,
  actor: Actor,
  page: { page: number; pageSize: number },
  locale: Locale,
): Promise<{ items: QueueItem[]; total: number }> {
  requirePermission(actor, "moderation.manage");
  const db = deps.database.db;
  const { items, total } = await openReportsByResource(db, {
    limit: page.pageSize,
    offset: (page.page - 1) * page.pageSize,
  });
  const titles = [];
  for (const item of items) titles.push({ item, ...(await titled(deps, item.resource, locale)) });
  const known = await namesAndBlocks(
    db,
    titles.flatMap(({ summary }) => summary?.authorIds ?? []),
  );
  const shown: QueueItem[] = titles.map(({ item, kind, summary }) => ({
    ...item,
    title: summary?.title ?? null,
    href: summary?.href ?? null,
    canHide: summary !== null && kind?.reportable === true && kind.hide !== undefined,
    authors: (summary?.authorIds ?? []).flatMap((id) => {
      const author = known.get(id);
      return author ? [{ id, ...author }] : [];
    }),
  }));
  return { items: shown, total };
}

/** Hidden objects, the newest first, with their public reason, to show one again. */
export async function showHidden(deps: Deps, actor: Actor, page: { page: number; pageSize: number }, locale: Locale) {
  requirePermission(actor, "moderation.manage");
  const { rows, total } = await hiddenList(deps.database.db, {
    limit: page.pageSize,
    offset: (page.page - 1) * page.pageSize,
  });
  const items = [];
  for (const row of rows) {
    const resource = { type: row.resourceType, id: row.resourceId };
    const { summary } = await titled(deps, resource, locale);
    items.push({
      resource,
      reason: row.reason,
      hiddenAt: row.hiddenAt,
      title: summary?.title ?? null,
      href: summary?.href ?? null,
    });
  }
  return { items, total };
}

/** The blocked accounts with the reason, to lift a block. */
export async function showBlocks(deps: Deps, actor: Actor) {
  requirePermission(actor, "moderation.manage");
  return blockedAccounts(deps.database.db);
}
