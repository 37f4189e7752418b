import { Conflict, NotFound } from "../../../platform/errors/errors";
import type { UseCaseContext } from "../../../platform/use-case/use-case";
import { notify } from "../../notifications";
import { type ConsortiumRow, consortiaByIds, insertConsortium, joinConsortium, lockEntries } from "../data/consortia";
import { type EntryRow, entriesByIds } from "../data/entries";
import { accountIdOrNull } from "./account";
import { ENTRY_TYPE } from "./entry-resource";

/**
 * Joins entries into one consortium, inside the caller's use case: the strategy office's form and an
 * accepted request of two entries' authors both come here. The entries are locked first, so two
 * joins at once see each other's consortium. An entry already in a consortium brings the others into
 * that one; with none, a new consortium gets the name and description given. Entries in two different
 * consortia, hidden or unknown entries are refused. The entries' authors and followers hear of it
 * (not the one who acted).
 */
export async function joinEntries(
  ctx: UseCaseContext,
  entryIds: readonly string[],
  newConsortium: { name: string; description: string },
): Promise<{ consortium: Pick<ConsortiumRow, "id" | "number">; entries: EntryRow[] }> {
  const ids = [...new Set(entryIds)];
  await lockEntries(ctx.tx, ids);
  const entries = await entriesByIds(ctx.tx, ids);
  if (entries.length !== ids.length) throw new NotFound("arena.errors.notFound");
  if (entries.some((e) => e.hiddenReason)) throw new Conflict("arena.errors.consortiumHidden");
  const existing = [...new Set(entries.flatMap((e) => (e.consortiumId ? [e.consortiumId] : [])))];
  if (existing.length > 1) throw new Conflict("arena.errors.twoConsortia");
  const consortium = existing[0]
    ? (await consortiaByIds(ctx.tx, existing))[0]
    : await insertConsortium(ctx.tx, {
        name: newConsortium.name,
        description: newConsortium.description,
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
      accounts: entry.authorId ? [entry.authorId] : [],
      exceptAccountId: accountIdOrNull(ctx.actor),
    });
  return { consortium, entries };
}
