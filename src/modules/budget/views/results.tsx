import { Notice } from "../../../ui/components/form";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { Budget } from "../domain/model";
import type { ProjectExplanation } from "../domain/outcome";
import type { Phase } from "../domain/phases";
import type { HeadingResult, ProjectResult } from "../domain/results";
import { EligibilityFact } from "./eligibility";
import { contentLang, moment, money, number } from "./format";

function explain(page: PageContext, e: ProjectExplanation | null): string {
  const { t, locale } = page;
  if (!e) return t("budget.explain.noBallots");
  if (e.funded) {
    const base = t(e.stage === "completion" ? "budget.explain.fundedCompletion" : "budget.explain.funded", {
      round: e.round,
      supporters: e.supporters,
    });
    if (!e.price) return base;
    const amount = money(Math.round(e.price.amount.toNumber() * 100) / 100, locale);
    return `${base} ${t(e.price.per === "point" ? "budget.explain.pricePoint" : "budget.explain.priceSupporter", { amount })}`;
  }
  const left = e.budgetLeft ? money(Math.floor(e.budgetLeft.toNumber()), locale) : "";
  const money2 = e.supportersMoneyLeft ? money(Math.floor(e.supportersMoneyLeft.toNumber()), locale) : "";
  return t(`budget.explain.${e.reason}`, {
    left,
    money: money2,
    supporters: e.supporters,
    score: e.score ?? 0,
    threshold: e.threshold ?? 0,
  });
}

/** Horizontal bars of the votes per project, funded ones filled; the table below holds the same data. */
function VotesChart(props: { page: PageContext; result: HeadingResult; id: string }) {
  const { t } = props.page;
  const rows = props.result.projects;
  const max = Math.max(1, ...rows.map((r) => r.votes));
  // Label above, bar below: nothing runs out of the picture, however long the title.
  const rowHeight = 46;
  const width = 400;
  const height = rows.length * rowHeight + 4;
  return (
    <figure class="results-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${props.id}-title`}>
        <title id={`${props.id}-title`}>{t("budget.results.chartTitle", { heading: props.result.heading.name })}</title>
        {rows.map((r, i) => {
          const barWidth = Math.max(2, Math.round((width * r.votes) / max));
          const funded = r.explanation?.funded === true;
          const title = r.project.title.length > 44 ? `${r.project.title.slice(0, 43)}…` : r.project.title;
          return (
            <g transform={`translate(0, ${i * rowHeight})`}>
              <text x={0} y={16} class="bar-label">
                {`${title}: ${r.votes}`}
              </text>
              <rect y={22} width={barWidth} height={16} class={funded ? "bar funded" : "bar"} />
            </g>
          );
        })}
      </svg>
      <figcaption>{t("budget.results.chartCaption")}</figcaption>
    </figure>
  );
}

/** A funded project's measure in the strategy catalogue, or (for the office) the way to make one. */
function MeasureAction(props: { page: PageContext; budget: Budget; project: ProjectResult; canMake?: boolean }) {
  const { t } = props.page;
  const { project } = props.project;
  if (project.measureSlug)
    return (
      <p class="funded-measure">
        <a href={`/measures/${encodeURIComponent(project.measureSlug)}`}>{t("budget.measure.link")}</a>
      </p>
    );
  if (!props.canMake) return null;
  return (
    <p class="funded-measure">
      <a class="button button-secondary" href={`/budgets/${props.budget.slug}/projects/${project.id}/measure`}>
        {t("budget.measure.create", { title: project.title })}
      </a>
    </p>
  );
}

export function ResultsPage(props: {
  page: PageContext;
  budget: Budget;
  results: HeadingResult[];
  sources: { codes: number; accounts: number; demo?: number };
  codesIssued: number;
  /** The strategy office may turn funded projects into measures. */
  canMakeMeasures?: boolean;
  notice?: string;
}) {
  const { t, locale } = props.page;
  const { budget } = props;
  const ballots = props.results.reduce((s, r) => s + r.ballots, 0);
  return (
    <Layout page={props.page} title={t("budget.results.title", { title: budget.title })} section="budgets">
      <p>
        <a href={`/budgets/${budget.slug}`}>{t("budget.backTo", { title: budget.title })}</a>
      </p>
      <h1>{t("budget.results.title", { title: budget.title })}</h1>
      {props.notice && <Notice kind="success">{t(props.notice)}</Notice>}
      <dl class="facts">
        <dt>{t("budget.facts.rule")}</dt>
        <dd>{t(`budget.rule.${budget.rule}`)}</dd>
        <EligibilityFact page={props.page} budget={budget} />
        <dt>{t("budget.results.ballots")}</dt>
        <dd>{number(ballots, locale)}</dd>
        <dt>{t("budget.results.sources")}</dt>
        <dd>
          {t("budget.results.sourcesText", { codes: props.sources.codes, accounts: props.sources.accounts })}
          {props.sources.demo
            ? ` ${t("budget.results.sourcesDemo", { demo: number(props.sources.demo, locale) })}`
            : ""}
        </dd>
        {props.codesIssued > 0 && (
          <>
            <dt>{t("budget.results.turnout")}</dt>
            <dd>
              {t("budget.results.turnoutText", {
                percent: number((100 * props.sources.codes) / props.codesIssued, locale, 1),
                issued: number(props.codesIssued, locale),
              })}
            </dd>
          </>
        )}
      </dl>
      <p>
        {t("budget.results.downloads")}{" "}
        <a href={`/budgets/${budget.slug}/results.csv`} download>
          {t("budget.results.csv")}
        </a>
        {props.results.map((r) => (
          <>
            {" · "}
            <a href={`/api/v1/budgets/${budget.slug}/export.pb?heading=${r.heading.position + 1}`} download>
              {t("budget.results.pb", { heading: r.heading.name })}
            </a>
          </>
        ))}
      </p>
      {props.results.map((r, index) => {
        const funded = r.projects.filter((p) => p.explanation?.funded);
        return (
          <section aria-labelledby={`heading-${index}`}>
            <h2 id={`heading-${index}`} lang={contentLang(budget, locale)}>
              {r.heading.name}
            </h2>
            <p>
              {t("budget.results.headingSummary", {
                ballots: number(r.ballots, locale),
                funded: funded.length,
                cost: money(r.fundedCost, locale),
                amount: money(r.heading.amount, locale),
                average: number(r.averageChoices, locale, 1),
              })}
            </p>
            <h3>{t("budget.results.funded")}</h3>
            {funded.length === 0 ? (
              <p>{t("budget.results.noneFunded")}</p>
            ) : (
              <ol class="funded-list">
                {funded.map((p) => (
                  <li>
                    <strong lang={contentLang(p.project, locale)}>{p.project.title}</strong> – {money(p.cost, locale)}
                    <MeasureAction page={props.page} budget={budget} project={p} canMake={props.canMakeMeasures} />
                  </li>
                ))}
              </ol>
            )}
            {r.projects.length > 0 && <VotesChart page={props.page} result={r} id={`chart-${index}`} />}
            <div class="table-wrap">
              <table class="results-table">
                <caption>{t("budget.results.tableCaption", { heading: r.heading.name })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("budget.confirm.project")}</th>
                    <th scope="col">{t("budget.confirm.cost")}</th>
                    <th scope="col">{t("budget.results.votes")}</th>
                    <th scope="col">{t("budget.results.decision")}</th>
                    <th scope="col">{t("budget.results.why")}</th>
                  </tr>
                </thead>
                <tbody>
                  {r.projects.map((p) => (
                    <tr id={`project-${p.project.id}`}>
                      <th scope="row" lang={contentLang(p.project, locale)}>
                        {p.project.title}
                      </th>
                      <td data-label={t("budget.confirm.cost")}>{money(p.cost, locale)}</td>
                      <td data-label={t("budget.results.votes")}>
                        {budget.ballotType === "points"
                          ? t("budget.results.votesPoints", { votes: p.votes, points: p.points })
                          : p.votes}
                      </td>
                      <td data-label={t("budget.results.decision")}>
                        {p.explanation?.funded ? t("budget.results.yes") : t("budget.results.no")}
                      </td>
                      <td data-label={t("budget.results.why")}>{explain(props.page, p.explanation)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </Layout>
  );
}

/** Before publication: a normal page that says when the results come, not an error. */
export function ResultsNotYetPage(props: { page: PageContext; budget: Budget; phase: Phase }) {
  const { t, locale, city } = props.page;
  const { budget } = props;
  const voting = props.phase === "voting";
  return (
    <Layout page={props.page} title={t("budget.results.title", { title: budget.title })} section="budgets">
      <p>
        <a href={`/budgets/${budget.slug}`}>{t("budget.backTo", { title: budget.title })}</a>
      </p>
      <h1>{t("budget.results.title", { title: budget.title })}</h1>
      <p class="lead">{t("budget.results.notYetDate", { date: moment(budget.resultsStart, locale, city.timeZone) })}</p>
      <p>
        {voting
          ? t("budget.results.notYetVoting")
          : t("budget.results.notYetBefore", { date: moment(budget.votingStart, locale, city.timeZone) })}
      </p>
      {voting && (
        <p>
          <a class="button button-primary" href={`/budgets/${budget.slug}/vote`}>
            {t("budget.vote.link")}
          </a>
        </p>
      )}
    </Layout>
  );
}
