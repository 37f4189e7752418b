import type { Executor } from "../../../platform/db/database";
import { Forbidden, Unauthenticated } from "../../../platform/errors/errors";
import type { Actor } from "../../../platform/permissions/permissions";
import { postingStateOf } from "../data/blocks";

/** Why someone may not post now; null when they may. */
export type PostingRefusal = "signIn" | "verifyEmail" | "blocked";

/** Whether the actor may post contributions (comments, entries): signed in, address confirmed, not blocked. */
export async function postingRefusal(db: Executor, actor: Actor): Promise<PostingRefusal | null> {
  if (actor.kind === "system") return null;
  if (actor.kind === "guest") return "signIn";
  const state = await postingStateOf(db, actor.id);
  if (!state.exists) return "signIn";
  if (!state.verified) return "verifyEmail";
  if (state.blocked) return "blocked";
  return null;
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
  if (refusal === null) return;
  if (refusal === "signIn") throw new Unauthenticated(postingRefusalMessage(refusal));
  throw new Forbidden(postingRefusalMessage(refusal));
}
