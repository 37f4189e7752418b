import { describe, expect, it } from "vitest";
import { endOfCityDay, startOfCityDay } from "../../../platform/reference-data";
import { summarizeChange } from "./change-summary";
import { formatDateTime } from "./time";

describe("the readable summary of an audit entry", () => {
  it("lists only the fields that changed, with both values as text", () => {
    expect(
      summarizeChange({ roles: ["moderator"], locale: "de" }, { roles: ["moderator", "administrator"], locale: "de" }),
    ).toEqual([{ field: "roles", before: "moderator", after: "moderator, administrator" }]);
  });

  it("treats a missing side as empty, so a creation shows only new values", () => {
    expect(summarizeChange(null, { email: "a@example.org", roles: [] })).toEqual([
      { field: "email", before: null, after: "a@example.org" },
    ]);
  });

  it("writes nested objects as key: value pairs and plain values as one row", () => {
    expect(summarizeChange({ cost: { amount: 5, currency: "EUR" } }, { cost: { amount: 7, currency: "EUR" } })).toEqual(
      [{ field: "cost", before: "amount: 5; currency: EUR", after: "amount: 7; currency: EUR" }],
    );
    expect(summarizeChange("draft", "published")).toEqual([{ field: "", before: "draft", after: "published" }]);
    expect(summarizeChange(null, null)).toEqual([]);
  });
});

describe("days in the city's time zone", () => {
  it("start at local midnight in winter (UTC+1) and in summer (UTC+2)", () => {
    expect(startOfCityDay("2025-01-15", "Europe/Berlin").toISOString()).toBe("2025-01-14T23:00:00.000Z");
    expect(startOfCityDay("2025-07-15", "Europe/Berlin").toISOString()).toBe("2025-07-14T22:00:00.000Z");
  });

  it("end where the next day starts, also across the change to summer time", () => {
    expect(endOfCityDay("2025-03-30", "Europe/Berlin").toISOString()).toBe("2025-03-30T22:00:00.000Z");
    expect(endOfCityDay("2025-03-29", "Europe/Berlin").toISOString()).toBe("2025-03-29T23:00:00.000Z");
    expect(endOfCityDay("2025-12-31", "Europe/Berlin").toISOString()).toBe("2025-12-31T23:00:00.000Z");
  });

  it("are shown in local time", () => {
    expect(formatDateTime(new Date("2025-07-01T10:05:09Z"), "de")).toBe("01.07.2025, 12:05:09");
  });
});
