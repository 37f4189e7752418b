import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkPhases, methods, processState } from "./process";

/** Phases built from a start and positive lengths, each starting where the one before ends. */
const contiguousPhases = fc
  .tuple(
    fc.integer({ min: 0, max: 10_000 }),
    fc.array(
      fc.tuple(fc.constantFrom(...methods.filter((m) => m !== "closing-report")), fc.integer({ min: 1, max: 500 })),
      {
        minLength: 1,
        maxLength: 12,
      },
    ),
  )
  .map(([start, parts]) => {
    let at = Date.UTC(2027, 0, 1) + start * 3_600_000;
    return parts.map(([method, hours]) => {
      const phase = { method, startsAt: new Date(at), endsAt: new Date(at + hours * 3_600_000) };
      at = phase.endsAt.getTime();
      return phase;
    });
  });

describe("phases (properties)", () => {
  it("while a process runs, exactly one phase is active: the one whose interval holds the moment", () => {
    fc.assert(
      fc.property(contiguousPhases, fc.integer({ min: -1_000, max: 20_000 }), (phases, offsetHours) => {
        expect(checkPhases(phases).ok).toBe(true);
        const now = new Date(Date.UTC(2027, 0, 1) + offsetHours * 3_600_000);
        const state = processState(phases, now);
        const holding = phases.filter((p) => p.startsAt <= now && now < p.endsAt);
        if (state.kind === "running") {
          expect(holding).toEqual([phases[state.phase]]);
        } else {
          expect(holding).toEqual([]);
        }
      }),
    );
  });
});
