import { z } from "zod";
import { Conflict, NotFound } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { assertMayPost } from "../../moderation";
import { findEntryById } from "../data/entries";
import { addSupport, removeSupport } from "../data/supports";
import { supportInput } from "../domain/inputs";
import { isClosed, isEntryState } from "../domain/workflow";
import { accountId } from "./account";

const supportChange = (support: boolean) =>
  defineUseCase({
    action: "arena.support",
    input: supportInput,
    run: async (ctx, input) => {
      const account = accountId(ctx.actor);
      await assertMayPost(ctx.tx, ctx.actor);
      const entry = await findEntryById(ctx.tx, input.entryId);
      if (!entry || entry.hiddenReason) throw new NotFound("arena.errors.notFound");
      if (support && isEntryState(entry.state) && isClosed(entry.state))
        throw new Conflict("arena.errors.supportClosed");
      // Idempotent both ways: supporting twice or withdrawing twice changes nothing the second time.
      const changed = support
        ? await addSupport(ctx.tx, entry.id, account, ctx.now)
        : await removeSupport(ctx.tx, entry.id, account);
      return {
        result: { number: entry.number, changed, supported: support },
        audit: {
          action: support ? "arena.entry.support" : "arena.entry.unsupport",
          objectType: "arena_entry",
          objectId: entry.id,
          after: { changed },
        },
      };
    },
  });

/** Adds the account's support to an entry (one per account). */
export const supportEntry = supportChange(true);
/** Withdraws the account's support. */
export const withdrawSupport = supportChange(false);
