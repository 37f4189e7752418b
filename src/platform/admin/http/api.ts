import { z } from "zod";
import { defineApiRoute } from "../../api/api";
import { Unauthenticated } from "../../errors/errors";

const grantSchema = z.object({
  role: z.string().describe("resident, moderator, strategy_office, administrator, or a scoped role such as team_member"),
  scopeType: z.string().nullable().describe("For a scoped role: the kind of object, e.g. measure"),
  scopeId: z.string().nullable().describe("For a scoped role: the object's id or slug"),
});

/** Who the API token belongs to, and the roles that decide what it may do. */
export const meRoute = defineApiRoute({
  method: "get",
  path: "/api/v1/me",
  summary: "The account the API token belongs to, with its roles",
  tag: "account",
  auth: true,
  errors: [401],
  response: z.object({ id: z.uuid(), displayName: z.string(), roles: z.array(grantSchema) }),
  handler: async (c) => {
    const { actor, user } = c.get("state");
    if (actor.kind !== "user" || !user) throw new Unauthenticated("errors.unauthenticated");
    return {
      id: user.id,
      displayName: user.displayName,
      roles: actor.grants.map((g) => ({ role: g.role, scopeType: g.scopeType, scopeId: g.scopeId })),
    };
  },
});
