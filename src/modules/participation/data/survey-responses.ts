import { and, asc, eq, sql } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import { isUuid } from "../../../platform/ids";
import type { Answers } from "../domain/survey";
import type { HiddenAnswer, StoredResponse } from "../domain/survey-evaluation";
import type { Profile } from "../domain/survey-profile";
import { participationHiddenAnswers, participationSurveyProfiles, participationSurveyResponses } from "./schema";

const responses = participationSurveyResponses;

/** Whether the survey has any answer (its questions are then fixed). */
export async function hasResponses(db: Executor, surveyId: string): Promise<boolean> {
  const rows = await db.select({ id: responses.id }).from(responses).where(eq(responses.surveyId, surveyId)).limit(1);
  return rows.length > 0;
}

/** Who answered: an account, or (anonymous survey) the digest of a browser's key. */
export type Respondent = { accountId: string } | { browserKey: string };

function respondentCondition(surveyId: string, respondent: Respondent) {
  return and(
    eq(responses.surveyId, surveyId),
    "accountId" in respondent
      ? eq(responses.accountId, respondent.accountId)
      : eq(responses.browserKey, respondent.browserKey),
  );
}

/** Whether this account or browser already answered the survey. */
export async function hasAnswered(db: Executor, surveyId: string, respondent: Respondent): Promise<boolean> {
  const rows = await db.select({ id: responses.id }).from(responses).where(respondentCondition(surveyId, respondent));
  return rows.length > 0;
}

/**
 * Stores one answer and its profile (a row of its own, kept apart). Answers null when this account
 * or browser answered in the meantime (the unique indexes decide, not an earlier check).
 */
export async function insertResponse(
  db: Executor,
  response: { surveyId: string; respondent: Respondent; answers: Answers; profile: Profile; submittedAt: Date },
): Promise<string | null> {
  const [row] = await db
    .insert(responses)
    .values({
      surveyId: response.surveyId,
      accountId: "accountId" in response.respondent ? response.respondent.accountId : null,
      browserKey: "browserKey" in response.respondent ? response.respondent.browserKey : null,
      answers: response.answers,
      submittedAt: response.submittedAt,
    })
    .onConflictDoNothing()
    .returning({ id: responses.id });
  if (!row) return null;
  const { stakeholderGroup, district, ageGroup } = response.profile;
  if (stakeholderGroup || district || ageGroup) {
    await db.insert(participationSurveyProfiles).values({ responseId: row.id, stakeholderGroup, district, ageGroup });
  }
  return row.id;
}

/** Every response of the survey with its profile, oldest first (one query). */
export async function loadResponses(db: Executor, surveyId: string): Promise<StoredResponse[]> {
  const rows = await db
    .select({
      id: responses.id,
      answers: responses.answers,
      stakeholderGroup: participationSurveyProfiles.stakeholderGroup,
      district: participationSurveyProfiles.district,
      ageGroup: participationSurveyProfiles.ageGroup,
      hasProfile: sql<boolean>`${participationSurveyProfiles.responseId} is not null`,
    })
    .from(responses)
    .leftJoin(participationSurveyProfiles, eq(participationSurveyProfiles.responseId, responses.id))
    .where(eq(responses.surveyId, surveyId))
    .orderBy(asc(responses.submittedAt), asc(responses.id));
  return rows.map((row) => ({
    id: row.id,
    answers: row.answers,
    profile: row.hasProfile
      ? { stakeholderGroup: row.stakeholderGroup, district: row.district, ageGroup: row.ageGroup }
      : null,
  }));
}

/** The free-text answers of the survey the office hid, with their reasons. */
export async function loadHiddenAnswers(db: Executor, surveyId: string): Promise<HiddenAnswer[]> {
  return db
    .select({
      responseId: participationHiddenAnswers.responseId,
      questionId: participationHiddenAnswers.questionId,
      reason: participationHiddenAnswers.reason,
    })
    .from(participationHiddenAnswers)
    .innerJoin(responses, eq(responses.id, participationHiddenAnswers.responseId))
    .where(eq(responses.surveyId, surveyId));
}

/** The answers of one response of the survey, or null (also for a response of another survey). */
export async function findResponseAnswers(db: Executor, surveyId: string, responseId: string): Promise<Answers | null> {
  if (!isUuid(responseId)) return null;
  const [row] = await db
    .select({ answers: responses.answers })
    .from(responses)
    .where(and(eq(responses.id, responseId), eq(responses.surveyId, surveyId)));
  return row?.answers ?? null;
}

/** Hides a free-text answer from the public results with a reason (a second time: the new reason). */
export async function hideAnswer(
  db: Executor,
  hidden: { responseId: string; questionId: string; reason: string },
  now: Date,
): Promise<void> {
  await db
    .insert(participationHiddenAnswers)
    .values({ ...hidden, hiddenAt: now })
    .onConflictDoUpdate({
      target: [participationHiddenAnswers.responseId, participationHiddenAnswers.questionId],
      set: { reason: hidden.reason, hiddenAt: now },
    });
}
