import type { Deps } from "../../../platform/deps";
import { NotFound } from "../../../platform/errors/errors";
import type { Locale } from "../../../platform/i18n/i18n";
import type { Actor } from "../../../platform/permissions/permissions";
import { type FollowState, followState } from "../../notifications";
import { actionFieldChoices, findMeasureReference } from "../../strategy";
import { type StoredWorkshop, workshopsOfProcess } from "../../workshops";
import { ideasOf } from "../data/process-list";
import { findProcessById, findProcessBySlug } from "../data/processes";
import { PROCESS_TYPE, type StoredProcess } from "../domain/stored-process";
import { mayManageProcesses, mayTakePart, processOrNotFound } from "./process-access";

/** A process has a handful of events and, in an idea call, some dozen ideas; the page shows at most these. */
const EVENTS_LIMIT = 50;
const IDEAS_LIMIT = 100;

export interface ProcessView {
  process: StoredProcess;
  /** The subject's name and page, where it is a measure or an action field that exists. */
  subject: { name: string; href: string } | null;
  follow: FollowState;
  /** False for someone not invited to a process limited to invited people. */
  mayTakePart: boolean;
  mayManage: boolean;
  events: StoredWorkshop[];
  ideas: number[];
  now: Date;
}

/** Everything the process page shows (public; the follow state and the invitation are the viewer's own). */
export async function showProcess(deps: Deps, actor: Actor, slug: string, locale: Locale): Promise<ProcessView> {
  const db = deps.database.db;
  const process = await processOrNotFound(db, slug);
  const methods = new Set(process.phases.map((p) => p.method));
  const [subject, follow, takesPart, events, ideas] = await Promise.all([
    subjectOf(deps, process, locale),
    followState(db, actor, { type: PROCESS_TYPE, id: process.id }),
    mayTakePart(db, actor, process),
    methods.has("workshops") ? workshopsOfProcess(db, process.id, EVENTS_LIMIT) : Promise.resolve([]),
    methods.has("idea-call") ? ideasOf(db, process.id, IDEAS_LIMIT) : Promise.resolve([]),
  ]);
  return {
    process,
    subject,
    follow,
    mayTakePart: takesPart,
    mayManage: mayManageProcesses(actor),
    events,
    ideas,
    now: deps.clock(),
  };
}

async function subjectOf(deps: Deps, process: StoredProcess, locale: Locale) {
  const db = deps.database.db;
  const subject = process.subject;
  if (subject.kind === "measure") {
    const measure = await findMeasureReference(db, subject.slug);
    return measure
      ? { name: measure.title[locale] || measure.title.de, href: `/measures/${encodeURIComponent(measure.slug)}` }
      : null;
  }
  if (subject.kind === "action-field") {
    const field = (await actionFieldChoices(db, locale)).find((choice) => choice.id === subject.key);
    return field ? { name: field.name, href: `/action-fields/${encodeURIComponent(field.id)}` } : null;
  }
  if (subject.kind === "strategy") return { name: "", href: "/strategy" };
  return null;
}

/** A process by its id or its address, for the API (public). */
export async function processByKey(deps: Deps, key: string): Promise<StoredProcess> {
  const db = deps.database.db;
  const process = (await findProcessById(db, key)) ?? (await findProcessBySlug(db, key));
  if (!process) throw new NotFound("participation.errors.notFound");
  return process;
}
