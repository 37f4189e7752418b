import type { Pagination } from "../../../platform/api/pagination";
import type { Deps } from "../../../platform/deps";
import type { Locale } from "../../../platform/i18n/i18n";
import type { Actor } from "../../../platform/permissions/permissions";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { resourceKind } from "../../../platform/resources/resources";
import { hasConfirmedAddress } from "../data/account-address";
import { followsOf } from "../data/follows";
import { notificationCount, notificationsPage, unreadCount } from "../data/notifications";
import { mailModeOf } from "../data/settings";
import type { NotificationsView } from "../domain/page-view";
import { accountOf } from "./account-of";

/** Followed objects shown at most on the page; a list longer than this is rare and still works. */
const FOLLOWS_SHOWN = 200;

/**
 * The notifications page of the signed-in person: a page of notifications (newest first), the
 * number unread, the mail choice and what they follow, each with its title as its module shows it
 * now (null when it is no longer public).
 */
export async function showNotifications(
  deps: Deps,
  actor: Actor,
  locale: Locale,
  pagination: Pagination,
): Promise<NotificationsView> {
  requirePermission(actor, "notifications.read");
  const accountId = accountOf(actor);
  const db = deps.database.db;
  const [items, total, unread, mailMode, canMail, follows] = await Promise.all([
    notificationsPage(db, accountId, pagination.page, pagination.pageSize),
    notificationCount(db, accountId),
    unreadCount(db, accountId),
    mailModeOf(db, accountId),
    hasConfirmedAddress(db, accountId),
    followsOf(db, accountId),
  ]);
  const followed = await Promise.all(
    follows.slice(0, FOLLOWS_SHOWN).map(async (f) => {
      const summary = await resourceKind(f.resourceType)?.summary(db, f.resourceId, locale);
      return {
        resource: { type: f.resourceType, id: f.resourceId },
        since: f.createdAt,
        title: summary?.title ?? null,
        href: summary?.href ?? null,
      };
    }),
  );
  return { items, total, unread, pagination, mailMode, canMail, follows: followed };
}
