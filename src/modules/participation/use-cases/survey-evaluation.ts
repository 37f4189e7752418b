import { keptValue } from "../../../platform/cache/kept-values";
import type { Deps } from "../../../platform/deps";
import type { Locale } from "../../../platform/i18n/i18n";
import { districtName, stakeholderGroupName } from "../../../platform/reference-data";
import { loadHiddenAnswers, loadResponses } from "../data/survey-responses";
import type { StoredSurvey } from "../data/surveys";
import type { Answers } from "../domain/survey";
import {
  type FreeText,
  filteredAnswers,
  freeTexts,
  type HiddenAnswer,
  hiddenKey,
  responseRows,
  type StoredResponse,
} from "../domain/survey-evaluation";
import { matchesFilter, type ProfileFilter } from "../domain/survey-profile";
import { type QuestionResult, surveyResults } from "../domain/survey-results";

/**
 * A survey's evaluation, made once per version of its results (data/surveys.ts
 * `findSurveyWithVersion`: a new answer, a hidden answer or the publication makes a new one) and
 * kept in memory, so a results page with ten thousand answers does not read them all per request;
 * each filter's counts are kept the same way.
 */

/**
 * At most this old: a response deleted with its account (a survey with accounts) does not move the
 * version on, so what was read is read again after this long.
 */
export const RESULTS_MAX_AGE_MS = 10 * 60 * 1000;

interface Evaluation {
  responses: StoredResponse[];
  hidden: HiddenAnswer[];
}

function evaluation(deps: Deps, survey: StoredSurvey, version: string): Promise<Evaluation> {
  const db = deps.database.db;
  return keptValue(
    {
      owner: db,
      key: `participation-survey:${survey.id}`,
      version,
      now: deps.clock().getTime(),
      maxAgeMs: RESULTS_MAX_AGE_MS,
    },
    async () => ({ responses: await loadResponses(db, survey.id), hidden: await loadHiddenAnswers(db, survey.id) }),
  );
}

export interface SurveyResultsView {
  /** Responses counted under the filter. */
  total: number;
  results: QuestionResult[];
  texts: Record<string, FreeText[]>;
}

/** The survey's results under the filter (counts per question and the free texts with their moderation). */
export async function surveyResultsView(
  deps: Deps,
  survey: StoredSurvey,
  version: string,
  filter: ProfileFilter,
): Promise<SurveyResultsView> {
  const { responses, hidden } = await evaluation(deps, survey, version);
  const key = `participation-survey-results:${survey.id}:${filter.stakeholderGroup ?? ""}:${filter.district ?? ""}`;
  const now = deps.clock().getTime();
  return keptValue({ owner: deps.database.db, key, version, now, maxAgeMs: RESULTS_MAX_AGE_MS }, async () => {
    const answers = filteredAnswers(responses, filter);
    return {
      total: answers.length,
      results: surveyResults(survey.questions, answers),
      texts: freeTexts(survey.questions, responses, hidden, filter),
    };
  });
}

/**
 * One row per response for a download: the answers in the reader's words, hidden free texts as
 * their reason; the profile's columns only for the office (`withProfile`).
 */
export async function surveyDownloadRows(
  deps: Deps,
  survey: StoredSurvey,
  version: string,
  options: {
    locale: Locale;
    filter: ProfileFilter;
    hiddenText: (reason: string) => string;
    withProfile: string[] | null;
  },
): Promise<string[][]> {
  const { responses: all, hidden } = await evaluation(deps, survey, version);
  const responses = all.filter((response) => matchesFilter(response.profile, options.filter));
  const city = deps.city;
  const headings = options.withProfile;
  return responseRows(survey.questions, responses, hidden, {
    language: options.locale,
    hiddenText: options.hiddenText,
    profileColumns: headings
      ? {
          headings,
          cells: (profile) => [
            stakeholderGroupName(city, profile?.stakeholderGroup, options.locale) ?? "",
            districtName(city, profile?.district, options.locale) ?? "",
            profile?.ageGroup ?? "",
          ],
        }
      : undefined,
  });
}

/**
 * The responses' answers as stored (ids of choices and rows), for the JSON download: a hidden free
 * text is left out and its reason given instead.
 */
export async function surveyResponsesForDownload(
  deps: Deps,
  survey: StoredSurvey,
  version: string,
  filter: ProfileFilter,
): Promise<Array<{ answers: Answers; hidden: Record<string, string> }>> {
  const { responses, hidden } = await evaluation(deps, survey, version);
  const reasons = new Map(hidden.map((h) => [hiddenKey(h.responseId, h.questionId), h.reason]));
  return responses
    .filter((response) => matchesFilter(response.profile, filter))
    .map((response) => {
      const answers: Answers = {};
      const hiddenHere: Record<string, string> = {};
      for (const [question, answer] of Object.entries(response.answers)) {
        const reason = reasons.get(hiddenKey(response.id, question));
        if (reason === undefined) answers[question] = answer;
        else hiddenHere[question] = reason;
      }
      return { answers, hidden: hiddenHere };
    });
}
