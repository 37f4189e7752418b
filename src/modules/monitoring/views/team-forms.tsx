import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import { districtOptions } from "../../../platform/reference-data";
import { ErrorSummary, Form, SelectField, SubmitButton, TextArea, TextField } from "../../../ui/components/form";
import type { PageContext } from "../../../ui/page-context";
import type { MonitoringPage as MonitoringData } from "../use-cases/show-monitoring";
import { FormSection } from "./form-section";
import { formatValue, goalOptions, localized, periodLabel } from "./format";
import { ModelStructureForms } from "./model-structure-forms";
import { SourceForm } from "./source-form";
import { monitoringPath } from "./upload-pages";

/**
 * The forms of the measure's team and the strategy office on the monitoring page. Several forms
 * share the page, so each names its fields with its own prefix (`record-period`, `target-period`):
 * every field has its own id, and a form sent back with mistakes shows them at the right form.
 */
export const formPrefixes = {
  setUp: "setup-",
  record: "record-",
  correct: "correct-",
  target: "target-",
  add: "add-",
  goal: "goal-",
  baseline: "baseline-",
  source: "source-",
  removeIndicator: "remove-",
  addGoal: "newgoal-",
  removeGoal: "dropgoal-",
} as const;
export type FormName = keyof typeof formPrefixes;

/** A form sent back with its mistakes: which one, the messages by field and what was typed. */
export type SentForm = { name: string; errors: FieldErrors; values: FormValues };

export function TeamForms(props: { page: PageContext; data: MonitoringData; form?: SentForm }) {
  const { page, data } = props;
  const { t, locale } = page;
  const { permissions } = data;
  if (!permissions.changeModel && !permissions.record && !permissions.correct) return null;
  const base = monitoringPath(data.measure.slug);
  const sent = (name: FormName) => (props.form?.name === name ? props.form : undefined);
  /** A form's messages and what was typed into it, when it is the one sent back; spread into its fields. */
  const fields = (name: FormName) => ({ errors: sent(name)?.errors, values: sent(name)?.values });
  const model = data.model;
  const uses = data.indicators.filter((view) => view.definition !== null);
  const indicatorOptions = uses.map((view) => ({
    value: view.use.indicator,
    label: t("monitoring.forms.indicatorOption", {
      name: localized(view.definition?.name ?? { de: "", en: "" }, locale).text,
      frequency: t(`monitoring.frequency.${view.definition?.frequency ?? "yearly"}`),
    }),
  }));
  // A source gives one number per period for the whole city: yes/no and district indicators have none.
  const sourceOptions = indicatorOptions.filter((_, i) => {
    const definition = uses[i]?.definition;
    return definition?.spatialUnit === "city" && definition.valueKind === "number";
  });
  const anyDistrict = uses.some((view) => view.definition?.spatialUnit === "district");
  const values = uses.flatMap((view) =>
    view.values.map(({ observation }) => ({
      value: observation.id,
      label: t("monitoring.forms.valueOption", {
        name: localized(view.definition?.name ?? { de: "", en: "" }, locale).text,
        period: periodLabel(t, locale, observation.period),
        value: formatValue(t, locale, observation.value, view.definition),
      }),
    })),
  );
  const periodHint = t("monitoring.forms.periodHint");
  const setUp = fields("setUp");
  const record = fields("record");
  const correct = fields("correct");
  const target = fields("target");
  const add = fields("add");
  const goal = fields("goal");
  const baseline = fields("baseline");
  const goalsGiven = (["output", "outcome", "impact"] as const).some(
    (level) => (data.measure.goals[level].de || data.measure.goals[level].en).trim().length >= 3,
  );
  return (
    <section class="office-panel" aria-labelledby="team-heading">
      <h2 id="team-heading">{t("monitoring.forms.heading")}</h2>
      <p>{t("monitoring.forms.intro")}</p>

      {model === null && permissions.changeModel && (
        <FormSection id="setup" heading={t("monitoring.forms.setUpHeading")}>
          {goalsGiven ? (
            <Form page={page} action={`${base}/model`}>
              <p>{t("monitoring.forms.setUpLead")}</p>
              <ErrorSummary page={page} errors={setUp.errors} />
              <TextArea
                name="setup-reason"
                label={t("monitoring.forms.reason")}
                hint={t("monitoring.forms.setUpReasonHint")}
                rows={3}
                required
                {...setUp}
              />
              <SubmitButton>{t("monitoring.forms.setUp")}</SubmitButton>
            </Form>
          ) : (
            <p>
              {t("monitoring.forms.noGoals")}{" "}
              <a href={`/measures/${encodeURIComponent(data.measure.slug)}/edit`}>
                {t("monitoring.forms.editMeasure")}
              </a>
            </p>
          )}
        </FormSection>
      )}

      {model !== null && permissions.record && indicatorOptions.length > 0 && (
        <FormSection id="record" heading={t("monitoring.forms.recordHeading")}>
          <p>
            <a href={`${base}/upload`}>{t("monitoring.upload.link")}</a>
          </p>
          <Form page={page} action={`${base}/values`}>
            <ErrorSummary page={page} errors={record.errors} />
            <SelectField
              name="record-indicator"
              label={t("monitoring.forms.indicator")}
              options={indicatorOptions}
              required
              {...record}
            />
            <TextField
              name="record-period"
              label={t("monitoring.forms.period")}
              hint={periodHint}
              required
              {...record}
            />
            <TextField
              name="record-value"
              label={t("monitoring.forms.value")}
              hint={t("monitoring.forms.valueHint")}
              inputmode="decimal"
              required
              {...record}
            />
            {anyDistrict ? (
              <SelectField
                name="record-spatialUnit"
                label={t("monitoring.forms.area")}
                hint={t("monitoring.forms.areaHint")}
                options={[{ value: "city", label: t("monitoring.area.city") }, ...districtOptions(page.city, locale)]}
                {...record}
              />
            ) : (
              <input type="hidden" name="record-spatialUnit" value="city" />
            )}
            <SelectField
              name="record-status"
              label={t("monitoring.forms.status")}
              options={[
                { value: "final", label: t("monitoring.observationStatus.final") },
                { value: "provisional", label: t("monitoring.observationStatus.provisional") },
              ]}
              {...record}
            />
            <TextArea
              name="record-note"
              label={t("monitoring.forms.note")}
              hint={t("monitoring.forms.noteHint")}
              rows={2}
              {...record}
            />
            <SubmitButton>{t("monitoring.forms.record")}</SubmitButton>
          </Form>
        </FormSection>
      )}

      {model !== null && permissions.correct && values.length > 0 && (
        <FormSection id="correct" heading={t("monitoring.forms.correctHeading")}>
          <Form page={page} action={`${base}/corrections`}>
            <p>{t("monitoring.forms.correctLead")}</p>
            <ErrorSummary page={page} errors={correct.errors} />
            <SelectField
              name="correct-observation"
              label={t("monitoring.forms.observation")}
              options={values}
              required
              {...correct}
            />
            <TextField
              name="correct-value"
              label={t("monitoring.forms.correctedValue")}
              hint={t("monitoring.forms.valueHint")}
              inputmode="decimal"
              required
              {...correct}
            />
            <TextArea
              name="correct-reason"
              label={t("monitoring.forms.reason")}
              hint={t("monitoring.forms.correctReasonHint")}
              rows={2}
              required
              {...correct}
            />
            <SubmitButton>{t("monitoring.forms.correct")}</SubmitButton>
          </Form>
        </FormSection>
      )}

      {model !== null && permissions.changeModel && indicatorOptions.length > 0 && (
        <FormSection id="target" heading={t("monitoring.forms.targetHeading")}>
          <Form page={page} action={`${base}/targets`}>
            <p>{t("monitoring.forms.targetLead")}</p>
            <ErrorSummary page={page} errors={target.errors} />
            <input type="hidden" name="target-version" value={String(model.version)} />
            <SelectField
              name="target-indicator"
              label={t("monitoring.forms.indicator")}
              options={indicatorOptions}
              required
              {...target}
            />
            <TextField
              name="target-period"
              label={t("monitoring.forms.targetPeriod")}
              hint={periodHint}
              required
              {...target}
            />
            <TextField
              name="target-target"
              label={t("monitoring.forms.targetValue")}
              hint={t("monitoring.forms.targetValueHint")}
              inputmode="decimal"
              {...target}
            />
            <TextArea
              name="target-reason"
              label={t("monitoring.forms.reason")}
              hint={t("monitoring.forms.reasonHint")}
              rows={3}
              required
              {...target}
            />
            <SubmitButton>{t("monitoring.forms.changeTarget")}</SubmitButton>
          </Form>
        </FormSection>
      )}

      {model !== null && permissions.changeModel && data.addable.length > 0 && model.model.goals.length > 0 && (
        <FormSection id="add" heading={t("monitoring.forms.addHeading")}>
          <Form page={page} action={`${base}/indicators`}>
            <p>
              {t("monitoring.forms.addLead")} <a href="/monitoring/indicators">{t("monitoring.forms.catalogue")}</a>
            </p>
            <ErrorSummary page={page} errors={add.errors} />
            <input type="hidden" name="add-version" value={String(model.version)} />
            <SelectField
              name="add-indicator"
              label={t("monitoring.forms.definition")}
              options={data.addable.map((definition) => ({
                value: definition.key,
                label: t("monitoring.forms.indicatorOption", {
                  name: localized(definition.name, locale).text,
                  frequency: t(`monitoring.frequency.${definition.frequency}`),
                }),
              }))}
              required
              {...add}
            />
            <SelectField
              name="add-goal"
              label={t("monitoring.forms.goal")}
              options={goalOptions(t, locale, model.model.goals, data.phases)}
              required
              {...add}
            />
            <TextField
              name="add-baselineValue"
              label={t("monitoring.forms.baselineValue")}
              hint={t("monitoring.forms.baselineHint")}
              inputmode="decimal"
              {...add}
            />
            <TextField name="add-baselineDate" label={t("monitoring.forms.baselineDate")} type="date" {...add} />
            <TextField name="add-targetPeriod" label={t("monitoring.forms.targetPeriod")} hint={periodHint} {...add} />
            <TextField name="add-targetValue" label={t("monitoring.forms.targetValue")} inputmode="decimal" {...add} />
            <TextArea
              name="add-reason"
              label={t("monitoring.forms.reason")}
              hint={t("monitoring.forms.reasonHint")}
              rows={3}
              required
              {...add}
            />
            <SubmitButton>{t("monitoring.forms.add")}</SubmitButton>
          </Form>
        </FormSection>
      )}

      {model !== null && permissions.changeModel && model.model.goals.length > 0 && (
        <FormSection id="goal" heading={t("monitoring.forms.goalHeading")}>
          <Form page={page} action={`${base}/goals`}>
            <p>{t("monitoring.forms.goalLead")}</p>
            <ErrorSummary page={page} errors={goal.errors} />
            <input type="hidden" name="goal-version" value={String(model.version)} />
            <SelectField
              name="goal-goal"
              label={t("monitoring.forms.goalToChange")}
              options={goalOptions(t, locale, model.model.goals, data.phases)}
              required
              {...goal}
            />
            <TextArea
              name="goal-textDe"
              label={t("monitoring.forms.goalTextDe")}
              hint={t("monitoring.forms.goalTextHint")}
              rows={2}
              {...goal}
            />
            <TextArea
              name="goal-textEn"
              label={t("monitoring.forms.goalTextEn")}
              hint={t("monitoring.forms.goalTextHint")}
              rows={2}
              {...goal}
            />
            <TextArea
              name="goal-reason"
              label={t("monitoring.forms.reason")}
              hint={t("monitoring.forms.reasonHint")}
              rows={3}
              required
              {...goal}
            />
            <SubmitButton>{t("monitoring.forms.changeGoal")}</SubmitButton>
          </Form>
        </FormSection>
      )}

      {model !== null && permissions.changeModel && (
        <ModelStructureForms
          page={page}
          base={base}
          model={model}
          phases={data.phases}
          indicatorOptions={indicatorOptions}
          sent={{
            removeIndicator: fields("removeIndicator"),
            addGoal: fields("addGoal"),
            removeGoal: fields("removeGoal"),
          }}
        />
      )}

      {model !== null && permissions.changeModel && indicatorOptions.length > 0 && (
        <FormSection id="baseline" heading={t("monitoring.forms.baselineHeading")}>
          <Form page={page} action={`${base}/baselines`}>
            <p>{t("monitoring.forms.baselineLead")}</p>
            <ErrorSummary page={page} errors={baseline.errors} />
            <input type="hidden" name="baseline-version" value={String(model.version)} />
            <SelectField
              name="baseline-indicator"
              label={t("monitoring.forms.indicator")}
              options={indicatorOptions}
              required
              {...baseline}
            />
            <TextField
              name="baseline-baselineValue"
              label={t("monitoring.forms.newBaselineValue")}
              hint={t("monitoring.forms.valueHint")}
              inputmode="decimal"
              {...baseline}
            />
            <TextField
              name="baseline-baselineDate"
              label={t("monitoring.forms.baselineDate")}
              type="date"
              {...baseline}
            />
            <TextArea
              name="baseline-reason"
              label={t("monitoring.forms.reason")}
              hint={t("monitoring.forms.baselineReasonHint")}
              rows={3}
              required
              {...baseline}
            />
            <SubmitButton>{t("monitoring.forms.changeBaseline")}</SubmitButton>
          </Form>
        </FormSection>
      )}

      {model !== null && permissions.changeModel && sourceOptions.length > 0 && (
        <FormSection id="source" heading={t("monitoring.source.title")}>
          <SourceForm page={page} action={`${base}/source`} indicatorOptions={sourceOptions} form={sent("source")} />
        </FormSection>
      )}
    </section>
  );
}
