import type { Counters } from "../../../platform/cache/change-counters";
import type {
  HappeningItem,
  OfficeTask,
  OpenDataItem,
  Reader,
  SiteContributions,
} from "../../../platform/contributions/contributions";
import type { Deps } from "../../../platform/deps";
import { dateTimeFormat } from "../../../platform/i18n/formats";
import type { Actor } from "../../../platform/permissions/permissions";
import { hasRole } from "../../../platform/permissions/permissions";
import { projectsOfMeasure, proposalsAwaitingReview, recentBudgets } from "../data/site-reads";
import { phaseOf, resultsPublished } from "../domain/phases";

/** A day in the city's time zone, in the reader's language. */
function day(date: Date, reader: Reader, timeZone: string): string {
  return dateTimeFormat(reader.locale, {
    dateStyle: "long",
    timeZone,
  }).format(date);
}

/** Voting open until …, proposals open until …: what residents can do in a budget now. */
async function happening(deps: Deps, reader: Reader): Promise<HappeningItem[]> {
  const { t } = reader;
  const items: HappeningItem[] = [];
  for (const budget of await recentBudgets(deps.database.db, 20)) {
    const phase = phaseOf(budget, reader.now);
    if (phase === "voting")
      items.push({
        title: budget.title,
        badge: t("budget.site.votingBadge"),
        text: t("budget.site.votingText", { date: day(budget.resultsStart, reader, deps.city.timeZone) }),
        href: `/budgets/${budget.slug}/vote`,
        sortKey: budget.resultsStart.getTime(),
      });
    else if (phase === "proposals")
      items.push({
        title: budget.title,
        badge: t("budget.site.proposalsBadge"),
        text: t("budget.site.proposalsText", { date: day(budget.reviewStart, reader, deps.city.timeZone) }),
        href: `/budgets/${budget.slug}/propose`,
        sortKey: budget.reviewStart.getTime(),
      });
  }
  return items;
}

/** Proposals to review, votes to close: per budget, what the office has to do next. */
async function officeTasks(deps: Deps, actor: Actor, reader: Reader): Promise<OfficeTask[]> {
  if (!hasRole(actor, "strategy_office") && !hasRole(actor, "administrator")) return [];
  const { t } = reader;
  const group = t("budget.site.group");
  const tasks: OfficeTask[] = [];
  for (const budget of await recentBudgets(deps.database.db)) {
    const phase = phaseOf(budget, reader.now);
    if (phase === "proposals" || phase === "review") {
      const waiting = await proposalsAwaitingReview(deps.database.db, budget.id);
      if (waiting > 0)
        tasks.push({
          group,
          title: t("budget.site.reviewTask", { budget: budget.title }),
          text: t(waiting === 1 ? "budget.site.reviewOne" : "budget.site.reviewMany", { count: waiting }),
          href: `/budgets/${budget.slug}/manage`,
        });
    }
    if (phase === "voting")
      tasks.push({
        group,
        title: t("budget.site.closeTask", { budget: budget.title }),
        text: t("budget.site.closeText", { date: day(budget.resultsStart, reader, deps.city.timeZone) }),
        href: `/budgets/${budget.slug}/manage`,
      });
  }
  return tasks;
}

/** The results of every budget whose voting has closed: CSV and the pabulib file. */
async function openData(deps: Deps, reader: Reader): Promise<OpenDataItem[]> {
  const { t } = reader;
  const items: OpenDataItem[] = [];
  for (const budget of await recentBudgets(deps.database.db)) {
    if (!resultsPublished(phaseOf(budget, reader.now))) continue;
    items.push({
      group: t("budget.site.group"),
      title: t("budget.site.resultsTitle", { budget: budget.title }),
      text: t("budget.site.resultsText"),
      links: [
        { href: `/budgets/${budget.slug}/results.csv`, label: t("budget.site.resultsCsv"), format: "CSV" },
        { href: `/api/v1/budgets/${budget.id}/export.pb`, label: t("budget.site.resultsPb"), format: "PB" },
      ],
    });
  }
  return items;
}

/** The project a measure came from: proposed in a citizen budget, and found feasible. */
async function journeyEvents(deps: Deps, measure: { slug: string }, reader: Reader) {
  const { t } = reader;
  const projects = await projectsOfMeasure(deps.database.db, measure.slug);
  return projects.flatMap((project) => {
    const href = `/budgets/${project.budgetSlug}/results#project-${project.id}`;
    const proposed = {
      at: project.createdAt,
      kind: t("budget.journey.proposed", { budget: project.budgetTitle }),
      title: project.title,
      href,
    };
    if (!project.reviewedAt) return [proposed];
    return [proposed, { at: project.reviewedAt, kind: t("budget.journey.reviewed"), title: project.title, href }];
  });
}

/** What `happening` and the journey read changes with this counter. */
const version = (counters: Counters) => counters.budget;

/** The budget's part of the shared pages; its texts are in views/site-messages.ts. */
export const budgetSiteContributions: SiteContributions = {
  happening,
  version,
  officeTasks,
  openData,
  journey: { version, events: journeyEvents },
};
