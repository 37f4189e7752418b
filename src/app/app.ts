import { Hono } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { z } from "zod";
import type { ApiRouteDefinition } from "../platform/api/api";
import { defineApiRoute, mountApiRoutes } from "../platform/api/api";
import { apiAuthentication } from "../platform/api/auth";
import { openApiDocument } from "../platform/api/openapi";
import type { Deps } from "../platform/deps";
import { bodyLimits } from "../platform/http/body-limit";
import { cachePolicy } from "../platform/http/cache-policy";
import { csrfProtection } from "../platform/http/csrf";
import type { AppEnv } from "../platform/http/env";
import { errorHandlers } from "../platform/http/error-handler";
import { requestGuard } from "../platform/http/request-guard";
import { requestState } from "../platform/http/request-state";
import { mountStaticAssets } from "../platform/http/static-assets";
import { twoFactorGate } from "../platform/http/two-factor-gate";
import type { ModuleManifest } from "../platform/module";
import { renderErrorPage, renderTooLargePage } from "../ui/error-page";
import { activeTheme, designSystemAssets } from "../ui/stylesheet";

const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", "data:"],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  objectSrc: ["'none'"],
};

/** Assembles the application from the platform and the modules; no I/O happens here. */
export function createApp(deps: Deps, modules: readonly ModuleManifest[]): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    c.set("deps", deps);
    await next();
  });
  app.use(
    secureHeaders({
      contentSecurityPolicy,
      referrerPolicy: "same-origin",
      crossOriginEmbedderPolicy: false,
      // The same as the CSP's frame-ancestors 'none', for browsers that read only this header.
      xFrameOptions: "DENY",
      // Sent by cachePolicy, and only over HTTPS.
      strictTransportSecurity: false,
    }),
  );
  app.use(cachePolicy());
  const { handleError, handleNotFound } = errorHandlers(renderErrorPage);
  app.onError(handleError);
  app.notFound(handleNotFound);

  app.get("/health", async (c) => {
    try {
      await deps.database.ping();
      return c.json({ status: "ok", db: "ok" });
    } catch (error) {
      deps.logger.error("health check: database unreachable", { error: String(error) });
      return c.json({ status: "error", db: "unreachable" }, 503);
    }
  });
  mountStaticAssets(app, () => designSystemAssets(activeTheme()));

  app.use(requestState());
  // Before anything reads a body, after the language is known: a refused upload gets a page stating the limit.
  app.use(bodyLimits({ uploads: modules.flatMap((m) => m.uploads ?? []), tooLarge: renderTooLargePage }));
  app.use(requestGuard());
  app.use("/api/*", apiAuthentication());
  app.use(csrfProtection());
  app.use(twoFactorGate());

  const apiRoutes: ApiRouteDefinition[] = modules.flatMap((m) => m.api ?? []);
  let document: Record<string, unknown> | undefined;
  const openApiRoute: ApiRouteDefinition = defineApiRoute({
    method: "get",
    path: "/api/v1/openapi.json",
    summary: "This document",
    tag: "meta",
    response: z.record(z.string(), z.unknown()),
    // The routes are fixed once the app is built, so the document is generated once, on first request.
    handler: async (): Promise<Record<string, unknown>> => {
      document ??= openApiDocument(deps.config.baseUrl, [...apiRoutes, openApiRoute]);
      return document;
    },
  });
  mountApiRoutes(app, [openApiRoute, ...apiRoutes]);
  for (const module of modules) module.routes?.(app);
  return app;
}
