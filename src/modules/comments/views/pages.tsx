import { raw } from "hono/html";
import type { FieldErrors } from "../../../platform/forms/forms";
import type { Resource } from "../../../platform/permissions/permissions";
import { Alert } from "../../../ui/components/content";
import { ErrorSummary, FieldMessages, Form, SubmitButton } from "../../../ui/components/form";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import { MAX_COMMENT_LENGTH } from "../domain/inputs";
import type { showVersions } from "../use-cases/show-comment";
import { CommentForm } from "./comment-form";
import { contentLang, dateTime } from "./format";

/**
 * A comment that could not be published, drawn again with what was typed and what to do: nothing a
 * person wrote is lost. `back` is the object's page when it is known.
 */
export function CommentFormPage(props: {
  page: PageContext;
  resource: Resource;
  formKey: string;
  parentId?: string;
  body: string;
  message: string;
  back?: { title: string; href: string };
}) {
  const { t } = props.page;
  return (
    <Layout page={props.page} title={t("comments.formPage.title")}>
      {props.back && (
        <p>
          <a href={props.back.href}>{t("comments.backTo", { title: props.back.title })}</a>
        </p>
      )}
      <h1>{t("comments.formPage.title")}</h1>
      <ErrorSummary page={props.page} errors={{ form: props.message }} />
      <CommentForm
        page={props.page}
        resource={props.resource}
        formKey={props.formKey}
        parentId={props.parentId}
        value={props.body}
        error={props.message}
      />
    </Layout>
  );
}

/** The author edits or deletes their comment. */
export function EditPage(props: {
  page: PageContext;
  comment: { id: string; body: string; href: string; keepsVersion: boolean };
  errors?: FieldErrors;
  body?: string;
}) {
  const { t } = props.page;
  const field = "comment-body-edit";
  const error = props.errors?.body ?? props.errors?.form;
  return (
    <Layout page={props.page} title={t("comments.edit.title")}>
      <p>
        <a href={props.comment.href}>{t("comments.edit.back")}</a>
      </p>
      <h1>{t("comments.edit.title")}</h1>
      <ErrorSummary page={props.page} errors={props.errors} labels={{ body: t("comments.edit.label") }} />
      <p>{props.comment.keepsVersion ? t("comments.edit.keepsVersion") : t("comments.edit.free")}</p>
      <Form page={props.page} action={`/comments/${props.comment.id}/edit`}>
        <div class={error ? "field has-error" : "field"} id="field-body">
          <label for={`field-${field}`}>{t("comments.edit.label")}</label>
          <FieldMessages
            name={field}
            hint={t("comments.form.hint", { max: String(MAX_COMMENT_LENGTH) })}
            error={error}
          />
          <textarea
            id={`field-${field}`}
            name="body"
            rows={6}
            required
            aria-invalid={error ? "true" : undefined}
            aria-describedby={`hint-${field}${error ? ` error-${field}` : ""}`}
          >
            {props.body ?? props.comment.body}
          </textarea>
        </div>
        <SubmitButton>{t("comments.edit.submit")}</SubmitButton>
      </Form>
      <h2>{t("comments.delete.heading")}</h2>
      <p>{t("comments.delete.explain")}</p>
      <Form page={props.page} action={`/comments/${props.comment.id}/delete`}>
        <SubmitButton variant="danger">{t("comments.delete.submit")}</SubmitButton>
      </Form>
    </Layout>
  );
}

/** A comment's current text and every earlier one, newest first. */
export function VersionsPage(props: { page: PageContext; comment: Awaited<ReturnType<typeof showVersions>> }) {
  const { t, locale, city } = props.page;
  const c = props.comment;
  const author = c.authorName ?? t("comments.deletedAccount");
  const lang = contentLang(c.language, locale);
  return (
    <Layout page={props.page} title={t("comments.versions.title", { name: author })}>
      {c.href && c.title && (
        <p>
          <a href={c.href}>{t("comments.backTo", { title: c.title })}</a>
        </p>
      )}
      <h1>{t("comments.versions.title", { name: author })}</h1>
      {c.state === "hidden" && (
        <Alert tone="warning">
          {t("comments.hiddenStub")} {c.hiddenReason}
        </Alert>
      )}
      {c.current && (
        <section aria-labelledby="version-current">
          <h2 id="version-current">
            {t("comments.versions.current", { date: dateTime(c.current.since, locale, city.timeZone) })}
          </h2>
          <div class="comment-body" lang={lang}>
            {raw(c.current.html)}
          </div>
        </section>
      )}
      {c.versions.map((v, index) => (
        <section aria-labelledby={`version-${index}`}>
          <h2 id={`version-${index}`}>
            {t("comments.versions.earlier", {
              from: dateTime(v.writtenAt, locale, city.timeZone),
              until: dateTime(v.replacedAt, locale, city.timeZone),
            })}
          </h2>
          <div class="comment-body" lang={lang}>
            {raw(v.html)}
          </div>
        </section>
      ))}
      {c.current && c.versions.length === 0 && <p>{t("comments.versions.none")}</p>}
    </Layout>
  );
}
