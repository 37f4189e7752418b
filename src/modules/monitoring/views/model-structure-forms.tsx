import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import { ErrorSummary, Form, SelectField, SubmitButton, TextArea } from "../../../ui/components/form";
import type { PageContext } from "../../../ui/page-context";
import { indicatorLevels } from "../domain/indicator";
import type { ModelVersion } from "../domain/monitoring-view";
import { FormSection } from "./form-section";
import { goalOptions } from "./format";

type Option = { value: string; label: string };
/** A form's messages and what was typed into it, when it is the one sent back. */
type Sent = { errors?: FieldErrors; values?: FormValues };

/**
 * The team's forms that change the logic model's shape outside a review round: take an indicator
 * out, add a goal or a milestone, remove a goal no indicator shows. Each makes a new version with
 * its reason, like the other forms of the panel.
 */
export function ModelStructureForms(props: {
  page: PageContext;
  base: string;
  model: ModelVersion;
  phases: ReadonlyArray<{ id: string; name: string }>;
  indicatorOptions: Option[];
  sent: { removeIndicator: Sent; addGoal: Sent; removeGoal: Sent };
}) {
  const { page, base, model, phases, sent } = props;
  const { t, locale } = page;
  const version = String(model.version);
  const shown = new Set(model.model.indicators.map((use) => use.goal));
  const bare = model.model.goals.filter((goal) => !shown.has(goal.id));
  const removeHint = t("monitoring.forms.removeReasonHint");
  return (
    <>
      {props.indicatorOptions.length > 0 && (
        <FormSection id="remove-indicator" heading={t("monitoring.forms.removeIndicatorHeading")}>
          <Form page={page} action={`${base}/indicator-removals`}>
            <p>{t("monitoring.forms.removeIndicatorLead")}</p>
            <ErrorSummary page={page} errors={sent.removeIndicator.errors} />
            <input type="hidden" name="remove-version" value={version} />
            <SelectField
              name="remove-indicator"
              label={t("monitoring.forms.indicatorToRemove")}
              options={props.indicatorOptions}
              emptyLabel={t("monitoring.forms.choose")}
              required
              {...sent.removeIndicator}
            />
            <TextArea
              name="remove-reason"
              label={t("monitoring.forms.reason")}
              hint={removeHint}
              rows={3}
              required
              {...sent.removeIndicator}
            />
            <SubmitButton>{t("monitoring.forms.removeIndicator")}</SubmitButton>
          </Form>
        </FormSection>
      )}

      <FormSection id="new-goal" heading={t("monitoring.forms.addGoalHeading")}>
        <Form page={page} action={`${base}/new-goals`}>
          <p>{t("monitoring.forms.addGoalLead")}</p>
          <ErrorSummary page={page} errors={sent.addGoal.errors} />
          <input type="hidden" name="newgoal-version" value={version} />
          <SelectField
            name="newgoal-level"
            label={t("monitoring.forms.goalLevel")}
            options={indicatorLevels.map((level) => ({ value: level, label: t(`monitoring.level.${level}`) }))}
            emptyLabel={t("monitoring.forms.choose")}
            required
            {...sent.addGoal}
          />
          <SelectField
            name="newgoal-phase"
            label={t("monitoring.forms.goalPhase")}
            hint={t("monitoring.forms.goalPhaseHint")}
            options={phases.map((phase) => ({ value: phase.id, label: phase.name }))}
            emptyLabel={t("monitoring.forms.noPhase")}
            {...sent.addGoal}
          />
          <TextArea
            name="newgoal-textDe"
            label={t("monitoring.forms.newGoalTextDe")}
            hint={t("monitoring.forms.newGoalTextHint")}
            rows={2}
            {...sent.addGoal}
          />
          <TextArea
            name="newgoal-textEn"
            label={t("monitoring.forms.newGoalTextEn")}
            hint={t("monitoring.forms.newGoalTextHint")}
            rows={2}
            {...sent.addGoal}
          />
          <TextArea
            name="newgoal-reason"
            label={t("monitoring.forms.reason")}
            hint={t("monitoring.forms.addGoalReasonHint")}
            rows={3}
            required
            {...sent.addGoal}
          />
          <SubmitButton>{t("monitoring.forms.addGoal")}</SubmitButton>
        </Form>
      </FormSection>

      <FormSection id="drop-goal" heading={t("monitoring.forms.removeGoalHeading")}>
        {bare.length > 0 && model.model.goals.length > 1 ? (
          <Form page={page} action={`${base}/goal-removals`}>
            <p>{t("monitoring.forms.removeGoalLead")}</p>
            <ErrorSummary page={page} errors={sent.removeGoal.errors} />
            <input type="hidden" name="dropgoal-version" value={version} />
            <SelectField
              name="dropgoal-goal"
              label={t("monitoring.forms.goalToRemove")}
              options={goalOptions(t, locale, bare, phases)}
              emptyLabel={t("monitoring.forms.choose")}
              required
              {...sent.removeGoal}
            />
            <TextArea
              name="dropgoal-reason"
              label={t("monitoring.forms.reason")}
              hint={removeHint}
              rows={3}
              required
              {...sent.removeGoal}
            />
            <SubmitButton>{t("monitoring.forms.removeGoal")}</SubmitButton>
          </Form>
        ) : (
          <p>{t("monitoring.forms.noGoalToRemove")}</p>
        )}
      </FormSection>
    </>
  );
}
