import type { Access } from "../route-table";

/** Who may use each route of the arena module (see route-table.ts). */
export const arenaRoutes: Record<string, Access> = {};
