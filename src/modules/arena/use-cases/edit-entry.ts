import { z } from "zod";
import { Conflict, Forbidden, NotFound } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { assertMayPost } from "../../moderation";
import { contentOf, findEntryById, updateEntryContent } from "../data/entries";
import { changedFields, type EntryContent } from "../domain/entry";
import { authorMayEdit, isEntryState } from "../domain/workflow";
import { accountId } from "./account";
import { contentFromFields } from "./save-draft-step";

/**
 * The author changes the entry's text until the office starts to qualify it, in one form with the
 * fields of every step and their rules. Every edit is kept as a version; an edit that changes
 * nothing stores nothing.
 */
export const editEntry = defineUseCase({
  action: "arena.edit",
  input: z.object({ entryId: z.uuid({ error: "arena.errors.notFound" }), fields: z.record(z.string(), z.unknown()) }),
  run: async (ctx, input) => {
    const author = accountId(ctx.actor);
    await assertMayPost(ctx.tx, ctx.actor);
    const entry = await findEntryById(ctx.tx, input.entryId, true);
    if (!entry) throw new NotFound("arena.errors.notFound");
    if (entry.authorId !== author) throw new Forbidden("arena.errors.notAuthor");
    if (!isEntryState(entry.state) || !authorMayEdit(entry.state)) throw new Conflict("arena.errors.editClosed");
    const language = entry.language === "en" ? "en" : "de";
    const content: EntryContent = { ...(await contentFromFields(ctx.tx, ctx.deps.city, input.fields)), language };
    const changed = changedFields(contentOf(entry), content);
    const version =
      changed.length > 0 ? await updateEntryContent(ctx.tx, entry, content, author, ctx.now) : entry.version;
    return {
      result: { number: entry.number, version, changed },
      audit: { action: "arena.entry.edit", objectType: "arena_entry", objectId: entry.id, after: { version, changed } },
    };
  },
});
