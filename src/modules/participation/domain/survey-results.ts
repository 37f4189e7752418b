import { type Answers, type Question, SCALE_MAX, SCALE_MIN } from "./survey";

/**
 * The results of a survey, question by question, from the stored answers (each one person's
 * `Answers`, already filtered by the caller, e.g. to one stakeholder group or district). Counts are
 * exact; means are given with the number of answers they stand on, so a page never shows a mean of
 * nobody. Free texts are not summarised here: they are listed, after moderation, by the caller.
 */

export type QuestionResult =
  | { kind: "choices"; question: string; answered: number; counts: Record<string, number> }
  | { kind: "scale"; question: string; answered: number; counts: Record<string, number>; mean: number | null }
  | { kind: "ranking"; question: string; answered: number; meanRank: Record<string, number | null> }
  | {
      kind: "number";
      question: string;
      answered: number;
      min: number | null;
      max: number | null;
      mean: number | null;
      median: number | null;
    }
  | { kind: "matrix"; question: string; answered: number; counts: Record<string, Record<string, number>> }
  | { kind: "text"; question: string; answered: number };

const zeros = (ids: readonly string[]): Record<string, number> => Object.fromEntries(ids.map((id) => [id, 0]));

function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? null) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function resultOf(question: Question, all: readonly Answers[]): QuestionResult {
  const given = all.flatMap((answers) => (Object.hasOwn(answers, question.id) ? [answers[question.id]] : []));
  const choiceIds = question.choices.map((c) => c.id);
  const base = { question: question.id, answered: given.length };
  switch (question.kind) {
    case "single":
    case "multiple": {
      const counts = zeros(choiceIds);
      for (const answer of given) {
        for (const id of Array.isArray(answer) ? answer : [answer]) {
          if (typeof id === "string" && Object.hasOwn(counts, id)) counts[id] = (counts[id] ?? 0) + 1;
        }
      }
      return { kind: "choices", ...base, counts };
    }
    case "scale": {
      const values = given.filter((v): v is number => typeof v === "number");
      const counts = zeros(Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => String(SCALE_MIN + i)));
      for (const value of values) counts[String(value)] = (counts[String(value)] ?? 0) + 1;
      const mean = values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
      return { kind: "scale", ...base, counts, mean };
    }
    case "ranking": {
      const sums = zeros(choiceIds);
      const rankings = given.filter((v): v is string[] => Array.isArray(v));
      for (const order of rankings) {
        for (const [index, id] of order.entries()) if (Object.hasOwn(sums, id)) sums[id] = (sums[id] ?? 0) + index + 1;
      }
      const meanRank = Object.fromEntries(
        choiceIds.map((id) => [id, rankings.length === 0 ? null : (sums[id] ?? 0) / rankings.length]),
      );
      return { kind: "ranking", ...base, meanRank };
    }
    case "number": {
      const values = given.filter((v): v is number => typeof v === "number").sort((a, b) => a - b);
      return {
        kind: "number",
        ...base,
        min: values[0] ?? null,
        max: values.at(-1) ?? null,
        mean: values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length,
        median: median(values),
      };
    }
    case "matrix": {
      const counts = Object.fromEntries(question.rows.map((row) => [row.id, zeros(choiceIds)]));
      for (const answer of given) {
        if (typeof answer !== "object" || Array.isArray(answer)) continue;
        for (const [row, id] of Object.entries(answer)) {
          const tally = counts[row];
          if (tally && Object.hasOwn(tally, id)) tally[id] = (tally[id] ?? 0) + 1;
        }
      }
      return { kind: "matrix", ...base, counts };
    }
    case "short-text":
    case "long-text":
      return { kind: "text", ...base };
  }
}

/** The results of every question, in the survey's order. */
export function surveyResults(questions: readonly Question[], all: readonly Answers[]): QuestionResult[] {
  return questions.map((question) => resultOf(question, all));
}
