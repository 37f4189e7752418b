import { offsetOf, type Pagination } from "../../../platform/api/pagination";
import type { Deps } from "../../../platform/deps";
import { Forbidden, Unauthenticated } from "../../../platform/errors/errors";
import type { Locale } from "../../../platform/i18n/i18n";
import type { Actor } from "../../../platform/permissions/permissions";
import { keptCatalogueChoices, type MeasureReference } from "../../strategy";
import { definitionChoices, findDefinitions } from "../data/indicators";
import { currentModel } from "../data/models";
import { listRounds, reportsOfRound } from "../data/reviews";
import { indicatorOfChange } from "../domain/logic-model";
import type { ModelVersion, StoredDefinition } from "../domain/monitoring-view";
import type { ReviewReport, ReviewRound } from "../domain/review-records";
import { deadlineMoment, type ReportStatus, reportStatus, statusCounts } from "../domain/review-round";
import { measureOf } from "./measure-access";
import { mayReport, type ReviewPermissions, requireFollow, reviewPermissions, roundOf } from "./review-access";

/** The review rounds page: published rounds for everyone; every round for the office and the teams. */
export async function listReviewRounds(deps: Deps, actor: Actor, page: Pagination) {
  const permissions = reviewPermissions(actor);
  const rounds = await listRounds(deps.database.db, {
    publishedOnly: !permissions.follow,
    limit: page.pageSize,
    offset: offsetOf(page),
  });
  return { ...rounds, permissions };
}

export interface RoundPage {
  round: ReviewRound;
  /** Each measure's report; its texts only once the round is published. */
  reports: Array<ReviewReport & { status: ReportStatus; mayReport: boolean }>;
  counts: Record<ReportStatus, number>;
  permissions: ReviewPermissions;
  /** The definitions the proposals name, for their names and units. */
  definitions: Map<string, StoredDefinition>;
}

/** The definitions a report's proposals name. */
function proposalKeys(reports: readonly ReviewReport[]): string[] {
  return reports.flatMap((report) => report.proposals.flatMap((proposal) => indicatorOfChange(proposal.change) ?? []));
}

/** How many catalogue definitions the report form offers for a new indicator, as the monitoring page does. */
const CHOICES = 500;

/** One round: the who-reported overview, and once published every report with its decisions. */
export async function showReviewRound(deps: Deps, actor: Actor, id: string): Promise<RoundPage> {
  const db = deps.database.db;
  const round = await roundOf(db, id);
  requireFollow(actor, round);
  const deadline = deadlineMoment(round.deadline, deps.city.timeZone);
  const reports = await reportsOfRound(db, round.id);
  return {
    round,
    reports: reports.map((report) => ({
      ...report,
      status: reportStatus(report, deadline),
      mayReport: mayReport(actor, report.measureSlug),
    })),
    counts: statusCounts(reports, deadline),
    permissions: reviewPermissions(actor),
    definitions: await findDefinitions(db, round.state === "published" ? proposalKeys(reports) : []),
  };
}

export interface ReportPage {
  round: ReviewRound;
  measure: MeasureReference;
  report: ReviewReport;
  status: ReportStatus;
  model: ModelVersion | null;
  definitions: Map<string, StoredDefinition>;
  /** Definitions of the catalogue the model does not use yet, for a proposal to add one (the team's form only). */
  addable: StoredDefinition[];
  /** The strategy's implementation phases, for a proposal to add a milestone (the team's form only). */
  phases: Array<{ id: string; name: string }>;
  mayReport: boolean;
  mayDecide: boolean;
}

/**
 * A measure's report in a round: public once the round is published, before that for the measure's
 * team and the office only. Says which forms the actor may use.
 */
export async function showReviewReport(
  deps: Deps,
  actor: Actor,
  id: string,
  slug: string,
  locale: Locale = "de",
): Promise<ReportPage> {
  const db = deps.database.db;
  const round = await roundOf(db, id);
  const measure = await measureOf(db, slug);
  const permissions = reviewPermissions(actor);
  const writes = mayReport(actor, measure.slug);
  if (round.state !== "published" && !writes && !permissions.decide)
    throw actor.kind === "guest" ? new Unauthenticated("errors.unauthenticated") : new Forbidden("errors.forbidden");
  requireFollow(actor, round);
  const [report] = await reportsOfRound(db, round.id, measure.id);
  if (!report) throw new Forbidden("monitoring.errors.notInRound");
  const model = await currentModel(db, measure.id);
  const keys = new Set([...(model?.model.indicators.map((use) => use.indicator) ?? []), ...proposalKeys([report])]);
  const writesNow = writes && round.state === "open" && report.submittedAt === null;
  const choices = model && writesNow ? await definitionChoices(db, CHOICES) : [];
  const phases = model && writesNow ? (await keptCatalogueChoices(deps, locale)).phases : [];
  return {
    round,
    measure,
    report,
    status: reportStatus(report, deadlineMoment(round.deadline, deps.city.timeZone)),
    model,
    definitions: await findDefinitions(db, [...keys]),
    addable: choices.filter((definition) => !model?.model.indicators.some((use) => use.indicator === definition.key)),
    phases,
    mayReport: writes,
    mayDecide: permissions.decide,
  };
}
