import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import {
  describedBy,
  ErrorSummary,
  FieldMessages,
  Form,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from "../../../ui/components/form";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { Budget, Heading } from "../domain/model";
import type { ActionFieldChoice } from "../use-cases/show-proposal-form";

export function ProposePage(props: {
  page: PageContext;
  budget: Budget;
  headings: Heading[];
  /** The strategy's action fields to choose from, named in the page's language. */
  actionFields: ActionFieldChoice[];
  errors?: FieldErrors;
  values?: FormValues;
  /** The action fields ticked when the form was sent (a form value holds only one). */
  chosen?: string[];
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
        {props.actionFields.length > 0 && (
          <ActionFieldBoxes
            legend={labels.actionFields}
            hint={t("budget.propose.actionFieldsHint")}
            options={props.actionFields}
            chosen={props.chosen ?? []}
            error={props.errors?.actionFields}
          />
        )}
        <SubmitButton>{t("budget.propose.submit")}</SubmitButton>
      </Form>
    </Layout>
  );
}

/**
 * The strategy's action fields as checkboxes, one group per cluster with the cluster's name as its
 * legend: none, one or several may be ticked. The outer group carries the question, its hint and
 * error, and is where the error summary leads.
 */
function ActionFieldBoxes(props: {
  legend: string;
  hint: string;
  options: ActionFieldChoice[];
  chosen: string[];
  error?: string;
}) {
  const name = "actionFields";
  const groups: Array<{ id: string; name: string; fields: Array<ActionFieldChoice & { index: number }> }> = [];
  props.options.forEach((o, index) => {
    let group = groups.find((g) => g.id === o.cluster.id);
    if (!group) {
      group = { id: o.cluster.id, name: o.cluster.name, fields: [] };
      groups.push(group);
    }
    group.fields.push({ ...o, index });
  });
  return (
    <fieldset
      id={`field-${name}`}
      class={props.error ? "checkbox-group has-error" : "checkbox-group"}
      aria-describedby={describedBy(name, props.hint, props.error)}
      tabindex={-1}
    >
      <legend>{props.legend}</legend>
      <FieldMessages name={name} hint={props.hint} error={props.error} />
      {groups.map((group) => (
        <fieldset class="checkbox-group checkbox-group--nested">
          <legend>{group.name}</legend>
          {group.fields.map((o) => (
            <div class="field checkbox">
              <input
                type="checkbox"
                id={`field-${name}-${o.index}`}
                name={name}
                value={o.id}
                checked={props.chosen.includes(o.id)}
              />
              <label for={`field-${name}-${o.index}`}>{o.name}</label>
            </div>
          ))}
        </fieldset>
      ))}
    </fieldset>
  );
}
