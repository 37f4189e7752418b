import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import type { Locale, Translate } from "../../../platform/i18n/i18n";
import { SelectField, TextArea, TextField } from "../../../ui/components/form";
import { indicatorLevels } from "../domain/indicator";
import type { ProposedChange } from "../domain/logic-model";
import { type ProposalKind, proposalFieldNames, proposalKinds, typedFields } from "../domain/proposal-fields";
import { proposalPrefixes } from "../domain/review-inputs";
import { MAX_PROPOSALS } from "../domain/review-round";
import type { ReportPage } from "../use-cases/show-reviews";
import { goalOptions, localized } from "./format";

type Option = { value: string; label: string };

/** How one field of a proposal is shown: its label and hint (message keys), and its kind of input. */
interface FieldLook {
  label: string;
  hint?: string;
  input: "indicator" | "definition" | "goal" | "level" | "phase" | "text" | "number" | "date" | "long";
}

const m = (name: string) => `monitoring.review.report.${name}`;

/** Each kind's fields as the form shows them; the target change keeps the words it always had. */
const looks: Record<ProposalKind, Record<string, FieldLook>> = {
  "change-target": {
    indicator: { label: m("indicator"), input: "indicator" },
    period: { label: m("period"), hint: m("periodHint"), input: "text" },
    target: { label: m("target"), input: "number" },
    reason: { label: m("reason"), input: "long" },
  },
  "add-indicator": {
    indicator: { label: m("definition"), hint: m("definitionHint"), input: "definition" },
    goal: { label: m("goalOfIndicator"), input: "goal" },
    baselineValue: { label: m("baselineValueOptional"), input: "number" },
    baselineDate: { label: m("baselineDate"), input: "date" },
    targetPeriod: { label: m("firstTargetPeriod"), hint: m("periodHint"), input: "text" },
    targetValue: { label: m("firstTarget"), input: "number" },
    reason: { label: m("reason"), input: "long" },
  },
  "remove-indicator": {
    indicator: { label: m("indicatorToRemove"), input: "indicator" },
    reason: { label: m("reason"), input: "long" },
  },
  "change-goal-text": {
    goal: { label: m("goalToChange"), input: "goal" },
    textDe: { label: m("goalTextDe"), input: "long" },
    textEn: { label: m("goalTextEn"), hint: m("goalTextEnHint"), input: "long" },
    reason: { label: m("reason"), input: "long" },
  },
  "change-baseline": {
    indicator: { label: m("indicator"), input: "indicator" },
    baselineValue: { label: m("baselineValue"), hint: m("baselineValueHint"), input: "number" },
    baselineDate: { label: m("baselineDate"), input: "date" },
    reason: { label: m("reason"), input: "long" },
  },
  "add-goal": {
    level: { label: m("goalLevel"), input: "level" },
    phase: { label: m("goalPhase"), hint: m("goalPhaseHint"), input: "phase" },
    textDe: { label: m("newGoalTextDe"), input: "long" },
    textEn: { label: m("newGoalTextEn"), hint: m("goalTextEnHint"), input: "long" },
    reason: { label: m("reason"), input: "long" },
  },
  "remove-goal": {
    goal: { label: m("goalToRemove"), hint: m("goalToRemoveHint"), input: "goal" },
    reason: { label: m("reason"), input: "long" },
  },
};

/** The choices a select of a proposal offers; the phases are offered for milestones only. */
type Choice = "indicator" | "definition" | "goal" | "level" | "phase";
const choiceInputs: ReadonlySet<string> = new Set<Choice>(["indicator", "definition", "goal", "level", "phase"]);

/** A saved proposal as the form's fields (`proposal-goal-0-textDe`), the way `reportContentOf` reads them. */
export function proposalValues(change: ProposedChange): Record<string, string> {
  const number = (value: number | null | undefined) => (value === null || value === undefined ? "" : String(value));
  switch (change.kind) {
    case "change-target":
      return { indicator: change.indicator, period: change.period, target: number(change.to), reason: change.reason };
    case "add-indicator": {
      const [target] = Object.entries(change.use.targets);
      return {
        indicator: change.use.indicator,
        goal: change.use.goal,
        baselineValue: number(change.use.baseline?.value),
        baselineDate: change.use.baseline?.date ?? "",
        targetPeriod: target?.[0] ?? "",
        targetValue: number(target?.[1]),
        reason: change.reason,
      };
    }
    case "remove-indicator":
      return { indicator: change.indicator, reason: change.reason };
    case "change-goal-text":
      return { goal: change.goal, textDe: change.text.de, textEn: change.text.en, reason: change.reason };
    case "change-baseline":
      return {
        indicator: change.indicator,
        baselineValue: number(change.baseline?.value),
        baselineDate: change.baseline?.date ?? "",
        reason: change.reason,
      };
    case "add-goal":
      return {
        level: change.goal.level,
        phase: change.goal.phaseId ?? "",
        textDe: change.goal.text.de,
        textEn: change.goal.text.en,
        reason: change.reason,
      };
    case "remove-goal":
      return { goal: change.goal, reason: change.reason };
  }
}

/** The saved proposals as numbered fields, each kind counted on its own. */
export function savedProposalValues(changes: readonly ProposedChange[]): FormValues {
  const values: FormValues = {};
  const counts = new Map<ProposalKind, number>();
  for (const change of changes) {
    const n = counts.get(change.kind) ?? 0;
    counts.set(change.kind, n + 1);
    for (const [name, value] of Object.entries(proposalValues(change)))
      values[`${proposalPrefixes[change.kind]}-${n}-${name}`] = value;
  }
  return values;
}

/** How many numbered slots a kind shows: those filled, and one empty one more. */
function slotCount(kind: ProposalKind, values: FormValues): number {
  let filled = 0;
  for (let i = 0; i < MAX_PROPOSALS; i++) {
    const prefix = `${proposalPrefixes[kind]}-${i}`;
    if (typedFields(kind).some((name) => (values[`${prefix}-${name}`] ?? "").trim() !== "")) filled = i + 1;
  }
  return Math.min(filled + 1, MAX_PROPOSALS);
}

/**
 * The proposals part of the team's report: one group per kind of change, each with the proposals
 * saved so far and one empty one; saving the draft adds another (no JavaScript needed). A kind the
 * report does not use yet is folded away, except target changes, the most common.
 */
export function ProposalSlots(props: {
  t: Translate;
  locale: Locale;
  data: ReportPage;
  errors?: FieldErrors;
  values: FormValues;
}) {
  const { t, locale, data, values } = props;
  const model = data.model?.model;
  if (!model) return null;
  const fields = { errors: props.errors, values };
  const nameOf = (key: string) => {
    const definition = data.definitions.get(key) ?? data.addable.find((candidate) => candidate.key === key);
    return definition ? localized(definition.name, locale).text : t("monitoring.indicator.unknown");
  };
  const options: Record<Choice, Option[]> = {
    indicator: model.indicators.map((use) => ({ value: use.indicator, label: nameOf(use.indicator) })),
    definition: data.addable.map((definition) => ({ value: definition.key, label: nameOf(definition.key) })),
    goal: goalOptions(t, locale, model.goals, data.phases),
    level: indicatorLevels.map((level) => ({ value: level, label: t(`monitoring.level.${level}`) })),
    phase: data.phases.map((phase) => ({ value: phase.id, label: phase.name })),
  };
  // A kind is offered when each of its lists has something to choose; a phase is needed only for milestones.
  const offered = (kind: ProposalKind) =>
    proposalFieldNames[kind].every((name) => {
      const input = looks[kind][name]?.input;
      return (
        input === undefined || input === "phase" || !choiceInputs.has(input) || options[input as Choice].length > 0
      );
    });
  return (
    <>
      <h2>{t("monitoring.review.report.proposals")}</h2>
      <p>{t("monitoring.review.report.proposalsLead")}</p>
      {proposalKinds.filter(offered).map((kind) => {
        const count = slotCount(kind, values);
        const prefix = proposalPrefixes[kind];
        const inUse =
          count > 1 || Object.keys(props.errors ?? {}).some((name) => new RegExp(`^${prefix}-\\d+-`).test(name));
        return (
          <details class="proposal-kind" open={kind === "change-target" || inUse ? true : undefined}>
            <summary>{t(`monitoring.review.report.kind.${kind}`)}</summary>
            <p>{t(`monitoring.review.report.kindLead.${kind}`)}</p>
            {Array.from({ length: count }, (_, i) => (
              <fieldset>
                <legend>
                  {t("monitoring.review.report.proposal", {
                    kind: t(`monitoring.review.report.kind.${kind}`),
                    n: i + 1,
                  })}
                </legend>
                {proposalFieldNames[kind].map((name) => {
                  const look = looks[kind][name];
                  if (!look) return null;
                  const common = {
                    name: `${prefix}-${i}-${name}`,
                    label: t(look.label),
                    hint: look.hint && t(look.hint),
                  };
                  switch (look.input) {
                    case "indicator":
                    case "definition":
                    case "goal":
                    case "level":
                    case "phase":
                      return (
                        <SelectField
                          {...common}
                          {...fields}
                          options={options[look.input]}
                          emptyLabel={kind === "change-target" ? undefined : t("monitoring.review.decide.choose")}
                        />
                      );
                    case "long":
                      return <TextArea {...common} {...fields} rows={2} />;
                    case "number":
                      return <TextField {...common} {...fields} inputmode="decimal" />;
                    case "date":
                      return <TextField {...common} {...fields} type="date" />;
                    default:
                      return <TextField {...common} {...fields} />;
                  }
                })}
              </fieldset>
            ))}
          </details>
        );
      })}
    </>
  );
}
