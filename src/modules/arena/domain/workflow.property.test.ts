import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canMoveTo, entryStates, isClosed, nextStates } from "./workflow";

describe("the way of an entry, for any sequence of steps the office may take", () => {
  it("never revisits a state, ends within seven steps, and every open state can still be declined", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 12 }), (choices) => {
        const seen = new Set<string>(["submitted"]);
        let state: (typeof entryStates)[number] = "submitted";
        for (const choice of choices) {
          const options = nextStates(state);
          if (options.length === 0) break;
          expect(canMoveTo(state, "declined")).toBe(true);
          const next: (typeof entryStates)[number] = options[choice % options.length] ?? state;
          expect(canMoveTo(state, next)).toBe(true);
          expect(seen.has(next)).toBe(false);
          seen.add(next);
          state = next;
        }
        expect(seen.size).toBeLessThanOrEqual(entryStates.length);
        if (isClosed(state)) expect(nextStates(state)).toEqual([]);
      }),
    );
  });
});
