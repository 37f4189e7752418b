import { describe, expect, it } from "vitest";
import { type Answers, checkAnswers, checkQuestionnaire, type Question, surveyPages } from "./survey";
import { surveyResults } from "./survey-results";

const t = (de: string) => ({ de, en: de });
const choices = (...ids: string[]) => ids.map((id) => ({ id, text: t(id) }));
const raw = [
  { id: "use", kind: "single", text: t("Nutzen Sie das WLAN?"), required: true, choices: choices("yes", "no") },
  {
    id: "where",
    kind: "multiple",
    text: t("Wo?"),
    required: true,
    choices: choices("library", "park", "station"),
    showIf: { question: "use", choice: "yes" },
  },
  {
    id: "rating",
    kind: "scale",
    text: t("Wie zufrieden?"),
    required: false,
    scaleLabels: { low: t("gar nicht"), high: t("sehr") },
  },
  { id: "order", kind: "ranking", text: t("Was ist wichtig?"), required: false, choices: choices("speed", "cost") },
  { id: "hours", kind: "number", text: t("Stunden pro Woche"), required: false },
  { id: "note", kind: "long-text", text: t("Noch etwas?"), required: false },
  {
    id: "grid",
    kind: "matrix",
    text: t("Bewerten Sie"),
    required: false,
    choices: choices("good", "bad"),
    rows: choices("a", "b"),
  },
];

function questionnaire(): Question[] {
  const checked = checkQuestionnaire(raw);
  if (!checked.ok) throw new Error(checked.issue.message);
  return checked.questions;
}

describe("building a questionnaire", () => {
  it("accepts the question kinds with their choices, rows, scale words and conditions", () => {
    expect(questionnaire().map((q) => q.kind)).toEqual([
      "single",
      "multiple",
      "scale",
      "ranking",
      "number",
      "long-text",
      "matrix",
    ]);
  });

  it("refuses duplicates, too few choices, a scale without words and a condition on a later or unknown question", () => {
    expect(checkQuestionnaire([raw[0], raw[0]])).toMatchObject({
      ok: false,
      issue: { path: "questions.1.id", message: "participation.errors.questionDuplicate" },
    });
    expect(checkQuestionnaire([{ ...raw[0], choices: choices("yes") }])).toMatchObject({
      issue: { path: "questions.0.choices", message: "participation.errors.choicesFew" },
    });
    expect(checkQuestionnaire([{ ...raw[2], scaleLabels: null }])).toMatchObject({
      issue: { message: "participation.errors.scaleLabels" },
    });
    expect(checkQuestionnaire([raw[1], raw[0]])).toMatchObject({
      issue: { path: "questions.0.showIf.question", message: "participation.errors.conditionQuestion" },
    });
    expect(checkQuestionnaire([raw[0], { ...raw[1], showIf: { question: "use", choice: "maybe" } }])).toMatchObject({
      issue: { path: "questions.1.showIf.choice", message: "participation.errors.conditionChoice" },
    });
  });

  it("starts a new page where a question depends on one of the page before it", () => {
    expect(surveyPages(questionnaire()).map((page) => page.map((q) => q.id))).toEqual([
      ["use"],
      ["where", "rating", "order", "hours", "note", "grid"],
    ]);
  });
});

describe("answering", () => {
  it("reads every kind of answer and leaves out a question that does not show", () => {
    const result = checkAnswers(questionnaire(), {
      use: "no",
      where: ["park"],
      rating: "4",
      order: ["cost", "speed"],
      hours: "2,5",
      note: "Mehr Bänke",
      grid: { a: "good", b: "bad" },
    });
    expect(result).toEqual({
      ok: true,
      answers: {
        use: "no",
        rating: 4,
        order: ["cost", "speed"],
        hours: 2.5,
        note: "Mehr Bänke",
        grid: { a: "good", b: "bad" },
      },
    });
  });

  it("names each question with a missing required answer, an unknown choice or a value outside the scale", () => {
    const result = checkAnswers(questionnaire(), {
      use: "yes",
      where: [],
      rating: "6",
      order: ["speed"],
      hours: "viele",
      grid: { a: "good" },
    });
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: "where", message: "participation.errors.answerRequired" },
        { path: "rating", message: "participation.errors.scaleRange" },
        { path: "order", message: "participation.errors.rankingIncomplete" },
        { path: "hours", message: "participation.errors.numberInvalid" },
        { path: "grid", message: "participation.errors.matrixIncomplete" },
      ],
    });
    expect(checkAnswers(questionnaire(), { use: "perhaps" })).toMatchObject({
      issues: [{ path: "use", message: "participation.errors.choiceUnknown" }],
    });
  });

  it("decides a page's conditions on the answers of the pages before it", () => {
    const [, second = []] = surveyPages(questionnaire());
    expect(checkAnswers(second, {}, { use: "yes" })).toMatchObject({ issues: [{ path: "where" }] });
    expect(checkAnswers(second, {}, { use: "no" })).toEqual({ ok: true, answers: {} });
  });
});

describe("results", () => {
  it("counts choices, the scale, mean ranks, numbers and the matrix of the answers given", () => {
    const answers: Answers[] = [
      { use: "yes", where: ["park", "library"], rating: 5, order: ["speed", "cost"], hours: 1, grid: { a: "good" } },
      { use: "yes", where: ["park"], rating: 3, order: ["cost", "speed"], hours: 3 },
      { use: "no", hours: 10, note: "Text" },
    ];
    const results = surveyResults(questionnaire(), answers);
    expect(results).toEqual([
      { kind: "choices", question: "use", answered: 3, counts: { yes: 2, no: 1 } },
      { kind: "choices", question: "where", answered: 2, counts: { library: 1, park: 2, station: 0 } },
      { kind: "scale", question: "rating", answered: 2, counts: { 1: 0, 2: 0, 3: 1, 4: 0, 5: 1 }, mean: 4 },
      { kind: "ranking", question: "order", answered: 2, meanRank: { speed: 1.5, cost: 1.5 } },
      { kind: "number", question: "hours", answered: 3, min: 1, max: 10, mean: 14 / 3, median: 3 },
      { kind: "text", question: "note", answered: 1 },
      { kind: "matrix", question: "grid", answered: 1, counts: { a: { good: 1, bad: 0 }, b: { good: 0, bad: 0 } } },
    ]);
  });
});
