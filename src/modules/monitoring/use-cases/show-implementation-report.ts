import type { Deps } from "../../../platform/deps";
import type { Actor } from "../../../platform/permissions/permissions";
import { findDefinitions } from "../data/indicators";
import { assessedCityValuesOfAllMeasures, currentModelsOfAllMeasures } from "../data/portfolio";
import { reportsOfRound } from "../data/reviews";
import { indicatorOfChange } from "../domain/logic-model";
import { assessUse, type StoredDefinition } from "../domain/monitoring-view";
import {
  measureStatus,
  type Observation,
  type ProgressStatus,
  portfolioStatus,
  statusCounts,
  type Target,
} from "../domain/progress";
import type { ReviewProposal, ReviewReport, ReviewRound } from "../domain/review-records";
import { deadlineMoment, type Lesson, type ReportStatus, reportStatus } from "../domain/review-round";
import { mayReport, requireFollow, reviewPermissions, roundOf } from "./review-access";

/** One indicator of a measure as the report prints it: its latest city-wide value, the target that counts, its status. */
export interface ReportedIndicator {
  key: string;
  /** Null only if the catalogue lost the definition. */
  definition: StoredDefinition | null;
  latest: Observation | null;
  target: Target | null;
  status: ProgressStatus;
}

/** What the team wrote and what the office accepted: only from a sent report the reader may read. */
export interface ReportedTexts {
  narrative: string;
  lessons: Lesson[];
  /** The changes accepted in this round, each with the team's reason. */
  accepted: ReviewProposal[];
}

export interface ReportedMeasure {
  slug: string;
  title: ReviewReport["measureTitle"];
  reportStatus: ReportStatus;
  /** As far as its weakest indicator (domain/progress.ts), as on the portfolio dashboard. */
  status: ProgressStatus;
  indicators: ReportedIndicator[];
  /** Null when the report was not sent, or the round is not published and the reader is not its team or the office. */
  texts: ReportedTexts | null;
}

/**
 * Measures shown on one page of the report: at a strategy's full size the whole report is
 * megabytes (a few hundred measures, ten indicators each). The summary always counts them all;
 * `"all"` shows every measure on one page, for printing.
 */
export const REPORT_PAGE_SIZE = 10;
export type ReportPage = number | "all";

export interface ImplementationReport {
  round: ReviewRound;
  /** The moment the statuses were assessed: they follow the values as they are now, like the dashboard. */
  assessedAt: Date;
  summary: {
    status: ProgressStatus;
    measureStatusCounts: Record<ProgressStatus, number>;
    indicatorStatusCounts: Record<ProgressStatus, number>;
  };
  /** The measures of the page shown (all of them for `"all"`). */
  measures: ReportedMeasure[];
  /** Which measures are shown: the page (clamped to the last one), and how many measures the round has. */
  shown: { page: ReportPage; pageSize: number; total: number };
  definitions: Map<string, StoredDefinition>;
}

/**
 * The implementation report of a round: the round with the office's answer and the panel's
 * recommendation, how the round's measures stand (assessed as the portfolio dashboard assesses
 * them, from the same reads: one query for all current models, one for the values they need), and
 * per measure its indicators, the team's narrative, the changes accepted in the round and the
 * lessons. Visible as the round page is: to everyone once published, before that to the office and
 * the measure teams; a report's own texts before publication only to its team and the office.
 */
export async function showImplementationReport(
  deps: Deps,
  actor: Actor,
  id: string,
  page: ReportPage = 1,
): Promise<ImplementationReport> {
  const db = deps.database.db;
  const round = await roundOf(db, id);
  requireFollow(actor, round);
  const now = deps.clock();
  const [reports, models, values] = await Promise.all([
    reportsOfRound(db, round.id),
    currentModelsOfAllMeasures(db),
    assessedCityValuesOfAllMeasures(db),
  ]);
  const keys = new Set<string>();
  for (const report of reports) {
    for (const use of models.get(report.measureId)?.indicators ?? []) keys.add(use.indicator);
    for (const key of report.proposals.map((proposal) => indicatorOfChange(proposal.change))) if (key) keys.add(key);
  }
  const definitions = await findDefinitions(db, [...keys]);
  const deadline = deadlineMoment(round.deadline, deps.city.timeZone);
  const decides = reviewPermissions(actor).decide;

  const measures = reports.map((report): ReportedMeasure => {
    const own = values.get(report.measureId) ?? [];
    const indicators = (models.get(report.measureId)?.indicators ?? []).map((use) => {
      const definition = definitions.get(use.indicator) ?? null;
      const mine = own.filter((value) => value.indicator === use.indicator);
      const assessment = assessUse(use, definition, mine, now, deps.city.timeZone);
      return {
        key: use.indicator,
        definition,
        latest: assessment?.latest ?? null,
        target: assessment?.target ?? null,
        status: assessment?.status ?? "no-data",
      };
    });
    const readable = round.state === "published" || decides || mayReport(actor, report.measureSlug);
    return {
      slug: report.measureSlug,
      title: report.measureTitle,
      reportStatus: reportStatus(report, deadline),
      status: measureStatus(indicators.map((indicator) => indicator.status)),
      indicators,
      texts:
        report.submittedAt !== null && readable
          ? {
              narrative: report.narrative,
              lessons: report.lessons,
              accepted: report.proposals.filter((proposal) => proposal.decision === "accepted"),
            }
          : null,
    };
  });
  const measureStatuses = measures.map((measure) => measure.status);
  const last = Math.max(1, Math.ceil(measures.length / REPORT_PAGE_SIZE));
  const shownPage = page === "all" ? page : Math.min(page, last);
  return {
    round,
    assessedAt: now,
    summary: {
      status: portfolioStatus(measureStatuses),
      measureStatusCounts: statusCounts(measureStatuses),
      indicatorStatusCounts: statusCounts(measures.flatMap((measure) => measure.indicators.map((i) => i.status))),
    },
    measures:
      shownPage === "all" ? measures : measures.slice((shownPage - 1) * REPORT_PAGE_SIZE, shownPage * REPORT_PAGE_SIZE),
    shown: { page: shownPage, pageSize: REPORT_PAGE_SIZE, total: measures.length },
    definitions,
  };
}
