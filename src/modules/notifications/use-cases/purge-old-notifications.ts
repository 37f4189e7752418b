import type { Deps } from "../../../platform/deps";
import { deleteDigestsBefore } from "../data/digests";
import { deleteNotificationsBefore } from "../data/notifications";

/** How long a notification is kept: news of a year ago helps nobody, and keeping less is safer. */
export const NOTIFICATION_RETENTION_DAYS = 365;

/**
 * Deletes notifications older than the retention period, then the digests that carried them. Safe
 * in several processes at once: deleting what is already gone deletes nothing.
 */
export async function purgeOldNotifications(deps: Deps): Promise<number> {
  const before = new Date(deps.clock().getTime() - NOTIFICATION_RETENTION_DAYS * 24 * 60 * 60 * 1000);
  return deps.database.db.transaction(async (tx) => {
    const deleted = await deleteNotificationsBefore(tx, before);
    await deleteDigestsBefore(tx, before);
    return deleted;
  });
}
