import type { Access } from "../route-table";

/** Who may use each route of the comments module (see route-table.ts). */
export const commentsRoutes: Record<string, Access> = {
  "POST /comments": "account",
  "GET /comments/:id/edit": "account",
  "POST /comments/:id/edit": "account",
  "POST /comments/:id/delete": "account",
  // A comment's own address: leads anyone to the comment on the object's page.
  "GET /comments/:id": "public",
  "GET /comments/:id/versions": "public",
};
