import { NotFound } from "../../../platform/errors/errors";
import { translator } from "../../../platform/i18n/i18n";
import { isUuid } from "../../../platform/ids";
import { type ResourceKind, resourceKind } from "../../../platform/resources/resources";
import { findComment, setHidden } from "../data/comments";
import { stateOf } from "../domain/rules";
import { commentPermalink } from "./commented-resource";

/**
 * Comments themselves are objects others can report and moderators hide. Their page is the page of
 * the object they were written on, at the comment (through the comment's own address, which finds
 * the page of the thread that holds it).
 */
export const commentKind: ResourceKind = {
  type: "comment",
  reportable: true,
  async summary(db, id, locale) {
    if (!isUuid(id)) return null;
    const comment = await findComment(db, id);
    if (!comment) return null;
    const t = translator(locale);
    const on = await resourceKind(comment.resourceType)?.summary(db, comment.resourceId, locale);
    return {
      title: on ? t("comments.resource.title", { title: on.title }) : t("comments.resource.orphan"),
      href: on ? commentPermalink(comment.id) : `/comments/${comment.id}/versions`,
      authorIds: comment.authorId ? [comment.authorId] : [],
      acceptsComments: false,
    };
  },
  /** The moderator's decision, kept with the comment; the object's count follows what readers see. */
  async hide(tx, id, reason) {
    const comment = isUuid(id) ? await findComment(tx, id, true) : null;
    if (!comment) throw new NotFound("comments.errors.notFound");
    const wasVisible = stateOf(comment) === "visible";
    await setHidden(tx, id, reason);
    const isVisible = reason === null && comment.deletedAt === null;
    if (wasVisible !== isVisible)
      await resourceKind(comment.resourceType)?.commentsChanged?.(tx, comment.resourceId, isVisible ? 1 : -1);
  },
};
