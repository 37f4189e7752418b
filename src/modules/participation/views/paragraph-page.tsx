import { raw } from "hono/html";
import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import { localized } from "../../../platform/i18n/i18n";
import { Alert } from "../../../ui/components/content";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import { CommentThread, type CommentThreadData } from "../../comments";
import { paragraphAnchor, textPath } from "../use-cases/paragraph-resource";
import type { ParagraphPageData, ParagraphView } from "../use-cases/show-paragraph";
import { CommentExtras, ParagraphCommentForm } from "./paragraph-comment-parts";
import { readOnlyNote } from "./text-format";

export interface ParagraphPageProps {
  page: PageContext;
  data: ParagraphPageData;
  thread: CommentThreadData;
  /** The threads of the paragraphs this one continues, in the order of `data.predecessors`. */
  earlier: CommentThreadData[];
  /** The comment form sent back with its mistakes. */
  form?: { values: FormValues; errors: FieldErrors; formKey: string };
}

/**
 * One paragraph with its comments. The heading and the comments' landmark name the paragraph, so a
 * screen reader announces which paragraph a comment is about wherever the reader lands.
 */
export function ParagraphPage(props: ParagraphPageProps) {
  const { page, data } = props;
  const { t, locale } = page;
  const title = localized(data.process.title, locale);
  const name = t("participation.text.paragraph", { number: data.paragraph.number });
  const back = `${textPath(data.process.slug)}${data.latest ? "" : `?version=${data.shown.version}`}#${paragraphAnchor(data.paragraph.number)}`;
  const answering = page.url.searchParams.get("answer");
  const extras = (paragraph: ParagraphView) => (comment: Parameters<typeof CommentExtras>[0]["comment"]) => (
    <CommentExtras
      page={page}
      data={data}
      paragraph={paragraph}
      comment={comment}
      answering={answering}
      shared={props.thread.shared}
    />
  );
  return (
    <Layout page={page} title={`${name} – ${t("participation.text.title", { title })}`}>
      <p class="breadcrumb">
        <a href={`/participation/${data.process.slug}`}>{title}</a> ›{" "}
        <a href={back}>{t("participation.paragraph.backToText")}</a>
      </p>
      <h1>{name}</h1>
      <p class="hint">{t("participation.paragraph.ofDraft", { title, version: data.shown.version })}</p>
      {!data.latest && <Alert tone="info">{t("participation.paragraph.olderVersion")}</Alert>}
      <div class="draft-paragraph-text draft-paragraph-single">{raw(data.paragraph.html)}</div>
      <section id="comments" aria-labelledby="comments-heading">
        <h2 id="comments-heading">
          {t("participation.paragraph.comments", { number: data.paragraph.number, count: props.thread.count })}
        </h2>
        {data.latest && data.refusals.comment !== null && <p>{readOnlyNote(t, data.refusals.comment)}</p>}
        <CommentThread
          page={page}
          thread={props.thread}
          framed={false}
          extras={extras(data.paragraph)}
          form={(formKey) =>
            data.refusals.comment === null ? (
              <ParagraphCommentForm
                page={page}
                data={data}
                formKey={props.form?.formKey ?? formKey}
                values={props.form?.values}
                errors={props.form?.errors}
              />
            ) : (
              <p>{t(data.refusals.comment)}</p>
            )
          }
        />
      </section>
      {data.predecessors.map((earlier, index) => {
        const thread = props.earlier[index];
        if (!thread || thread.roots.length === 0) return null;
        const id = `earlier-${earlier.version}`;
        return (
          <section aria-labelledby={id} class="earlier-comments">
            <h2 id={id}>
              {t("participation.paragraph.earlierComments", {
                version: earlier.version,
                number: earlier.number,
                count: thread.count,
              })}
            </h2>
            <details>
              <summary>{t("participation.paragraph.earlierText", { version: earlier.version })}</summary>
              <div class="draft-paragraph-text">{raw(earlier.html)}</div>
            </details>
            <CommentThread page={page} thread={thread} framed={false} extras={extras(earlier)} />
          </section>
        );
      })}
    </Layout>
  );
}
