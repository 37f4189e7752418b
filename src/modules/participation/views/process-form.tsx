import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import { cityDay, districtOptions } from "../../../platform/reference-data";
import { CheckboxGroup } from "../../../ui/components/checkbox-group";
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
import type { ActionFieldChoice } from "../../strategy";
import { methods, subjectKinds, visibilities } from "../domain/process";
import { lastDayOf } from "../domain/process-input";
import { processPath } from "../domain/process-path";
import type { StoredProcess } from "../domain/stored-process";

/** What the form shows: the values as stored or as typed, the districts ticked, and its messages. */
export interface ProcessFormState {
  values: FormValues;
  districts: string[];
  phaseRows: number;
  errors?: FieldErrors;
}

/** The form's fields of a stored process. */
export function processFormState(
  process: StoredProcess,
  invited: string[],
  phaseRows: number,
  timeZone: string,
): ProcessFormState {
  const values: FormValues = {
    titleDe: process.title.de,
    titleEn: process.title.en,
    summaryDe: process.summary.de,
    summaryEn: process.summary.en,
    slug: process.slug,
    subjectKind: process.subject.kind,
    subjectMeasure: process.subject.kind === "measure" ? process.subject.slug : "",
    subjectActionField: process.subject.kind === "action-field" ? process.subject.key : "",
    subjectTopicDe: process.subject.kind === "topic" ? process.subject.text : "",
    subjectTopicEn: "",
    organisation: process.organisation,
    contact: process.contact,
    visibility: process.visibility,
    invited: invited.join("\n"),
  };
  for (const [i, phase] of process.phases.entries()) {
    values[`phases.${i}.method`] = phase.method;
    values[`phases.${i}.startDay`] = cityDay(phase.startsAt, timeZone);
    values[`phases.${i}.lastDay`] = lastDayOf(phase.endsAt, timeZone);
    values[`phases.${i}.descriptionDe`] = phase.description?.de ?? "";
    values[`phases.${i}.descriptionEn`] = phase.description?.en ?? "";
  }
  return { values, districts: process.districts, phaseRows: Math.max(phaseRows, process.phases.length) };
}

function PhaseRowFields(props: { page: PageContext; index: number; state: ProcessFormState }) {
  const { page, index, state } = props;
  const { t } = page;
  const name = (field: string) => `phases.${index}.${field}`;
  const field = { errors: state.errors, values: state.values };
  return (
    <fieldset class="process-phase-row">
      <legend>{t("participation.form.phaseLegend", { number: index + 1 })}</legend>
      <SelectField
        name={name("method")}
        label={t("participation.form.phaseMethod")}
        options={methods.map((method) => ({ value: method, label: t(`participation.method.${method}`) }))}
        emptyLabel={t("participation.form.phaseNone")}
        {...field}
      />
      <TextField name={name("startDay")} type="date" label={t("participation.form.phaseStart")} {...field} />
      <TextField
        name={name("lastDay")}
        type="date"
        label={t("participation.form.phaseLastDay")}
        hint={t("participation.form.phaseLastDayHint")}
        {...field}
      />
      <TextArea name={name("descriptionDe")} label={t("participation.form.phaseDescriptionDe")} rows={2} {...field} />
      <TextArea name={name("descriptionEn")} label={t("participation.form.phaseDescriptionEn")} rows={2} {...field} />
    </fieldset>
  );
}

/** The office's form to open or change a process; works without JavaScript ("add a phase" sends the form). */
export function ProcessFormPage(props: {
  page: PageContext;
  action: string;
  process?: StoredProcess;
  state: ProcessFormState;
  actionFields: ActionFieldChoice[];
}) {
  const { page, state, process } = props;
  const { t, locale, city } = page;
  const title = process
    ? t("participation.form.editTitle", { title: process.title[locale] || process.title.de })
    : t("participation.form.newTitle");
  const field = { errors: state.errors, values: state.values };
  return (
    <Layout page={page} title={title} section="participation">
      <p class="breadcrumb">
        <a href="/participation">{t("participation.list.title")}</a>
        {process && (
          <>
            {" › "}
            <a href={processPath(process.slug)}>{process.title[locale] || process.title.de}</a>
          </>
        )}
      </p>
      <h1>{title}</h1>
      <p>{t("participation.form.lead")}</p>
      <ErrorSummary page={page} errors={state.errors} />
      <Form page={page} action={props.action}>
        <DefaultSubmitButton>{t("participation.form.save")}</DefaultSubmitButton>
        <input type="hidden" name="phaseRows" value={String(state.phaseRows)} />
        <h2>{t("participation.form.aboutHeading")}</h2>
        <TextField name="titleDe" label={t("participation.form.titleDe")} required {...field} />
        <TextField
          name="titleEn"
          label={t("participation.form.titleEn")}
          hint={t("participation.form.englishHint")}
          {...field}
        />
        <TextArea name="summaryDe" label={t("participation.form.summaryDe")} rows={4} required {...field} />
        <TextArea
          name="summaryEn"
          label={t("participation.form.summaryEn")}
          hint={t("participation.form.englishHint")}
          rows={4}
          {...field}
        />
        <TextField
          name="slug"
          label={t("participation.form.slug")}
          hint={t("participation.form.slugHint")}
          {...field}
        />
        <h2>{t("participation.form.subjectHeading")}</h2>
        <SelectField
          name="subjectKind"
          label={t("participation.form.subjectKind")}
          hint={t("participation.form.subjectKindHint")}
          options={subjectKinds.map((kind) => ({ value: kind, label: t(`participation.subjectKind.${kind}`) }))}
          required
          {...field}
        />
        <TextField
          name="subjectMeasure"
          label={t("participation.form.subjectMeasure")}
          hint={t("participation.form.subjectMeasureHint")}
          {...field}
        />
        <SelectField
          name="subjectActionField"
          label={t("participation.form.subjectActionField")}
          options={props.actionFields.map((choice) => ({ value: choice.id, label: choice.label }))}
          emptyLabel={t("participation.form.subjectActionFieldNone")}
          {...field}
        />
        <TextField name="subjectTopicDe" label={t("participation.form.subjectTopicDe")} {...field} />
        <TextField name="subjectTopicEn" label={t("participation.form.subjectTopicEn")} {...field} />
        <CheckboxGroup
          name="districts"
          legend={t("participation.form.districts")}
          hint={t("participation.form.districtsHint")}
          options={districtOptions(city, locale)}
          checked={state.districts}
          error={state.errors?.districts}
        />
        <h2>{t("participation.form.whoHeading")}</h2>
        <TextField name="organisation" label={t("participation.form.organisation")} required {...field} />
        <TextArea
          name="contact"
          label={t("participation.form.contact")}
          hint={t("participation.form.contactHint")}
          rows={2}
          required
          {...field}
        />
        <SelectField
          name="visibility"
          label={t("participation.form.visibility")}
          options={visibilities.map((v) => ({ value: v, label: t(`participation.visibility.${v}`) }))}
          required
          {...field}
        />
        <TextArea
          name="invited"
          label={t("participation.form.invited")}
          hint={t("participation.form.invitedHint")}
          rows={4}
          {...field}
        />
        <h2>{t("participation.form.phasesHeading")}</h2>
        <p id="phases-hint">{t("participation.form.phasesHint")}</p>
        {state.errors?.phases && (
          <p class="field-error" id="field-phases" tabindex={-1}>
            {state.errors.phases}
          </p>
        )}
        {Array.from({ length: state.phaseRows }, (_, index) => (
          <PhaseRowFields page={page} index={index} state={state} />
        ))}
        <p class="actions">
          {state.phaseRows < 12 && (
            <SubmitButton variant="secondary" name="addPhase" value="1">
              {t("participation.form.addPhase")}
            </SubmitButton>
          )}{" "}
          <SubmitButton>{t("participation.form.save")}</SubmitButton>
        </p>
      </Form>
    </Layout>
  );
}
