import type { Hono } from "hono";
import type { AppEnv } from "../../src/platform/http/env";
import { arenaRoutes } from "./routes/arena";
import { commentsRoutes } from "./routes/comments";
import { moderationRoutes } from "./routes/moderation";
import { monitoringRoutes } from "./routes/monitoring";
import { notificationsRoutes } from "./routes/notifications";
import { participationRoutes } from "./routes/participation";
import { workshopsRoutes } from "./routes/workshops";

/**
 * Who may use each route of the application. The tests read the routes from the app itself
 * (`app.routes`), so every route a module mounts is covered from the day it exists. A route not
 * listed here counts as `office` (fail closed): it must refuse guests and plain residents, with any
 * input. A new page that guests or residents may use fails the tests until it is listed here, so
 * whoever adds it decides who may use it.
 *
 * - `public`: anyone, guests included (reading public pages, signing in, voting with a code)
 * - `account`: any signed-in account (profile, proposals)
 * - `office`: only people with a role that grants it (strategy office, coordinators, administrators)
 * - `token`: the API with a bearer token
 */
export type Access = "public" | "account" | "office" | "token";

const table: Record<string, Access> = {
  "GET /assets/:name": "public",
  "GET /api/v1/openapi.json": "public",
  "GET /api/v1/me": "token",
  "GET /api/v1/measures": "public",
  "GET /api/v1/measures.csv": "public",
  "GET /api/v1/measures.json": "public",
  "GET /api/v1/measures/:slug": "public",
  "GET /api/v1/values": "public",
  "GET /api/v1/action-fields": "public",
  "GET /api/v1/organisations": "public",
  "GET /api/v1/panels": "public",
  "GET /api/v1/panels/:id": "public",
  "GET /api/v1/panels/:id/lottery": "public",
  "GET /api/v1/budgets": "public",
  "GET /api/v1/budgets/:id": "public",
  "GET /api/v1/budgets/:id/projects": "public",
  "GET /api/v1/budgets/:id/results": "public",
  "GET /api/v1/budgets/:id/export.pb": "public",
  "GET /login": "public",
  "POST /login": "public",
  "GET /login/second-factor": "public",
  "POST /login/second-factor": "public",
  "POST /logout": "public",
  "GET /register": "public",
  "POST /register": "public",
  "GET /register/check-mail": "public",
  "GET /verify": "public",
  "GET /verify/resend": "public",
  "POST /verify/resend": "public",
  "GET /forgot-password": "public",
  "POST /forgot-password": "public",
  "GET /reset-password": "public",
  "POST /reset-password": "public",
  "GET /profile": "account",
  "POST /profile": "account",
  "GET /profile/email": "account",
  "POST /profile/email": "account",
  "POST /profile/language": "account",
  "GET /profile/password": "account",
  "POST /profile/password": "account",
  "GET /profile/data": "account",
  "GET /profile/delete": "account",
  "POST /profile/delete": "account",
  "GET /profile/deleted": "public",
  "GET /profile/tokens": "account",
  "POST /profile/tokens": "account",
  "POST /profile/tokens/:id/revoke": "account",
  "GET /profile/two-factor": "account",
  "POST /profile/two-factor/setup": "account",
  "POST /profile/two-factor/confirm": "account",
  "POST /profile/two-factor/disable": "account",
  "GET /admin": "office",
  "GET /admin/users": "office",
  "GET /admin/users/:id": "office",
  "POST /admin/users/:id/roles": "office",
  "POST /admin/users/:id/roles/revoke": "office",
  "GET /admin/audit": "office",
  "GET /": "public",
  "GET /health": "public",
  "GET /barrierefreiheit": "public",
  "GET /impressum": "public",
  "GET /datenschutz": "public",
  "GET /leichte-sprache": "public",
  "GET /open-data": "public",
  "GET /offene-daten": "public",
  "GET /strategy": "public",
  "GET /measures": "public",
  "GET /measures/export.csv": "public",
  "GET /measures/export.json": "public",
  "GET /measures/new": "office",
  "POST /measures/new": "office",
  "GET /measures/:slug": "public",
  "GET /measures/:slug/edit": "office",
  "POST /measures/:slug/edit": "office",
  "GET /action-fields/new": "office",
  "POST /action-fields/new": "office",
  "GET /action-fields/:id": "public",
  "GET /action-fields/:id/edit": "office",
  "POST /action-fields/:id/edit": "office",
  "GET /organisations/new": "office",
  "POST /organisations/new": "office",
  "GET /organisations/:id": "public",
  "GET /organisations/:id/edit": "office",
  "POST /organisations/:id/edit": "office",
  "GET /districts": "public",
  "GET /districts/:id": "public",
  "GET /panels": "public",
  "GET /panels/verify.mjs": "public",
  "GET /panels/new": "office",
  "POST /panels/new": "office",
  "GET /panels/:id": "public",
  "GET /panels/:id/verify": "public",
  "GET /panels/:id/lottery.txt": "public",
  "GET /panels/:id/register": "public",
  "POST /panels/:id/register": "public",
  "GET /panels/:id/manage": "office",
  "POST /panels/:id/sample": "office",
  "POST /panels/:id/sample/draw": "office",
  "POST /panels/:id/invitations": "office",
  "POST /panels/:id/letters/delete": "office",
  "POST /panels/:id/quotas": "office",
  "POST /panels/:id/selection": "office",
  "POST /panels/:id/publish": "office",
  "POST /panels/:id/personal-data/delete": "office",
  "POST /panels/:id/draw": "office",
  "POST /panels/:id/replace": "office",
  "GET /panels/:id/letters.csv": "office",
  "GET /panels/:id/letters": "office",
  "GET /panels/:id/letters.pdf": "office",
  "GET /budgets/:slug/edit": "office",
  "POST /budgets/:slug/edit": "office",
  "GET /budgets/:slug/projects/:projectId/measure": "office",
  "POST /budgets/:slug/projects/:projectId/measure": "office",
  "GET /budgets": "public",
  "GET /budgets/new": "office",
  "POST /budgets/new": "office",
  "GET /budgets/:slug": "public",
  "GET /budgets/:slug/propose": "account",
  "POST /budgets/:slug/propose": "account",
  "GET /budgets/:slug/manage": "office",
  "GET /budgets/:slug/manage/phase": "office",
  "POST /budgets/:slug/manage/phase": "office",
  "POST /budgets/:slug/projects/:projectId/review": "office",
  "POST /budgets/:slug/codes": "office",
  "GET /budgets/:slug/vote": "public",
  "GET /budgets/:slug/vote/change": "public",
  "POST /budgets/:slug/vote": "public",
  "POST /budgets/:slug/receipt": "public",
  "GET /budgets/:slug/vote/residence": "account",
  "POST /budgets/:slug/vote/residence": "account",
  "POST /budgets/:slug/vote/verify-letter": "account",
  "POST /budgets/:slug/vote/verify-list": "account",
  "POST /budgets/:slug/verification-letters": "office",
  "POST /budgets/:slug/eligibility-list": "office",
  "GET /budgets/:slug/check": "public",
  "POST /budgets/:slug/check": "public",
  "GET /budgets/:slug/results": "public",
  "GET /budgets/:slug/results.csv": "public",
  // The newer modules keep their part of the table beside each other in routes/.
  ...notificationsRoutes,
  ...moderationRoutes,
  ...commentsRoutes,
  ...arenaRoutes,
  ...monitoringRoutes,
  ...workshopsRoutes,
  ...participationRoutes,
};

export interface RouteEntry {
  method: string;
  path: string;
  access: Access;
  /** Whether the table lists the route; an unlisted one is tested as `office`. */
  listed: boolean;
}

/** Every (method, path) the app mounts, once, with its access from the table (unlisted: `office`). */
export function routeTable(app: Hono<AppEnv>): RouteEntry[] {
  const seen = new Map<string, RouteEntry>();
  for (const route of app.routes) {
    if (route.method === "ALL" || route.path.includes("*")) continue;
    const key = `${route.method} ${route.path}`;
    const access = table[key];
    if (!seen.has(key))
      seen.set(key, { method: route.method, path: route.path, access: access ?? "office", listed: !!access });
  }
  return [...seen.values()];
}

/** Table entries for which the app mounts no route (renamed or removed pages). */
export function staleEntries(app: Hono<AppEnv>): string[] {
  const mounted = new Set(app.routes.map((r) => `${r.method} ${r.path}`));
  return Object.keys(table).filter((key) => !mounted.has(key));
}

/** Fills a route's parameters (`:slug`, `:id`) with the values given for that parameter name. */
export function fillPath(path: string, params: (name: string, path: string) => string): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => params(name, path));
}
