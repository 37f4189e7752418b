import type { Executor } from "../../../platform/db/database";
import { Conflict, NotFound } from "../../../platform/errors/errors";
import type { Locale } from "../../../platform/i18n/i18n";
import type { Actor } from "../../../platform/permissions/permissions";
import { type ResourceKind, type ResourceSummary, resourceKind } from "../../../platform/resources/resources";

/** The commentable kind and the object's summary; NotFound for unknown kinds and objects. */
export async function commentableResource(
  db: Executor,
  type: string,
  id: string,
  locale: Locale,
  now?: Date,
): Promise<{ kind: ResourceKind; summary: ResourceSummary }> {
  const kind = resourceKind(type);
  if (kind?.commentable !== true) throw new NotFound("comments.errors.unknownResource");
  const summary = await kind.summary(db, id, locale, now);
  if (!summary) throw new NotFound("comments.errors.unknownResource");
  return { kind, summary };
}

/**
 * As above, and the object must take comments now (not closed, not hidden) and from this person
 * (the object's own rule, e.g. invited people only).
 */
export async function openForComments(db: Executor, type: string, id: string, locale: Locale, now: Date, actor: Actor) {
  const found = await commentableResource(db, type, id, locale, now);
  if (!found.summary.acceptsComments) throw new Conflict("comments.errors.closed");
  const refusal = await found.kind.commentRefusal?.(db, id, actor, now);
  if (refusal) throw new Conflict(refusal);
  return found;
}

/**
 * Where a comment is shown: the object's page at the comment, on the page of the thread that holds
 * it (`comments=<n>`, left out for the first).
 */
export function commentHref(summary: ResourceSummary, commentId: string, threadPage = 1): string {
  const base = summary.href.split("#")[0] ?? "";
  const query = threadPage > 1 ? `${base.includes("?") ? "&" : "?"}comments=${threadPage}` : "";
  return `${base}${query}#comment-${commentId}`;
}

/** A comment's own address: it leads to the comment on the right page of its thread (see `commentLink`). */
export function commentPermalink(commentId: string): string {
  return `/comments/${commentId}`;
}

/** The object's title and page for a link back, or nothing when it cannot be found. */
export async function commentTarget(
  db: Executor,
  type: string,
  id: string,
  locale: Locale,
): Promise<{ title: string; href: string } | undefined> {
  if (!type || !id || type.length > 64 || id.length > 200) return undefined;
  const found = await commentableResource(db, type, id, locale).catch(() => null);
  return found ? { title: found.summary.title, href: found.summary.href } : undefined;
}
