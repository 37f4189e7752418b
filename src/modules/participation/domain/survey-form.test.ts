import { describe, expect, it } from "vitest";
import { checkAnswers, checkQuestionnaire, type Question, surveyPages } from "./survey";
import { answerFields, keptFields, nextPage, previousPage, sentAnswers } from "./survey-form";

const t = (de: string) => ({ de, en: de });
const choices = (...ids: string[]) => ids.map((id) => ({ id, text: t(id) }));

function questions(): Question[] {
  const checked = checkQuestionnaire([
    { id: "use", kind: "single", text: t("WLAN?"), required: true, choices: choices("yes", "no") },
    {
      id: "where",
      kind: "multiple",
      text: t("Wo?"),
      required: true,
      choices: choices("library", "park"),
      showIf: { question: "use", choice: "yes" },
    },
    { id: "order", kind: "ranking", text: t("Wichtig?"), required: false, choices: choices("speed", "cost", "reach") },
    {
      id: "grid",
      kind: "matrix",
      text: t("Bewerten"),
      required: false,
      choices: choices("good", "bad"),
      rows: choices("a", "b"),
    },
  ]);
  if (!checked.ok) throw new Error(checked.issue.message);
  return checked.questions;
}

describe("the answering form", () => {
  it("reads rankings by their places and matrices by their rows", () => {
    const all = questions();
    const sent = sentAnswers(all, {
      "a-use": "yes",
      "a-where": ["library", "park"],
      "a-order-speed": "2",
      "a-order-cost": "1",
      "a-order-reach": "3",
      "a-grid-a": "good",
      "a-grid-b": "bad",
    });
    expect(checkAnswers(all, sent)).toEqual({
      ok: true,
      answers: {
        use: "yes",
        where: ["library", "park"],
        order: ["cost", "speed", "reach"],
        grid: { a: "good", b: "bad" },
      },
    });
  });

  it("refuses a ranking with a place given twice or left out", () => {
    const all = questions();
    const twice = sentAnswers(all, { "a-use": "no", "a-order-speed": "1", "a-order-cost": "1", "a-order-reach": "2" });
    expect(checkAnswers(all, twice)).toMatchObject({ ok: false, issues: [{ path: "order" }] });
    const partial = sentAnswers(all, { "a-use": "no", "a-order-speed": "1" });
    expect(checkAnswers(all, partial)).toMatchObject({ ok: false, issues: [{ path: "order" }] });
  });

  it("carries checked answers as fields that read back to the same answers", () => {
    const all = questions();
    const answers = { use: "yes", where: ["park"], order: ["reach", "speed", "cost"], grid: { a: "bad", b: "bad" } };
    const fields: Record<string, string[]> = {};
    for (const [name, value] of answerFields(all, answers)) fields[name] = [...(fields[name] ?? []), value];
    const form = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.length === 1 ? (v[0] ?? "") : v]));
    expect(checkAnswers(all, sentAnswers(all, form))).toEqual({ ok: true, answers });
    expect(Object.keys(keptFields(all.slice(0, 1), form))).toEqual(["a-use"]);
  });

  it("skips a page whose questions all hide, forwards and back", () => {
    const all = questions();
    const pages = surveyPages(all);
    expect(pages.map((page) => page.map((q) => q.id))).toEqual([["use"], ["where", "order", "grid"]]);
    expect(nextPage(pages, -1, {})).toBe(0);
    expect(nextPage(pages, 0, { use: "no" })).toBe(1);
    const onlyConditional = surveyPages(all.slice(0, 2));
    expect(nextPage(onlyConditional, 0, { use: "no" })).toBeNull();
    expect(nextPage(onlyConditional, 0, { use: "yes" })).toBe(1);
    expect(previousPage(onlyConditional, 2, { use: "no" })).toBe(0);
    expect(previousPage(onlyConditional, 0, {})).toBeNull();
  });
});
