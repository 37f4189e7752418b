import type { Deps } from "../../../platform/deps";
import { NotFound } from "../../../platform/errors/errors";
import type { Actor } from "../../../platform/permissions/permissions";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { reportPointsOf } from "../data/report";
import { processWorkshops, type ReportFigures, reportFigures, surveyResultsPublished } from "../data/report-figures";
import { mayPublishReport, type ReportPoint } from "../domain/report";
import type { StoredProcess } from "../domain/stored-process";
import { mayManageProcesses, processOrNotFound } from "./process-access";

export type { ReportFigures } from "../data/report-figures";

/** A process's event as the report links to it. */
export interface ReportWorkshop {
  id: string;
  title: string;
  startsAt: Date;
  documented: boolean;
}

export interface ReportView {
  process: StoredProcess;
  points: ReportPoint[];
  figures: ReportFigures;
  workshops: ReportWorkshop[];
  /** Where the report links to: the draft (when the process had a text review) and the survey's published results. */
  links: { text: boolean; surveyResults: boolean };
  /** The office looks at a report that is not public yet. */
  preview: boolean;
  mayManage: boolean;
}

/**
 * The closing report: public once published; before that the office sees it as a preview and
 * everyone else finds nothing there, as if it did not exist.
 */
export async function showReport(deps: Deps, actor: Actor, slug: string): Promise<ReportView> {
  const db = deps.database.db;
  const process = await processOrNotFound(db, slug);
  const mayManage = mayManageProcesses(actor);
  if (!process.reportPublishedAt && !mayManage) throw new NotFound("participation.errors.notFound");
  return {
    process,
    points: await reportPointsOf(db, process.id),
    figures: await reportFigures(db, process.id),
    workshops: await processWorkshops(db, process.id),
    links: {
      text: process.phases.some((phase) => phase.method === "text-review"),
      surveyResults: await surveyResultsPublished(db, process.id),
    },
    preview: !process.reportPublishedAt,
    mayManage,
  };
}

export interface ReportEditor {
  process: StoredProcess;
  points: ReportPoint[];
  /** Whether "Publish" may be pressed now (closing-report phase reached or process over). */
  mayPublish: boolean;
}

/** The office's editing form of the report: the permission first, then the process. */
export async function openReportEditor(deps: Deps, actor: Actor, slug: string): Promise<ReportEditor> {
  requirePermission(actor, "participation.manage");
  const db = deps.database.db;
  const process = await processOrNotFound(db, slug);
  return {
    process,
    points: await reportPointsOf(db, process.id),
    mayPublish: mayPublishReport(process.phases, deps.clock()),
  };
}
