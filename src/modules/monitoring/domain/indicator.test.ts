import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { cityDay } from "../../../platform/reference-data";
import {
  baselineIssue,
  indicatorDefinitionSchema,
  indicatorUseSchema,
  targetList,
  targetPeriodIssue,
} from "./indicator";

/** The message keys of a refusal, or [] when the input passes. */
function messages(result: z.ZodSafeParseResult<unknown>): string[] {
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

const no2 = {
  key: "p2-no2-annual-mean",
  name: { de: "Jahresmittel Stickstoffdioxid", en: "Annual mean nitrogen dioxide" },
  definition: {
    de: "Mittel der Stundenwerte an Verkehrsmessstellen.",
    en: "Mean of hourly values at traffic stations.",
  },
  level: "impact",
  unit: "ug/m3",
  direction: "decrease",
  dataSource: "BLUME, luftdaten.berlin.de",
  frequency: "yearly",
  spatialUnit: "city",
  sdgTarget: "11.6.2",
  standardReference: "ISO 37120:2018 8.1",
};

describe("an indicator definition", () => {
  it("accepts a complete definition and fills the optional parts", () => {
    const parsed = indicatorDefinitionSchema.parse(no2);
    expect(parsed).toMatchObject({ key: "p2-no2-annual-mean", unit: "ug/m3", valueKind: "number" });
    const minimal = indicatorDefinitionSchema.parse({ ...no2, definition: undefined, dataSource: undefined });
    expect(minimal.definition).toEqual({ de: "", en: "" });
    expect(minimal.dataSource).toBe("");
  });

  it("accepts a ratio with both numerator and denominator", () => {
    const ratio = {
      ...no2,
      unit: "%",
      numerator: { de: "Behörden mit Ansprechperson", en: "Authorities with a contact person" },
      denominator: { de: "Alle Behörden", en: "All authorities" },
    };
    expect(messages(indicatorDefinitionSchema.safeParse(ratio))).toEqual([]);
  });

  it.each([
    ["a key that is no slug", { key: "NO2 Mean" }, "monitoring.errors.indicatorKey"],
    ["a key too long", { key: "a".repeat(81) }, "monitoring.errors.indicatorKey"],
    ["a name too short", { name: { de: "NO", en: "Nitrogen dioxide" } }, "monitoring.errors.indicatorName"],
    ["a name too long", { name: { de: "x".repeat(201), en: "Nitrogen" } }, "monitoring.errors.indicatorNameLong"],
    ["a name in one language only", { name: { de: "Stickstoffdioxid" } }, "monitoring.errors.indicatorName"],
    [
      "a definition too long",
      { definition: { de: "x".repeat(3001), en: "" } },
      "monitoring.errors.indicatorDefinitionLong",
    ],
    ["an unknown level", { level: "process" }, "monitoring.errors.level"],
    ["a unit that is no UCUM code", { unit: "meters" }, "monitoring.errors.unitNotUcum"],
    ["an empty unit", { unit: "" }, "monitoring.errors.unitNotUcum"],
    ["an unknown direction", { direction: "up" }, "monitoring.errors.direction"],
    ["an unknown frequency", { frequency: "weekly" }, "monitoring.errors.frequency"],
    ["an unknown spatial unit", { spatialUnit: "block" }, "monitoring.errors.spatialUnit"],
    ["an SDG goal beyond 17", { sdgTarget: "18.1" }, "monitoring.errors.sdgTarget"],
    ["an SDG target without its goal", { sdgTarget: "11" }, "monitoring.errors.sdgTarget"],
    ["an SDG reference in another form", { sdgTarget: "SDG 11.6" }, "monitoring.errors.sdgTarget"],
    [
      "a standard reference too long",
      { standardReference: "x".repeat(101) },
      "monitoring.errors.standardReferenceLong",
    ],
    ["a data source too long", { dataSource: "x".repeat(501) }, "monitoring.errors.dataSourceLong"],
    [
      "a numerator without denominator",
      { numerator: { de: "Behörden", en: "Authorities" } },
      "monitoring.errors.ratioIncomplete",
    ],
    [
      "a denominator without numerator",
      { denominator: { de: "Behörden", en: "Authorities" } },
      "monitoring.errors.ratioIncomplete",
    ],
    ["an unknown kind of value", { valueKind: "text" }, "monitoring.errors.valueKind"],
    ["a yes-no indicator with a unit", { valueKind: "yes-no", unit: "%" }, "monitoring.errors.yesNoUnit"],
  ])("refuses %s", (_, change, message) => {
    expect(messages(indicatorDefinitionSchema.safeParse({ ...no2, ...change }))).toEqual([message]);
  });

  it("accepts SDG targets, lettered targets and indicators", () => {
    for (const sdgTarget of ["11.6", "11.a", "11.6.2", "17.19", "1.1.1"]) {
      expect(messages(indicatorDefinitionSchema.safeParse({ ...no2, sdgTarget })), sdgTarget).toEqual([]);
    }
  });
});

describe("a measure's use of an indicator", () => {
  const today = new Date("2026-03-31T10:00:00Z");
  const quarterly = indicatorUseSchema({ frequency: "quarterly", today });
  const use = {
    indicator: "z1-training-participants",
    goal: "output",
    baseline: { value: 0, date: "2025-01-01" },
    targets: { "2027": 1500, "2026": 500, "2026-Q2": 100 },
    responsibleAccountId: "5b0a9c4e-8f3d-4c21-9a7e-2d1f6b3c4a5e",
  };

  it("accepts baseline, targets and responsible person", () => {
    const parsed = quarterly.parse(use);
    expect(parsed.targets).toEqual({ "2026-Q2": 100, "2026": 500, "2027": 1500 });
    expect(parsed).toMatchObject({ baseline: { value: 0, date: "2025-01-01" }, targetNote: null });
  });

  it("needs neither baseline nor targets nor a responsible person", () => {
    const parsed = quarterly.parse({ indicator: "z1-training-participants", goal: "output" });
    expect(parsed).toEqual({
      indicator: "z1-training-participants",
      goal: "output",
      baseline: null,
      targets: {},
      targetNote: null,
      responsibleAccountId: null,
    });
  });

  it("takes a target for the current period and the current year, which are not over yet", () => {
    expect(messages(quarterly.safeParse({ ...use, targets: { "2026-Q1": 10, "2026": 20 } }))).toEqual([]);
    expect(targetPeriodIssue("2026-Q1", "quarterly", new Date("2026-04-01T00:00:00Z"))).toBe(
      "monitoring.errors.targetInPast",
    );
  });

  it.each([
    ["a key that is no slug", { indicator: "Training" }, "monitoring.errors.indicatorKey"],
    ["a goal id that is no slug", { goal: "Output goal" }, "monitoring.errors.goal"],
    [
      "a baseline that is no number",
      { baseline: { value: "none", date: "2025-01-01" } },
      "monitoring.errors.baselineValue",
    ],
    ["a baseline that is no object", { baseline: 12 }, "monitoring.errors.baseline"],
    ["targets that are no list of periods", { targets: [1, 2] }, "monitoring.errors.targets"],
    [
      "a baseline on a day that does not exist",
      { baseline: { value: 0, date: "2025-02-30" } },
      "monitoring.errors.baselineDate",
    ],
    ["a baseline date in another form", { baseline: { value: 0, date: "1.1.2025" } }, "monitoring.errors.baselineDate"],
    ["a baseline in the future", { baseline: { value: 0, date: "2026-04-01" } }, "monitoring.errors.baselineInFuture"],
    ["a period key in no known form", { targets: { "2026-W14": 10 } }, "monitoring.errors.periodInvalid"],
    ["a period of another frequency", { targets: { "2026-07": 10 } }, "monitoring.errors.periodNotOfFrequency"],
    ["a target in the past", { targets: { "2025-Q4": 10 } }, "monitoring.errors.targetInPast"],
    ["a target for a year that is over", { targets: { "2025": 10 } }, "monitoring.errors.targetInPast"],
    ["a target that is no number", { targets: { "2026": "many" } }, "monitoring.errors.targetValue"],
    ["a target that is not finite", { targets: { "2026": Number.POSITIVE_INFINITY } }, "monitoring.errors.targetValue"],
    ["a target note too long", { targetNote: "x".repeat(201) }, "monitoring.errors.targetNoteLong"],
    ["a responsible person that is no account id", { responsibleAccountId: "anna" }, "monitoring.errors.responsible"],
  ])("refuses %s", (_, change, message) => {
    expect(messages(quarterly.safeParse({ ...use, ...change }))).toEqual([message]);
  });

  it("refuses more than sixty targets", () => {
    const targets = Object.fromEntries(Array.from({ length: 61 }, (_, i) => [`${2027 + i}`, i]));
    expect(messages(quarterly.safeParse({ ...use, targets }))).toEqual(["monitoring.errors.targetsMany"]);
  });

  it("takes only yes (1) or no (0) for a yes-no indicator", () => {
    const yesNo = indicatorUseSchema({ frequency: "yearly", valueKind: "yes-no", today });
    expect(
      messages(yesNo.safeParse({ ...use, baseline: { value: 0, date: "2025-01-01" }, targets: { "2026": 1 } })),
    ).toEqual([]);
    expect(messages(yesNo.safeParse({ ...use, baseline: null, targets: { "2026": 2 } }))).toEqual([
      "monitoring.errors.yesNoValue",
    ]);
    expect(messages(yesNo.safeParse({ ...use, baseline: { value: 0.5, date: "2025-01-01" }, targets: {} }))).toEqual([
      "monitoring.errors.baselineValue",
    ]);
  });

  it("for a monthly indicator takes months and years, not quarters", () => {
    const monthly = indicatorUseSchema({ frequency: "monthly", today });
    expect(messages(monthly.safeParse({ ...use, targets: { "2026-07": 1, "2027": 2 } }))).toEqual([]);
    expect(messages(monthly.safeParse({ ...use, targets: { "2026-Q3": 1 } }))).toEqual([
      "monitoring.errors.periodNotOfFrequency",
    ]);
  });

  it("lists targets in period order: by the end of the period, then by its start", () => {
    expect(targetList({ "2027": 1, "2026-H2": 2, "2026": 3, "2026-Q1": 4 })).toEqual([
      { period: "2026-Q1", value: 4 },
      { period: "2026", value: 3 },
      { period: "2026-H2", value: 2 },
      { period: "2027", value: 1 },
    ]);
  });
});

describe("today in the city (Berlin), not in UTC", () => {
  it("gives the calendar day of an instant in Berlin", () => {
    // Summer time (UTC+2) from 29 March 2026: 00:30 on 1 April in Berlin.
    expect(cityDay(new Date("2026-03-31T22:30:00Z"), "Europe/Berlin")).toBe("2026-04-01");
    expect(cityDay(new Date("2026-03-31T21:59:59.999Z"), "Europe/Berlin")).toBe("2026-03-31");
    // Winter time (UTC+1): the new year begins at 23:00 UTC.
    expect(cityDay(new Date("2026-12-31T23:30:00Z"), "Europe/Berlin")).toBe("2027-01-01");
    expect(cityDay(new Date("2026-12-31T22:59:59.999Z"), "Europe/Berlin")).toBe("2026-12-31");
    expect(cityDay(new Date("2026-07-15T10:00:00Z"), "Europe/Berlin")).toBe("2026-07-15");
    expect(() => cityDay(new Date(Number.NaN), "Europe/Berlin")).toThrow(RangeError);
  });

  it("refuses a target for a year that is over in Berlin, though not yet in UTC", () => {
    const newYearsNight = new Date("2026-12-31T23:30:00Z");
    expect(targetPeriodIssue("2026", "yearly", newYearsNight)).toBe("monitoring.errors.targetInPast");
    expect(targetPeriodIssue("2026-Q4", "quarterly", newYearsNight)).toBe("monitoring.errors.targetInPast");
    expect(targetPeriodIssue("2027", "yearly", newYearsNight)).toBeNull();
    expect(targetPeriodIssue("2026", "yearly", new Date("2026-12-31T22:59:59Z"))).toBeNull();
  });

  it("takes a baseline of the new day once it has begun in Berlin", () => {
    const afterMidnight = new Date("2026-03-31T22:30:00Z");
    expect(baselineIssue({ value: 1, date: "2026-04-01" }, "number", afterMidnight)).toBeNull();
    expect(baselineIssue({ value: 1, date: "2026-04-02" }, "number", afterMidnight)).toBe(
      "monitoring.errors.baselineInFuture",
    );
    expect(baselineIssue({ value: 1, date: "2026-04-01" }, "number", new Date("2026-03-31T21:59:59Z"))).toBe(
      "monitoring.errors.baselineInFuture",
    );
  });
});
