import type { Counters } from "../../../platform/cache/change-counters";
import { keptValue } from "../../../platform/cache/kept-values";
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

type SharedProcess = Pick<ProcessView, "process" | "subject" | "events" | "ideas">;

async function readProcess(deps: Deps, slug: string, locale: Locale): Promise<SharedProcess> {
  const db = deps.database.db;
  const process = await processOrNotFound(db, slug);
  const methods = new Set(process.phases.map((p) => p.method));
  const [subject, events, ideas] = await Promise.all([
    subjectOf(deps, process, locale),
    methods.has("workshops") ? workshopsOfProcess(db, process.id, EVENTS_LIMIT) : Promise.resolve([]),
    methods.has("idea-call") ? ideasOf(db, process.id, IDEAS_LIMIT) : Promise.resolve([]),
  ]);
  return { process, subject, events, ideas };
}

/**
 * Everything the process page shows (public). What is the same for everyone — the process, its
 * subject, events and ideas — is kept in memory per version of the processes (phases, ideas), the
 * events and the catalogue (the subject's name); the follow state and the invitation are the
 * viewer's own and read per request.
 */
export async function showProcess(
  deps: Deps,
  actor: Actor,
  input: { slug: string; locale: Locale; counters: Counters },
): Promise<ProcessView> {
  const db = deps.database.db;
  const { counters } = input;
  const shared = await keptValue(
    {
      owner: db,
      key: `participation-process:${input.slug}:${input.locale}`,
      version: `${counters.participation}.${counters.workshops}.${counters.catalogue}`,
      now: deps.clock().getTime(),
    },
    () => readProcess(deps, input.slug, input.locale),
  );
  const [follow, takesPart] = await Promise.all([
    followState(db, actor, { type: PROCESS_TYPE, id: shared.process.id }),
    mayTakePart(db, actor, shared.process),
  ]);
  return { ...shared, follow, mayTakePart: takesPart, mayManage: mayManageProcesses(actor), now: deps.clock() };
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
