import { describe, expect, it } from "vitest";
import { addIndicatorInput, defineIndicatorInput, readNumber, recordObservationInput } from "./inputs";

describe("numbers typed into a form", () => {
  it.each([
    ["1500", 1500],
    ["12,5", 12.5],
    ["12.5", 12.5],
    [" -3 ", -3],
    ["+7", 7],
    ["0.125", 0.125],
    [",5", 0.5],
    ["1234,567", 1234.567],
  ])("reads %j as %d", (text, value) => {
    expect(readNumber(text)).toEqual({ ok: true, value });
  });

  it.each([
    ["", "monitoring.errors.valueMissing"],
    ["viele", "monitoring.errors.valueNotNumber"],
    ["12 %", "monitoring.errors.valueNotNumber"],
    ["1e3", "monitoring.errors.valueNotNumber"],
    ["NaN", "monitoring.errors.valueNotNumber"],
    ["1.500", "monitoring.errors.valueGrouped"],
    ["1,500", "monitoring.errors.valueGrouped"],
    ["1.500.000", "monitoring.errors.valueGrouped"],
    ["9".repeat(17), "monitoring.errors.valueTooLarge"],
  ])("refuses %j", (text, message) => {
    expect(readNumber(text)).toEqual({ ok: false, message });
  });
});

describe("the forms' schemas", () => {
  it("record a value as final for the whole city unless told otherwise", () => {
    const parsed = recordObservationInput.parse({ slug: "m", indicator: "a-b", period: "2025", value: "3,5" });
    expect(parsed).toMatchObject({ value: 3.5, status: "final", spatialUnit: "city", note: "" });
  });

  it("want a baseline and a target whole or not at all", () => {
    const parsed = addIndicatorInput.safeParse({
      slug: "m",
      version: "2",
      indicator: "a-b",
      goal: "output",
      baselineValue: "10",
      targetPeriod: "2030",
      reason: "Ein guter Grund dafür",
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["baselineDate", "monitoring.errors.baselineIncomplete"],
      ["targetValue", "monitoring.errors.targetIncomplete"],
    ]);
  });

  it("read the definition form's flat fields, naming each mistake by its field", () => {
    const fields = {
      key: "radwege",
      name_de: "Neue Radwege",
      level: "output",
      unit: "km",
      direction: "increase",
      frequency: "yearly",
    };
    const parsed = defineIndicatorInput.parse(fields);
    expect(parsed).toMatchObject({ key: "radwege", name: { de: "Neue Radwege", en: "Neue Radwege" }, unit: "km" });
    const wrong = defineIndicatorInput.safeParse({ ...fields, key: "Rad Wege", name_de: "R", unit: "Kilometer" });
    expect(wrong.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["key", "monitoring.errors.indicatorKey"],
      ["name_de", "monitoring.errors.indicatorName"],
      ["name_en", "monitoring.errors.indicatorName"],
      ["unit", "monitoring.errors.unitNotUcum"],
    ]);
  });
});
