import type { Access } from "../route-table";

/** Who may use each route of the comments module (see route-table.ts). */
export const commentsRoutes: Record<string, Access> = {
  "POST /comments": "account",
  "GET /comments/:id/edit": "account",
  "POST /comments/:id/edit": "account",
  "POST /comments/:id/delete": "account",
  "GET /comments/:id/versions": "public",
};
