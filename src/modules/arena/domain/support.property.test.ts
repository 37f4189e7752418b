import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { supportClosedStates, supportRefusal } from "./support";
import { entryStates } from "./workflow";

const entry = fc.record({
  state: fc.constantFrom(...entryStates),
  hiddenReason: fc.option(fc.constantFrom("Beleidigung", "Spam"), { nil: null }),
});
const change = fc.constantFrom("add" as const, "remove" as const);

describe("which supports may change", () => {
  it("allows exactly what the writing statement's filter lets through (visible; open when adding)", () => {
    fc.assert(
      fc.property(entry, change, (e, c) => {
        const statementWrites = e.hiddenReason === null && (c === "remove" || !supportClosedStates.includes(e.state));
        expect(supportRefusal(e, c) === null).toBe(statementWrites);
      }),
    );
  });

  it("takes no new supports once an entry has its answer, but lets people withdraw theirs", () => {
    expect(supportClosedStates).toEqual(["accepted", "declined"]);
    expect(supportRefusal({ state: "accepted", hiddenReason: null }, "add")).toBe("closed");
    expect(supportRefusal({ state: "declined", hiddenReason: null }, "remove")).toBeNull();
    expect(supportRefusal({ state: "submitted", hiddenReason: null }, "add")).toBeNull();
  });

  it("answers a missing or hidden entry as not found, either way", () => {
    expect(supportRefusal(undefined, "add")).toBe("notFound");
    expect(supportRefusal({ state: "submitted", hiddenReason: "Spam" }, "remove")).toBe("notFound");
  });
});
