import type { Resource } from "../../../platform/permissions/permissions";
import { FieldMessages, Form, SubmitButton } from "../../../ui/components/form";
import type { PageContext } from "../../../ui/page-context";
import { HoneypotField } from "../../moderation";
import { MAX_COMMENT_LENGTH } from "../domain/inputs";

/**
 * The form to write a comment or an answer. Every form on a page has its own `name` (`new`, or the
 * id of the comment answered) so labels and fields are paired unambiguously.
 */
export function CommentForm(props: {
  page: PageContext;
  resource: Resource;
  formKey: string;
  parentId?: string;
  /** For an answer: the name of the comment's author, so the label says whom it answers. */
  answering?: string;
  value?: string;
  error?: string;
}) {
  const { t } = props.page;
  const name = props.parentId ? `reply-${props.parentId}` : "new";
  const field = `comment-body-${name}`;
  const hint = t("comments.form.hint", { max: String(MAX_COMMENT_LENGTH) });
  return (
    <Form page={props.page} action="/comments" class="form comment-form">
      <input type="hidden" name="resourceType" value={props.resource.type} />
      <input type="hidden" name="resourceId" value={props.resource.id} />
      {props.parentId && <input type="hidden" name="parentId" value={props.parentId} />}
      <input type="hidden" name="submissionKey" value={props.formKey} />
      <div class={props.error ? "field has-error" : "field"}>
        <label for={`field-${field}`}>
          {props.answering !== undefined
            ? t("comments.form.replyLabel", { name: props.answering })
            : t("comments.form.label")}
        </label>
        <FieldMessages name={field} hint={hint} error={props.error} />
        <textarea
          id={`field-${field}`}
          name="body"
          rows={props.parentId ? 3 : 5}
          required
          aria-invalid={props.error ? "true" : undefined}
          aria-describedby={`hint-${field}${props.error ? ` error-${field}` : ""}`}
        >
          {props.value ?? ""}
        </textarea>
      </div>
      <HoneypotField page={props.page} form={name} />
      <SubmitButton>{props.parentId ? t("comments.form.replySubmit") : t("comments.form.submit")}</SubmitButton>
    </Form>
  );
}
