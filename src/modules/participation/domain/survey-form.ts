import { type Answers, isShown, type Question, type SentAnswer } from "./survey";

/**
 * The answering form: how a question's answer is named in the form (`a-{question}`, per row of a
 * matrix `a-{question}-{row}`, per choice of a ranking `a-{question}-{choice}` with its place), how
 * a sent form is read back into what `checkAnswers` reads, and how answers already given travel as
 * hidden fields to the next page, so the survey works page by page without JavaScript.
 */

export type SentForm = Readonly<Record<string, string | string[] | undefined>>;

export function answerField(question: string, part?: string): string {
  return part ? `a-${question}-${part}` : `a-${question}`;
}

const first = (value: string | string[] | undefined): string =>
  Array.isArray(value) ? (value[0] ?? "") : (value ?? "");

/**
 * A ranking's places (choice → place) as the order `checkAnswers` reads, best first. Places left
 * empty are left out and a place given twice repeats a choice, so an incomplete or ambiguous
 * ranking is refused by `checkAnswers` as such.
 */
function rankingOrder(question: Question, form: SentForm): string[] {
  const placed = question.choices
    .map((choice) => ({ id: choice.id, place: Number.parseInt(first(form[answerField(question.id, choice.id)]), 10) }))
    .filter((entry) => Number.isInteger(entry.place));
  placed.sort((a, b) => a.place - b.place);
  const places = placed.map((entry) => entry.place);
  const order = placed.map((entry) => entry.id);
  const distinct = new Set(places).size === places.length;
  return distinct || order.length === 0 ? order : [...order, order[0] ?? ""];
}

/** What the form sent for each of the questions, as `checkAnswers` reads it. */
export function sentAnswers(questions: readonly Question[], form: SentForm): Record<string, SentAnswer> {
  const sent: Record<string, SentAnswer> = {};
  for (const question of questions) {
    if (question.kind === "matrix") {
      sent[question.id] = Object.fromEntries(
        question.rows.map((row) => [row.id, first(form[answerField(question.id, row.id)])]),
      );
    } else if (question.kind === "ranking") {
      sent[question.id] = rankingOrder(question, form);
    } else {
      sent[question.id] = form[answerField(question.id)];
    }
  }
  return sent;
}

/** Checked answers as form fields again (name, value), to carry them to the next page. */
export function answerFields(questions: readonly Question[], answers: Answers): Array<[string, string]> {
  const fields: Array<[string, string]> = [];
  for (const question of questions) {
    if (!Object.hasOwn(answers, question.id)) continue;
    const answer = answers[question.id];
    if (question.kind === "matrix" && answer && typeof answer === "object" && !Array.isArray(answer)) {
      for (const [row, choice] of Object.entries(answer)) fields.push([answerField(question.id, row), choice]);
    } else if (question.kind === "ranking" && Array.isArray(answer)) {
      for (const [index, choice] of answer.entries())
        fields.push([answerField(question.id, choice), String(index + 1)]);
    } else if (Array.isArray(answer)) {
      for (const choice of answer) fields.push([answerField(question.id), choice]);
    } else if (answer !== undefined) {
      fields.push([answerField(question.id), String(answer)]);
    }
  }
  return fields;
}

/** The fields a sent form holds for the questions, to show them again as typed (after a mistake, or going back). */
export function keptFields(questions: readonly Question[], form: SentForm): Record<string, string[]> {
  const kept: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(form)) {
    if (value === undefined || !questions.some((q) => name === `a-${q.id}` || name.startsWith(`a-${q.id}-`))) continue;
    kept[name] = Array.isArray(value) ? value : [value];
  }
  return kept;
}

/**
 * The page after `from` (or the first page, with `from` -1) that shows at least one question given
 * the answers so far; null when none is left (the profile questions and sending come next).
 */
export function nextPage(pages: readonly Question[][], from: number, answers: Answers): number | null {
  for (let index = from + 1; index < pages.length; index++) {
    if ((pages[index] ?? []).some((question) => isShown(question, answers))) return index;
  }
  return null;
}

/** The page before `from` that shows a question, or null on the first. */
export function previousPage(pages: readonly Question[][], from: number, answers: Answers): number | null {
  for (let index = Math.min(from, pages.length) - 1; index >= 0; index--) {
    if ((pages[index] ?? []).some((question) => isShown(question, answers))) return index;
  }
  return null;
}
