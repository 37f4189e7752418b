import type { Access } from "../route-table";

/** Who may use each route of the moderation module (see route-table.ts). */
export const moderationRoutes: Record<string, Access> = {
  "GET /moderation/report": "public",
  "POST /moderation/reports": "public",
  "GET /moderation": "office",
  "GET /moderation/hidden": "office",
  "GET /moderation/blocks": "office",
  "POST /moderation/hide": "office",
  "POST /moderation/show": "office",
  "POST /moderation/dismiss": "office",
  "POST /moderation/blocks": "office",
  "POST /moderation/blocks/:id/unblock": "office",
  "POST /moderation/feedback": "office",
};
