import { z } from "zod";
import { Invalid } from "../../../platform/errors/errors";
import { actingUserId } from "../../../platform/identity/acting-user";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { countActiveApiTokens, insertApiToken } from "../data/api-tokens";
import { MAX_API_TOKENS } from "../domain/api-tokens";

/** Creates a personal API token; its value is returned once and stored only as a hash. */
export const createApiToken = defineUseCase({
  action: "account.apiToken.create",
  input: z.object({
    name: z
      .string({ error: "auth.tokens.name.required" })
      .trim()
      .min(1, { error: "auth.tokens.name.required" })
      .max(80, { error: "auth.tokens.name.tooLong" }),
  }),
  run: async ({ deps, tx, now, actor }, input) => {
    const userId = actingUserId(actor);
    if ((await countActiveApiTokens(tx, userId)) >= MAX_API_TOKENS) {
      throw new Invalid("errors.invalidInput", [{ path: "name", message: "auth.tokens.tooMany" }]);
    }
    const created = await insertApiToken(tx, { userId, name: input.name, now, random: deps.random });
    return {
      result: { id: created.id, name: input.name, token: created.token },
      audit: {
        action: "account.apiToken.create",
        objectType: "api_token",
        objectId: created.id,
        after: { name: input.name },
      },
    };
  },
});
