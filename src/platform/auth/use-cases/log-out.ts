import { z } from "zod";
import { defineUseCase } from "../../use-case/use-case";
import { actingUserId } from "../acting-user";
import { destroySession } from "../sessions";

/** Ends the session of this browser. */
export const logOut = defineUseCase({
  action: "account.logout",
  input: z.object({ sessionIdHash: z.string().min(1).max(128) }),
  run: async ({ tx, actor }, input) => {
    const userId = actingUserId(actor);
    await destroySession(tx, input.sessionIdHash);
    return { result: undefined, audit: { action: "account.logout", objectType: "user", objectId: userId } };
  },
});
