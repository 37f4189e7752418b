import { eq, sql } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import type { Question } from "../domain/survey";
import { type AnsweredBy, readAnsweredBy } from "../domain/survey-builder";
import { type ProfileQuestion, readProfileQuestions } from "../domain/survey-profile";
import { participationSurveys } from "./schema";

/** A process's questionnaire as stored. */
export interface StoredSurvey {
  id: string;
  processId: string;
  questions: Question[];
  answeredBy: AnsweredBy;
  profileQuestions: ProfileQuestion[];
  resultsPublishedAt: Date | null;
  updatedAt: Date;
}

type SurveyRow = typeof participationSurveys.$inferSelect;

function surveyOf(row: SurveyRow): StoredSurvey {
  return {
    id: row.id,
    processId: row.processId,
    questions: row.questions,
    answeredBy: readAnsweredBy(row.answeredBy) ?? "accounts",
    profileQuestions: readProfileQuestions(row.profileQuestions),
    resultsPublishedAt: row.resultsPublishedAt,
    updatedAt: row.updatedAt,
  };
}

/** The process's survey, or null while the office has not saved one. */
export async function findSurvey(db: Executor, processId: string): Promise<StoredSurvey | null> {
  const [row] = await db.select().from(participationSurveys).where(eq(participationSurveys.processId, processId));
  return row ? surveyOf(row) : null;
}

/**
 * The process's survey with the version of its results: the moment of its last change, which every
 * change of the results moves on (the questionnaire, a new answer, a hidden answer, the
 * publication; see `markResultsChanged`), so a page can be kept until one of them happens. One row,
 * read by its key: cheap enough for every request to a page with ten thousand answers.
 */
export async function findSurveyWithVersion(
  db: Executor,
  processId: string,
): Promise<{ survey: StoredSurvey; version: string } | null> {
  const survey = await findSurvey(db, processId);
  if (!survey) return null;
  return { survey, version: `${survey.updatedAt.getTime()}.${survey.resultsPublishedAt?.getTime() ?? 0}` };
}

/** What a results page needs to know before it may be served from memory (see `findSurveyHead`). */
export interface SurveyHead {
  /** The version of the survey's results, as `findSurveyWithVersion` gives it. */
  version: string;
  profileQuestions: ProfileQuestion[];
  resultsPublishedAt: Date | null;
}

/**
 * The process's survey in one small query by its unique key: enough to decide who may see its
 * results and whether a kept page is still current, without reading the questions.
 */
export async function findSurveyHead(db: Executor, processId: string): Promise<SurveyHead | null> {
  const [row] = await db
    .select({
      updatedAt: participationSurveys.updatedAt,
      profileQuestions: participationSurveys.profileQuestions,
      resultsPublishedAt: participationSurveys.resultsPublishedAt,
    })
    .from(participationSurveys)
    .where(eq(participationSurveys.processId, processId));
  if (!row) return null;
  return {
    version: `${row.updatedAt.getTime()}.${row.resultsPublishedAt?.getTime() ?? 0}`,
    profileQuestions: readProfileQuestions(row.profileQuestions),
    resultsPublishedAt: row.resultsPublishedAt,
  };
}

/**
 * Moves the survey's version on after its results changed: to now, or a millisecond past the
 * version before when that is later (two answers within one millisecond still make two versions).
 */
export async function markResultsChanged(db: Executor, surveyId: string, now: Date): Promise<void> {
  await db
    .update(participationSurveys)
    .set({
      updatedAt: sql`greatest(${now.toISOString()}::timestamptz, ${participationSurveys.updatedAt} + interval '1 millisecond')`,
    })
    .where(eq(participationSurveys.id, surveyId));
}

/** Locks the process's survey row until the transaction ends (answers and changes queue behind it). */
export async function lockSurvey(db: Executor, processId: string): Promise<StoredSurvey | null> {
  const [row] = await db
    .select()
    .from(participationSurveys)
    .where(eq(participationSurveys.processId, processId))
    .for("update");
  return row ? surveyOf(row) : null;
}

/** Stores the questionnaire and how it is answered (the first save creates the survey). */
export async function saveSurvey(
  db: Executor,
  processId: string,
  survey: { questions: Question[]; answeredBy: AnsweredBy; profileQuestions: ProfileQuestion[] },
  now: Date,
): Promise<string> {
  const values = { ...survey, updatedAt: now };
  const [row] = await db
    .insert(participationSurveys)
    .values({ processId, ...values })
    .onConflictDoUpdate({ target: participationSurveys.processId, set: values })
    .returning({ id: participationSurveys.id });
  if (!row) throw new Error("survey not saved");
  return row.id;
}

export async function markResultsPublished(db: Executor, surveyId: string, now: Date): Promise<void> {
  await db.update(participationSurveys).set({ resultsPublishedAt: now }).where(eq(participationSurveys.id, surveyId));
}
