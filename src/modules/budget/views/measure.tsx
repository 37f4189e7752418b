import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import { districtOptions } from "../../../platform/reference-data";
import { ErrorSummary, Form, SelectField, SubmitButton, TextArea, TextField } from "../../../ui/components/form";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { Budget, Project } from "../domain/model";

/**
 * The confirmation step of turning a funded project into a measure: the measure's essentials,
 * filled in from the project, and one button that creates it.
 */
export function MeasureFormPage(props: {
  page: PageContext;
  budget: Budget;
  project: Project;
  actionFields: Array<{ id: string; label: string }>;
  values: FormValues;
  /** Chosen action fields (a form value can hold only one). */
  chosen: string[];
  errors?: FieldErrors;
}) {
  const { t, locale } = props.page;
  const { budget, project, errors, values } = props;
  const labels = {
    title: t("budget.measure.titleLabel"),
    description: t("budget.measure.descriptionLabel"),
    district: t("budget.measure.districtLabel"),
    cost: t("budget.measure.costLabel"),
    actionFields: t("budget.measure.actionFields"),
  };
  const fieldsError = errors?.actionFields;
  return (
    <Layout page={props.page} title={t("budget.measure.title", { title: project.title })} section="budgets">
      <p>
        <a href={`/budgets/${budget.slug}/results`}>{t("budget.results.title", { title: budget.title })}</a>
      </p>
      <h1>{t("budget.measure.title", { title: project.title })}</h1>
      <p class="lead">{t("budget.measure.lead")}</p>
      <ErrorSummary page={props.page} errors={errors} labels={labels} />
      <Form page={props.page} action={`/budgets/${budget.slug}/projects/${project.id}/measure`}>
        <TextField name="title" label={labels.title} required errors={errors} values={values} />
        <TextArea name="description" label={labels.description} rows={6} errors={errors} values={values} />
        <SelectField
          name="district"
          label={labels.district}
          emptyLabel={t("budget.measure.cityWide")}
          options={districtOptions(props.page.city, locale)}
          errors={errors}
          values={values}
        />
        <TextField
          name="cost"
          label={labels.cost}
          hint={t("budget.measure.costHint")}
          inputmode="numeric"
          required
          errors={errors}
          values={values}
        />
        <fieldset
          id="field-actionFields"
          class={fieldsError ? "has-error" : undefined}
          aria-describedby={fieldsError ? "hint-actionFields error-actionFields" : "hint-actionFields"}
        >
          <legend>
            {labels.actionFields}
            <span aria-hidden="true"> *</span>
          </legend>
          <p class="hint" id="hint-actionFields">
            {t("budget.measure.actionFieldsHint")}
          </p>
          {fieldsError && (
            <p class="field-error" id="error-actionFields">
              {fieldsError}
            </p>
          )}
          {props.actionFields.map((field, i) => (
            <div class="field checkbox">
              <input
                type="checkbox"
                id={`field-actionFields-${i}`}
                name="actionFields"
                value={field.id}
                checked={props.chosen.includes(field.id)}
              />
              <label for={`field-actionFields-${i}`}>{field.label}</label>
            </div>
          ))}
        </fieldset>
        <div class="actions">
          <SubmitButton>{t("budget.measure.submit")}</SubmitButton>
          <a class="button button-secondary" href={`/budgets/${budget.slug}/results#project-${project.id}`}>
            {t("budget.measure.cancel")}
          </a>
        </div>
      </Form>
    </Layout>
  );
}
