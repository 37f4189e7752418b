import { ConfirmStep } from "../../../ui/components/confirm-step";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { Budget } from "../domain/model";
import type { Phase } from "../domain/phases";
import { number } from "./format";

/**
 * The step before the next phase starts: what will happen, and that it cannot be undone. Closing the
 * vote (which publishes the results) is marked as the destructive step it is.
 */
export function PhaseStepPage(props: { page: PageContext; budget: Budget; phase: Phase; ballots: number }) {
  const { t, locale } = props.page;
  const { budget, phase } = props;
  const title = t(`budget.phaseStep.title.${phase}`);
  return (
    <Layout page={props.page} title={title} section="budgets">
      <p>
        <a href={`/budgets/${budget.slug}/manage`}>{t("budget.manage.title", { title: budget.title })}</a>
      </p>
      <ConfirmStep
        page={props.page}
        title={title}
        consequences={
          <>
            <p>{t(`budget.phaseStep.what.${phase}`, { ballots: number(props.ballots, locale) })}</p>
            <p>
              <strong>{t("budget.phaseStep.final")}</strong>
            </p>
          </>
        }
        action={`/budgets/${budget.slug}/manage/phase`}
        hidden={{ confirm: "yes", from: phase }}
        confirmLabel={t(`budget.phaseStep.confirm.${phase}`)}
        cancelHref={`/budgets/${budget.slug}/manage`}
        danger={phase === "voting"}
      />
    </Layout>
  );
}
