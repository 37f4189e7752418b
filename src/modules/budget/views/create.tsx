import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import { districtOptions } from "../../../platform/reference-data";
import {
  DefaultSubmitButton,
  ErrorSummary,
  Form,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from "../../../ui/components/form";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import { BallotSettingsFields, phaseOfDateField } from "./ballot-settings-fields";

/** Rows for areas a new form starts with; "add another area" adds one at a time, up to MAX_HEADINGS. */
export const HEADING_ROWS = 3;

/**
 * The strategy office sets up a budget: headings, dates, rule and ballot. The form has `rows` rows
 * for areas; its "add another area" button sends the form back to be drawn with one more row
 * (the page opens at the new row, `focusRow`), so it works without JavaScript.
 */
export function CreateBudgetPage(props: {
  page: PageContext;
  errors?: FieldErrors;
  values?: FormValues;
  rows?: number;
  focusRow?: number;
}) {
  const { t, locale } = props.page;
  const { errors, values } = props;
  const rows = props.rows ?? HEADING_ROWS;
  const dates = ["proposalsStart", "reviewStart", "votingStart", "resultsStart", "implementationStart"] as const;
  return (
    <Layout page={props.page} title={t("budget.create.title")} section="budgets">
      <p>
        <a href="/budgets">{t("budget.back")}</a>
      </p>
      <h1>{t("budget.create.title")}</h1>
      <ErrorSummary page={props.page} errors={errors} />
      <Form page={props.page} action="/budgets/new">
        {/* Enter in a field creates the budget; without this the "add another area" button would come first. */}
        <DefaultSubmitButton>{t("budget.create.submit")}</DefaultSubmitButton>
        <TextField name="title" label={t("budget.create.titleLabel")} required errors={errors} values={values} />
        <TextField
          name="slug"
          label={t("budget.create.slugLabel")}
          hint={t("budget.create.slugHint")}
          required
          errors={errors}
          values={values}
        />
        <TextArea
          name="description"
          label={t("budget.create.descriptionLabel")}
          rows={4}
          errors={errors}
          values={values}
        />
        <BallotSettingsFields page={props.page} prefix="" values={values} errors={errors} />
        <fieldset>
          <legend>{t("budget.detail.phases")}</legend>
          {dates.map((name) => (
            <TextField
              name={name}
              type="date"
              label={t(`budget.phase.${phaseOfDateField[name]}`)}
              required
              errors={errors}
              values={values}
            />
          ))}
        </fieldset>
        <input type="hidden" name="headingRows" value={String(rows)} />
        {Array.from({ length: rows }, (_, i) => (
          <fieldset id={i === props.focusRow ? "new-heading" : `heading-row-${i}`}>
            <legend>{t("budget.create.heading", { n: i + 1 })}</legend>
            <TextField
              name={`headings.${i}.name`}
              label={t("budget.create.headingName")}
              hint={i > 0 ? t("budget.create.headingOptional") : undefined}
              required={i === 0}
              errors={errors}
              values={values}
            />
            <SelectField
              name={`headings.${i}.district`}
              label={t("budget.create.headingDistrict")}
              emptyLabel={t("budget.create.noDistrict")}
              options={districtOptions(props.page.city, locale)}
              errors={errors}
              values={values}
            />
            <TextField
              name={`headings.${i}.amount`}
              label={t("budget.create.headingAmount")}
              inputmode="numeric"
              required={i === 0}
              errors={errors}
              values={values}
            />
          </fieldset>
        ))}
        <div class="field budget-add-heading">
          {errors?.headings && (
            <p class="field-error" id="error-headings">
              {errors.headings}
            </p>
          )}
          <p class="hint" id="hint-headings">
            {t("budget.create.addHeadingHint")}
          </p>
          <button
            type="submit"
            id="field-headings"
            name="addHeading"
            value="1"
            formaction="/budgets/new#new-heading"
            class="button button-secondary"
            aria-describedby={errors?.headings ? "error-headings hint-headings" : "hint-headings"}
          >
            {t("budget.create.addHeading")}
          </button>
        </div>
        <SubmitButton>{t("budget.create.submit")}</SubmitButton>
      </Form>
    </Layout>
  );
}
