import { offsetOf, type Pagination } from "../../../platform/api/pagination";
import type { Counters } from "../../../platform/cache/change-counters";
import type { Deps } from "../../../platform/deps";
import type { Locale } from "../../../platform/i18n/i18n";
import { keptCatalogueChoices, measuresWithAssessments } from "../../strategy";
import { findDefinitions } from "../data/indicators";
import { assessedCityValuesOfAllMeasures, currentModelsOfAllMeasures } from "../data/portfolio";
import { assessUse } from "../domain/monitoring-view";
import { countStatusOf, measureStatus, type ProgressStatus, portfolioStatus, statusCounts } from "../domain/progress";

/** One measure of the portfolio with its rolled-up status. */
export interface PortfolioMeasure {
  slug: string;
  title: { de: string; en: string };
  type: string;
  phaseId: string | null;
  /** The measure's indicators in its current logic model (0 before it has one). */
  indicatorCount: number;
  status: ProgressStatus;
  /** Scores of the values compass in force, by value id (0–3). */
  scores: Map<string, number>;
}

/** A count with the name of what is counted, in the reader's language. */
export interface NamedCount {
  id: string;
  name: string;
  count: number;
}

export interface PortfolioPage {
  /** One page of the measures, by title in the reader's language (the list and the values compass). */
  measures: PortfolioMeasure[];
  /** How many measures there are in all, and the page shown. */
  total: number;
  page: number;
  pageSize: number;
  /** The portfolio's status from its measures' (three quarters rule, see domain/progress.ts). */
  status: ProgressStatus;
  measureStatusCounts: Record<ProgressStatus, number>;
  indicatorStatusCounts: Record<ProgressStatus, number>;
  byCluster: NamedCount[];
  byActionField: NamedCount[];
  /** By the measure's type (central, decentral, network); names come from the strategy's messages. */
  byType: Array<{ id: string; count: number }>;
  /** By implementation phase; measures without a phase under the id "". */
  byPhase: Array<{ id: string; name: string | null; count: number }>;
  /**
   * Measures per district key by status: those that name the district among their places (a measure
   * in several districts counts in each). Districts without measures are missing.
   */
  byDistrict: Map<string, Record<ProgressStatus, number>>;
  /** The measures for the whole city by status. */
  cityWide: Record<ProgressStatus, number>;
  /** The values of the compass in order, for the heat map's columns. */
  compassValues: Array<{ id: string; name: string }>;
}

type Assessed = { valueId: string; score: number; assessedOn: string; sequence: number };

/** The scores in force: for each value the latest assessment (by its day, then by its order). */
function scoresInForce(assessments: readonly Assessed[]): Map<string, number> {
  const held = new Map<string, Assessed>();
  for (const a of assessments) {
    const current = held.get(a.valueId);
    if (
      !current ||
      a.assessedOn > current.assessedOn ||
      (a.assessedOn === current.assessedOn && a.sequence > current.sequence)
    )
      held.set(a.valueId, a);
  }
  return new Map([...held].map(([id, a]) => [id, a.score]));
}

function increment<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * The portfolio dashboard: every measure with its status rolled up from its indicators, counts of
 * measures by cluster, action field, type, phase and status, measures per district and for the whole
 * city by status, the indicators' statuses and the values compass of one page of measures. Public:
 * anyone may read it. Every count covers all measures, so all are assessed; the values they are
 * assessed on are picked in the database (data/portfolio.ts). A page that has read the change
 * counters passes them.
 */
export async function showPortfolio(
  deps: Deps,
  locale: Locale,
  page: Pagination,
  counters?: Counters,
): Promise<PortfolioPage> {
  const db = deps.database.db;
  const now = deps.clock();
  const [choices, models, values] = await Promise.all([
    keptCatalogueChoices(deps, locale, counters),
    currentModelsOfAllMeasures(db),
    assessedCityValuesOfAllMeasures(db),
  ]);
  const keys = new Set<string>();
  for (const model of models.values()) for (const use of model.indicators) keys.add(use.indicator);
  const definitions = await findDefinitions(db, [...keys]);
  const fieldCluster = new Map(choices.actionFields.map((field) => [field.id, field.cluster]));

  const measures: PortfolioMeasure[] = [];
  const indicatorStatuses: ProgressStatus[] = [];
  const byCluster = new Map<string, number>();
  const byActionField = new Map<string, number>();
  const byType = new Map<string, number>();
  const byPhase = new Map<string, number>();
  const byDistrict = new Map<string, Record<ProgressStatus, number>>();
  const cityWide = statusCounts([]);
  for await (const batch of measuresWithAssessments(deps)) {
    for (const measure of batch) {
      const content = measure.content;
      const model = models.get(measure.id);
      const own = values.get(measure.id) ?? [];
      const statuses = (model?.indicators ?? []).map((use) => {
        const mine = own.filter((o) => o.indicator === use.indicator);
        return (
          assessUse(use, definitions.get(use.indicator) ?? null, mine, now, deps.city.timeZone)?.status ?? "no-data"
        );
      });
      indicatorStatuses.push(...statuses);
      const status = measureStatus(statuses);
      measures.push({
        slug: measure.slug,
        title: content.title,
        type: content.type,
        phaseId: content.phaseId,
        indicatorCount: statuses.length,
        status,
        scores: scoresInForce(measure.assessments),
      });
      const clusters = new Set<string>();
      for (const field of content.actionFieldIds) {
        increment(byActionField, field);
        const cluster = fieldCluster.get(field);
        if (cluster) clusters.add(cluster.id);
      }
      for (const cluster of clusters) increment(byCluster, cluster);
      increment(byType, content.type);
      increment(byPhase, content.phaseId ?? "");
      for (const district of new Set(content.districtIds)) countStatusOf(byDistrict, district, status);
      if (content.cityWide) cityWide[status] += 1;
    }
  }
  const clusterNames = new Map(choices.actionFields.map((field) => [field.cluster.id, field.cluster.name]));
  const measureStatuses = measures.map((m) => m.status);
  const titleOf = (m: PortfolioMeasure) => (locale === "en" ? m.title.en || m.title.de : m.title.de);
  const collator = new Intl.Collator(locale);
  const sorted = measures.sort((a, b) => collator.compare(titleOf(a), titleOf(b)) || a.slug.localeCompare(b.slug));
  return {
    measures: sorted.slice(offsetOf(page), offsetOf(page) + page.pageSize),
    total: sorted.length,
    page: page.page,
    pageSize: page.pageSize,
    status: portfolioStatus(measureStatuses),
    measureStatusCounts: statusCounts(measureStatuses),
    indicatorStatusCounts: statusCounts(indicatorStatuses),
    byCluster: [...clusterNames].map(([id, name]) => ({ id, name, count: byCluster.get(id) ?? 0 })),
    byActionField: choices.actionFields.map((field) => ({
      id: field.id,
      name: field.name,
      count: byActionField.get(field.id) ?? 0,
    })),
    byType: [...byType].map(([id, count]) => ({ id, count })).sort((a, b) => a.id.localeCompare(b.id)),
    // In the catalogue's order of phases, named as the catalogue names them; measures without a phase last.
    byPhase: [
      ...choices.phases.flatMap((phase) => {
        const count = byPhase.get(phase.id);
        return count ? [{ id: phase.id, name: phase.name, count }] : [];
      }),
      ...[...byPhase]
        .filter(([id]) => !choices.phases.some((phase) => phase.id === id))
        .map(([id, count]) => ({ id, name: null, count })),
    ],
    byDistrict,
    cityWide,
    compassValues: choices.compassValues.map((value) => ({ id: value.id, name: value.name })),
  };
}
