import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import type { Resource } from "../../../platform/permissions/permissions";
import { ErrorSummary } from "../../../ui/components/form";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { OfficialFeedbackItem } from "../use-cases/feedback";
import { OfficialFeedback } from "./components";

/** Official feedback that could not be published, drawn again with its text and what to correct. */
export function FeedbackPage(props: {
  page: PageContext;
  resource: Resource;
  title: string;
  href: string;
  items: OfficialFeedbackItem[];
  errors: FieldErrors;
  values: FormValues;
}) {
  const { t } = props.page;
  return (
    <Layout page={props.page} title={t("moderation.feedback.pageTitle", { title: props.title })}>
      <p>
        <a href={props.href}>{t("moderation.report.back", { title: props.title })}</a>
      </p>
      <h1>{t("moderation.feedback.pageTitle", { title: props.title })}</h1>
      {/* The summary leads to the feedback's own field id (see FeedbackField). */}
      <ErrorSummary
        page={props.page}
        errors={Object.fromEntries(
          Object.entries(props.errors).map(([field, message]) => [field === "body" ? "feedback-body" : field, message]),
        )}
        labels={{ "feedback-body": t("moderation.feedback.bodyLabel") }}
      />
      <OfficialFeedback
        page={props.page}
        resource={props.resource}
        items={props.items}
        canGive
        errors={props.errors}
        values={props.values}
      />
    </Layout>
  );
}
