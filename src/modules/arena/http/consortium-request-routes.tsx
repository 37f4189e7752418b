import type { Hono } from "hono";
import { clientAddress } from "../../../platform/http/client-address";
import type { AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { answerConsortiumRequest, assertPartyToRequest } from "../use-cases/answer-consortium-request";
import { authoredEntryId, proposeConsortium } from "../use-cases/propose-consortium";
import { entryForm } from "./entry-routes";

/**
 * The authors of two entries form a consortium by mutual consent: one side asks on its entry's page,
 * the other accepts or declines on theirs, and the asking side may withdraw. Only the authors get
 * past the permission check, before their form is read.
 */
export function consortiumRequestRoutes(app: Hono<AppEnv>): void {
  app.post("/arena/:number/consortium-requests", async (c) => {
    const { actor } = c.get("state");
    requirePermission(actor, "arena.collaborate");
    const entryId = await authoredEntryId(c.get("deps"), actor, c.req.param("number"));
    return entryForm(
      c,
      "consortiumRequest",
      async (body) => {
        const result = await proposeConsortium(c.get("deps"), invocation(c), {
          entryId,
          other: String(body.other ?? ""),
          consortiumName: String(body.consortiumName ?? ""),
          message: String(body.message ?? ""),
          clientAddress: clientAddress(c),
        });
        return { number: result.number, to: `/arena/${result.number}?done=consortiumRequested#consortium-requests` };
      },
      "consortiumRequested",
    );
  });

  app.post("/arena/:number/consortium-requests/:id", async (c) => {
    const { actor } = c.get("state");
    requirePermission(actor, "arena.collaborate");
    await assertPartyToRequest(c.get("deps"), actor, c.req.param("id"));
    const body = await c.req.parseBody();
    const result = await answerConsortiumRequest(c.get("deps"), invocation(c), {
      requestId: c.req.param("id"),
      answer: String(body.answer ?? "") as "accept",
    });
    const done = {
      accepted: "consortiumAccepted",
      declined: "consortiumDeclined",
      withdrawn: "consortiumWithdrawn",
    }[result.status];
    return c.redirect(`/arena/${result.number}?done=${done}#consortium-requests`, 303);
  });
}
