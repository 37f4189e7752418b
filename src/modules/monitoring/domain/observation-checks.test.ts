import { describe, expect, it } from "vitest";
import { checkValue } from "./observation-checks";

const now = new Date(Date.UTC(2026, 3, 15));
const districts = new Set(["mitte", "pankow"]);
const isDistrict = (key: string) => districts.has(key);
const quarterly = { frequency: "quarterly", valueKind: "number", spatialUnit: "city" } as const;

describe("checking a measured value against its definition", () => {
  it("takes a value of a begun period for the whole city", () => {
    expect(checkValue(quarterly, { period: "2026-Q2", value: 12.5, spatialUnit: "" }, now, isDistrict)).toEqual({
      ok: true,
      period: "2026-Q2",
      area: "city",
    });
  });

  it("names every broken rule with its field", () => {
    const yesNoByDistrict = { frequency: "yearly", valueKind: "yes-no", spatialUnit: "district" } as const;
    const checked = checkValue(yesNoByDistrict, { period: "2027", value: 2, spatialUnit: "wedding" }, now, isDistrict);
    expect(checked).toEqual({
      ok: false,
      issues: [
        { path: "period", message: "monitoring.errors.periodInFuture" },
        { path: "value", message: "monitoring.errors.yesNoValue" },
        { path: "spatialUnit", message: "monitoring.errors.areaDistrict" },
      ],
    });
  });

  it("refuses a period of another frequency and a district for a city-wide indicator", () => {
    const checked = checkValue(quarterly, { period: "2025", value: 1, spatialUnit: "mitte" }, now, isDistrict);
    expect(checked).toEqual({
      ok: false,
      issues: [
        { path: "period", message: "monitoring.errors.periodNotOfFrequency" },
        { path: "spatialUnit", message: "monitoring.errors.areaCity" },
      ],
    });
    expect(
      checkValue(
        { ...quarterly, spatialUnit: "district" },
        { period: "2026-Q1", value: 1, spatialUnit: "pankow" },
        now,
        isDistrict,
      ),
    ).toEqual({ ok: true, period: "2026-Q1", area: "pankow" });
  });
});
