import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import { ErrorSummary, Form, Notice, SubmitButton, TextArea, TextField } from "../../../ui/components/form";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import { dayOf } from "../domain/budget-edit";
import type { Budget, Heading } from "../domain/model";
import { type Phase, phaseDateFields } from "../domain/phases";
import { BallotSettingsFields, phaseOfDateField } from "./ballot-settings-fields";
import { VotingFacts } from "./components";
import { dateTime } from "./format";

/** The form's values from the stored budget: what the office sees before changing anything. */
export function editValues(budget: Budget, headings: Heading[]): FormValues {
  const values: FormValues = {
    title: budget.title,
    description: budget.description,
    "ballot.rule": budget.rule,
    "ballot.ballotType": budget.ballotType,
    "ballot.maxProjects": budget.maxProjects ? String(budget.maxProjects) : "",
    "ballot.knapsack": budget.knapsack ? "on" : "",
    "ballot.pointsTotal": budget.pointsTotal ? String(budget.pointsTotal) : "",
    "ballot.eligibility": budget.eligibility,
  };
  headings.forEach((h, i) => {
    values[`ballot.amounts.${i}.amount`] = String(h.amount);
  });
  for (const field of phaseDateFields) values[`dates.${field}`] = dayOf(budget[field]);
  return values;
}

/**
 * Editing a budget: texts always; rule, ballot and amounts only while they may change (else shown
 * as facts with the reason); a date field only for a phase that has not started.
 */
export function EditBudgetPage(props: {
  page: PageContext;
  budget: Budget;
  phase: Phase;
  headings: Heading[];
  ballotOpen: boolean;
  now: Date;
  values: FormValues;
  errors?: FieldErrors;
}) {
  const { t, locale, city } = props.page;
  const { budget, errors, values } = props;
  const labels: Record<string, string> = {
    title: t("budget.create.titleLabel"),
    description: t("budget.create.descriptionLabel"),
    "ballot.rule": t("budget.facts.rule"),
    "ballot.ballotType": t("budget.facts.ballot"),
    "ballot.maxProjects": t("budget.create.maxProjects"),
    "ballot.pointsTotal": t("budget.create.pointsTotal"),
    "ballot.eligibility": t("budget.eligibility.label"),
  };
  props.headings.forEach((h, i) => {
    labels[`ballot.amounts.${i}.amount`] = t("budget.edit.amountOf", { heading: h.name });
  });
  for (const field of phaseDateFields) labels[`dates.${field}`] = t(`budget.phase.${phaseOfDateField[field]}`);
  return (
    <Layout page={props.page} title={t("budget.edit.title", { title: budget.title })} section="budgets">
      <p>
        <a href={`/budgets/${budget.slug}/manage`}>{t("budget.manage.title", { title: budget.title })}</a>
      </p>
      <h1>{t("budget.edit.title", { title: budget.title })}</h1>
      <p class="lead">{t("budget.edit.lead")}</p>
      <ErrorSummary page={props.page} errors={errors} labels={labels} />
      <Form page={props.page} action={`/budgets/${budget.slug}/edit`}>
        <TextField name="title" label={labels.title as string} required errors={errors} values={values} />
        <TextArea name="description" label={labels.description as string} rows={4} errors={errors} values={values} />
        <h2>{t("budget.edit.ballotHeading")}</h2>
        {props.ballotOpen ? (
          <>
            <input type="hidden" name="editBallot" value="1" />
            <BallotSettingsFields page={props.page} prefix="ballot." values={values} errors={errors} />
            {props.headings.map((h, i) => (
              <>
                <input type="hidden" name={`ballot.amounts.${i}.headingId`} value={h.id} />
                <TextField
                  name={`ballot.amounts.${i}.amount`}
                  label={labels[`ballot.amounts.${i}.amount`] as string}
                  inputmode="numeric"
                  required
                  errors={errors}
                  values={values}
                />
              </>
            ))}
          </>
        ) : (
          <>
            <Notice kind="info">{t("budget.edit.ballotFixed")}</Notice>
            <VotingFacts page={props.page} budget={budget} headings={props.headings} />
          </>
        )}
        <fieldset>
          <legend>{t("budget.edit.datesHeading")}</legend>
          {phaseDateFields.map((field) =>
            budget[field].getTime() > props.now.getTime() ? (
              <TextField
                name={`dates.${field}`}
                type="date"
                label={labels[`dates.${field}`] as string}
                required
                errors={errors}
                values={values}
              />
            ) : (
              <p>
                {t("budget.edit.started", {
                  phase: labels[`dates.${field}`] as string,
                  date: dateTime(budget[field], locale, city.timeZone),
                })}
              </p>
            ),
          )}
        </fieldset>
        <SubmitButton>{t("budget.edit.submit")}</SubmitButton>
      </Form>
    </Layout>
  );
}
