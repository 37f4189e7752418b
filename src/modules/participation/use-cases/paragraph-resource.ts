import { localized, translator } from "../../../platform/i18n/i18n";
import { isUuid } from "../../../platform/ids";
import type { ResourceKind } from "../../../platform/resources/resources";
import { addToCommentCount, type PlacedParagraph, placedParagraph } from "../data/paragraphs";
import { findProcessById } from "../data/processes";
import { mayDo } from "../domain/process";
import { participationCheck } from "./process-access";

/** The type under which comments and notifications name a paragraph of a draft. */
export const PARAGRAPH_TYPE = "participation_paragraph";

/** The draft's page of a process. */
export const textPath = (slug: string) => `/participation/${slug}/text`;

/** The anchor of a paragraph on the draft's page: "2.3" → "p-2-3". */
export const paragraphAnchor = (number: string) => `p-${number.replace(/\./g, "-")}`;

/** A paragraph's own page with its comments; an earlier version's paragraph names its version. */
export function paragraphPath(slug: string, number: string, version?: number): string {
  return `${textPath(slug)}/${number}${version === undefined ? "" : `?version=${version}`}`;
}

/**
 * Only the newest version's paragraphs take comments, and only while the process's phase allows
 * commenting. Whether a resident is among the invited is asked apart (`commentRefusal`), for the
 * paragraph's own form and the comments module's answer form alike.
 */
export async function paragraphTakesComments(
  paragraph: Pick<PlacedParagraph, "version" | "latestVersion" | "processId">,
  process: Parameters<typeof mayDo>[0] | null,
  now: Date,
): Promise<boolean> {
  if (paragraph.version !== paragraph.latestVersion || !process) return false;
  return mayDo({ phases: process.phases, visibility: "public" }, { invited: true }, "comment", now).ok;
}

/** Paragraphs of a draft for the shared modules: residents comment on each one. */
export const paragraphResource: ResourceKind = {
  type: PARAGRAPH_TYPE,
  commentable: true,
  async summary(db, id, locale, now = new Date()) {
    if (!isUuid(id)) return null;
    const paragraph = await placedParagraph(db, id);
    if (!paragraph) return null;
    const process = await findProcessById(db, paragraph.processId);
    const older = paragraph.version < paragraph.latestVersion;
    return {
      title: translator(locale)("participation.text.paragraphOf", {
        number: paragraph.number,
        title: localized(paragraph.processTitle, locale),
      }),
      href: paragraphPath(paragraph.slug, paragraph.number, older ? paragraph.version : undefined),
      authorIds: [],
      // The phase at the moment of asking: the use case's clock where a use case asks.
      acceptsComments: await paragraphTakesComments(paragraph, process, now),
    };
  },
  async commentRefusal(db, id, actor, now) {
    const paragraph = isUuid(id) ? await placedParagraph(db, id) : null;
    const process = paragraph ? await findProcessById(db, paragraph.processId) : null;
    if (!process) return "comments.errors.unknownResource";
    const check = await participationCheck(db, actor, process, "comment", now);
    return check.ok ? null : check.reason;
  },
  commentsChanged: (tx, id, delta) => addToCommentCount(tx, id, delta),
};
