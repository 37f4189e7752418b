import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import type { Resource } from "../../../platform/permissions/permissions";
import { ErrorSummary, Form, Notice, SelectField, SubmitButton, TextArea } from "../../../ui/components/form";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import { REPORT_CATEGORIES } from "../domain/inputs";
import { HoneypotField } from "./components";

/** The report form for one object; works without JavaScript, for guests too. */
export function ReportPage(props: {
  page: PageContext;
  resource: Resource;
  title: string;
  href: string;
  sent?: boolean;
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { t } = props.page;
  const labels = { category: t("moderation.report.categoryLabel"), reason: t("moderation.report.reasonLabel") };
  return (
    <Layout page={props.page} title={t("moderation.report.title")}>
      <p>
        <a href={props.href}>{t("moderation.report.back", { title: props.title })}</a>
      </p>
      <h1>{t("moderation.report.title")}</h1>
      {props.sent ? (
        <Notice kind="success">{t("moderation.report.sent")}</Notice>
      ) : (
        <>
          <p class="lead">{t("moderation.report.lead", { title: props.title })}</p>
          <ErrorSummary page={props.page} errors={props.errors} labels={labels} />
          <Form page={props.page} action="/moderation/reports">
            <input type="hidden" name="type" value={props.resource.type} />
            <input type="hidden" name="id" value={props.resource.id} />
            <SelectField
              name="category"
              label={labels.category}
              required
              emptyLabel=""
              options={REPORT_CATEGORIES.map((c) => ({ value: c, label: t(`moderation.report.category.${c}`) }))}
              errors={props.errors}
              values={props.values}
            />
            <TextArea
              name="reason"
              label={labels.reason}
              hint={t("moderation.report.reasonHint")}
              required
              rows={4}
              errors={props.errors}
              values={props.values}
            />
            <HoneypotField page={props.page} />
            <SubmitButton>{t("moderation.report.submit")}</SubmitButton>
          </Form>
        </>
      )}
    </Layout>
  );
}
