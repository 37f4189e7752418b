import type { Hono } from "hono";
import type { AppEnv } from "../../platform/http/env";
import type { ModuleManifest } from "../../platform/module";
import { notificationsPersonalData } from "./data/personal-data";
import { notificationsApi } from "./http/api";
import { followRoutes } from "./http/follow-routes";
import { notificationPageRoutes } from "./http/page-routes";
import { unsubscribeRoutes } from "./http/unsubscribe-routes";
import { purgeOldNotifications } from "./use-cases/purge-old-notifications";
import { sendDigests } from "./use-cases/send-digests";
import { notificationsAuditLabels } from "./views/audit-labels";
import { notificationsMessages } from "./views/messages";
import { notificationsPrivacy } from "./views/privacy";

/** The routes by flow: the mails' unsubscribe link, the follow button, the person's own page. */
function notificationsRoutes(app: Hono<AppEnv>): void {
  unsubscribeRoutes(app);
  followRoutes(app);
  notificationPageRoutes(app);
}

/**
 * Following resources of any module, in-app notifications, and mail: at once (at most five a day),
 * as a daily digest, or none; every mail with a one-click unsubscribe link.
 *
 * Who may do what: every signed-in account follows, reads its notifications and chooses its mails
 * (`notifications.follow`, `notifications.read`, `notifications.settings`); anyone holding a
 * signed unsubscribe link may use it without signing in (`notifications.unsubscribe`).
 */
export const notificationsModule: ModuleManifest = {
  name: "notifications",
  privacy: notificationsPrivacy,
  actions: {
    "notifications.follow": { roles: ["resident"] },
    "notifications.read": { roles: ["resident"] },
    "notifications.settings": { roles: ["resident"] },
    "notifications.unsubscribe": { roles: ["resident"], guests: true },
  },
  messages: notificationsMessages,
  auditLabels: notificationsAuditLabels,
  personalData: notificationsPersonalData,
  routes: notificationsRoutes,
  api: notificationsApi,
  jobs: [
    // The digest of a day goes out after the day is over; a quarter of an hour keeps the wait short
    // and the job cheap (one indexed query when nothing waits).
    {
      name: "notifications.digest",
      everyMs: 15 * 60 * 1000,
      run: async (deps) => {
        const sent = await sendDigests(deps);
        if (sent > 0) deps.logger.info("notification digests sent", { sent });
      },
    },
    {
      name: "notifications.purge",
      everyMs: 6 * 60 * 60 * 1000,
      run: async (deps) => {
        const deleted = await purgeOldNotifications(deps);
        if (deleted > 0) deps.logger.info("old notifications deleted", { deleted });
      },
    },
  ],
};
