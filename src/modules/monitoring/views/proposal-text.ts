import type { Locale, Translate } from "../../../platform/i18n/i18n";
import { indicatorLevels } from "../domain/indicator";
import type { LogicModel, ProposedChange } from "../domain/logic-model";
import type { StoredDefinition } from "../domain/monitoring-view";
import { formatDay, formatValue, localized, periodLabel } from "./format";

/** A goal by its level ("Was die Maßnahme leistet (Output)"); the standard goals' ids are their levels. */
function goalName(t: Translate, id: string, model: LogicModel | undefined): string {
  const level = model?.goals.find((goal) => goal.id === id)?.level ?? id;
  return (indicatorLevels as readonly string[]).includes(level)
    ? t(`monitoring.level.${level}`)
    : t("monitoring.review.proposal.someGoal");
}

/**
 * A proposed change in words, e.g. "Teilnehmende: Ziel 2026 von 1.500 auf 900 Personen senken".
 * `before` is the model the change would apply to: given for open proposals, it names the goals and
 * tells the values before; a decided proposal is told without them, since the model has moved on.
 */
export function proposalText(
  t: Translate,
  locale: Locale,
  change: ProposedChange,
  definitions?: ReadonlyMap<string, StoredDefinition>,
  before?: LogicModel,
): string {
  const key = (name: string) => `monitoring.review.proposal.${name}`;
  if (change.kind === "change-goal-text") {
    const goal = goalName(t, change.goal, before);
    const text = localized(change.text, locale).text;
    const old = before?.goals.find((candidate) => candidate.id === change.goal)?.text;
    return old
      ? t(key("goalTextFrom"), { goal, text, from: localized(old, locale).text })
      : t(key("goalText"), { goal, text });
  }
  if (change.kind === "add-goal") {
    return t(key("addGoal"), {
      level: t(`monitoring.level.${change.goal.level}`),
      text: localized(change.goal.text, locale).text,
    });
  }
  if (change.kind === "remove-goal") {
    const old = before?.goals.find((candidate) => candidate.id === change.goal);
    return old
      ? t(key("removeGoalText"), { level: t(`monitoring.level.${old.level}`), text: localized(old.text, locale).text })
      : t(key("removeGoal"), { goal: goalName(t, change.goal, before) });
  }
  const indicator = change.kind === "add-indicator" ? change.use.indicator : change.indicator;
  const definition = definitions?.get(indicator) ?? null;
  const name = definition ? localized(definition.name, locale).text : t("monitoring.indicator.unknown");
  const value = (v: number) => formatValue(t, locale, v, definition);
  const use = before?.indicators.find((candidate) => candidate.indicator === indicator);
  switch (change.kind) {
    case "change-target": {
      const period = periodLabel(t, locale, change.period);
      const from = use && Object.hasOwn(use.targets, change.period) ? (use.targets[change.period] ?? null) : null;
      if (change.to === null)
        return from === null
          ? t(key("targetRemove"), { name, period })
          : t(key("targetRemoveFrom"), { name, period, from: value(from) });
      if (!use) return t(key("target"), { name, period, to: value(change.to) });
      if (from === null) return t(key("targetSet"), { name, period, to: value(change.to) });
      const direction = change.to < from ? "targetLower" : "targetRaise";
      return t(key(direction), { name, period, from: value(from), to: value(change.to) });
    }
    case "add-indicator": {
      const details = [
        ...(change.use.baseline
          ? [
              t(key("addBaseline"), {
                value: value(change.use.baseline.value),
                date: formatDay(locale, change.use.baseline.date),
              }),
            ]
          : []),
        ...Object.entries(change.use.targets).map(([period, target]) =>
          t(key("addTarget"), { period: periodLabel(t, locale, period), value: value(target) }),
        ),
      ];
      const main = t(key("add"), { name, goal: goalName(t, change.use.goal, before) });
      return details.length === 0 ? main : `${main} (${details.join(", ")})`;
    }
    case "remove-indicator":
      return t(key("remove"), { name });
    case "change-baseline": {
      if (change.baseline === null) return t(key("baselineRemove"), { name });
      const to = { name, value: value(change.baseline.value), date: formatDay(locale, change.baseline.date) };
      return use?.baseline
        ? t(key("baselineFrom"), { ...to, from: value(use.baseline.value) })
        : t(key("baseline"), to);
    }
  }
}
