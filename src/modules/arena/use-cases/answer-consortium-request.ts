import type { Deps } from "../../../platform/deps";
import { Conflict, Forbidden, NotFound } from "../../../platform/errors/errors";
import { isUuid } from "../../../platform/ids";
import type { Actor } from "../../../platform/permissions/permissions";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { notify } from "../../notifications";
import { lockEntries } from "../data/consortia";
import { decideConsortiumRequest, findConsortiumRequest } from "../data/consortium-requests";
import { entriesByIds, findEntryById } from "../data/entries";
import { consortiumRequestAnswerInput } from "../domain/consortium-request-inputs";
import { isClosed, isEntryState } from "../domain/workflow";
import { accountId } from "./account";
import { ENTRY_TYPE } from "./entry-resource";
import { joinEntries } from "./join-consortium";

/**
 * Only the authors of the two entries of a request may answer it: anyone else is refused before
 * their answer is read (permission first). Which side may do what, the use case checks.
 */
export async function assertPartyToRequest(deps: Deps, actor: Actor, requestId: string | undefined): Promise<void> {
  if (!isUuid(requestId)) throw new NotFound("arena.errors.requestNotFound");
  const request = await findConsortiumRequest(deps.database.db, requestId);
  if (!request) throw new NotFound("arena.errors.requestNotFound");
  const entries = await entriesByIds(deps.database.db, [request.fromEntryId, request.toEntryId]);
  const me = actor.kind === "user" ? actor.id : null;
  if (me === null || !(entries.some((e) => e.authorId === me) || request.requestedBy === me))
    throw new Forbidden("arena.errors.notAuthor");
}

/**
 * The other entry's authors accept or decline a request to form a consortium; the requesting side
 * may withdraw it while it is open. Accepting joins both entries in one transaction, as the strategy
 * office's form does: an entry already in a consortium brings the other into it, otherwise a new
 * one is formed with the name from the request.
 */
export const answerConsortiumRequest = defineUseCase({
  action: "arena.collaborate",
  input: consortiumRequestAnswerInput,
  run: async (ctx, input) => {
    const me = accountId(ctx.actor);
    // The request first, then the entries (in number order): every writer takes them in this order.
    const request = await findConsortiumRequest(ctx.tx, input.requestId, true);
    if (!request) throw new NotFound("arena.errors.requestNotFound");
    await lockEntries(ctx.tx, [request.fromEntryId, request.toEntryId]);
    const [from, to] = [
      await findEntryById(ctx.tx, request.fromEntryId),
      await findEntryById(ctx.tx, request.toEntryId),
    ];
    if (!from || !to) throw new NotFound("arena.errors.notFound");
    const withdraw = input.answer === "withdraw";
    const mayAnswer = withdraw ? from.authorId === me || request.requestedBy === me : to.authorId === me;
    if (!mayAnswer) throw new Forbidden(withdraw ? "arena.errors.notRequester" : "arena.errors.notAuthor");
    if (request.status !== "pending") throw new Conflict("arena.errors.requestAnswered");
    let consortiumNumber: number | null = null;
    if (input.answer === "accept") {
      if ([from, to].some((e) => isEntryState(e.state) && isClosed(e.state)))
        throw new Conflict("arena.errors.consortiumClosed");
      const needsName = !from.consortiumId && !to.consortiumId;
      if (needsName && request.consortiumName === "") throw new Conflict("arena.errors.consortiumName");
      const { consortium } = await joinEntries(ctx, [from.id, to.id], {
        name: request.consortiumName,
        description: "",
      });
      consortiumNumber = consortium.number;
    }
    const status = input.answer === "accept" ? "accepted" : input.answer === "decline" ? "declined" : "withdrawn";
    await decideConsortiumRequest(ctx.tx, request.id, status, ctx.now);
    // Accepting told both entries' authors and followers already (joinEntries); a no is for the
    // requesting side, a withdrawal for the side that was asked.
    if (status === "declined" && from.authorId)
      await notify(ctx, {
        resource: { type: ENTRY_TYPE, id: from.id },
        messageKey: "arena.notification.consortiumDeclined",
        params: { title: from.title, other: to.title },
        accounts: [from.authorId],
        exceptAccountId: me,
      });
    if (status === "withdrawn" && to.authorId)
      await notify(ctx, {
        resource: { type: ENTRY_TYPE, id: to.id },
        messageKey: "arena.notification.consortiumWithdrawn",
        params: { title: to.title, from: from.title },
        accounts: [to.authorId],
        exceptAccountId: me,
      });
    return {
      result: { number: withdraw ? from.number : to.number, status, consortiumNumber },
      audit: {
        action:
          status === "accepted"
            ? "arena.consortiumRequest.accept"
            : status === "declined"
              ? "arena.consortiumRequest.decline"
              : "arena.consortiumRequest.withdraw",
        objectType: "arena_consortium_request",
        objectId: request.id,
        after: { from: from.number, to: to.number, ...(consortiumNumber ? { consortium: consortiumNumber } : {}) },
      },
    };
  },
});
