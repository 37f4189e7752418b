import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import type { PageContext } from "../../../ui/page-context";
import { ReportLink } from "../../moderation";
import type { ThreadNode } from "../domain/thread";
import type { CommentThreadData, ThreadComment } from "../use-cases/load-thread";
import { CommentForm } from "./comment-form";
import { contentLang, dateTime } from "./format";

/** Answers are indented at most this deep; deeper ones line up at the last level and name whom they answer. */
const MAX_INDENT = 3;

function Byline(props: { page: PageContext; comment: ThreadComment; deep: boolean }) {
  const { t, locale } = props.page;
  const c = props.comment;
  return (
    <header class="comment-header">
      <h3 class="comment-author">{c.authorName ?? t("comments.deletedAccount")}</h3>
      <p class="meta">
        <time datetime={c.createdAt.toISOString()}>{dateTime(c.createdAt, locale)}</time>
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

function CommentActions(props: { page: PageContext; thread: CommentThreadData; comment: ThreadComment }) {
  const { t } = props.page;
  const c = props.comment;
  const canAnswer = props.thread.open && props.thread.refusal === null && c.state === "visible";
  return (
    <footer class="comment-actions">
      {c.own && c.state === "visible" && (
        <a href={`/comments/${c.id}/edit`}>
          {t("comments.editOrDelete")}
          <span class="visually-hidden">
            {" "}
            – {t("comments.yourComment", { date: dateTime(c.createdAt, props.page.locale) })}
          </span>
        </a>
      )}
      {!c.own && c.state === "visible" && (
        <ReportLink
          page={props.page}
          resource={{ type: "comment", id: c.id }}
          title={t("comments.commentBy", { name: c.authorName ?? t("comments.deletedAccount") })}
        />
      )}
      {canAnswer && (
        <details class="comment-reply">
          <summary>
            {t("comments.reply")}
            <span class="visually-hidden">
              {" "}
              – {t("comments.commentBy", { name: c.authorName ?? t("comments.deletedAccount") })}
            </span>
          </summary>
          <CommentForm
            page={props.page}
            resource={props.thread.resource}
            formKey={props.thread.formKey}
            parentId={c.id}
            answering={c.authorName ?? t("comments.deletedAccount")}
          />
        </details>
      )}
    </footer>
  );
}

function CommentItem(props: {
  page: PageContext;
  thread: CommentThreadData;
  node: ThreadNode<ThreadComment>;
  deep: boolean;
  children?: Child;
}) {
  const c = props.node.comment;
  return (
    <li>
      <article id={`comment-${c.id}`} class={`comment comment--${c.state}`}>
        <Byline page={props.page} comment={c} deep={props.deep} />
        <CommentBody page={props.page} comment={c} />
        <CommentActions page={props.page} thread={props.thread} comment={c} />
      </article>
      {props.children}
    </li>
  );
}

/** The list items of one level; at the deepest indented level answers follow as siblings. */
function levelItems(
  page: PageContext,
  thread: CommentThreadData,
  nodes: Array<ThreadNode<ThreadComment>>,
  level: number,
): Child[] {
  const items: Child[] = [];
  for (const node of nodes) {
    if (level < MAX_INDENT) {
      items.push(
        <CommentItem page={page} thread={thread} node={node} deep={false}>
          {node.replies.length > 0 && (
            <ol class="comment-list comment-replies">{levelItems(page, thread, node.replies, level + 1)}</ol>
          )}
        </CommentItem>,
      );
    } else {
      items.push(<CommentItem page={page} thread={thread} node={node} deep={node.depth >= MAX_INDENT} />);
      items.push(...levelItems(page, thread, node.replies, level));
    }
  }
  return items;
}

function WriteOrWhy(props: { page: PageContext; thread: CommentThreadData }) {
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
      <CommentForm page={props.page} resource={thread.resource} formKey={thread.formKey} />
    </>
  );
}

/**
 * The comments on an object with the form to write one and a form to answer each comment. Drop it
 * into the object's page with the data from `loadCommentThread`; it needs no JavaScript. It brings
 * its own `<section id="comments">` with an `<h2>` (the count); a page that frames the comments in a
 * section and heading of its own passes `framed={false}` and gets the list and the forms alone
 * (comment authors are `<h3>` either way, so the frame's heading should be an `<h2>`).
 */
export function CommentThread(props: { page: PageContext; thread: CommentThreadData; framed?: boolean }) {
  const { t } = props.page;
  const { thread } = props;
  const content = (
    <>
      {thread.roots.length === 0 ? (
        <p>{t("comments.none")}</p>
      ) : (
        <ol class="comment-list">{levelItems(props.page, thread, thread.roots, 1)}</ol>
      )}
      <WriteOrWhy page={props.page} thread={thread} />
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
