import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import { OwnPart, ownPartText } from "../../../platform/http/page-cache-parts";
import { Pagination } from "../../../ui/components/pagination";
import type { PageContext } from "../../../ui/page-context";
import { ReportLink } from "../../moderation";
import { COMMENTS_PER_PAGE, inReadingOrder, pageCount, shownPage, type ThreadNode } from "../domain/thread";
import type { CommentReader, CommentThreadData, ThreadComment } from "../use-cases/load-thread";
import { CommentForm } from "./comment-form";
import { contentLang, dateTime } from "./format";

/** Answers are indented at most this deep; deeper ones line up at the last level and name whom they answer. */
const MAX_INDENT = 3;

/** What every comment of the page needs: the page, the thread and the comment whose answer form is open. */
interface ThreadView {
  page: PageContext;
  thread: CommentThreadData;
  /** The id in `?reply=`, or null. */
  reply: string | null;
  /** What the object's page adds under each comment (see `CommentThread`). */
  extras?: (comment: ThreadComment) => Child;
}

/** The address of this page with the query changed (`lang` dropped: it only switches the language once). */
function hereWith(url: URL, change: (query: URLSearchParams) => void, fragment: string): string {
  const next = new URL(url);
  next.searchParams.delete("lang");
  change(next.searchParams);
  return `${next.pathname}${next.search}#${fragment}`;
}

function Byline(props: { page: PageContext; comment: ThreadComment; deep: boolean }) {
  const { t, locale, city } = props.page;
  const c = props.comment;
  return (
    <header class="comment-header">
      <h3 class="comment-author">{c.authorName ?? t("comments.deletedAccount")}</h3>
      <p class="meta">
        <time datetime={c.createdAt.toISOString()}>{dateTime(c.createdAt, locale, city.timeZone)}</time>
        {c.editedAt && c.state === "visible" && (
          <>
            {" · "}
            <a href={`/comments/${c.id}/versions`}>{t("comments.edited")}</a>
          </>
        )}
        {props.deep && c.inReplyTo !== null && (
          <>
            {" · "}
            {t("comments.inReplyTo", { name: c.inReplyTo })}
          </>
        )}
      </p>
    </header>
  );
}

function CommentBody(props: { page: PageContext; comment: ThreadComment }) {
  const { t, locale } = props.page;
  const c = props.comment;
  if (c.state === "deleted") return <p class="comment-stub">{t("comments.deletedStub")}</p>;
  if (c.state === "hidden")
    return (
      <p class="comment-stub">
        {t("comments.hiddenStub")} {c.hiddenReason}
      </p>
    );
  return (
    <div class="comment-body" lang={contentLang(c.language, locale)}>
      {raw(c.html)}
    </div>
  );
}

/** The name of the form key's part in a shared page (see page-cache-parts.tsx). */
const FORM_KEY_PART = "comments-form-key";

/** The part of a comment that differs for its author: edit it, or (for everyone else) report it. */
const ownPartOf = (c: ThreadComment) => `comment-${c.id}`;

/** The key the forms of this page send: the reader's own part when the page is drawn for everyone. */
const formKeyOf = (thread: CommentThreadData) => (thread.shared ? ownPartText(FORM_KEY_PART) : thread.formKey);

function EditOrReport(props: { page: PageContext; comment: ThreadComment }) {
  const { page, comment: c } = props;
  const { t } = page;
  if (c.own)
    return (
      <a href={`/comments/${c.id}/edit`}>
        {t("comments.editOrDelete")}
        <span class="visually-hidden">
          {" "}
          – {t("comments.yourComment", { date: dateTime(c.createdAt, page.locale, page.city.timeZone) })}
        </span>
      </a>
    );
  return (
    <ReportLink
      page={page}
      resource={{ type: "comment", id: c.id }}
      title={t("comments.commentBy", { name: c.authorName ?? t("comments.deletedAccount") })}
    />
  );
}

function CommentActions(props: { view: ThreadView; comment: ThreadComment }) {
  const { page, thread, reply } = props.view;
  const { t } = page;
  const c = props.comment;
  const canAnswer = thread.open && thread.refusal === null && c.state === "visible";
  const author = c.authorName ?? t("comments.deletedAccount");
  const answering = canAnswer && reply === c.id;
  return (
    <footer class="comment-actions">
      {c.state === "visible" && (
        <OwnPart name={ownPartOf(c)} shared={thread.shared}>
          <EditOrReport page={page} comment={c} />
        </OwnPart>
      )}
      {canAnswer && !answering && (
        // One answer form at a time: the link opens this page again with the form under this comment.
        <a class="comment-reply-link" href={hereWith(page.url, (q) => q.set("reply", c.id), `reply-${c.id}`)}>
          {t("comments.reply")}
          <span class="visually-hidden"> – {t("comments.commentBy", { name: author })}</span>
        </a>
      )}
      {answering && (
        <div class="comment-reply" id={`reply-${c.id}`}>
          <CommentForm
            page={page}
            resource={thread.resource}
            formKey={formKeyOf(thread)}
            parentId={c.id}
            answering={author}
          />
          <p>
            <a href={hereWith(page.url, (q) => q.delete("reply"), `comment-${c.id}`)}>
              {t("comments.replyCancel")}
              <span class="visually-hidden"> – {t("comments.commentBy", { name: author })}</span>
            </a>
          </p>
        </div>
      )}
    </footer>
  );
}

function CommentItem(props: { view: ThreadView; node: ThreadNode<ThreadComment>; deep: boolean; children?: Child }) {
  const { page } = props.view;
  const c = props.node.comment;
  return (
    <li>
      <article id={`comment-${c.id}`} class={`comment comment--${c.state}`}>
        <Byline page={page} comment={c} deep={props.deep} />
        <CommentBody page={page} comment={c} />
        {props.view.extras?.(c)}
        <CommentActions view={props.view} comment={c} />
      </article>
      {props.children}
    </li>
  );
}

/** The list items of one level; at the deepest indented level answers follow as siblings. */
function levelItems(view: ThreadView, nodes: ReadonlyArray<ThreadNode<ThreadComment>>, level: number): Child[] {
  const items: Child[] = [];
  for (const node of nodes) {
    if (level < MAX_INDENT) {
      items.push(
        <CommentItem view={view} node={node} deep={false}>
          {node.replies.length > 0 && (
            <ol class="comment-list comment-replies">{levelItems(view, node.replies, level + 1)}</ol>
          )}
        </CommentItem>,
      );
    } else {
      items.push(<CommentItem view={view} node={node} deep={node.depth >= MAX_INDENT} />);
      items.push(...levelItems(view, node.replies, level));
    }
  }
  return items;
}

/**
 * The rendered lists of comments, kept beside the shared tree they were made from (so they go with
 * it when a comment changes): a signed-in reader whose own comments are not in the tree, and who has
 * no answer form open, sees the same list as everyone with the same rights to write, so a long
 * thread is rendered once, not for every signed-in request. Keyed by language, rights, page and
 * address (the reply links carry it).
 */
const renderedLists = new WeakMap<object, Map<string, string>>();
const MAX_LISTS_PER_TREE = 50;

function CommentList(props: { view: ThreadView; shown: ReadonlyArray<ThreadNode<ThreadComment>>; current: number }) {
  const { view } = props;
  const list = () => <ol class="comment-list">{levelItems(view, props.shown, 1)}</ol>;
  // Extras may differ per reader and change without a comment changing: drawn for every request.
  if (view.thread.personal || view.reply !== null || view.extras) return list();
  const { locale, url } = view.page;
  const mayAnswer = view.thread.open && view.thread.refusal === null;
  const key = `${locale} ${mayAnswer} ${view.thread.shared} ${props.current} ${hereWith(url, () => {}, "")}`;
  let lists = renderedLists.get(view.thread.roots);
  const kept = lists?.get(key);
  if (kept !== undefined) return raw(kept);
  const html = list().toString();
  if (typeof html !== "string") return raw(html);
  if (!lists) {
    lists = new Map();
    renderedLists.set(view.thread.roots, lists);
  }
  if (lists.size >= MAX_LISTS_PER_TREE) lists.clear();
  lists.set(key, html);
  return raw(html);
}

/**
 * Links between the pages of a long thread, drawn like the design system's pagination (previous,
 * the numbers around the current page, next) but leading to the comments (`#comments`) and closing
 * an open answer form. Nothing for a thread that fits on one page.
 */
function WriteOrWhy(props: { page: PageContext; thread: CommentThreadData; form?: (formKey: string) => Child }) {
  const { t } = props.page;
  const { thread } = props;
  if (!thread.open) return <p>{t("comments.closed")}</p>;
  if (thread.refusal === "signIn") {
    const next = `${props.page.url.pathname}${props.page.url.search}`;
    return (
      <p>
        <a href={`/login?next=${encodeURIComponent(next)}`}>{t("comments.signInToWrite")}</a>
      </p>
    );
  }
  if (thread.refusal !== null) return <p>{t(`moderation.posting.${thread.refusal}`)}</p>;
  return (
    <>
      <h3>{t("comments.writeHeading")}</h3>
      {props.form ? (
        props.form(formKeyOf(thread))
      ) : (
        <CommentForm page={props.page} resource={thread.resource} formKey={formKeyOf(thread)} />
      )}
    </>
  );
}

/**
 * The comments on an object with the form to write one. Drop it into the object's page with the data
 * from `loadCommentThread`; it needs no JavaScript. Long threads are shown 30 comments on the object
 * at a time (each with all its answers), the page named by `?comments=<n>` in the address; a comment's
 * "Reply" link opens the page again with `?reply=<id>`, which shows the answer form under that comment
 * only. It brings its own `<section id="comments">` with an `<h2>` (the count); a page that frames the
 * comments in a section and heading of its own passes `framed={false}` and gets the list and the forms
 * alone (comment authors are `<h3>` either way, so the frame's heading should be an `<h2>`, and the
 * frame should carry `id="comments"`, where the pages of the thread lead). A page may add something
 * under each comment (`extras`, drawn for every request) and offer a form of its own for a new
 * comment (`form`, given the form key; it must send the fields of `CommentForm`).
 */
export function CommentThread(props: {
  page: PageContext;
  thread: CommentThreadData;
  framed?: boolean;
  extras?: (comment: ThreadComment) => Child;
  form?: (formKey: string) => Child;
}) {
  const { t, url } = props.page;
  const { thread } = props;
  const { current, shown } = shownRoots(props.page, thread);
  const view: ThreadView = { page: props.page, thread, reply: url.searchParams.get("reply"), extras: props.extras };
  const content = (
    <>
      {thread.roots.length === 0 ? (
        <p>{t("comments.none")}</p>
      ) : (
        <CommentList view={view} shown={shown} current={current} />
      )}
      <Pagination
        page={props.page}
        current={current}
        pageSize={COMMENTS_PER_PAGE}
        total={thread.roots.length}
        param="comments"
        fragment="comments"
        drop={["reply"]}
        label={t("comments.pages")}
      />
      <WriteOrWhy page={props.page} thread={thread} form={props.form} />
    </>
  );
  if (props.framed === false) return <div class="comment-thread">{content}</div>;
  return (
    <section class="comments comment-thread" id="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">{t("comments.heading", { count: String(thread.count) })}</h2>
      {content}
    </section>
  );
}

/** The page of the thread the address asks for, and its comments on the object. */
function shownRoots(page: PageContext, thread: CommentThreadData) {
  const current = shownPage(page.url.searchParams.get("comments"), pageCount(thread.roots.length));
  const shown = thread.roots.slice((current - 1) * COMMENTS_PER_PAGE, current * COMMENTS_PER_PAGE);
  return { current, shown };
}

/**
 * The reader's own parts of a thread drawn for everyone (`loadSharedCommentThread`), for the page
 * cache to put in: their form key, and the edit link of each of their visible comments on the page
 * shown.
 */
export function ownThreadParts(page: PageContext, thread: CommentThreadData, reader: CommentReader) {
  const parts: Record<string, Child> = { [FORM_KEY_PART]: reader.formKey };
  if (reader.own.size === 0) return parts;
  for (const { comment } of inReadingOrder(shownRoots(page, thread).shown)) {
    if (!reader.own.has(comment.id) || comment.state !== "visible") continue;
    parts[ownPartOf(comment)] = <EditOrReport page={page} comment={{ ...comment, own: true }} />;
  }
  return parts;
}
