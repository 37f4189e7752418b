import type { PageContext } from "../../../ui/page-context";
import type { Budget, Heading } from "../domain/model";
import { PHASES, type Phase, phaseDateFields } from "../domain/phases";
import { EligibilityFact } from "./eligibility";
import { ballotRuleText, contentLang, date, money } from "./format";
import { Written } from "./written";

/** The five phases with their start dates; the current one is marked. */
export function PhaseTimeline(props: { page: PageContext; budget: Budget; phase: Phase }) {
  const { t, locale, city } = props.page;
  return (
    <ol class="budget-phases">
      {PHASES.slice(1).map((phase, i) => (
        <li
          class={phase === props.phase ? "current" : undefined}
          aria-current={phase === props.phase ? "step" : undefined}
        >
          <strong>{t(`budget.phase.${phase}`)}</strong>
          <span>
            {t("budget.phase.from", {
              date: date(props.budget[phaseDateFields[i] as (typeof phaseDateFields)[number]], locale, city.timeZone),
            })}
          </span>
        </li>
      ))}
    </ol>
  );
}

/**
 * How the budget decides: the rule and the ballot, in plain words; with the money per area unless
 * the page shows the areas in a section of their own (`withoutHeadings`).
 */
export function VotingFacts(props: {
  page: PageContext;
  budget: Budget;
  headings: Heading[];
  withoutHeadings?: boolean;
}) {
  const { t, locale } = props.page;
  return (
    <dl class="facts">
      <dt>{t("budget.facts.rule")}</dt>
      <dd>
        {t(`budget.rule.${props.budget.rule}`)}
        <p class="hint">
          {t(
            `budget.ruleHelp.${props.budget.rule.startsWith("mes") ? "mes" : props.budget.rule.startsWith("greedy") ? "greedy" : "phragmen"}`,
          )}
        </p>
      </dd>
      <dt>{t("budget.facts.ballot")}</dt>
      <dd>
        {props.headings.length === 1
          ? ballotRuleText(props.budget, props.headings[0]?.amount ?? 0, t, locale)
          : ballotRuleText(props.budget, 0, t, locale).replace(money(0, locale), t("budget.facts.headingAmount"))}
      </dd>
      {!props.withoutHeadings && (
        <>
          <dt>{t("budget.facts.headings")}</dt>
          <dd>
            <ul class="plain-list">
              {props.headings.map((h) => (
                <li>
                  <Written lang={contentLang(props.budget, locale)}>{h.name}</Written>: {money(h.amount, locale)}
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      <EligibilityFact page={props.page} budget={props.budget} />
    </dl>
  );
}
