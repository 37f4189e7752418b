import type { Hono } from "hono";
import type { AppEnv } from "../../platform/http/env";
import type { ModuleManifest } from "../../platform/module";
import { notificationsPersonalData } from "./data/personal-data";
import { followRoutes } from "./http/follow-routes";
import { notificationsAuditLabels } from "./views/audit-labels";
import { notificationsMessages } from "./views/messages";
import { notificationsPrivacy } from "./views/privacy";

function notificationsRoutes(app: Hono<AppEnv>): void {
  followRoutes(app);
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
};
