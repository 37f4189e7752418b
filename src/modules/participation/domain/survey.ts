import { z } from "zod";
import type { FieldIssue } from "../../../platform/errors/errors";

/**
 * A survey: its questions, which of them show (a question may show only when an earlier one was
 * answered a certain way), the pages they fall on (a conditional question starts a new page, so a
 * page without JavaScript can decide it from the answers sent before), and the checking of answers.
 * Forms send text: every answer comes in as a string or a list of strings and is read here.
 */

export type Bilingual = { de: string; en: string };

export const questionKinds = [
  "single",
  "multiple",
  "scale",
  "ranking",
  "number",
  "short-text",
  "long-text",
  "matrix",
] as const;
export type QuestionKind = (typeof questionKinds)[number];

export interface Choice {
  id: string;
  text: Bilingual;
}

export interface Question {
  id: string;
  kind: QuestionKind;
  text: Bilingual;
  required: boolean;
  /** single, multiple, ranking, and the columns of a matrix. */
  choices: Choice[];
  /** The rows of a matrix, each answered with one of the choices. */
  rows: Choice[];
  /** A scale from 1 to 5, with words for both ends. */
  scaleLabels: { low: Bilingual; high: Bilingual } | null;
  /** Shown only when an earlier single- or multiple-choice question was answered with this choice. */
  showIf: { question: string; choice: string } | null;
}

export const SCALE_MIN = 1;
export const SCALE_MAX = 5;
export const MAX_QUESTIONS = 60;
export const MAX_CHOICES = 20;
const SHORT_TEXT = 200;
const LONG_TEXT = 5_000;
const LARGEST_NUMBER = 1e12;

const error = (name: string) => `participation.errors.${name}`;
const choiceKinds = new Set<QuestionKind>(["single", "multiple", "ranking", "matrix"]);

const textPart = z
  .string()
  .trim()
  .min(1, { error: error("questionText") })
  .max(500, { error: error("questionText") });
const bilingual = z.object({ de: textPart, en: textPart });
const key = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { error: error("key") });
const choice = z.object({ id: key, text: bilingual });

const questionSchema = z.object({
  id: key,
  kind: z.enum(questionKinds, { error: error("questionKind") }),
  text: bilingual,
  required: z.boolean(),
  choices: z
    .array(choice)
    .max(MAX_CHOICES, { error: error("choicesMany") })
    .default([]),
  rows: z
    .array(choice)
    .max(MAX_CHOICES, { error: error("choicesMany") })
    .default([]),
  scaleLabels: z.object({ low: bilingual, high: bilingual }).nullable().default(null),
  showIf: z.object({ question: key, choice: key }).nullable().default(null),
});

export type QuestionnaireResult = { ok: true; questions: Question[] } | { ok: false; issue: FieldIssue };

const refuse = (path: string, name: string): { ok: false; issue: FieldIssue } => ({
  ok: false,
  issue: { path, message: error(name) },
});

function duplicated(ids: readonly string[]): boolean {
  return new Set(ids).size !== ids.length;
}

/**
 * Checks a questionnaire as the office builds it: unique question ids; choice questions with at
 * least two distinct choices (a matrix also with rows); a scale with words for both ends; and a
 * condition only on an EARLIER single- or multiple-choice question and one of its choices.
 */
export function checkQuestionnaire(raw: readonly unknown[]): QuestionnaireResult {
  if (raw.length === 0) return refuse("questions", "questionsNone");
  if (raw.length > MAX_QUESTIONS) return refuse("questions", "questionsMany");
  const questions: Question[] = [];
  for (const [i, candidate] of raw.entries()) {
    const path = `questions.${i}`;
    const parsed = questionSchema.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, issue: { path: [path, ...(issue?.path ?? [])].join("."), message: issue?.message ?? "" } };
    }
    const question = parsed.data;
    if (questions.some((q) => q.id === question.id)) return refuse(`${path}.id`, "questionDuplicate");
    if (choiceKinds.has(question.kind)) {
      if (question.choices.length < 2) return refuse(`${path}.choices`, "choicesFew");
      if (duplicated(question.choices.map((c) => c.id))) return refuse(`${path}.choices`, "choiceDuplicate");
    }
    if (question.kind === "matrix") {
      if (question.rows.length < 1) return refuse(`${path}.rows`, "rowsNone");
      if (duplicated(question.rows.map((r) => r.id))) return refuse(`${path}.rows`, "choiceDuplicate");
    }
    if (question.kind === "scale" && !question.scaleLabels) return refuse(`${path}.scaleLabels`, "scaleLabels");
    if (question.showIf) {
      const { question: on, choice: value } = question.showIf;
      const earlier = questions.find((q) => q.id === on);
      if (!earlier || (earlier.kind !== "single" && earlier.kind !== "multiple")) {
        return refuse(`${path}.showIf.question`, "conditionQuestion");
      }
      if (!earlier.choices.some((c) => c.id === value)) return refuse(`${path}.showIf.choice`, "conditionChoice");
    }
    questions.push(question);
  }
  return { ok: true, questions };
}

/**
 * The pages of a survey: a question whose condition depends on a question of the current page
 * starts a new page, so the condition is known when the page is made; everything else shares a page.
 */
export function surveyPages(questions: readonly Question[]): Question[][] {
  const pages: Question[][] = [];
  let page: Question[] = [];
  for (const question of questions) {
    const dependsOnThisPage = question.showIf && page.some((q) => q.id === question.showIf?.question);
    if (dependsOnThisPage) {
      pages.push(page);
      page = [];
    }
    page.push(question);
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/** A read answer: a choice id, choice ids (multiple: as chosen; ranking: best first), a number, a text, or per row a choice. */
export type Answer = string | string[] | number | Record<string, string>;
export type Answers = Record<string, Answer>;

/** Whether a question shows, given the answers so far. */
export function isShown(question: Question, answers: Answers): boolean {
  if (!question.showIf) return true;
  const given = answers[question.showIf.question];
  return Array.isArray(given) ? given.includes(question.showIf.choice) : given === question.showIf.choice;
}

/** What a form sends for one question: a text, several texts, or texts by row id (matrix). */
export type SentAnswer = string | string[] | Record<string, string> | undefined;

type Reading = { ok: true; answer: Answer | null } | { ok: false; message: string };

const texts = (sent: SentAnswer): string[] =>
  sent === undefined ? [] : typeof sent === "string" ? [sent] : Array.isArray(sent) ? sent : [];

/** Reads one question's answer; null when it was left empty. */
function readAnswer(question: Question, sent: SentAnswer): Reading {
  const known = (id: string) => question.choices.some((c) => c.id === id);
  const given = texts(sent)
    .map((text) => text.trim())
    .filter((text) => text !== "");
  switch (question.kind) {
    case "single": {
      if (given.length === 0) return { ok: true, answer: null };
      if (given.length > 1 || !known(given[0] ?? "")) return { ok: false, message: error("choiceUnknown") };
      return { ok: true, answer: given[0] ?? "" };
    }
    case "multiple": {
      if (given.some((id) => !known(id))) return { ok: false, message: error("choiceUnknown") };
      if (duplicated(given)) return { ok: false, message: error("choiceTwice") };
      return { ok: true, answer: given.length === 0 ? null : given };
    }
    case "ranking": {
      if (given.length === 0) return { ok: true, answer: null };
      if (given.some((id) => !known(id))) return { ok: false, message: error("choiceUnknown") };
      // A ranking places every choice once: a partial or repeated order is no ranking.
      if (duplicated(given) || given.length !== question.choices.length) {
        return { ok: false, message: error("rankingIncomplete") };
      }
      return { ok: true, answer: given };
    }
    case "scale": {
      if (given.length === 0) return { ok: true, answer: null };
      const value = Number(given[0]);
      if (given.length > 1 || !Number.isInteger(value) || value < SCALE_MIN || value > SCALE_MAX) {
        return { ok: false, message: error("scaleRange") };
      }
      return { ok: true, answer: value };
    }
    case "number": {
      if (given.length === 0) return { ok: true, answer: null };
      const text = (given[0] ?? "").replace(",", ".");
      const value = /^-?\d+(?:\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
      if (given.length > 1 || !Number.isFinite(value) || Math.abs(value) > LARGEST_NUMBER) {
        return { ok: false, message: error("numberInvalid") };
      }
      return { ok: true, answer: value };
    }
    case "short-text":
    case "long-text": {
      const text = given.join("\n");
      const limit = question.kind === "short-text" ? SHORT_TEXT : LONG_TEXT;
      if (text.length > limit) return { ok: false, message: error("textLong") };
      return { ok: true, answer: text === "" ? null : text };
    }
    case "matrix": {
      const byRow = sent !== undefined && typeof sent === "object" && !Array.isArray(sent) ? sent : {};
      const answer: Record<string, string> = {};
      for (const row of question.rows) {
        const value = Object.hasOwn(byRow, row.id) ? (byRow[row.id] ?? "").trim() : "";
        if (value === "") continue;
        if (!known(value)) return { ok: false, message: error("choiceUnknown") };
        answer[row.id] = value;
      }
      const answered = Object.keys(answer).length;
      if (answered === 0) return { ok: true, answer: null };
      // A required matrix is answered row by row; an optional one may be left whole, not in part.
      if (answered < question.rows.length) return { ok: false, message: error("matrixIncomplete") };
      return { ok: true, answer };
    }
  }
}

export type AnswersResult = { ok: true; answers: Answers } | { ok: false; issues: FieldIssue[] };

/**
 * Checks the answers to the given questions (a page, or the whole survey), in order, so that each
 * condition sees the answers before it: a question that does not show is left out whatever was sent
 * for it; a required one that shows must be answered. Every issue names its question by id.
 */
export function checkAnswers(
  questions: readonly Question[],
  sent: Readonly<Record<string, SentAnswer>>,
  earlier: Answers = {},
): AnswersResult {
  const answers: Answers = {};
  const issues: FieldIssue[] = [];
  for (const question of questions) {
    if (!isShown(question, { ...earlier, ...answers })) continue;
    const reading = readAnswer(question, Object.hasOwn(sent, question.id) ? sent[question.id] : undefined);
    if (!reading.ok) issues.push({ path: question.id, message: reading.message });
    else if (reading.answer === null) {
      if (question.required) issues.push({ path: question.id, message: error("answerRequired") });
    } else answers[question.id] = reading.answer;
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, answers };
}
