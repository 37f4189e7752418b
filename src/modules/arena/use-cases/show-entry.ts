import type { Deps } from "../../../platform/deps";
import { NotFound } from "../../../platform/errors/errors";
import type { Actor } from "../../../platform/permissions/permissions";
import { can } from "../../../platform/permissions/permissions";
import { officialFeedbackFor } from "../../moderation";
import { isFollowing } from "../../notifications";
import { entryAttachments } from "../data/attachments";
import { collaborationsOf } from "../data/collaborations";
import { consortiaByIds } from "../data/consortia";
import { consortiumRequestsOf } from "../data/consortium-requests";
import { displayNames, entriesOfConsortium, findEntryByNumber } from "../data/entries";
import { stateHistory } from "../data/state-changes";
import { hasSupported } from "../data/supports";
import { authorMayEdit, isEntryState, nextStates } from "../domain/workflow";
import { ENTRY_TYPE } from "./entry-resource";

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

/** What everyone sees of an entry: its text, team, supports, history, feedback and consortium. */
export async function showEntry(deps: Deps, numberText: string | undefined) {
  const db = deps.database.db;
  const entry = await findEntryByNumber(db, entryNumberOf(numberText));
  if (!entry) throw new NotFound("arena.errors.notFound");
  const [history, collaborations, feedback, consortium, attachments] = await Promise.all([
    stateHistory(db, entry.id),
    collaborationsOf(db, entry.id),
    officialFeedbackFor(db, { type: ENTRY_TYPE, id: entry.id }),
    entry.consortiumId ? consortiaByIds(db, [entry.consortiumId]).then((rows) => rows[0] ?? null) : null,
    // A hidden entry shows none of its files.
    entry.hiddenReason ? [] : entryAttachments(db, entry.id),
  ]);
  const names = await displayNames(db, entry.authorId ? [entry.authorId] : []);
  const siblings = consortium ? (await entriesOfConsortium(db, consortium.id)).filter((e) => e.id !== entry.id) : [];
  return {
    entry,
    authorName: entry.authorId ? (names.get(entry.authorId) ?? null) : null,
    history,
    /** Accepted people by name; the messages and addresses are for the authors only (see forViewer). */
    team: collaborations.filter((c) => c.status === "accepted").map((c) => c.name ?? null),
    collaborations,
    feedback,
    consortium,
    siblings,
    attachments,
  };
}
export type EntryView = Awaited<ReturnType<typeof showEntry>>;

/** What the signed-in reader may do on the entry page, and their own state (supported, following). */
export async function viewerOf(deps: Deps, actor: Actor, view: EntryView) {
  const { entry } = view;
  const db = deps.database.db;
  const resource = { type: ENTRY_TYPE, id: entry.id };
  const me = actor.kind === "user" ? actor.id : null;
  const isAuthor = me !== null && entry.authorId === me;
  const state = isEntryState(entry.state) ? entry.state : "submitted";
  const [supported, following] = me
    ? await Promise.all([hasSupported(db, entry.id, me), isFollowing(db, me, resource)])
    : [false, false];
  const myOffer = me ? (view.collaborations.find((c) => c.accountId === me && c.status !== "declined") ?? null) : null;
  return {
    signedIn: me !== null,
    isAuthor,
    supported,
    following,
    myOffer,
    mayEdit: isAuthor && authorMayEdit(state),
    /** Open requests to form a consortium with another entry, sent and received (authors only). */
    consortiumRequests: isAuthor ? await consortiumRequestsOf(db, entry.id) : null,
    mayManage: can(actor, "arena.manage"),
    nextStates: can(actor, "arena.manage") ? nextStates(state) : [],
  };
}
export type EntryViewer = Awaited<ReturnType<typeof viewerOf>>;
