import type { ModuleManifest } from "../../platform/module";
import { commentsPersonalData } from "./data/personal-data";
import { commentRoutes } from "./http/comment-routes";
import { commentKind } from "./use-cases/comment-kind";
import { commentsAuditLabels } from "./views/audit-labels";
import { commentsMessages } from "./views/messages";
import { commentsPrivacy } from "./views/privacy";

/**
 * Threaded comments on any object a module registers as commentable (the resource registry). The
 * owning module shows them with `CommentThread` and may keep a count through `commentsChanged`;
 * comments themselves are a reportable kind the moderation hides.
 *
 * Who may do what:
 * - `comments.write`: every signed-in resident whose address is confirmed and who is not blocked
 *   (the moderation's posting check); editing and deleting only their own comments.
 * - Reading: everyone, on the object's page and on a comment's versions page.
 */
export const commentsModule: ModuleManifest = {
  name: "comments",
  privacy: commentsPrivacy,
  actions: {
    "comments.write": { roles: ["resident"] },
  },
  messages: commentsMessages,
  auditLabels: commentsAuditLabels,
  personalData: commentsPersonalData,
  resources: [commentKind],
  routes: commentRoutes,
};
