import type { Access } from "../route-table";

/** Who may use each route of the participation module (see route-table.ts). */
export const participationRoutes: Record<string, Access> = {
  "GET /participation": "public",
  "GET /participation/:slug": "public",
  "GET /participation/:slug/text": "public",
  "GET /participation/:slug/text/:number": "public",
  // Shown once the office published it; before that "not found" for everyone but the office.
  "GET /participation/:slug/report": "public",
  // A survey the office lets be answered anonymously takes guests' answers too.
  "GET /participation/:slug/survey": "public",
  "POST /participation/:slug/survey": "public",
  "GET /participation/:slug/survey/thanks": "public",
  "GET /participation/:slug/survey/results": "public",
  "GET /participation/:slug/survey/results.csv": "public",
  "GET /participation/:slug/survey/results.json": "public",
  "GET /participation/:slug/survey/results/texts/:question": "public",
  "GET /api/v1/processes": "public",
  "GET /api/v1/processes/:id": "public",
  "GET /api/v1/processes/:id/survey-results": "public",
  // Residents comment on a paragraph and support others' comments.
  "POST /participation/:slug/text/:number/comments": "account",
  "POST /participation/:slug/text/:number/comments/:commentId/support": "account",
  "POST /participation/:slug/text/:number/comments/:commentId/unsupport": "account",
  // The strategy office runs the processes.
  "GET /participation/new": "office",
  "POST /participation/new": "office",
  "GET /participation/:slug/edit": "office",
  "POST /participation/:slug/edit": "office",
  "GET /participation/:slug/text/new": "office",
  "POST /participation/:slug/text/new": "office",
  "POST /participation/:slug/text/:number/comments/:commentId/answer": "office",
  "GET /participation/:slug/survey/edit": "office",
  "POST /participation/:slug/survey/edit": "office",
  "POST /participation/:slug/survey/results/publish": "office",
  "POST /participation/:slug/survey/results/hide": "office",
  "GET /participation/:slug/report/edit": "office",
  "POST /participation/:slug/report/edit": "office",
};
