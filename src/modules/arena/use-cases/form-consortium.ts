import { Conflict, Invalid, NotFound } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { notify } from "../../notifications";
import { consortiaByIds, insertConsortium, joinConsortium } from "../data/consortia";
import { entriesByIds } from "../data/entries";
import { consortiumInput } from "../domain/inputs";
import { accountIdOrNull } from "./account";
import { ENTRY_TYPE } from "./entry-resource";

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
    const entries = await entriesByIds(ctx.tx, ids);
    if (entries.length !== ids.length) throw new NotFound("arena.errors.notFound");
    if (entries.some((e) => e.hiddenReason)) throw new Conflict("arena.errors.consortiumHidden");
    const existing = [...new Set(entries.flatMap((e) => (e.consortiumId ? [e.consortiumId] : [])))];
    if (existing.length > 1) throw new Conflict("arena.errors.twoConsortia");
    const consortium = existing[0]
      ? (await consortiaByIds(ctx.tx, existing))[0]
      : await insertConsortium(ctx.tx, {
          name: input.name,
          description: input.description,
          createdBy: accountIdOrNull(ctx.actor),
          now: ctx.now,
        });
    if (!consortium) throw new NotFound("arena.errors.notFound");
    await joinConsortium(ctx.tx, consortium.id, ids);
    for (const entry of entries)
      await notify(ctx, {
        resource: { type: ENTRY_TYPE, id: entry.id },
        messageKey: "arena.notification.consortium",
        params: { title: entry.title },
        followers: true,
        exceptAccountId: accountIdOrNull(ctx.actor),
      });
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
