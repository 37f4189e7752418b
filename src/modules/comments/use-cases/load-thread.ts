import type { Deps } from "../../../platform/deps";
import type { Locale } from "../../../platform/i18n/i18n";
import type { Actor, Resource } from "../../../platform/permissions/permissions";
import { newToken } from "../../../platform/security/tokens";
import { type PostingRefusal, postingRefusal } from "../../moderation";
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
  /** Comments on the object, each with its answers. */
  roots: Array<ThreadNode<ThreadComment>>;
  /** Visible comments (without deleted and hidden ones). */
  count: number;
  /** Why the viewer may not write now (sign in, confirm the address, blocked); null when they may. */
  refusal: PostingRefusal | null;
  /** A fresh one-time key for the forms of this page, so a form sent twice stores one comment. */
  formKey: string;
}

function shown(row: ThreadRow, names: Map<string, string | null>, viewer: Actor): ThreadComment {
  const state = stateOf(row);
  return {
    id: row.id,
    parentId: row.parentId,
    createdAt: row.createdAt,
    state,
    authorName: row.authorName,
    inReplyTo: row.parentId ? (names.get(row.parentId) ?? null) : null,
    html: state === "visible" ? renderCommentMarkdown(row.body) : "",
    language: row.language,
    hiddenReason: state === "hidden" ? row.hiddenReason : null,
    editedAt: row.editedAt,
    versions: row.versions,
    own: viewer.kind === "user" && row.authorId === viewer.id,
  };
}

/**
 * The comments on an object for one viewer: the tree, the count, and whether and how the viewer may
 * write. Public: anyone who can see the object's page sees its comments.
 */
export async function loadCommentThread(
  deps: Deps,
  resource: Resource,
  actor: Actor,
  locale: Locale,
): Promise<CommentThreadData> {
  const db = deps.database.db;
  const { summary } = await commentableResource(db, resource.type, resource.id, locale);
  const rows = await commentsOn(db, resource);
  const names = new Map(rows.map((r) => [r.id, r.authorName]));
  const roots = buildThread(rows.map((row) => shown(row, names, actor)));
  return {
    resource,
    title: summary.title,
    open: summary.acceptsComments,
    roots,
    count: inReadingOrder(roots).filter((n) => n.comment.state === "visible").length,
    refusal: await postingRefusal(db, actor),
    formKey: newToken(deps.random, 16),
  };
}
