import type { Access } from "../route-table";

/** Who may use each route of the workshops module (see route-table.ts). */
export const workshopsRoutes: Record<string, Access> = {
  "GET /workshops": "public",
  "GET /workshops/feed.ics": "public",
  "GET /measures/:slug/workshops.ics": "public",
  "GET /workshops/:id/calendar.ics": "public",
  "GET /workshops/:id": "public",
  "GET /workshops/:id/photos/:photoId": "public",
  "GET /api/v1/workshops": "public",
  "GET /api/v1/workshops/:id": "public",
  // The personal link from the mail: signed for one registration, so it works without signing in.
  "GET /workshops/cancel": "public",
  "POST /workshops/cancel": "public",
  "GET /workshops/:id/register": "account",
  "POST /workshops/:id/register": "account",
  // The strategy office and the measure's team (`team_member` on the event's measure).
  "GET /workshops/new": "office",
  "POST /workshops/new": "office",
  "GET /workshops/:id/edit": "office",
  "POST /workshops/:id/edit": "office",
  "GET /workshops/:id/documentation": "office",
  "POST /workshops/:id/documentation": "office",
  "POST /workshops/:id/photos": "office",
  "POST /workshops/:id/photos/:photoId/delete": "office",
  "GET /workshops/:id/call-off": "office",
  "POST /workshops/:id/call-off": "office",
};
