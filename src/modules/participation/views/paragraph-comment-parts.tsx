import type { Child } from "hono/jsx";
import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import { OwnPart } from "../../../platform/http/page-cache-parts";
import { ErrorSummary, Form, SubmitButton, TextArea } from "../../../ui/components/form";
import type { PageContext } from "../../../ui/page-context";
import type { ThreadComment, ThreadNode } from "../../comments";
import { HoneypotField } from "../../moderation";
import { wordingDifference } from "../domain/draft-text";
import { MAX_WORDING_LENGTH } from "../use-cases/comment-on-paragraph";
import { paragraphPath } from "../use-cases/paragraph-resource";
import type { ParagraphPageData, ParagraphView } from "../use-cases/show-paragraph";
import { WordDifference } from "./text-difference";
import { dateOf } from "./text-format";

/** How many support a comment, in words that fit the number. */
const supportsKey = (count: number) =>
  count === 0
    ? "participation.paragraph.supportsNone"
    : count === 1
      ? "participation.paragraph.supportsOne"
      : "participation.paragraph.supports";

/** Where the forms about one comment go. */
const commentAction = (data: ParagraphPageData, commentId: string, what: string) =>
  `${paragraphPath(data.process.slug, data.paragraph.number)}/comments/${commentId}/${what}`;

/**
 * What the text review adds under a comment: the wording it proposes as a difference to the
 * paragraph, its support (with the button to give or withdraw it), and the office's answer.
 */
export function CommentExtras(props: {
  page: PageContext;
  data: ParagraphPageData;
  paragraph: ParagraphView;
  comment: ThreadComment;
  answering: string | null;
  /** The page is drawn for everyone with these rights; the reader's support is their own part. */
  shared: boolean;
}) {
  const { page, data, comment: c } = props;
  const { t, locale, city } = page;
  if (c.state !== "visible") return null;
  const extra = data.extras.get(c.id);
  const author = c.authorName ?? t("comments.deletedAccount");
  const texts = data.texts.get(props.paragraph.id);
  const language = c.language === "en" ? "en" : "de";
  const original = texts?.[language] ?? props.paragraph.markdown;
  const mayAnswer = data.mayManage && props.paragraph.id === data.paragraph.id;
  return (
    <div class="comment-extras">
      {extra?.wording && (
        <div class="proposed-wording">
          <h4>{t("participation.paragraph.proposedWording")}</h4>
          <WordDifference page={page} words={wordingDifference(original, extra.wording)} lang={language} />
        </div>
      )}
      {extra?.answer && (
        <div class="comment-answer">
          <p>
            <strong class="badge badge-success">{t("participation.paragraph.considered")}</strong>{" "}
            {t("participation.paragraph.answerBy", { date: dateOf(extra.answer.answeredAt, locale, city.timeZone) })}
          </p>
          <p class="preserve-lines">{extra.answer.text}</p>
        </div>
      )}
      <div class="comment-support">
        <p>{t(supportsKey(extra?.supports ?? 0), { count: extra?.supports ?? 0 })}</p>
        {props.paragraph.id === data.paragraph.id && data.refusals.support === null && page.user && (
          <OwnPart name={supportPartOf(c.id)} shared={props.shared}>
            {!c.own && <SupportButton page={page} data={data} comment={c} supported={data.supported.has(c.id)} />}
          </OwnPart>
        )}
      </div>
      {mayAnswer && <AnswerPart page={page} data={data} comment={c} author={author} open={props.answering === c.id} />}
    </div>
  );
}

/** The reader's own part of a comment's support in a page drawn for everyone (see page-cache-parts.tsx). */
const supportPartOf = (commentId: string) => `support-${commentId}`;

/** The button to support a comment, or to withdraw one's support. */
function SupportButton(props: {
  page: PageContext;
  data: ParagraphPageData;
  comment: ThreadComment;
  supported: boolean;
}) {
  const { page, data, comment: c } = props;
  const { t } = page;
  return (
    <Form page={page} action={commentAction(data, c.id, props.supported ? "unsupport" : "support")} class="inline-form">
      <input type="hidden" name="paragraphId" value={data.paragraph.id} />
      <SubmitButton variant="secondary">
        {props.supported ? t("participation.paragraph.unsupport") : t("participation.paragraph.support")}
        <span class="visually-hidden">
          {" "}
          – {t("comments.commentBy", { name: c.authorName ?? t("comments.deletedAccount") })}
        </span>
      </SubmitButton>
    </Form>
  );
}

/**
 * The reader's own support parts of a paragraph page drawn for everyone (where it shows a support
 * button under every comment): no button under their own comments, "withdraw" under those they
 * support. `own` are the reader's comments on the paragraph; comments not on the page shown are
 * simply not used.
 */
export function ownSupportParts(
  page: PageContext,
  data: ParagraphPageData,
  thread: ReadonlyArray<ThreadNode<ThreadComment>>,
  own: ReadonlySet<string>,
): Record<string, Child> {
  const parts: Record<string, Child> = {};
  const visit = (nodes: ReadonlyArray<ThreadNode<ThreadComment>>) => {
    for (const { comment, replies } of nodes) {
      if (own.has(comment.id)) parts[supportPartOf(comment.id)] = "";
      else if (data.supported.has(comment.id))
        parts[supportPartOf(comment.id)] = <SupportButton page={page} data={data} comment={comment} supported />;
      visit(replies);
    }
  };
  visit(thread);
  return parts;
}

function AnswerPart(props: {
  page: PageContext;
  data: ParagraphPageData;
  comment: ThreadComment;
  author: string;
  open: boolean;
}) {
  const { page, data, comment: c } = props;
  const { t } = page;
  const answer = data.extras.get(c.id)?.answer;
  if (!props.open) {
    const href = `${paragraphPath(data.process.slug, data.paragraph.number)}?answer=${c.id}#answer-${c.id}`;
    return (
      <p>
        <a href={href}>
          {answer ? t("participation.paragraph.changeAnswer") : t("participation.paragraph.answer")}
          <span class="visually-hidden"> – {t("comments.commentBy", { name: props.author })}</span>
        </a>
      </p>
    );
  }
  return (
    <div id={`answer-${c.id}`}>
      <Form page={page} action={commentAction(data, c.id, "answer")}>
        <input type="hidden" name="paragraphId" value={data.paragraph.id} />
        <TextArea
          name={`answer-${c.id}`}
          label={t("participation.paragraph.answerLabel", { name: props.author })}
          hint={t("participation.paragraph.answerHint")}
          rows={4}
          value={answer?.text ?? ""}
        />
        <SubmitButton>{t("participation.paragraph.answerSubmit")}</SubmitButton>
      </Form>
    </div>
  );
}

/** The form for a new comment on the paragraph, with a changed wording of it to propose if one likes. */
export function ParagraphCommentForm(props: {
  page: PageContext;
  data: ParagraphPageData;
  formKey: string;
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const { page, data } = props;
  const { t } = page;
  const values = { wording: data.paragraph.markdown, ...props.values };
  const errors = props.errors ?? {};
  const number = data.paragraph.number;
  return (
    <Form
      page={page}
      action={`${paragraphPath(data.process.slug, number)}/comments`}
      class="form comment-form"
      id="comment-form"
    >
      <ErrorSummary page={page} errors={errors} />
      <input type="hidden" name="submissionKey" value={props.formKey} />
      <TextArea
        name="body"
        label={t("participation.paragraph.commentLabel", { number })}
        hint={t("participation.paragraph.commentHint")}
        rows={5}
        values={values}
        errors={errors}
        required
      />
      <TextArea
        name="wording"
        label={t("participation.paragraph.wordingLabel")}
        hint={t("participation.paragraph.wordingHint", { max: MAX_WORDING_LENGTH })}
        rows={6}
        values={values}
        errors={errors}
      />
      <HoneypotField page={page} form="paragraph" />
      <SubmitButton>{t("participation.paragraph.submit")}</SubmitButton>
    </Form>
  );
}
