import { Conflict, NotFound } from "../../../platform/errors/errors";
import { defineBatchedUseCase } from "../../../platform/use-case/batched-use-case";
import { postingRefusalError, postingRefusals } from "../../moderation";
import { supportTargets } from "../data/entries";
import { addSupports, removeSupports, supportPairKey } from "../data/supports";
import { supportInput } from "../domain/inputs";
import { isClosed, isEntryState } from "../domain/workflow";
import { accountId } from "./account";

/**
 * Supporting and withdrawing are the Arena's most frequent writes (everyone clicks at once when an
 * entry is shared), so they are written in batches: each click is checked on its own, then all
 * waiting clicks go into one transaction (see batched-use-case.ts, ADR 0016).
 */
const supportChange = (support: boolean) =>
  defineBatchedUseCase({
    action: "arena.support",
    input: supportInput,
    runBatch: async ({ tx }, items) => {
      const [refusals, targets] = await Promise.all([
        postingRefusals(
          tx,
          items.map((item) => item.actor),
        ),
        supportTargets(
          tx,
          items.map((item) => item.input.number),
        ),
      ]);
      const byNumber = new Map(targets.map((entry) => [entry.number, entry]));
      // Each item: the refusal that answers it, or the support it asks for.
      const asked = items.map((item, i) => {
        const refusal = refusals[i] ?? null;
        if (refusal !== null) return postingRefusalError(refusal);
        const entry = byNumber.get(item.input.number);
        if (!entry || entry.hiddenReason) return new NotFound("arena.errors.notFound");
        if (support && isEntryState(entry.state) && isClosed(entry.state))
          return new Conflict("arena.errors.supportClosed");
        return { entryId: entry.id, accountId: accountId(item.actor), createdAt: item.now, number: entry.number };
      });
      const pairs = asked.filter((a): a is Exclude<(typeof asked)[number], Error> => !(a instanceof Error));
      // Idempotent both ways: supporting twice or withdrawing twice changes nothing the second time.
      const changed = support ? await addSupports(tx, pairs) : await removeSupports(tx, pairs);
      return asked.map((pair) => {
        if (pair instanceof Error) return pair;
        // A pair asked twice in one batch changed once: only its first item says so.
        const didChange = changed.delete(supportPairKey(pair));
        return {
          result: { number: pair.number, changed: didChange, supported: support },
          audit: {
            action: support ? "arena.entry.support" : "arena.entry.unsupport",
            objectType: "arena_entry",
            objectId: pair.entryId,
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
