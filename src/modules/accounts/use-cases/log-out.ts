import { z } from "zod";
import { actingUserId } from "../../../platform/identity/acting-user";
import { destroySession } from "../../../platform/identity/sessions";
import { defineUseCase } from "../../../platform/use-case/use-case";

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
