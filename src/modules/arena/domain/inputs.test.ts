import { describe, expect, it } from "vitest";
import { completeContent, missingSteps } from "./inputs";
import { canMoveTo, entryStates, isClosed, nextStates } from "./workflow";

const complete = {
  title: "Schatten für Schulhöfe",
  problem: "Im Sommer ist der Schulhof zu heiß für die Pause.",
  affected: "",
  approach: "",
  kind: "idea" as const,
  actionFieldIds: ["RW-2"],
  districtIds: [],
  compass: {},
  offers: [],
  needs: [],
  offerNote: "",
  needNote: "",
  language: "de" as const,
};

describe("a draft's completeness", () => {
  it("names the steps still lacking answers, in order, and none for a complete draft", () => {
    expect(missingSteps({})).toEqual(["problem", "approach", "place"]);
    expect(missingSteps({ ...complete, actionFieldIds: [] })).toEqual(["place"]);
    expect(missingSteps(complete)).toEqual([]);
    expect(completeContent(complete)).not.toBeNull();
    expect(completeContent({ ...complete, title: "Hi" })).toBeNull();
  });
});

describe("the way of an entry", () => {
  it("ends in an answer from every state, and nothing leaves an answer", () => {
    for (const state of entryStates) {
      // Following the first way out from any state reaches a final state within the number of states.
      let current = state;
      for (let i = 0; i < entryStates.length && !isClosed(current); i++) current = nextStates(current)[0] ?? current;
      expect(isClosed(current), state).toBe(true);
      if (!isClosed(state)) expect(canMoveTo(state, "declined"), state).toBe(true);
    }
    expect(nextStates("accepted")).toEqual([]);
    expect(nextStates("declined")).toEqual([]);
    expect(canMoveTo("submitted", "accepted")).toBe(false);
  });
});
