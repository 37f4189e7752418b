import type { Context } from "hono";
import { z } from "zod";
import { defineApiRoute } from "../../api/api";
import { Unauthenticated } from "../../errors/errors";
import type { AppEnv } from "../../http/env";
import type { Actor } from "../../permissions/permissions";
import { authenticateApiToken, findUserById, grantsOf } from "../use-cases/queries";

/**
 * The account behind the request's bearer token (`Authorization: Bearer gem_…`), as an actor for
 * use cases; throws 401 when the token is missing, unknown or revoked.
 */
export async function apiActor(c: Context<AppEnv>): Promise<Actor> {
  const deps = c.get("deps");
  const header = c.req.header("authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  const found = match?.[1] ? await authenticateApiToken(deps.database.db, match[1], deps.clock()) : null;
  if (!found) {
    c.header("WWW-Authenticate", 'Bearer realm="gemeinsam"');
    throw new Unauthenticated("errors.unauthenticated");
  }
  return {
    kind: "user",
    id: found.userId,
    label: found.displayName,
    grants: await grantsOf(deps.database.db, found.userId),
  };
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
    const actor = await apiActor(c);
    if (actor.kind !== "user") throw new Unauthenticated("errors.unauthenticated");
    const user = await findUserById(c.get("deps").database.db, actor.id);
    return { id: actor.id, displayName: actor.label, preferredLanguage: user?.locale ?? "de", roles: actor.grants };
  },
});
