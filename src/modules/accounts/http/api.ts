import type { Context } from "hono";
import { z } from "zod";
import { defineApiRoute } from "../../../platform/api/api";
import { Unauthenticated } from "../../../platform/errors/errors";
import type { AppEnv } from "../../../platform/http/env";
import type { Actor } from "../../../platform/permissions/permissions";
import { describeApiCaller } from "../use-cases/describe-api-caller";

/**
 * The account behind the request's bearer token (`Authorization: Bearer gem_…`), as an actor for
 * use cases; throws 401 when there is none. The API's authentication (platform/api/auth.ts) has
 * already checked the token for every request under /api, so it is not looked up a second time.
 */
function apiActor(c: Context<AppEnv>): Extract<Actor, { kind: "user" }> {
  const { actor } = c.get("state");
  if (actor.kind !== "user") {
    c.header("WWW-Authenticate", 'Bearer realm="gemeinsam"');
    throw new Unauthenticated("errors.unauthenticated");
  }
  return actor;
}

const meResponse = z.object({
  id: z.uuid(),
  displayName: z.string(),
  preferredLanguage: z.string(),
  roles: z.array(z.object({ role: z.string(), scopeType: z.string().nullable(), scopeId: z.string().nullable() })),
});

/** Who the API token belongs to: lets a program check its token works. */
export const meRoute = defineApiRoute({
  method: "get",
  path: "/api/v1/me",
  summary: "The account the API token belongs to",
  tag: "accounts",
  auth: true,
  errors: [401],
  response: meResponse,
  handler: async (c) => {
    return describeApiCaller(c.get("deps"), apiActor(c));
  },
});
