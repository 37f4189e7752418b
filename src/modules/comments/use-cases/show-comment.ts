import type { Deps } from "../../../platform/deps";
import { Conflict, NotFound } from "../../../platform/errors/errors";
import type { Locale } from "../../../platform/i18n/i18n";
import type { Actor } from "../../../platform/permissions/permissions";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { resourceKind } from "../../../platform/resources/resources";
import { authorNameOf, findComment, versionsOf } from "../data/comments";
import { renderCommentMarkdown } from "../domain/markdown";
import { editKeepsVersion, stateOf } from "../domain/rules";
import { hrefOf, ownComment } from "./change-comment";
import { commentHref } from "./commented-resource";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The edit form of the author's own comment: its text, where it shows, and whether an edit now keeps a version. */
export async function showEditForm(deps: Deps, actor: Actor, id: string) {
  requirePermission(actor, "comments.write");
  if (!uuidPattern.test(id)) throw new NotFound("comments.errors.notFound");
  const db = deps.database.db;
  const comment = await ownComment(db, actor, id);
  const state = stateOf(comment);
  if (state === "deleted") throw new NotFound("comments.errors.deleted");
  if (state === "hidden") throw new Conflict("comments.errors.hiddenNoEdit");
  return {
    id: comment.id,
    body: comment.body,
    href: await hrefOf(db, comment),
    keepsVersion: editKeepsVersion(comment.createdAt, deps.clock()),
  };
}

/** A comment's current text and its earlier versions, newest first (public, like the thread). */
export async function showVersions(deps: Deps, id: string, locale: Locale) {
  if (!uuidPattern.test(id)) throw new NotFound("comments.errors.notFound");
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
    href: on ? commentHref(on, comment.id) : null,
    language: comment.language,
    current: visible
      ? { html: renderCommentMarkdown(comment.body), since: comment.editedAt ?? comment.createdAt }
      : null,
    versions: visible
      ? (await versionsOf(db, comment.id)).map((v) => ({ html: renderCommentMarkdown(v.body), ...v }))
      : [],
  };
}
