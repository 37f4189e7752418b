import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import { ErrorSummary, Form, Notice, SubmitButton, TextField } from "../../../ui/components/form";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { BallotTotals } from "../domain/ballot";
import type { Residence } from "../domain/eligibility";
import type { Budget, Heading, Project } from "../domain/model";
import type { AccountRefusal } from "../domain/voters";
import { VotingFacts } from "./components";
import { AccountEligibilitySection, eligibilityLabels, ResidenceNote } from "./eligibility";
import { ballotRuleText, contentLang, money } from "./format";
import { Written } from "./written";

function Back(props: { page: PageContext; budget: Budget }) {
  return (
    <p>
      <a href={`/budgets/${props.budget.slug}`}>{props.page.t("budget.backTo", { title: props.budget.title })}</a>
    </p>
  );
}

/** First step: how voting works, and the field for the voting code from the letter. */
export function VoteStartPage(props: {
  page: PageContext;
  budget: Budget;
  headings: Heading[];
  accountNote?: string;
  /** Why the signed-in account cannot vote yet; the page offers the budget's way (declare, verify). */
  accountStatus?: AccountRefusal;
  errors?: FieldErrors;
  values?: FormValues;
  /** Errors and entries of the declaration or verification form. */
  eligibilityErrors?: FieldErrors;
  eligibilityValues?: FormValues;
}) {
  const { t } = props.page;
  return (
    <Layout page={props.page} title={t("budget.vote.title", { title: props.budget.title })} section="budgets">
      <Back page={props.page} budget={props.budget} />
      <h1>{t("budget.vote.title", { title: props.budget.title })}</h1>
      <p class="lead">{t("budget.vote.lead")}</p>
      <h2>{t("budget.detail.howItWorks")}</h2>
      <VotingFacts page={props.page} budget={props.budget} headings={props.headings} />
      {props.accountNote && <Notice kind="info">{t(props.accountNote)}</Notice>}
      <ErrorSummary page={props.page} errors={props.eligibilityErrors} labels={eligibilityLabels(t)} />
      <AccountEligibilitySection
        page={props.page}
        budget={props.budget}
        headings={props.headings}
        status={props.accountStatus}
        errors={props.eligibilityErrors}
        values={props.eligibilityValues}
      />
      <h2>{t("budget.vote.codeHeading")}</h2>
      <ErrorSummary page={props.page} errors={props.errors} labels={{ code: t("budget.vote.codeLabel") }} />
      <Form page={props.page} action={`/budgets/${props.budget.slug}/vote`}>
        <input type="hidden" name="step" value="code" />
        <TextField
          name="code"
          label={t("budget.vote.codeLabel")}
          hint={t("budget.vote.codeHint")}
          autocomplete="off"
          required
          errors={props.errors}
          values={props.values}
        />
        <SubmitButton>{t("budget.vote.codeSubmit")}</SubmitButton>
      </Form>
      <p>
        <a href={`/budgets/${props.budget.slug}/vote/change`}>{t("budget.change.link")}</a>
      </p>
      {!props.page.user && (
        <p>
          {t("budget.vote.orAccount")} <a href="/login">{t("nav.login")}</a>
        </p>
      )}
    </Layout>
  );
}

export interface BallotView {
  page: PageContext;
  budget: Budget;
  heading: Heading;
  projects: Project[];
  /** Project id → points (1 for a chosen approval project). */
  choice: Map<string, number>;
  totals: BallotTotals;
  code?: string;
  /** With a used code: the receipt that allows changing its ballot, carried from step to step. */
  receipt?: string;
  errors?: FieldErrors;
  /** Shown when the ballot replaces an earlier one. */
  hasBallot?: boolean;
  /** An account's declared or verified residence in this budget. */
  residence?: Residence | null;
  residenceFixed?: boolean;
}

function HiddenVoter(props: { code?: string; receipt?: string }) {
  return (
    <>
      {props.code && <input type="hidden" name="code" value={props.code} />}
      {props.code && props.receipt && <input type="hidden" name="receipt" value={props.receipt} />}
    </>
  );
}

/**
 * The running total in one short line (how many chosen, what is left or how far over); the limits
 * themselves stand in the lead above. The server computes it, budget-ballot.js keeps it live.
 */
export function totalLine(props: Pick<BallotView, "page" | "budget" | "heading" | "totals">): string {
  const { t, locale } = props.page;
  const { budget, heading, totals } = props;
  if (budget.ballotType === "points") {
    const limit = budget.pointsTotal ?? 0;
    const line = t("budget.ballot.totalPoints", { used: totals.points, limit });
    return totals.points > limit ? `${line} · ${t("budget.ballot.pointsOver", { over: totals.points - limit })}` : line;
  }
  const parts = [
    budget.maxProjects
      ? t("budget.ballot.countOf", { count: totals.count, limit: budget.maxProjects })
      : t("budget.ballot.count", { count: totals.count }),
  ];
  if (budget.knapsack)
    parts.push(
      totals.cost > heading.amount
        ? t("budget.ballot.moneyOver", { over: money(totals.cost - heading.amount, locale) })
        : t("budget.ballot.moneyLeft", { left: money(heading.amount - totals.cost, locale) }),
    );
  return parts.join(" · ");
}

/** The sticky running total: one line and a bar. What to do when over the limit stands below it, not in it. */
function TotalBox(props: BallotView) {
  const { t, locale } = props.page;
  const { budget, heading, totals } = props;
  const over = totals.problems.length > 0;
  const points = budget.ballotType === "points";
  const limit = points ? (budget.pointsTotal ?? 0) : budget.knapsack ? heading.amount : (budget.maxProjects ?? 0);
  const used = points ? totals.points : budget.knapsack ? totals.cost : totals.count;
  return (
    <>
      <div
        class={over ? "ballot-total over" : "ballot-total"}
        id="ballot-total"
        data-ballot-total
        data-type={points ? "points" : "approval"}
        data-limit-money={budget.knapsack && !points ? heading.amount : ""}
        data-limit-count={!points && budget.maxProjects ? budget.maxProjects : ""}
        data-limit-points={points ? (budget.pointsTotal ?? 0) : ""}
        data-t-points={t("budget.ballot.totalPoints")}
        data-t-points-over={t("budget.ballot.pointsOver")}
        data-t-count={t(budget.maxProjects ? "budget.ballot.countOf" : "budget.ballot.count")}
        data-t-left={t("budget.ballot.moneyLeft")}
        data-t-over={t("budget.ballot.moneyOver")}
        data-over-money={t("budget.ballot.overBudget")}
        data-over-count={t("budget.ballot.tooMany")}
        data-over-points={t("budget.ballot.tooManyPoints")}
        data-locale={locale}
      >
        <p aria-live="polite" data-total-text>
          {totalLine(props)}
        </p>
        <meter
          class="ballot-meter"
          aria-hidden="true"
          min={0}
          max={Math.max(limit, 1)}
          high={Math.max(limit, 1)}
          value={Math.min(used, Math.max(limit, 1))}
          data-total-bar
        />
      </div>
      <p class="ballot-over" data-total-over aria-live="polite" hidden={!over}>
        {over ? totals.problems.map((p) => t(p)).join(" ") : ""}
      </p>
    </>
  );
}

/** The ballot: every project of the heading with its cost, the running total and the next steps. */
export function BallotPage(props: BallotView) {
  const { t, locale } = props.page;
  const { budget, heading } = props;
  const points = budget.ballotType === "points";
  return (
    <Layout page={props.page} title={t("budget.ballot.title", { heading: heading.name })} section="budgets">
      <Back page={props.page} budget={budget} />
      <h1>{t("budget.ballot.title", { heading: heading.name })}</h1>
      <p class="lead">{ballotRuleText(budget, heading.amount, t, locale)}</p>
      <ResidenceNote
        page={props.page}
        budget={budget}
        heading={heading}
        residence={props.residence}
        fixed={props.residenceFixed}
      />
      {props.hasBallot && <Notice kind="info">{t("budget.ballot.replaceNote")}</Notice>}
      {props.receipt && <Notice kind="info">{t("budget.change.note")}</Notice>}
      <ErrorSummary page={props.page} errors={props.errors} />
      <Form page={props.page} action={`/budgets/${budget.slug}/vote`} id="ballot-form">
        <HiddenVoter code={props.code} receipt={props.receipt} />
        <TotalBox {...props} />
        <fieldset>
          <legend>{t("budget.ballot.legend")}</legend>
          <ul class="ballot-projects">
            {props.projects.map((p) => {
              const cost = p.officialCost ?? p.estimatedCost;
              const chosen = props.choice.get(p.id) ?? 0;
              return (
                <li class={chosen > 0 ? "ballot-project chosen" : "ballot-project"}>
                  {points ? (
                    <div class="field">
                      <label for={`points-${p.number}`} lang={contentLang(p, locale)}>
                        {p.title}
                      </label>
                      <p class="hint" id={`cost-${p.number}`}>
                        {money(cost, locale)} · <Written lang={contentLang(p, locale)}>{p.description}</Written>
                      </p>
                      <input
                        type="number"
                        min="0"
                        max={String(budget.pointsTotal ?? 0)}
                        inputmode="numeric"
                        id={`points-${p.number}`}
                        name={`points-${p.id}`}
                        value={chosen > 0 ? String(chosen) : "0"}
                        data-points
                        aria-describedby={`cost-${p.number}`}
                      />
                    </div>
                  ) : (
                    <div class="field checkbox">
                      <input
                        type="checkbox"
                        id={`project-${p.number}`}
                        name="project"
                        value={p.id}
                        checked={chosen > 0}
                        data-cost={String(cost)}
                        aria-describedby={`cost-${p.number}`}
                      />
                      <label for={`project-${p.number}`}>
                        <strong lang={contentLang(p, locale)}>{p.title}</strong> – {money(cost, locale)}
                      </label>
                      <p class="hint" id={`cost-${p.number}`} lang={contentLang(p, locale)}>
                        {p.description}
                      </p>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </fieldset>
        <div class="actions ballot-actions">
          <SubmitButton variant="secondary" name="step" value="update">
            {t("budget.ballot.update")}
          </SubmitButton>
          <SubmitButton name="step" value="review">
            {t("budget.ballot.continue")}
          </SubmitButton>
        </div>
      </Form>
      <script src="/assets/budget-ballot.js" defer />
    </Layout>
  );
}

/** Second step: the ballot as it will be counted, and an explicit confirmation. */
export function ConfirmPage(props: BallotView & { idempotencyKey: string }) {
  const { t, locale } = props.page;
  const { budget, heading, totals } = props;
  const points = budget.ballotType === "points";
  const chosen = props.projects.filter((p) => (props.choice.get(p.id) ?? 0) > 0);
  return (
    <Layout page={props.page} title={t("budget.confirm.title")} section="budgets">
      <Back page={props.page} budget={budget} />
      <h1>{t("budget.confirm.title")}</h1>
      <p class="lead">{t("budget.confirm.lead", { heading: heading.name })}</p>
      <ErrorSummary page={props.page} errors={props.errors} />
      <div class="table-wrap">
        <table>
          <caption>{t("budget.confirm.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("budget.confirm.project")}</th>
              <th scope="col">{t("budget.confirm.cost")}</th>
              {points && <th scope="col">{t("budget.confirm.points")}</th>}
            </tr>
          </thead>
          <tbody>
            {chosen.map((p) => (
              <tr>
                <td lang={contentLang(p, locale)}>{p.title}</td>
                <td>{money(p.officialCost ?? p.estimatedCost, locale)}</td>
                {points && <td>{props.choice.get(p.id)}</td>}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("budget.confirm.total")}</th>
              <td>{money(totals.cost, locale)}</td>
              {points && <td>{totals.points}</td>}
            </tr>
          </tfoot>
        </table>
      </div>
      <Form page={props.page} action={`/budgets/${budget.slug}/vote`}>
        <HiddenVoter code={props.code} receipt={props.receipt} />
        <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
        {chosen.map((p) =>
          points ? (
            <input type="hidden" name={`points-${p.id}`} value={String(props.choice.get(p.id))} />
          ) : (
            <input type="hidden" name="project" value={p.id} />
          ),
        )}
        <p>{t("budget.confirm.changeLater")}</p>
        <div class="actions">
          <SubmitButton name="step" value="confirm">
            {t("budget.confirm.submit")}
          </SubmitButton>
          <SubmitButton variant="secondary" name="step" value="edit">
            {t("budget.confirm.edit")}
          </SubmitButton>
        </div>
      </Form>
    </Layout>
  );
}

/** Third step: the ballot is counted; the receipt lets the voter check that, and nothing more. */
export function ReceiptPage(props: {
  page: PageContext;
  budget: Budget;
  receipt: string;
  replaced: boolean;
  /** Cast with a voting code: say how code and receipt change it later. */
  withCode?: boolean;
}) {
  const { t } = props.page;
  return (
    <Layout page={props.page} title={t("budget.receipt.title")} section="budgets">
      <h1>{t("budget.receipt.title")}</h1>
      <Notice kind="success">{t(props.replaced ? "budget.receipt.replaced" : "budget.receipt.counted")}</Notice>
      <p>{t("budget.receipt.explain")}</p>
      <p class="voting-code" id="receipt-code">
        {props.receipt}
      </p>
      {props.withCode && <p>{t("budget.receipt.changeHint")}</p>}
      <section
        class="no-print"
        aria-labelledby="receipt-keep"
        data-receipt-tools
        data-copy-label={t("budget.receipt.copy")}
        data-copied={t("budget.receipt.copied")}
        data-copy-failed={t("budget.receipt.copyFailed")}
        data-print-label={t("budget.receipt.print")}
      >
        <h2 id="receipt-keep">{t("budget.receipt.keepHeading")}</h2>
        <Form page={props.page} action={`/budgets/${props.budget.slug}/receipt`}>
          <input type="hidden" name="receipt" value={props.receipt} />
          <div class="actions" data-receipt-buttons>
            <SubmitButton variant="secondary">{t("budget.receipt.download")}</SubmitButton>
          </div>
        </Form>
        <p class="hint">{t("budget.receipt.printHint")}</p>
        <p role="status" data-receipt-status />
      </section>
      <p class="no-print">
        <a href={`/budgets/${props.budget.slug}/check`}>{t("budget.receipt.checkLink")}</a>
      </p>
      <script src="/assets/budget-ballot.js" defer />
    </Layout>
  );
}
