import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkQuestionnaire } from "./survey";
import {
  applyOperation,
  type DraftQuestion,
  draftFieldOfIssue,
  draftFromForm,
  draftFromQuestions,
  draftValues,
  rawQuestionnaire,
  readOperation,
} from "./survey-builder";

function added(...kinds: Array<"single" | "scale" | "matrix" | "long-text">): DraftQuestion[] {
  return kinds.reduce<DraftQuestion[]>(
    (draft, questionKind) => applyOperation(draft, { kind: "add", questionKind }),
    [],
  );
}

describe("the questionnaire builder's working copy", () => {
  it("adds questions with fresh ids that stay when questions move, and removes conditions on a removed question", () => {
    const draft = added("single", "scale", "long-text");
    expect(draft.map((q) => q.id)).toEqual(["q1", "q2", "q3"]);
    const moved = applyOperation(draft, { kind: "up", index: 2 });
    expect(moved.map((q) => q.id)).toEqual(["q1", "q3", "q2"]);
    expect(applyOperation(moved, { kind: "add", questionKind: "number" }).at(-1)?.id).toBe("q4");
    const conditional = moved.map((q) => (q.id === "q2" ? { ...q, showIf: "q1:c1" } : q));
    const removed = applyOperation(conditional, { kind: "remove", index: 0 });
    expect(removed.map((q) => [q.id, q.showIf])).toEqual([
      ["q3", ""],
      ["q2", ""],
    ]);
    expect(applyOperation(draft, { kind: "up", index: 0 })).toEqual(draft);
  });

  it("reads the pressed button, saving for anything it does not know", () => {
    expect(readOperation("add:matrix")).toEqual({ kind: "add", questionKind: "matrix" });
    expect(readOperation("down:3")).toEqual({ kind: "down", index: 3 });
    expect(readOperation("add:essay")).toEqual({ kind: "save" });
    expect(readOperation(undefined)).toEqual({ kind: "save" });
  });

  it("turns the form into a questionnaire the domain accepts, choices paired line by line", () => {
    const [single, scale, matrix] = added("single", "scale", "matrix");
    if (!single || !scale || !matrix) throw new Error("three questions");
    const draft: DraftQuestion[] = [
      { ...single, textDe: "Ja?", textEn: "Yes?", choicesDe: "Ja\n\nNein", choicesEn: "Yes\nNo\n" },
      { ...scale, textDe: "Wie?", textEn: "How?", lowDe: "schlecht", lowEn: "bad", highDe: "gut", highEn: "good" },
      {
        ...matrix,
        textDe: "M",
        textEn: "M",
        choicesDe: "a\nb",
        choicesEn: "a\nb",
        rowsDe: "x",
        rowsEn: "x",
        showIf: "q1:c2",
      },
    ];
    const checked = checkQuestionnaire(rawQuestionnaire(draft));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.questions[0]?.choices).toEqual([
      { id: "c1", text: { de: "Ja", en: "Yes" } },
      { id: "c2", text: { de: "Nein", en: "No" } },
    ]);
    expect(checked.questions[2]?.showIf).toEqual({ question: "q1", choice: "c2" });
    // Back to the form and read again: the same questionnaire.
    const again = draftFromForm(draftValues(draftFromQuestions(checked.questions)));
    expect(checkQuestionnaire(rawQuestionnaire(again))).toEqual(checked);
  });

  it("puts every issue of the questionnaire on the field that can fix it", () => {
    expect(draftFieldOfIssue("questions.2.text.en")).toBe("q-2-textEn");
    expect(draftFieldOfIssue("questions.0.choices.1.text.en")).toBe("q-0-choicesEn");
    expect(draftFieldOfIssue("questions.0.choices")).toBe("q-0-choicesDe");
    expect(draftFieldOfIssue("questions.1.scaleLabels.high.de")).toBe("q-1-highDe");
    expect(draftFieldOfIssue("questions.1.scaleLabels")).toBe("q-1-lowDe");
    expect(draftFieldOfIssue("questions.4.showIf.choice")).toBe("q-4-showIf");
    expect(draftFieldOfIssue("questions")).toBe("form");
  });

  it("never loses or duplicates a question by moving it", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ up: fc.boolean(), index: fc.nat(6) }), { maxLength: 20 }), (moves) => {
        let draft = added("single", "scale", "matrix", "long-text", "single");
        for (const move of moves) draft = applyOperation(draft, { kind: move.up ? "up" : "down", index: move.index });
        expect(draft.map((q) => q.id).sort()).toEqual(["q1", "q2", "q3", "q4", "q5"]);
      }),
    );
  });
});
