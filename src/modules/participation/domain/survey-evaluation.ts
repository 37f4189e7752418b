import type { Answer, Answers, Bilingual, Question } from "./survey";
import { matchesFilter, type Profile, type ProfileFilter } from "./survey-profile";

/**
 * The evaluation beside the counts of survey-results.ts: the stored responses with their profiles,
 * filtered; the free-text answers with the office's moderation; and one row per response for a
 * download, the answers written as the readers' words rather than internal ids.
 */

export interface StoredResponse {
  id: string;
  answers: Answers;
  profile: Profile | null;
}

/** A free-text answer hidden by the office, with the reason the public sees instead. */
export interface HiddenAnswer {
  responseId: string;
  questionId: string;
  reason: string;
}

export type Language = keyof Bilingual;

export const hiddenKey = (responseId: string, questionId: string) => `${responseId} ${questionId}`;

/** The answers of the responses whose profile passes the filter. */
export function filteredAnswers(responses: readonly StoredResponse[], filter: ProfileFilter): Answers[] {
  return responses.filter((response) => matchesFilter(response.profile, filter)).map((r) => r.answers);
}

export interface FreeText {
  responseId: string;
  text: string;
  /** The office's reason for hiding it; the public sees it instead of the text. */
  hiddenReason: string | null;
}

const isText = (question: Question) => question.kind === "short-text" || question.kind === "long-text";

/** The free-text answers per text question (in the order of the responses), with their moderation. */
export function freeTexts(
  questions: readonly Question[],
  responses: readonly StoredResponse[],
  hidden: readonly HiddenAnswer[],
  filter: ProfileFilter,
): Record<string, FreeText[]> {
  const reasons = new Map(hidden.map((h) => [hiddenKey(h.responseId, h.questionId), h.reason]));
  const texts: Record<string, FreeText[]> = {};
  for (const question of questions.filter(isText)) {
    texts[question.id] = responses.flatMap((response) => {
      const text = response.answers[question.id];
      if (typeof text !== "string" || !matchesFilter(response.profile, filter)) return [];
      return [
        { responseId: response.id, text, hiddenReason: reasons.get(hiddenKey(response.id, question.id)) ?? null },
      ];
    });
  }
  return texts;
}

/** One answer in words: choices by their text, a ranking best first, a matrix row by row. */
export function answerInWords(question: Question, answer: Answer | undefined, language: Language): string {
  if (answer === undefined) return "";
  const choice = (id: string) => question.choices.find((c) => c.id === id)?.text[language] ?? id;
  switch (question.kind) {
    case "single":
      return typeof answer === "string" ? choice(answer) : "";
    case "multiple":
      return Array.isArray(answer) ? answer.map(choice).join("; ") : "";
    case "ranking":
      return Array.isArray(answer) ? answer.map((id, i) => `${i + 1}. ${choice(id)}`).join("; ") : "";
    case "matrix":
      if (typeof answer !== "object" || Array.isArray(answer)) return "";
      return question.rows
        .filter((row) => Object.hasOwn(answer, row.id))
        .map((row) => `${row.text[language]}: ${choice(answer[row.id] ?? "")}`)
        .join("; ");
    default:
      return String(answer);
  }
}

/**
 * A download's rows: a heading row (the questions' texts), then one row per response with one
 * column per question. A hidden free text is replaced by `hiddenText(reason)`. The profile's
 * columns come last, only when `profileColumns` names them (the office's own download).
 */
export function responseRows(
  questions: readonly Question[],
  responses: readonly StoredResponse[],
  hidden: readonly HiddenAnswer[],
  options: {
    language: Language;
    hiddenText: (reason: string) => string;
    profileColumns?: { headings: string[]; cells: (profile: Profile | null) => string[] };
  },
): string[][] {
  const reasons = new Map(hidden.map((h) => [hiddenKey(h.responseId, h.questionId), h.reason]));
  const heading = [...questions.map((q) => q.text[options.language]), ...(options.profileColumns?.headings ?? [])];
  const rows = responses.map((response) => [
    ...questions.map((question) => {
      const reason = reasons.get(hiddenKey(response.id, question.id));
      return reason !== undefined
        ? options.hiddenText(reason)
        : answerInWords(question, response.answers[question.id], options.language);
    }),
    ...(options.profileColumns?.cells(response.profile) ?? []),
  ]);
  return [heading, ...rows];
}
