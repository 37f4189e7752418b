import type { Deps } from "../../../platform/deps";
import { Forbidden, Invalid, NotFound } from "../../../platform/errors/errors";
import type { Actor } from "../../../platform/permissions/permissions";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { assertMayPost } from "../../moderation";
import { notify } from "../../notifications";
import { lockEntries } from "../data/consortia";
import { insertConsortiumRequest, pendingRequestBetween } from "../data/consortium-requests";
import { type EntryRow, findEntryById, findEntryByNumber } from "../data/entries";
import { consortiumRequestInput } from "../domain/consortium-request-inputs";
import { isClosed, isEntryState } from "../domain/workflow";
import { accountId } from "./account";
import { ENTRY_TYPE } from "./entry-resource";
import { arenaPostLimits } from "./post-limits";
import { entryNumberOf } from "./show-entry";

/**
 * The id of the entry with this number when the actor is its author; anyone else is refused before
 * a form of theirs is read (permission first).
 */
export async function authoredEntryId(deps: Deps, actor: Actor, numberText: string | undefined): Promise<string> {
  const entry = await findEntryByNumber(deps.database.db, entryNumberOf(numberText));
  if (!entry) throw new NotFound("arena.errors.notFound");
  if (actor.kind !== "user" || entry.authorId !== actor.id) throw new Forbidden("arena.errors.notAuthor");
  return entry.id;
}

const closed = (entry: EntryRow) => isEntryState(entry.state) && isClosed(entry.state);
const refuse = (path: string, message: string) => new Invalid("errors.invalidInput", [{ path, message }]);

/**
 * The authors of one entry ask those of another, named by its number, to form a consortium with
 * them. Both entries must be open and visible, not yet together and not in two different consortia,
 * with no request between them open in either direction. A new consortium needs a name, given here.
 * The other entry's authors are told and answer on its page.
 */
export const proposeConsortium = defineUseCase({
  action: "arena.collaborate",
  input: consortiumRequestInput,
  rateLimit: arenaPostLimits,
  run: async (ctx, input) => {
    const me = accountId(ctx.actor);
    const own = await findEntryById(ctx.tx, input.entryId);
    if (!own) throw new NotFound("arena.errors.notFound");
    if (own.authorId !== me) throw new Forbidden("arena.errors.notAuthor");
    await assertMayPost(ctx.tx, ctx.actor);
    const found = await findEntryByNumber(ctx.tx, input.other);
    if (!found) throw refuse("other", "arena.errors.unknownNumber");
    if (found.id === own.id) throw refuse("other", "arena.errors.consortiumSelf");
    // Both rows stay locked until the request is stored: a request the other way round, or a
    // consortium formed meanwhile, waits for this one and then sees it.
    await lockEntries(ctx.tx, [own.id, found.id]);
    const [a, b] = [await findEntryById(ctx.tx, own.id), await findEntryById(ctx.tx, found.id)];
    if (!a || !b) throw new NotFound("arena.errors.notFound");
    if (a.hiddenReason) throw new Invalid("arena.errors.consortiumHidden");
    if (b.hiddenReason) throw refuse("other", "arena.errors.consortiumHidden");
    if (closed(a)) throw new Invalid("arena.errors.consortiumClosed");
    if (closed(b)) throw refuse("other", "arena.errors.consortiumClosedOther");
    if (a.consortiumId && a.consortiumId === b.consortiumId) throw refuse("other", "arena.errors.sameConsortium");
    if (a.consortiumId && b.consortiumId) throw refuse("other", "arena.errors.twoConsortia");
    if (!b.authorId) throw refuse("other", "arena.errors.consortiumNoAuthor");
    const open = await pendingRequestBetween(ctx.tx, a.id, b.id);
    if (open)
      throw refuse(
        "other",
        open.fromEntryId === a.id ? "arena.errors.requestPending" : "arena.errors.requestPendingIncoming",
      );
    const needsName = !a.consortiumId && !b.consortiumId;
    if (needsName && input.consortiumName === "") throw refuse("consortiumName", "arena.errors.consortiumName");
    const request = await insertConsortiumRequest(ctx.tx, {
      fromEntryId: a.id,
      toEntryId: b.id,
      requestedBy: me,
      message: input.message,
      consortiumName: needsName ? input.consortiumName : "",
      now: ctx.now,
    });
    if (!request) throw refuse("other", "arena.errors.requestPending");
    await notify(ctx, {
      resource: { type: ENTRY_TYPE, id: b.id },
      messageKey: "arena.notification.consortiumRequest",
      params: { title: b.title, from: a.title },
      href: `/arena/${b.number}#consortium-requests`,
      accounts: [b.authorId],
      exceptAccountId: me,
    });
    return {
      result: { number: a.number },
      audit: {
        action: "arena.consortiumRequest.propose",
        objectType: "arena_consortium_request",
        objectId: request.id,
        after: { from: a.number, to: b.number },
      },
    };
  },
});
