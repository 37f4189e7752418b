import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import { ErrorSummary, Form, SelectField, SubmitButton, TextArea, TextField } from "../../../ui/components/form";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { Budget, Heading } from "../domain/model";

export function ProposePage(props: {
  page: PageContext;
  budget: Budget;
  headings: Heading[];
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { t } = props.page;
  const labels = {
    title: t("budget.propose.titleLabel"),
    headingId: t("budget.propose.headingLabel"),
    description: t("budget.propose.descriptionLabel"),
    estimatedCost: t("budget.propose.costLabel"),
    actionFields: t("budget.propose.actionFieldsLabel"),
  };
  return (
    <Layout page={props.page} title={t("budget.propose.title")} section="budgets">
      <p>
        <a href={`/budgets/${props.budget.slug}`}>{t("budget.backTo", { title: props.budget.title })}</a>
      </p>
      <h1>{t("budget.propose.title")}</h1>
      <p class="lead">{t("budget.propose.lead")}</p>
      <ErrorSummary page={props.page} errors={props.errors} labels={labels} />
      <Form page={props.page} action={`/budgets/${props.budget.slug}/propose`}>
        <TextField name="title" label={labels.title} required errors={props.errors} values={props.values} />
        <SelectField
          name="headingId"
          label={labels.headingId}
          required
          options={props.headings.map((h) => ({ value: h.id, label: h.name }))}
          errors={props.errors}
          values={props.values}
        />
        <TextArea
          name="description"
          label={labels.description}
          hint={t("budget.propose.descriptionHint")}
          required
          errors={props.errors}
          values={props.values}
        />
        <TextField
          name="estimatedCost"
          label={labels.estimatedCost}
          hint={t("budget.propose.costHint")}
          inputmode="numeric"
          required
          errors={props.errors}
          values={props.values}
        />
        <TextField
          name="actionFields"
          label={labels.actionFields}
          hint={t("budget.propose.actionFieldsHint")}
          errors={props.errors}
          values={props.values}
        />
        <SubmitButton>{t("budget.propose.submit")}</SubmitButton>
      </Form>
    </Layout>
  );
}
