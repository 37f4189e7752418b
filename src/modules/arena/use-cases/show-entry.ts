import { type Counters, currentCounters } from "../../../platform/cache/change-counters";
import { keptValue } from "../../../platform/cache/kept-values";
import { readPerTurn } from "../../../platform/cache/reads-per-turn";
import type { Deps } from "../../../platform/deps";
import { NotFound } from "../../../platform/errors/errors";
import type { Actor } from "../../../platform/permissions/permissions";
import { can } from "../../../platform/permissions/permissions";
import { officialFeedbackFor } from "../../moderation";
import { followsCondition } from "../../notifications";
import { workshopsOfArenaEntry } from "../../workshops";
import { entryAttachments } from "../data/attachments";
import { acceptedTeamNames, collaborationsOf } from "../data/collaborations";
import { consortiaByIds } from "../data/consortia";
import { consortiumRequestsOf } from "../data/consortium-requests";
import { displayNames, entriesOfConsortium, findEntryByNumber } from "../data/entries";
import { type Reader, type ReaderState, readerStatesOf } from "../data/reader-state";
import { stateHistory } from "../data/state-changes";
import { authorMayEdit, isEntryState, nextStates } from "../domain/workflow";
import { ENTRY_TYPE } from "./entry-resource";
import { COUNTS_MAX_AGE_MS } from "./list-entries";

/** Reads the number in an address (`/arena/42`); anything else names no entry. */
export function entryNumberOf(text: string | undefined): number {
  const number = Number(text);
  if (!/^\d{1,9}$/.test(text ?? "") || !Number.isSafeInteger(number)) throw new NotFound("arena.errors.notFound");
  return number;
}

/** The id of the entry with this number (for the forms and the API, which act on it). */
export async function entryIdByNumber(deps: Deps, numberText: string | undefined): Promise<string> {
  const entry = await findEntryByNumber(deps.database.db, entryNumberOf(numberText));
  if (!entry) throw new NotFound("arena.errors.notFound");
  return entry.id;
}

/** An entry has a handful of events; more are not shown on its page. */
const EVENTS_LIMIT = 50;

/**
 * What everyone sees of an entry: its text, team, supports, history, feedback and consortium. Kept
 * in memory per entry while the arena, its moderation and the accounts (names) are unchanged, and
 * for at most a few seconds (its supports and comments move without the arena's counter); `fresh`
 * reads it anew, for the page that answers the reader's own action (a support they just gave); a
 * page that has read the counters for its request passes them.
 */
export async function showEntry(
  deps: Deps,
  numberText: string | undefined,
  options: { fresh?: boolean; counters?: Counters } = {},
) {
  const number = entryNumberOf(numberText);
  const read = () => readEntryView(deps, number);
  if (options.fresh) return read();
  const counters = options.counters ?? (await currentCounters(deps.database));
  return keptValue(
    {
      owner: deps.database.db,
      key: `arena-entry:${number}`,
      version: `${counters.arena}.${counters.moderation}.${counters.identity}.${counters.workshops}`,
      now: deps.clock().getTime(),
      maxAgeMs: COUNTS_MAX_AGE_MS,
    },
    read,
  );
}

async function readEntryView(deps: Deps, number: number) {
  const db = deps.database.db;
  const entry = await findEntryByNumber(db, number);
  if (!entry) throw new NotFound("arena.errors.notFound");
  const [history, team, feedback, consortium, attachments, events] = await Promise.all([
    stateHistory(db, entry.id),
    acceptedTeamNames(db, entry.id),
    officialFeedbackFor(db, { type: ENTRY_TYPE, id: entry.id }),
    entry.consortiumId ? consortiaByIds(db, [entry.consortiumId]).then((rows) => rows[0] ?? null) : null,
    // A hidden entry shows none of its files.
    entry.hiddenReason ? [] : entryAttachments(db, entry.id),
    // Workshops on the entry and what they decided to do next (the workshops module's documentation).
    entry.hiddenReason ? [] : workshopsOfArenaEntry(db, entry.number, EVENTS_LIMIT),
  ]);
  const names = await displayNames(db, entry.authorId ? [entry.authorId] : []);
  const siblings = consortium ? (await entriesOfConsortium(db, consortium.id)).filter((e) => e.id !== entry.id) : [];
  return {
    entry,
    authorName: entry.authorId ? (names.get(entry.authorId) ?? null) : null,
    history,
    /** Accepted people by name (null: a deleted account); messages and addresses are in `viewerOf`. */
    team,
    feedback,
    consortium,
    siblings,
    attachments,
    events,
  };
}
export type EntryView = Awaited<ReturnType<typeof showEntry>>;

/** The readers' own states asked for at the same moment, read with one query (see reads-per-turn.ts). */
const readerState = readPerTurn((db, readers: readonly Reader[]) =>
  readerStatesOf(db, readers, (accountId, entryId) => followsCondition(accountId, { type: ENTRY_TYPE, id: entryId })),
);

/**
 * What the signed-in reader did on the entry (supported it, offered to take part) and whether they
 * follow it: one query, shared with the other readers who ask at the same moment. Nothing for a
 * visitor.
 */
export async function readerOf(deps: Deps, actor: Actor, entry: EntryView["entry"]): Promise<ReaderState> {
  if (actor.kind !== "user") return { supported: false, offer: null, following: false };
  return readerState(deps.database.db, { entryId: entry.id, accountId: actor.id });
}

/** Whether the signed-in actor wrote the entry (and so sees the offers with their messages). */
export function isAuthorOf(actor: Actor, entry: EntryView["entry"]): boolean {
  return actor.kind === "user" && entry.authorId === actor.id;
}

/** What the signed-in reader may do on the entry page, and their own state (supported, following). */
export async function viewerOf(deps: Deps, actor: Actor, view: EntryView): Promise<EntryViewer> {
  const { entry } = view;
  const db = deps.database.db;
  const isAuthor = isAuthorOf(actor, entry);
  const [own, collaborations, consortiumRequests] = await Promise.all([
    readerOf(deps, actor, entry),
    // The offers with their messages (and the team's addresses) are for the authors; anyone else
    // signed in sees only the state of their own offer.
    isAuthor ? collaborationsOf(db, entry.id) : [],
    isAuthor ? consortiumRequestsOf(db, entry.id) : null,
  ]);
  return {
    ...rightsOnEntry(actor, view),
    isAuthor,
    supported: own.supported,
    following: own.following,
    myOffer: own.offer === null ? null : { status: own.offer },
    collaborations,
    mayEdit: isAuthor && authorMayEdit(stateOf(entry)),
    consortiumRequests,
    shared: false,
  };
}

/**
 * The viewer of a page drawn once for every signed-in reader with the actor's rights who did not
 * write the entry: one who has done nothing on it yet. Each reader's own support, follow and offer
 * are put in per answer (`ownEntryParts`).
 */
export function sharedViewerOf(actor: Actor, view: EntryView): EntryViewer {
  return {
    ...rightsOnEntry(actor, view),
    isAuthor: false,
    supported: false,
    following: false,
    myOffer: null,
    collaborations: [],
    mayEdit: false,
    consortiumRequests: null,
    shared: true,
  };
}

export type { ReaderState };

const stateOf = (entry: EntryView["entry"]) => (isEntryState(entry.state) ? entry.state : "submitted");

function rightsOnEntry(actor: Actor, view: EntryView) {
  const mayManage = can(actor, "arena.manage");
  return {
    signedIn: actor.kind === "user",
    mayManage,
    nextStates: mayManage ? nextStates(stateOf(view.entry)) : [],
  };
}

export interface EntryViewer {
  signedIn: boolean;
  isAuthor: boolean;
  supported: boolean;
  following: boolean;
  /** The state of the reader's own open or accepted offer. */
  myOffer: { status: "pending" | "accepted" } | null;
  /** Every offer with its message, and the accepted people's addresses (authors only). */
  collaborations: Awaited<ReturnType<typeof collaborationsOf>>;
  mayEdit: boolean;
  /** Open requests to form a consortium with another entry, sent and received (authors only). */
  consortiumRequests: Awaited<ReturnType<typeof consortiumRequestsOf>> | null;
  mayManage: boolean;
  nextStates: ReturnType<typeof nextStates>;
  /** Drawn once for every reader with these rights: the reader's own parts are marked (see `sharedViewerOf`). */
  shared: boolean;
}
