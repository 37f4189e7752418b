import type { Access } from "../route-table";

/** Who may use each route of the notifications module (see route-table.ts). */
export const notificationsRoutes: Record<string, Access> = {};
