import { z } from "zod";
import { defineApiRoute } from "../../../platform/api/api";
import { invocation } from "../../../platform/http/invocation";
import { unsubscribe } from "../use-cases/unsubscribe";

/**
 * One-click unsubscribe (RFC 8058): mail programs POST to the address of the List-Unsubscribe
 * header without a browser session. The signed token in the address is the authorisation, so it
 * lives under /api, where no form token is asked for.
 */
const oneClickUnsubscribe = defineApiRoute({
  method: "post",
  path: "/api/v1/notifications/unsubscribe",
  summary: "Turn off every notification mail of the account named by a signed unsubscribe token",
  tag: "notifications",
  query: z.object({ token: z.string().min(1).max(200) }),
  response: z.object({ unsubscribed: z.literal(true) }),
  errors: [400, 404],
  handler: async (c, { query }) => {
    await unsubscribe(c.get("deps"), invocation(c), { token: query.token });
    return { unsubscribed: true as const };
  },
});

export const notificationsApi = [oneClickUnsubscribe];
