import { type Counters, currentCounters } from "../../../platform/cache/change-counters";
import { keptValue } from "../../../platform/cache/kept-values";
import type { Deps } from "../../../platform/deps";
import type { Locale } from "../../../platform/i18n/i18n";
import type { Actor, Resource } from "../../../platform/permissions/permissions";
import { newToken } from "../../../platform/security/tokens";
import { keptPostingRefusal, type PostingRefusal } from "../../moderation";
import { commentsOn, type ThreadRow } from "../data/comments";
import { renderCommentMarkdown } from "../domain/markdown";
import { type CommentState, stateOf } from "../domain/rules";
import { buildThread, inReadingOrder, type ThreadNode } from "../domain/thread";
import { commentableResource } from "./commented-resource";

/** A comment as the thread shows it; the text only while it is visible. */
export interface ThreadComment {
  id: string;
  parentId: string | null;
  createdAt: Date;
  state: CommentState;
  /** Null for a deleted account. */
  authorName: string | null;
  /** The author of the comment answered, named on answers shown below the deepest indented level. */
  inReplyTo: string | null;
  /** Safe HTML of the text; empty unless visible. */
  html: string;
  language: string;
  hiddenReason: string | null;
  /** Edited after the free editing time: the earlier versions can be read. */
  editedAt: Date | null;
  versions: number;
  /** The viewer wrote it (may edit or delete it). */
  own: boolean;
}

export interface CommentThreadData {
  resource: Resource;
  /** The object's title, for headings and the forms' labels. */
  title: string;
  /** Whether the object takes comments now. */
  open: boolean;
  /**
   * Every comment on the object, each with its answers (the view shows one page of them). Shared
   * with other requests and frozen: read it, never change it.
   */
  roots: Array<ThreadNode<ThreadComment>>;
  /** Visible comments (without deleted and hidden ones). */
  count: number;
  /** Why the viewer may not write now (sign in, confirm the address, blocked); null when they may. */
  refusal: PostingRefusal | null;
  /**
   * A fresh one-time key for the forms of this page, so a form sent twice stores one comment (empty
   * when `shared`: each reader gets their own with `ownThreadParts`).
   */
  formKey: string;
  /** The tree marks the viewer's own comments: it is theirs alone (otherwise it is the kept tree everyone shares). */
  personal: boolean;
  /**
   * Drawn once for every reader with the same rights to write: no comment is marked as the
   * reader's, and their own parts (the links of their comments, the form key) are marked for the
   * page cache to put in per answer (see `SharedCommentThread`).
   */
  shared: boolean;
}

/** What is the reader's own in a thread drawn for everyone: a fresh form key and their comments. */
export interface CommentReader {
  formKey: string;
  /** The ids of the reader's own comments on the object. */
  own: ReadonlySet<string>;
}

/**
 * The part of a thread that is the same for everyone, kept in memory per object until a comment,
 * a moderation decision or an account changes: the tree with every `own` flag false and the text
 * already turned into safe HTML. The authors' ids stay in here, only to work out `own` per viewer.
 */
export interface KeptThread {
  /** Frozen: shared by every request. */
  roots: Array<ThreadNode<ThreadComment>>;
  count: number;
  /** The ids of each author's comments, by the author's account id. */
  commentsByAuthor: ReadonlyMap<string, ReadonlySet<string>>;
  /** For each comment, the place (from 0) of the comment on the object it belongs to: its page. */
  rootIndex: ReadonlyMap<string, number>;
}

/**
 * The safe HTML of texts already rendered, by comment id: when the thread is read again after a
 * change elsewhere, only new and changed texts are rendered. The text is compared, so an edit is
 * never shown with its old HTML; the oldest entries go first.
 */
const renderedTexts = new Map<string, { body: string; html: string }>();
const MAX_RENDERED_TEXTS = 20_000;

function htmlOf(row: ThreadRow): string {
  const known = renderedTexts.get(row.id);
  if (known && known.body === row.body) return known.html;
  const html = renderCommentMarkdown(row.body);
  renderedTexts.delete(row.id);
  renderedTexts.set(row.id, { body: row.body, html });
  if (renderedTexts.size > MAX_RENDERED_TEXTS) {
    const oldest = renderedTexts.keys().next();
    if (!oldest.done) renderedTexts.delete(oldest.value);
  }
  return html;
}

function shown(row: ThreadRow, names: Map<string, string | null>): ThreadComment {
  const state = stateOf(row);
  return {
    id: row.id,
    parentId: row.parentId,
    createdAt: row.createdAt,
    state,
    authorName: row.authorName,
    inReplyTo: row.parentId ? (names.get(row.parentId) ?? null) : null,
    html: state === "visible" ? htmlOf(row) : "",
    language: row.language,
    hiddenReason: state === "hidden" ? row.hiddenReason : null,
    editedAt: row.editedAt,
    versions: row.versions,
    own: false,
  };
}

/** Frozen, so a caller that tried to change the shared tree would fail at once instead of showing it to others. */
function frozen(nodes: Array<ThreadNode<ThreadComment>>): Array<ThreadNode<ThreadComment>> {
  for (const node of nodes) {
    Object.freeze(node.comment);
    frozen(node.replies);
    Object.freeze(node);
  }
  Object.freeze(nodes);
  return nodes;
}

async function readThread(deps: Deps, resource: Resource): Promise<KeptThread> {
  const rows = await commentsOn(deps.database.db, resource);
  const names = new Map(rows.map((r) => [r.id, r.authorName]));
  const commentsByAuthor = new Map<string, Set<string>>();
  for (const row of rows) {
    if (!row.authorId) continue;
    const ids = commentsByAuthor.get(row.authorId) ?? new Set<string>();
    ids.add(row.id);
    commentsByAuthor.set(row.authorId, ids);
  }
  const roots = buildThread(rows.map((row) => shown(row, names)));
  const rootIndex = new Map<string, number>();
  roots.forEach((root, index) => {
    for (const node of inReadingOrder([root])) rootIndex.set(node.comment.id, index);
  });
  return {
    roots: frozen(roots),
    count: inReadingOrder(roots).filter((n) => n.comment.state === "visible").length,
    commentsByAuthor,
    rootIndex,
  };
}

/**
 * The public part of the object's thread as of now. Its version is read before it is asked for, from
 * the counters of comments (and their versions and hidden state), of the moderation and of accounts
 * (display names, deleted accounts), so any change committed before the request shows in it; a
 * page that has read the counters for its request passes them.
 */
export async function keptThread(deps: Deps, resource: Resource, known?: Counters): Promise<KeptThread> {
  const counters = known ?? (await currentCounters(deps.database));
  return keptValue(
    {
      owner: deps.database.db,
      key: `comments:${resource.type}:${resource.id}`,
      version: `${counters.comments}:${counters.moderation}:${counters.identity}`,
      now: deps.clock().getTime(),
    },
    () => readThread(deps, resource),
  );
}

/**
 * The tree with the viewer's own comments marked. Only the comments marked and the nodes above them
 * are copied; everything else is the kept tree itself.
 */
function markedOwn(
  nodes: Array<ThreadNode<ThreadComment>>,
  own: ReadonlySet<string>,
): Array<ThreadNode<ThreadComment>> {
  let changed = false;
  const marked = nodes.map((node) => {
    const replies = node.replies.length > 0 ? markedOwn(node.replies, own) : node.replies;
    const mine = own.has(node.comment.id);
    if (!mine && replies === node.replies) return node;
    changed = true;
    return {
      comment: mine ? { ...node.comment, own: true } : node.comment,
      depth: node.depth,
      replies,
    };
  });
  return changed ? marked : nodes;
}

/** The kept tree as this viewer sees it. */
export function treeFor(kept: KeptThread, actor: Actor): Array<ThreadNode<ThreadComment>> {
  const own = actor.kind === "user" ? kept.commentsByAuthor.get(actor.id) : undefined;
  return own ? markedOwn(kept.roots, own) : kept.roots;
}

/** What the page that shows the thread already knows, so the thread need not read it again. */
export interface ThreadContext {
  /** The object's title and whether it takes comments now, as the page has just read them. */
  object?: { title: string; acceptsComments: boolean };
  /** The change counters the page read for this request. */
  counters?: Counters;
}

/**
 * The comments on an object for one viewer: the tree, the count, and whether and how the viewer may
 * write. Public: anyone who can see the object's page sees its comments. The tree and its HTML come
 * from memory while nothing changed; the viewer's right to write, their own comments and the form
 * key are worked out for every request. The object is asked for its title and whether it takes
 * comments, unless the page that shows the thread has just read it (see `ThreadContext`).
 */
export async function loadCommentThread(
  deps: Deps,
  resource: Resource,
  actor: Actor,
  locale: Locale,
  context: ThreadContext = {},
): Promise<CommentThreadData> {
  const { kept, data } = await keptAndShared(deps, resource, actor, locale, context);
  const roots = treeFor(kept, actor);
  return { ...data, roots, formKey: newToken(deps.random, 16), personal: roots !== kept.roots, shared: false };
}

async function keptAndShared(
  deps: Deps,
  resource: Resource,
  actor: Actor,
  locale: Locale,
  context: ThreadContext,
): Promise<{ kept: KeptThread; data: CommentThreadData }> {
  const db = deps.database.db;
  const object = context.object ?? (await commentableResource(db, resource.type, resource.id, locale)).summary;
  const [kept, refusal] = await Promise.all([
    keptThread(deps, resource, context.counters),
    keptPostingRefusal(deps, actor, context.counters),
  ]);
  const data: CommentThreadData = {
    resource,
    title: object.title,
    open: object.acceptsComments,
    roots: kept.roots,
    count: kept.count,
    refusal,
    formKey: "",
    personal: false,
    shared: true,
  };
  return { kept, data };
}

/**
 * The thread for a page made once for every reader with the same rights to write (the page keeps
 * it per `thread.refusal`): the thread as everyone sees it, and apart from it what is this reader's
 * own, for the page cache to put in per answer (`ownThreadParts`). Reads nothing the kept
 * thread and the kept right to post do not already hold.
 */
export async function loadSharedCommentThread(
  deps: Deps,
  resource: Resource,
  actor: Actor,
  locale: Locale,
  context: ThreadContext = {},
): Promise<{ thread: CommentThreadData; reader: CommentReader }> {
  const { kept, data } = await keptAndShared(deps, resource, actor, locale, context);
  const own = actor.kind === "user" ? kept.commentsByAuthor.get(actor.id) : undefined;
  return { thread: data, reader: { formKey: newToken(deps.random, 16), own: own ?? new Set() } };
}
