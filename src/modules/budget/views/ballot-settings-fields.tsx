import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import { Checkbox, SelectField, TextField } from "../../../ui/components/form";
import type { PageContext } from "../../../ui/page-context";
import { ELIGIBILITY_MODES, LEGACY_ELIGIBILITY } from "../domain/eligibility";
import { RULES } from "../domain/rules";

/** The phase whose start each date field sets, for the fields' labels. */
export const phaseOfDateField = {
  proposalsStart: "proposals",
  reviewStart: "review",
  votingStart: "voting",
  resultsStart: "results",
  implementationStart: "implementation",
} as const;

/**
 * Rule and ballot of a budget, as set up (`prefix` "") and as edited (`prefix` "ballot."). Without
 * entries yet, the form proposes equal shares and the money limit.
 */
export function BallotSettingsFields(props: {
  page: PageContext;
  prefix: "" | "ballot.";
  values: FormValues | undefined;
  errors: FieldErrors | undefined;
}) {
  const { t } = props.page;
  const { prefix, values, errors } = props;
  const name = (field: string) => `${prefix}${field}`;
  return (
    <>
      <SelectField
        name={name("rule")}
        label={t("budget.facts.rule")}
        required
        options={RULES.map((rule) => ({ value: rule, label: t(`budget.rule.${rule}`) }))}
        value={values?.[name("rule")] ?? "mes_cost_add1_greedy"}
        errors={errors}
      />
      <SelectField
        name={name("ballotType")}
        label={t("budget.facts.ballot")}
        required
        options={[
          { value: "approval", label: t("budget.create.approval") },
          { value: "points", label: t("budget.create.points") },
        ]}
        errors={errors}
        values={values}
      />
      <TextField
        name={name("maxProjects")}
        label={t("budget.create.maxProjects")}
        hint={t("budget.create.approvalOnly")}
        inputmode="numeric"
        errors={errors}
        values={values}
      />
      <Checkbox
        name={name("knapsack")}
        label={t("budget.create.knapsack")}
        checked={values ? values[name("knapsack")] === "on" : true}
        hint={t("budget.create.approvalOnly")}
      />
      <TextField
        name={name("pointsTotal")}
        label={t("budget.create.pointsTotal")}
        hint={t("budget.create.pointsOnly")}
        inputmode="numeric"
        errors={errors}
        values={values}
      />
      <SelectField
        name={name("eligibility")}
        label={t("budget.eligibility.label")}
        hint={t("budget.eligibility.hint")}
        required
        options={ELIGIBILITY_MODES.map((mode) => ({ value: mode, label: t(`budget.eligibility.mode.${mode}`) }))}
        value={values?.[name("eligibility")] ?? LEGACY_ELIGIBILITY}
        errors={errors}
      />
    </>
  );
}
