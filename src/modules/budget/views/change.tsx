import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import { ErrorSummary, Form, SubmitButton, TextField } from "../../../ui/components/form";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { Budget } from "../domain/model";

/** Changing a ballot cast with a code: the code from the letter and the receipt of the last ballot. */
export function ChangeStartPage(props: {
  page: PageContext;
  budget: Budget;
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { t } = props.page;
  const labels = { code: t("budget.vote.codeLabel"), receipt: t("budget.change.receiptLabel") };
  return (
    <Layout page={props.page} title={t("budget.change.title")} section="budgets">
      <p>
        <a href={`/budgets/${props.budget.slug}/vote`}>{t("budget.vote.title", { title: props.budget.title })}</a>
      </p>
      <h1>{t("budget.change.title")}</h1>
      <p class="lead">{t("budget.change.lead")}</p>
      <ErrorSummary page={props.page} errors={props.errors} labels={labels} />
      <Form page={props.page} action={`/budgets/${props.budget.slug}/vote`}>
        <input type="hidden" name="step" value="change" />
        <TextField
          name="code"
          label={labels.code}
          hint={t("budget.vote.codeHint")}
          autocomplete="off"
          required
          errors={props.errors}
          values={props.values}
        />
        <TextField
          name="receipt"
          label={labels.receipt}
          hint={t("budget.change.receiptHint")}
          autocomplete="off"
          required
          errors={props.errors}
          values={props.values}
        />
        <SubmitButton>{t("budget.change.submit")}</SubmitButton>
      </Form>
    </Layout>
  );
}
