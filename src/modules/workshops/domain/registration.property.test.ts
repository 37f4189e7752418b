import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { freeSeats, movingUp, placeOf, waitingPlace } from "./registration";

/**
 * A list of registrations of one way of taking part, driven through arrivals and cancellations
 * with the seat rules only, as the data layer applies them under the event's lock.
 */
interface Entry {
  arrival: number;
  status: "registered" | "waiting" | "cancelled";
}

function run(capacity: number, steps: ReadonlyArray<{ kind: "arrive" } | { kind: "cancel"; pick: number }>) {
  const entries: Entry[] = [];
  const snapshots: Entry[][] = [];
  /** The arrivals that moved up from the waiting list, in the order they moved up. */
  const promoted: number[] = [];
  let arrival = 0;
  for (const step of steps) {
    if (step.kind === "arrive") {
      const taken = entries.filter((e) => e.status === "registered").length;
      arrival += 1;
      entries.push({ arrival, status: placeOf(taken, capacity) });
    } else {
      const active = entries.filter((e) => e.status !== "cancelled");
      const leaving = active[step.pick % Math.max(1, active.length)];
      if (!leaving) continue;
      leaving.status = "cancelled";
      const taken = entries.filter((e) => e.status === "registered").length;
      for (const next of movingUp(
        entries.filter((e) => e.status === "waiting"),
        freeSeats(taken, capacity),
      )) {
        next.status = "registered";
        promoted.push(next.arrival);
      }
    }
    snapshots.push(entries.map((e) => ({ ...e })));
  }
  return { snapshots, promoted };
}

const steps = fc.array(
  fc.oneof(
    { weight: 3, arbitrary: fc.constant({ kind: "arrive" as const }) },
    { weight: 2, arbitrary: fc.nat(200).map((pick) => ({ kind: "cancel" as const, pick })) },
  ),
  { maxLength: 120 },
);

describe("seats and the waiting list", () => {
  it("never give more seats than there are, and nobody waits while a seat is free", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 15 }), steps, (capacity, sequence) => {
        for (const snapshot of run(capacity, sequence).snapshots) {
          const registered = snapshot.filter((e) => e.status === "registered").length;
          const waiting = snapshot.filter((e) => e.status === "waiting").length;
          expect(registered).toBeLessThanOrEqual(capacity);
          if (waiting > 0) expect(registered).toBe(capacity);
        }
      }),
    );
  });

  it("keep the waiting list in order of arrival through every cancellation: who came earlier moves up first", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), steps, (capacity, sequence) => {
        const { snapshots, promoted } = run(capacity, sequence);
        // Later arrivals join the end of the list, so first come, first served means the people
        // who moved up did so in the order they arrived.
        expect(promoted).toEqual([...promoted].sort((a, b) => a - b));
        for (const snapshot of snapshots) {
          const waiting = snapshot.filter((e) => e.status === "waiting").map((e) => e.arrival);
          const movedUpBefore = promoted.filter((a) => snapshot.some((e) => e.arrival === a && e.status !== "waiting"));
          for (const arrival of movedUpBefore) expect(waiting.every((w) => w > arrival)).toBe(true);
          expect(waiting.map((a) => waitingPlace(waiting, a))).toEqual(waiting.map((_, i) => i + 1));
        }
      }),
    );
  });
});

describe("movingUp", () => {
  it("takes the earliest arrivals, whatever order they are handed in", () => {
    const waiting = [{ arrival: 9 }, { arrival: 3 }, { arrival: 5 }];
    expect(movingUp(waiting, 2).map((w) => w.arrival)).toEqual([3, 5]);
    expect(movingUp(waiting, 0)).toEqual([]);
    expect(movingUp(waiting, -1)).toEqual([]);
  });

  it("counts no free seats when a capacity was lowered below the seats given", () => {
    expect(freeSeats(12, 10)).toBe(0);
    expect(freeSeats(7, 10)).toBe(3);
  });
});
