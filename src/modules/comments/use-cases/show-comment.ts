import type { Deps } from "../../../platform/deps";
import { Conflict, NotFound } from "../../../platform/errors/errors";
import type { Locale } from "../../../platform/i18n/i18n";
import { isUuid } from "../../../platform/ids";
import type { Actor } from "../../../platform/permissions/permissions";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { resourceKind } from "../../../platform/resources/resources";
import { authorNameOf, findComment, versionsOf } from "../data/comments";
import { renderCommentMarkdown } from "../domain/markdown";
import { editKeepsVersion, stateOf } from "../domain/rules";
import { pageOfRoot } from "../domain/thread";
import { ownComment } from "./change-comment";
import { commentHref, commentPermalink } from "./commented-resource";
import { keptThread } from "./load-thread";

/** The edit form of the author's own comment: its text, where it shows, and whether an edit now keeps a version. */
export async function showEditForm(deps: Deps, actor: Actor, id: string) {
  requirePermission(actor, "comments.write");
  if (!isUuid(id)) throw new NotFound("comments.errors.notFound");
  const db = deps.database.db;
  const comment = await ownComment(db, actor, id);
  const state = stateOf(comment);
  if (state === "deleted") throw new NotFound("comments.errors.deleted");
  if (state === "hidden") throw new Conflict("comments.errors.hiddenNoEdit");
  return {
    id: comment.id,
    body: comment.body,
    href: commentPermalink(comment.id),
    keepsVersion: editKeepsVersion(comment.createdAt, deps.clock()),
  };
}

/** A comment's current text and its earlier versions, newest first (public, like the thread). */
export async function showVersions(deps: Deps, id: string, locale: Locale) {
  if (!isUuid(id)) throw new NotFound("comments.errors.notFound");
  const db = deps.database.db;
  const comment = await findComment(db, id);
  if (!comment) throw new NotFound("comments.errors.notFound");
  const state = stateOf(comment);
  if (state === "deleted") throw new NotFound("comments.errors.deleted");
  const on = await resourceKind(comment.resourceType)?.summary(db, comment.resourceId, locale);
  const visible = state === "visible";
  return {
    id: comment.id,
    state,
    hiddenReason: comment.hiddenReason,
    authorName: await authorNameOf(db, comment.authorId),
    title: on?.title ?? null,
    href: on ? commentPermalink(comment.id) : null,
    language: comment.language,
    current: visible
      ? { html: renderCommentMarkdown(comment.body), since: comment.editedAt ?? comment.createdAt }
      : null,
    versions: visible
      ? (await versionsOf(db, comment.id)).map((v) => ({ html: renderCommentMarkdown(v.body), ...v }))
      : [],
  };
}

/**
 * Where a comment's own address (`/comments/<id>`) leads: the object's page at the comment, on the
 * page of the thread that holds it (found in the kept thread, so the same order as the page shows);
 * the versions page when the object is gone. Notifications, the moderation and the forms link here.
 */
export async function commentLink(deps: Deps, id: string, locale: Locale): Promise<string> {
  if (!isUuid(id)) throw new NotFound("comments.errors.notFound");
  const db = deps.database.db;
  const comment = await findComment(db, id);
  if (!comment) throw new NotFound("comments.errors.notFound");
  const on = await resourceKind(comment.resourceType)?.summary(db, comment.resourceId, locale);
  if (!on) return `/comments/${comment.id}/versions`;
  const thread = await keptThread(deps, { type: comment.resourceType, id: comment.resourceId });
  return commentHref(on, comment.id, pageOfRoot(thread.rootIndex.get(comment.id) ?? 0));
}
