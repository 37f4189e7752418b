import { Invalid } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { consortiumInput } from "../domain/inputs";
import { joinEntries } from "./join-consortium";

/**
 * The strategy office joins similar entries into a consortium with a shared page. The entries stay
 * as they are and link to it; an entry already in a consortium brings the others into that one.
 */
export const formConsortium = defineUseCase({
  action: "arena.manage",
  input: consortiumInput,
  run: async (ctx, input) => {
    const ids = [...new Set(input.entryIds)];
    if (ids.length < 2)
      throw new Invalid("errors.invalidInput", [{ path: "others", message: "arena.errors.consortiumEntries" }]);
    const { consortium, entries } = await joinEntries(ctx, ids, { name: input.name, description: input.description });
    return {
      result: { number: consortium.number },
      audit: {
        action: "arena.consortium.form",
        objectType: "arena_consortium",
        objectId: consortium.id,
        after: { entries: entries.map((e) => e.number) },
      },
    };
  },
});
