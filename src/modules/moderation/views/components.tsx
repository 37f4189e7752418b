import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import type { Resource } from "../../../platform/permissions/permissions";
import { Alert } from "../../../ui/components/content";
import { FieldMessages, Form, SubmitButton } from "../../../ui/components/form";
import type { PageContext } from "../../../ui/page-context";
import { HONEYPOT_FIELD } from "../domain/honeypot";
import { paragraphsOf } from "../domain/inputs";
import type { OfficialFeedbackItem } from "../use-cases/feedback";
import { dateTime, reportHref } from "./format";

/**
 * The field only form-filling programs see: visually hidden and hidden from screen readers, out of
 * the tab order and without autofill, its label telling anyone who still meets it to leave it empty.
 * `form` tells several forms on one page apart (the field ids must differ).
 */
export function HoneypotField(props: { page: PageContext; form?: string }) {
  const id = `field-${HONEYPOT_FIELD}${props.form ? `-${props.form}` : ""}`;
  return (
    <div class="visually-hidden" aria-hidden="true">
      <label for={id}>{props.page.t("moderation.honeypot.label")}</label>
      <input type="text" id={id} name={HONEYPOT_FIELD} value="" tabindex={-1} autocomplete="off" />
    </div>
  );
}

/** A link to the report form for a resource; `title` completes its name for screen readers ("Report: …"). */
export function ReportLink(props: { page: PageContext; resource: Resource; title?: string }) {
  return (
    <a class="report-link" href={reportHref(props.resource)}>
      {props.page.t("moderation.reportLink")}
      {props.title && <span class="visually-hidden">: {props.title}</span>}
    </a>
  );
}

/**
 * The administration's official feedback on an object, highlighted, and for moderators and the
 * strategy office (`canGive`) the form to add one. Renders nothing for others when there is none.
 */
export function OfficialFeedback(props: {
  page: PageContext;
  resource: Resource;
  items: OfficialFeedbackItem[];
  canGive?: boolean;
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { t, locale, city } = props.page;
  if (props.items.length === 0 && !props.canGive) return null;
  return (
    <section class="official-feedback" id="official-feedback" aria-labelledby="official-feedback-heading">
      <h2 id="official-feedback-heading">{t("moderation.feedback.heading")}</h2>
      {props.items.map((item) => (
        <Alert
          tone="info"
          title={t(`moderation.feedback.from.${item.role}`, { date: dateTime(item.createdAt, locale, city.timeZone) })}
        >
          <div lang={item.language === locale ? undefined : item.language}>
            {paragraphsOf(item.body).map((lines) => (
              <p>
                {lines.map((line, index) => (
                  <>
                    {index > 0 && <br />}
                    {line}
                  </>
                ))}
              </p>
            ))}
          </div>
        </Alert>
      ))}
      {props.canGive && (
        <details open={props.errors !== undefined}>
          <summary>{t("moderation.feedback.formHeading")}</summary>
          <Form page={props.page} action="/moderation/feedback">
            <input type="hidden" name="type" value={props.resource.type} />
            <input type="hidden" name="id" value={props.resource.id} />
            <FeedbackField
              label={t("moderation.feedback.bodyLabel")}
              hint={t("moderation.feedback.bodyHint")}
              error={props.errors?.body}
              value={props.values?.body}
            />
            <SubmitButton>{t("moderation.feedback.submit")}</SubmitButton>
          </Form>
        </details>
      )}
    </section>
  );
}

/**
 * The feedback's text area, with an id of its own (`field-feedback-body`): the object's page has
 * other forms, and two fields named `body` must not share an id.
 */
function FeedbackField(props: { label: string; hint: string; error?: string; value?: string }) {
  const name = "feedback-body";
  const describedBy = [`hint-${name}`, props.error ? `error-${name}` : null].filter(Boolean).join(" ");
  return (
    <div class={props.error ? "field has-error" : "field"}>
      <label for={`field-${name}`}>
        {props.label}
        <span aria-hidden="true"> *</span>
      </label>
      <FieldMessages name={name} hint={props.hint} error={props.error} />
      <textarea
        id={`field-${name}`}
        name="body"
        rows={6}
        required
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy}
      >
        {props.value ?? ""}
      </textarea>
    </div>
  );
}
