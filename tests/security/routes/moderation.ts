import type { Access } from "../route-table";

/** Who may use each route of the moderation module (see route-table.ts). */
export const moderationRoutes: Record<string, Access> = {};
