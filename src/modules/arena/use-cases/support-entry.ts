import { Conflict, NotFound } from "../../../platform/errors/errors";
import { defineBatchedUseCase } from "../../../platform/use-case/batched-use-case";
import { postingRefusalError, postingRefusals } from "../../moderation";
import { supportPairKey, writeSupports } from "../data/supports";
import { supportInput } from "../domain/inputs";
import { supportRefusal } from "../domain/support";
import { accountId } from "./account";

/**
 * Supporting and withdrawing are the Arena's most frequent writes (everyone clicks at once when an
 * entry is shared), so they are written in batches: each click is checked on its own, then all
 * waiting clicks go into one transaction (see batched-use-case.ts, ADR 0016): who may post, then
 * the entries, the supports and their counts in one statement (ADR 0022), then the audit entries.
 */
const supportChange = (support: boolean) =>
  defineBatchedUseCase({
    action: "arena.support",
    input: supportInput,
    runBatch: async ({ tx }, items) => {
      const refusals = await postingRefusals(
        tx,
        items.map((item) => item.actor),
      );
      const allowed = items.filter((_, i) => (refusals[i] ?? null) === null);
      // Idempotent both ways: supporting twice or withdrawing twice changes nothing the second time.
      const { targets, changed } = await writeSupports(
        tx,
        support ? "add" : "remove",
        allowed.map((item) => ({ number: item.input.number, accountId: accountId(item.actor), createdAt: item.now })),
      );
      const byNumber = new Map(targets.map((entry) => [entry.number, entry]));
      return items.map((item, i) => {
        const refusal = refusals[i] ?? null;
        if (refusal !== null) return postingRefusalError(refusal);
        // The statement wrote nothing for an entry refused here (the same rule, domain/support.ts).
        const entry = byNumber.get(item.input.number);
        const refused = supportRefusal(entry, support ? "add" : "remove");
        if (refused === "closed") return new Conflict("arena.errors.supportClosed");
        if (refused !== null || !entry) return new NotFound("arena.errors.notFound");
        // A pair asked twice in one batch changed once: only its first item says so.
        const didChange = changed.delete(supportPairKey({ entryId: entry.id, accountId: accountId(item.actor) }));
        return {
          result: { number: entry.number, changed: didChange, supported: support },
          audit: {
            action: support ? "arena.entry.support" : "arena.entry.unsupport",
            objectType: "arena_entry",
            objectId: entry.id,
            after: { changed: didChange },
          },
        };
      });
    },
  });

/** Adds the account's support to an entry (one per account). */
export const supportEntry = supportChange(true);
/** Withdraws the account's support. */
export const withdrawSupport = supportChange(false);
