import type { Hono } from "hono";
import type { AppEnv } from "../../platform/http/env";
import type { ModuleManifest } from "../../platform/module";
import { moderationPersonalData } from "./data/personal-data";
import { feedbackRoutes } from "./http/feedback-routes";
import { queueRoutes } from "./http/queue-routes";
import { reportRoutes } from "./http/report-routes";
import { moderationSiteContributions } from "./use-cases/site-contributions";
import { moderationAuditLabels } from "./views/audit-labels";
import { moderationMessages } from "./views/messages";
import { moderationPrivacy } from "./views/privacy";
import { moderationSiteMessages } from "./views/site-messages";

function moderationRoutes(app: Hono<AppEnv>): void {
  reportRoutes(app);
  queueRoutes(app);
  feedbackRoutes(app);
}

/**
 * Moderation for every module that takes contributions: reports, the moderators' queue, hiding with a
 * public reason (the owning module keeps the hidden state through its `hide` callback), blocked
 * accounts, official feedback, and the checks every posting form runs (`assertMayPost`, the honeypot).
 *
 * Who may do what:
 * - `moderation.report`: everyone, guests too (limited per client address and per account).
 * - `moderation.manage` (moderators, strategy office): the queue, hiding, showing again, dismissing,
 *   blocking and unblocking.
 * - `moderation.feedback` (moderators, strategy office): official feedback on any object.
 */
export const moderationModule: ModuleManifest = {
  name: "moderation",
  privacy: moderationPrivacy,
  contributes: { ...moderationSiteContributions, messages: moderationSiteMessages },
  actions: {
    "moderation.report": { roles: ["resident"], guests: true },
    "moderation.manage": { roles: ["moderator", "strategy_office"] },
    "moderation.feedback": { roles: ["moderator", "strategy_office"] },
  },
  messages: moderationMessages,
  auditLabels: moderationAuditLabels,
  personalData: moderationPersonalData,
  routes: moderationRoutes,
};
