import type { Access } from "../route-table";

/** Who may use each route of the monitoring module (see route-table.ts). */
export const monitoringRoutes: Record<string, Access> = {
  "GET /monitoring": "public",
  "GET /monitoring/indicators": "public",
  "GET /monitoring/indicators.csv": "public",
  "GET /monitoring/indicators.json": "public",
  "GET /monitoring/targets.csv": "public",
  "GET /monitoring/targets.json": "public",
  "GET /monitoring/observations.csv": "public",
  "GET /monitoring/observations.json": "public",
  "GET /api/v1/open-data/catalog.jsonld": "public",
  "GET /api/v1/open-data/catalog.ttl": "public",
  // The demo's own SensorThings service (only while the demo is on; invented values).
  "GET /demo/sensorthings/v1.1/:datastream/Observations": "public",
  "GET /api/v1/measures/:slug/indicators": "public",
  "GET /api/v1/indicators/:id/observations": "public",
  "GET /api/v1/review-rounds": "public",
  "GET /api/v1/lessons": "public",
  // The strategy office and the measure's team, with a token; checked before the body is read.
  "POST /api/v1/indicators/:id/observations": "token",
  "GET /monitoring/indicators/new": "office",
  "POST /monitoring/indicators/new": "office",
  "GET /monitoring/indicators/:key/edit": "office",
  "POST /monitoring/indicators/:key/edit": "office",
  "GET /measures/:slug/monitoring": "public",
  // The strategy office and the measure's team (`team_member` on the measure), checked by the use cases.
  "POST /measures/:slug/monitoring/model": "office",
  "POST /measures/:slug/monitoring/values": "office",
  "POST /measures/:slug/monitoring/corrections": "office",
  "POST /measures/:slug/monitoring/targets": "office",
  "POST /measures/:slug/monitoring/indicators": "office",
  "POST /measures/:slug/monitoring/source": "office",
  "GET /measures/:slug/monitoring/upload": "office",
  "GET /measures/:slug/monitoring/template.csv": "office",
  "POST /measures/:slug/monitoring/upload": "office",
  "POST /measures/:slug/monitoring/upload/confirm": "office",
  // Review rounds: published rounds and reports are public; before that the office and the teams
  // (the pages refuse everyone else themselves). The forms are the office's, the report form the
  // measure team's (`team_member` on the measure), checked by the use cases.
  "GET /reviews": "public",
  "POST /reviews": "office",
  "GET /reviews/:id": "public",
  "GET /reviews/:id/report": "public",
  "POST /reviews/:id/close": "office",
  "POST /reviews/:id/publish": "office",
  "GET /reviews/:id/measures/:slug": "public",
  "POST /reviews/:id/measures/:slug": "office",
  "POST /reviews/:id/measures/:slug/decisions": "office",
  "GET /lessons": "public",
};
