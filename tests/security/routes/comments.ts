import type { Access } from "../route-table";

/** Who may use each route of the comments module (see route-table.ts). */
export const commentsRoutes: Record<string, Access> = {};
