import type { Executor } from "../db/database";
import type { Locale } from "../i18n/i18n";
import type { Actor } from "../permissions/permissions";

/**
 * A call for ideas that is open now, as the Arena's submission offers it: "Für einen
 * Beteiligungsprozess einreichen".
 */
export interface OpenIdeaCall {
  /** Names the call in addresses and drafts (`/arena/new?call=<key>`); unique across modules. */
  key: string;
  /** In the reader's language. */
  title: string;
  /** The page of the call, where the submitted ideas are listed. */
  href: string;
}

/** A call's answer to a submission: recorded, or refused with a message key saying why. */
export type IdeaCallAnswer = { ok: true } | { ok: false; reason: string };

/**
 * Calls for ideas a module runs (a participation process in its idea-call phase), declared in its
 * manifest (`ideaCalls`): the Arena takes the entries and tells the call about each one, without
 * either module knowing the other.
 */
export interface IdeaCallSource {
  /** The calls the actor may submit to at `now`, at most a few dozen, in the reader's language. */
  open(db: Executor, actor: Actor, locale: Locale, now: Date): Promise<OpenIdeaCall[]>;
  /**
   * Records the Arena entry `entryNumber` as submitted to the call `callKey`, in the submitting
   * transaction; submitting the same entry twice records it once. Refuses (and records nothing)
   * when the call is no longer open or the actor may not submit to it. Null when none of this
   * source's calls has the key.
   */
  submitted(
    tx: Executor,
    callKey: string,
    entryNumber: number,
    actor: Actor,
    now: Date,
  ): Promise<IdeaCallAnswer | null>;
}

const sources: IdeaCallSource[] = [];

/** Called once per module by the app's module registration. */
export function registerIdeaCalls(source: IdeaCallSource): void {
  if (!sources.includes(source)) sources.push(source);
}

/** Every call open now for the actor, from every module that runs calls. */
export async function openIdeaCalls(db: Executor, actor: Actor, locale: Locale, now: Date): Promise<OpenIdeaCall[]> {
  const lists = await Promise.all(sources.map((source) => source.open(db, actor, locale, now)));
  return lists.flat();
}

/**
 * Tells the call `callKey` that the entry was submitted to it, in the caller's transaction. Null
 * when no module knows the key (a call deleted in between): the caller refuses it like a closed call.
 */
export async function submittedToIdeaCall(
  tx: Executor,
  callKey: string,
  entryNumber: number,
  actor: Actor,
  now: Date,
): Promise<IdeaCallAnswer | null> {
  for (const source of sources) {
    const answer = await source.submitted(tx, callKey, entryNumber, actor, now);
    if (answer) return answer;
  }
  return null;
}
