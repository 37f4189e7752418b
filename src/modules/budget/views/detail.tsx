import { Notice } from "../../../ui/components/form";
import { Pagination } from "../../../ui/components/pagination";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { Budget, Heading, Project } from "../domain/model";
import type { Phase } from "../domain/phases";
import { BudgetAreas } from "./areas";
import { PhaseTimeline, VotingFacts } from "./components";
import { contentLang, money } from "./format";
import { Written } from "./written";

export function ProjectStatus(props: { page: PageContext; project: Project; projects?: Map<string, Project> }) {
  const { t, locale } = props.page;
  const p = props.project;
  const target = p.mergedInto ? props.projects?.get(p.mergedInto) : undefined;
  return (
    <div class="project-status">
      <p class={`badge status-${p.status}`}>{t(`budget.status.${p.status}`)}</p>
      {p.officialCost !== null && p.status === "feasible" && (
        <p>{t("budget.project.officialCost", { amount: money(p.officialCost, locale) })}</p>
      )}
      {p.reviewReason && (
        <p>
          <strong>{t("budget.project.reason")}</strong> {p.reviewReason}
        </p>
      )}
      {target && <p>{t("budget.project.mergedInto", { title: target.title })}</p>}
    </div>
  );
}

export function BudgetDetailPage(props: {
  page: PageContext;
  budget: Budget;
  phase: Phase;
  headings: Heading[];
  projects: Project[];
  totalProjects: number;
  current: number;
  pageSize: number;
  canManage: boolean;
  notice?: string;
}) {
  const { t, locale, user } = props.page;
  const { budget, phase } = props;
  const headingName = new Map(props.headings.map((h) => [h.id, h.name]));
  const byId = new Map(props.projects.map((p) => [p.id, p]));
  return (
    <Layout page={props.page} title={budget.title} section="budgets">
      <p>
        <a href="/budgets">{t("budget.back")}</a>
      </p>
      <h1 lang={contentLang(budget, locale)}>{budget.title}</h1>
      {props.notice && <Notice kind="success">{t(props.notice)}</Notice>}
      <p class="lead" lang={contentLang(budget, locale)}>
        {budget.description}
      </p>
      <div class="actions">
        {phase === "proposals" &&
          (user ? (
            <a class="button button-primary" href={`/budgets/${budget.slug}/propose`}>
              {t("budget.propose.link")}
            </a>
          ) : (
            <a class="button button-secondary" href="/login">
              {t("budget.propose.loginFirst")}
            </a>
          ))}
        {phase === "voting" && (
          <a class="button button-primary" href={`/budgets/${budget.slug}/vote`}>
            {t("budget.vote.link")}
          </a>
        )}
        {(phase === "voting" || phase === "results" || phase === "implementation") && (
          <a class="button button-secondary" href={`/budgets/${budget.slug}/check`}>
            {t("budget.check.link")}
          </a>
        )}
        {(phase === "results" || phase === "implementation") && (
          <a class="button button-primary" href={`/budgets/${budget.slug}/results`}>
            {t("budget.results.link")}
          </a>
        )}
        {props.canManage && (
          <a class="button button-secondary" href={`/budgets/${budget.slug}/manage`}>
            {t("budget.manage.link")}
          </a>
        )}
      </div>
      <h2>{t("budget.detail.phases")}</h2>
      <PhaseTimeline page={props.page} budget={budget} phase={phase} />
      <h2>{t("budget.detail.howItWorks")}</h2>
      <VotingFacts page={props.page} budget={budget} headings={props.headings} withoutHeadings />
      <BudgetAreas page={props.page} budget={budget} headings={props.headings} />
      <h2>{t("budget.detail.projects", { count: props.totalProjects })}</h2>
      {props.projects.length === 0 ? (
        <p>{t("budget.detail.noProjects")}</p>
      ) : (
        <ul class="budget-projects">
          {props.projects.map((p) => (
            <li class="card" id={`project-${p.id}`}>
              <h3 lang={contentLang(p, locale)}>{p.title}</h3>
              <p class="hint">
                <Written lang={contentLang(budget, locale)}>{headingName.get(p.headingId)}</Written> ·{" "}
                {t("budget.project.estimatedCost", { amount: money(p.estimatedCost, locale) })}
              </p>
              <p lang={contentLang(p, locale)}>{p.description}</p>
              <ProjectStatus page={props.page} project={p} projects={byId} />
            </li>
          ))}
        </ul>
      )}
      <Pagination page={props.page} current={props.current} pageSize={props.pageSize} total={props.totalProjects} />
    </Layout>
  );
}
