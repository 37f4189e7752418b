import { type Counters, currentCounters } from "../../../platform/cache/change-counters";
import { keptValue } from "../../../platform/cache/kept-values";
import type { Executor } from "../../../platform/db/database";
import type { Deps } from "../../../platform/deps";
import { Forbidden, Unauthenticated } from "../../../platform/errors/errors";
import type { Actor } from "../../../platform/permissions/permissions";
import { type PostingState, postingStatesOf } from "../data/blocks";

/** Why someone may not post now; null when they may. */
export type PostingRefusal = "signIn" | "verifyEmail" | "blocked";

function refusalOf(actor: Actor, state: PostingState | undefined): PostingRefusal | null {
  if (actor.kind === "system") return null;
  if (actor.kind === "guest" || !state) return "signIn";
  if (!state.verified) return "verifyEmail";
  if (state.blocked) return "blocked";
  return null;
}

/** Whether the actor may post contributions (comments, entries): signed in, address confirmed, not blocked. */
export async function postingRefusal(db: Executor, actor: Actor): Promise<PostingRefusal | null> {
  const [refusal] = await postingRefusals(db, [actor]);
  return refusal ?? null;
}

/**
 * The same for a page: kept in memory per account while the accounts (confirmed address, deletion)
 * and the moderation (blocks) are unchanged, so a signed-in page does not ask the database each
 * time. Writes check with `assertMayPost` inside their transaction all the same. A page that has
 * read the change counters for its request passes them.
 */
export async function keptPostingRefusal(
  deps: Deps,
  actor: Actor,
  counters?: Counters,
): Promise<PostingRefusal | null> {
  if (actor.kind !== "user") return refusalOf(actor, undefined);
  const { identity, moderation } = counters ?? (await currentCounters(deps.database));
  return keptValue(
    {
      owner: deps.database.db,
      key: `posting-refusal:${actor.id}`,
      version: `${identity}.${moderation}`,
      now: deps.clock().getTime(),
    },
    () => postingRefusal(deps.database.db, actor),
  );
}

/** `postingRefusal` for many actors with one read (the writes of a batch), in their order. */
export async function postingRefusals(db: Executor, actors: readonly Actor[]): Promise<Array<PostingRefusal | null>> {
  const accountIds = actors.flatMap((actor) => (actor.kind === "user" ? [actor.id] : []));
  const states = await postingStatesOf(db, accountIds);
  return actors.map((actor) => refusalOf(actor, actor.kind === "user" ? states.get(actor.id) : undefined));
}

/** The message key that explains a refusal to the person. */
export function postingRefusalMessage(refusal: PostingRefusal): string {
  return `moderation.posting.${refusal}`;
}

/**
 * The one check every module that takes contributions runs in its use case before it stores one:
 * guests are asked to sign in, accounts without a confirmed address and blocked accounts are refused,
 * each with a message that says what to do.
 */
export async function assertMayPost(tx: Executor, actor: Actor): Promise<void> {
  const refusal = await postingRefusal(tx, actor);
  if (refusal !== null) throw postingRefusalError(refusal);
}

/** The error that answers a refusal: a guest is asked to sign in, anyone else is refused. */
export function postingRefusalError(refusal: PostingRefusal): Error {
  return refusal === "signIn"
    ? new Unauthenticated(postingRefusalMessage(refusal))
    : new Forbidden(postingRefusalMessage(refusal));
}
