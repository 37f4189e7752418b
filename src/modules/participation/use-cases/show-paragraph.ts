import type { Counters } from "../../../platform/cache/change-counters";
import { keptValue } from "../../../platform/cache/kept-values";
import type { Deps } from "../../../platform/deps";
import { NotFound } from "../../../platform/errors/errors";
import type { Locale } from "../../../platform/i18n/i18n";
import type { Actor } from "../../../platform/permissions/permissions";
import { type CommentExtra, commentExtrasOn, supportedOn } from "../data/comment-extras";
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
  /** The comments on this paragraph the reader supports (empty on the page drawn for everyone). */
  supported: ReadonlySet<string>;
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

type ParagraphAddress = { slug: string; number: string; version: string | undefined; locale: Locale };

/** What the page shows the same for every reader; `placed` says where the paragraph stands in the draft. */
type SharedParagraph = Pick<
  ParagraphPageData,
  "process" | "shown" | "latest" | "paragraph" | "predecessors" | "texts" | "extras"
> & { placed: { version: number; latestVersion: number; processId: string } };

async function readParagraph(deps: Deps, input: ParagraphAddress): Promise<SharedParagraph> {
  const db = deps.database.db;
  const process = await processOrNotFound(db, input.slug);
  const versions = await draftVersions(db, process.id);
  const shown = chosenVersion(versions, input.version);
  if (!shown) throw new NotFound("participation.errors.paragraphNotFound");
  const row = await paragraphByNumber(db, shown.id, input.number);
  if (!row) throw new NotFound("participation.errors.paragraphNotFound");
  const earlier = await predecessorsOf(db, row);
  const ids = [row.id, ...earlier.map((p) => p.id)];
  return {
    process,
    shown,
    latest: shown === versions.at(-1),
    paragraph: viewOf(row, shown.version, input.locale),
    predecessors: earlier.map((p) => viewOf(p, p.version, input.locale)),
    texts: new Map([row, ...earlier].map((p) => [p.id, { de: p.text.de, en: p.text.en || p.text.de }])),
    extras: await commentExtrasOn(db, PARAGRAPH_TYPE, ids),
    placed: { version: shown.version, latestVersion: versions.at(-1)?.version ?? 0, processId: process.id },
  };
}

/**
 * The shared part kept in memory per version of the processes (drafts, phases, supports and answers
 * move the `participation` counter) and of the comments (a new comment brings its wording): a busy
 * paragraph's hundreds of comments are read once per change, not per request.
 */
function keptParagraph(deps: Deps, counters: Counters, input: ParagraphAddress): Promise<SharedParagraph> {
  return keptValue(
    {
      owner: deps.database.db,
      key: `participation-paragraph:${input.slug}:${input.number}:${input.version ?? ""}:${input.locale}`,
      version: `${counters.participation}.${counters.comments}`,
      now: deps.clock().getTime(),
    },
    () => readParagraph(deps, input),
  );
}

/**
 * A paragraph's page: its text, the paragraphs of earlier versions it continues, and what the text
 * review adds to each comment on them. Public, like the draft; the threads themselves come from the
 * comments module. What is the same for everyone comes from memory; per request it reads whether
 * the reader is invited (for a limited process) and which comments they support.
 */
export async function showParagraph(
  deps: Deps,
  actor: Actor,
  input: ParagraphAddress,
  counters: Counters,
): Promise<ParagraphPageData> {
  const db = deps.database.db;
  if (!numberPattern.test(input.number)) throw new NotFound("participation.errors.paragraphNotFound");
  const { placed, ...shared } = await keptParagraph(deps, counters, input);
  const { process } = shared;
  const now = deps.clock();
  const [comment, support, supported] = await Promise.all([
    participationCheck(db, actor, process, "comment", now),
    participationCheck(db, actor, process, "support", now),
    actor.kind === "user"
      ? supportedOn(db, PARAGRAPH_TYPE, shared.paragraph.id, actor.id)
      : Promise.resolve(new Set<string>()),
  ]);
  return {
    ...shared,
    supported,
    open: await paragraphTakesComments(placed, process, now),
    mayManage: mayManageProcesses(actor),
    refusals: { comment: comment.ok ? null : comment.reason, support: support.ok ? null : support.reason },
  };
}
