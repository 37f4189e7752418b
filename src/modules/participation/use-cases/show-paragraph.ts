import type { Deps } from "../../../platform/deps";
import { NotFound } from "../../../platform/errors/errors";
import type { Locale } from "../../../platform/i18n/i18n";
import type { Actor } from "../../../platform/permissions/permissions";
import { type CommentExtra, commentExtrasOn } from "../data/comment-extras";
import type { DraftVersion } from "../data/drafts";
import { draftVersions } from "../data/drafts";
import { type ParagraphRow, paragraphByNumber, predecessorsOf } from "../data/paragraphs";
import { draftParagraphHtml } from "../domain/draft-html";
import type { StoredProcess } from "../domain/stored-process";
import { PARAGRAPH_TYPE, paragraphTakesComments } from "./paragraph-resource";
import { mayManageProcesses, participationCheck, processOrNotFound } from "./process-access";
import { chosenVersion } from "./show-draft";

/** A paragraph as its page shows it, in the reader's language. */
export interface ParagraphView {
  id: string;
  number: string;
  version: number;
  /** The Markdown as written (the starting point of a proposed wording). */
  markdown: string;
  html: string;
  commentCount: number;
}

export interface ParagraphPageData {
  process: StoredProcess;
  shown: DraftVersion;
  latest: boolean;
  paragraph: ParagraphView;
  /** The paragraphs of earlier versions this one continues, newest first. */
  predecessors: ParagraphView[];
  /** The text of each paragraph shown here, by id and language, for the differences of proposed wordings. */
  texts: Map<string, { de: string; en: string }>;
  /** Wordings, support and answers of the comments on this paragraph and its predecessors. */
  extras: Map<string, CommentExtra>;
  /** Whether the paragraph takes comments now (the newest version, in a phase that allows them). */
  open: boolean;
  mayManage: boolean;
  /** Why the reader may not comment, propose or support now (message keys), or null. */
  refusals: { comment: string | null; support: string | null };
}

const numberPattern = /^\d{1,3}\.\d{1,4}$/;

function viewOf(row: ParagraphRow, version: number, locale: Locale): ParagraphView {
  const markdown = row.text[locale] || row.text.de;
  return {
    id: row.id,
    number: row.number,
    version,
    markdown,
    html: draftParagraphHtml(markdown),
    commentCount: row.commentCount,
  };
}

/**
 * A paragraph's page: its text, the paragraphs of earlier versions it continues, and what the text
 * review adds to each comment on them. Public, like the draft; the threads themselves come from the
 * comments module.
 */
export async function showParagraph(
  deps: Deps,
  actor: Actor,
  input: { slug: string; number: string; version: string | undefined; locale: Locale },
): Promise<ParagraphPageData> {
  const db = deps.database.db;
  if (!numberPattern.test(input.number)) throw new NotFound("participation.errors.paragraphNotFound");
  const process = await processOrNotFound(db, input.slug);
  const versions = await draftVersions(db, process.id);
  const shown = chosenVersion(versions, input.version);
  if (!shown) throw new NotFound("participation.errors.paragraphNotFound");
  const row = await paragraphByNumber(db, shown.id, input.number);
  if (!row) throw new NotFound("participation.errors.paragraphNotFound");
  const now = deps.clock();
  const latest = shown === versions.at(-1);
  const [earlier, comment, support] = await Promise.all([
    predecessorsOf(db, row),
    participationCheck(db, actor, process, "comment", now),
    participationCheck(db, actor, process, "support", now),
  ]);
  const ids = [row.id, ...earlier.map((p) => p.id)];
  const extras = await commentExtrasOn(db, PARAGRAPH_TYPE, ids, actor.kind === "user" ? actor.id : null);
  const placed = { version: shown.version, latestVersion: versions.at(-1)?.version ?? 0, processId: process.id };
  return {
    process,
    shown,
    latest,
    paragraph: viewOf(row, shown.version, input.locale),
    predecessors: earlier.map((p) => viewOf(p, p.version, input.locale)),
    texts: new Map([row, ...earlier].map((p) => [p.id, { de: p.text.de, en: p.text.en || p.text.de }])),
    extras,
    open: await paragraphTakesComments(placed, process, now),
    mayManage: mayManageProcesses(actor),
    refusals: { comment: comment.ok ? null : comment.reason, support: support.ok ? null : support.reason },
  };
}
