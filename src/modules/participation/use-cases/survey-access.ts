import { keptValue } from "../../../platform/cache/kept-values";
import type { Executor } from "../../../platform/db/database";
import type { Deps } from "../../../platform/deps";
import { NotFound } from "../../../platform/errors/errors";
import { type Actor, can } from "../../../platform/permissions/permissions";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { findProcessById, findProcessBySlug } from "../data/processes";
import { hasAnswered, hasResponses } from "../data/survey-responses";
import { findSurvey, findSurveyHead, findSurveyWithVersion, type StoredSurvey, type SurveyHead } from "../data/surveys";

export type { StoredSurvey };

import type { StoredPhase, StoredProcess } from "../domain/stored-process";
import { mayManageProcesses, participationCheck, processOrNotFound } from "./process-access";

/** The process at this address and its survey (null while none is saved). */
export async function processWithSurvey(
  db: Executor,
  slug: string,
): Promise<{ process: StoredProcess; survey: StoredSurvey | null }> {
  const process = await processOrNotFound(db, slug);
  return { process, survey: await findSurvey(db, process.id) };
}

/** The process and its saved survey; a process without one has no survey pages. */
export async function surveyOrNotFound(
  db: Executor,
  slug: string,
): Promise<{ process: StoredProcess; survey: StoredSurvey }> {
  const { process, survey } = await processWithSurvey(db, slug);
  if (!survey) throw new NotFound("participation.errors.noSurvey");
  return { process, survey };
}

/** The last survey phase of the process: the results may be published once it has ended. */
export function surveyPhase(process: StoredProcess): StoredPhase | null {
  return process.phases.filter((phase) => phase.method === "survey").at(-1) ?? null;
}

export function surveyPhaseEnded(process: StoredProcess, now: Date): boolean {
  const phase = surveyPhase(process);
  return phase !== null && now.getTime() >= phase.endsAt.getTime();
}

/**
 * The process at this address, kept in memory while no process or phase changes (the platform's
 * `participation` change counter), so a results page kept in memory costs one small query.
 */
function keptProcess(deps: Deps, counter: number, slug: string): Promise<StoredProcess | null> {
  const db = deps.database.db;
  const key = `participation-process:${slug}`;
  return keptValue({ owner: db, key, version: counter, now: deps.clock().getTime() }, () =>
    findProcessBySlug(db, slug),
  );
}

/**
 * The process and its survey's head (data/surveys.ts `findSurveyHead`) for someone who may see its
 * results: the office always, everyone else once the office published them; before that the
 * results do not exist for them. `counter` is the platform's `participation` change counter.
 */
export async function resultsHeadOrNotFound(
  deps: Deps,
  actor: Actor,
  slug: string,
  counter: number,
): Promise<{ process: StoredProcess; head: SurveyHead; office: boolean }> {
  const process = await keptProcess(deps, counter, slug);
  const head = process ? await findSurveyHead(deps.database.db, process.id) : null;
  const office = mayManageProcesses(actor);
  if (!process || !head || (!office && !head.resultsPublishedAt)) throw new NotFound("participation.errors.noResults");
  return { process, head, office };
}

/**
 * What the office's questionnaire builder starts from: the process, its survey (null while none is
 * saved) and whether any answer exists, for from then on the questions are fixed.
 */
export async function surveyForEditing(
  actor: Actor,
  db: Executor,
  slug: string,
): Promise<{ process: StoredProcess; survey: StoredSurvey | null; locked: boolean }> {
  requirePermission(actor, "participation.manage");
  const { process, survey } = await processWithSurvey(db, slug);
  return { process, survey, locked: survey ? await hasResponses(db, survey.id) : false };
}

/** A process (by id or address) and its survey with the version of its results, for the API; null when either is missing. */
export async function processSurveyForApi(db: Executor, key: string) {
  const process = (await findProcessById(db, key)) ?? (await findProcessBySlug(db, key));
  const found = process ? await findSurveyWithVersion(db, process.id) : null;
  return process && found ? { process, ...found } : null;
}

/** What the answer page may do for this reader now; `closed` names the reason (a message key). */
export type AnsweringGate =
  | { kind: "open"; preview: boolean }
  | { kind: "signIn" }
  | { kind: "closed"; reason: string }
  | { kind: "answered" };

/**
 * Whether this reader may answer now: the office may look at the questions at any time without
 * answering; then sign-in for a survey with accounts, the permission, the phase and invitation, and
 * whether they answered already. `browserKey` is asked for only once the survey is open to them
 * (it may set the browser's key).
 */
export async function answeringGate(
  deps: Deps,
  actor: Actor,
  process: StoredProcess,
  survey: StoredSurvey,
  browserKey: () => string | null,
): Promise<AnsweringGate> {
  const db = deps.database.db;
  if (mayManageProcesses(actor) && !can(actor, "participation.answer")) return { kind: "open", preview: true };
  if (survey.answeredBy === "accounts" && actor.kind !== "user") return { kind: "signIn" };
  requirePermission(actor, "participation.answer");
  const check = await participationCheck(db, actor, process, "answer-survey", deps.clock());
  if (!check.ok) return { kind: "closed", reason: check.reason };
  const digest = survey.answeredBy === "anonymous" ? browserKey() : null;
  const respondent = actor.kind === "user" && survey.answeredBy === "accounts" ? { accountId: actor.id } : null;
  const answered = respondent
    ? await hasAnswered(db, survey.id, respondent)
    : digest
      ? await hasAnswered(db, survey.id, { browserKey: digest })
      : false;
  return answered ? { kind: "answered" } : { kind: "open", preview: false };
}
