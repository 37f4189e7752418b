import { describe, expect, it } from "vitest";
import { cityDay } from "../../../platform/reference-data";

describe("the local day", () => {
  it("follows Berlin's calendar, summer and winter time included", () => {
    // 23:30 UTC in winter is already half past midnight in Berlin.
    expect(cityDay(new Date("2026-12-06T23:30:00Z"), "Europe/Berlin")).toBe("2026-12-07");
    expect(cityDay(new Date("2026-12-06T22:59:00Z"), "Europe/Berlin")).toBe("2026-12-06");
    // In summer Berlin is two hours ahead.
    expect(cityDay(new Date("2026-07-01T21:59:00Z"), "Europe/Berlin")).toBe("2026-07-01");
    expect(cityDay(new Date("2026-07-01T22:00:00Z"), "Europe/Berlin")).toBe("2026-07-02");
  });
});
