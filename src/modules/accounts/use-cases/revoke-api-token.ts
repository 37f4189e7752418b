import { z } from "zod";
import { NotFound } from "../../../platform/errors/errors";
import { actingUserId } from "../../../platform/identity/acting-user";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { revokeOwnApiToken } from "../data/api-tokens";

/** Revokes one of one's own API tokens; it stops working at once. */
export const revokeApiToken = defineUseCase({
  action: "account.apiToken.revoke",
  input: z.object({ tokenId: z.uuid({ error: "errors.notFound" }) }),
  run: async ({ tx, now, actor }, input) => {
    const revoked = await revokeOwnApiToken(tx, { userId: actingUserId(actor), tokenId: input.tokenId, now });
    if (!revoked) throw new NotFound("errors.notFound");
    return {
      result: { name: revoked.name },
      audit: {
        action: "account.apiToken.revoke",
        objectType: "api_token",
        objectId: input.tokenId,
        before: { name: revoked.name },
      },
    };
  },
});
