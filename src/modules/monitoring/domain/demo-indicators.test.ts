import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { convertDemoIndicators, type DemoIndicator, type DemoOptions, demoGoals, demoKey } from "./demo-indicators";
import { indicatorUseSchema } from "./indicator";
import { createLogicModel } from "./logic-model";
import { checkUnit } from "./units";

interface DemoMeasure {
  id: string;
  goals?: unknown;
  indicators?: unknown;
}

const file = parse(readFileSync(new URL("../../strategy/data/demo/gdb-demo.yaml", import.meta.url), "utf8")) as {
  measures: DemoMeasure[];
};
const measures = file.measures.filter((measure) => measure.indicators !== undefined);
const options: DemoOptions = { baselineDate: "2022-12-20", targetPeriod: "2027" };
const today = new Date("2026-03-31T12:00:00Z");

function convert(id: string, indicators: unknown): DemoIndicator[] {
  const result = convertDemoIndicators(id, indicators, options);
  if (!result.ok) throw new Error(`${id}: ${JSON.stringify(result.issue)}`);
  return result.indicators;
}

const all = measures.flatMap((measure) => convert(measure.id, measure.indicators));
const byName = (name: string) => {
  const found = all.find((indicator) => indicator.definition.name.en === name);
  if (!found) throw new Error(`no demo indicator named ${name}`);
  return found;
};

describe("the demo file's indicators", () => {
  it("all convert, one definition and use per entry", () => {
    const entries = measures.reduce((sum, measure) => sum + (measure.indicators as unknown[]).length, 0);
    expect(measures.length).toBeGreaterThan(5);
    expect(all).toHaveLength(entries);
  });

  it("have units that are valid UCUM codes", () => {
    for (const { definition } of all) expect(checkUnit(definition.unit).ok, definition.unit).toBe(true);
  });

  it("have unique keys across the whole file", () => {
    const keys = all.map((indicator) => indicator.definition.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain("z1-training-participants");
  });

  it("give uses that pass the use schema for their definition", () => {
    for (const { definition, use } of all) {
      const schema = indicatorUseSchema({ frequency: definition.frequency, valueKind: definition.valueKind, today });
      expect(schema.safeParse(use).success, definition.key).toBe(true);
    }
  });

  it("build a logic model for every measure, together with the measure's goals", () => {
    for (const measure of measures) {
      const indicators = convert(measure.id, measure.indicators);
      const definitions = Object.fromEntries(
        indicators.map(({ definition }) => [
          definition.key,
          { frequency: definition.frequency, valueKind: definition.valueKind },
        ]),
      );
      const model = createLogicModel(
        {
          measureId: measure.id,
          goals: demoGoals(measure.goals),
          indicators: indicators.map((indicator) => indicator.use),
        },
        "Demo logic model from the strategy file",
        { today, definitions },
      );
      expect(model.ok, `${measure.id}: ${JSON.stringify(!model.ok && model.issue)}`).toBe(true);
    }
  });

  it("map units, baselines, targets and frequencies as documented", () => {
    const participants = byName("Training participants");
    expect(participants.definition).toMatchObject({
      unit: "{persons}",
      frequency: "quarterly",
      direction: "increase",
      level: "output",
    });
    expect(participants.use).toMatchObject({
      baseline: { value: 0, date: "2022-12-20" },
      targets: { "2027": 1500 },
      targetNote: null,
    });
    expect(byName("Yearly growth of datasets on daten.berlin.de").definition).toMatchObject({
      unit: "%/a",
      frequency: "yearly",
    });
    expect(byName("Rainwater retained in the pilot areas").definition.unit).toBe("m3/a");
    expect(byName("Bookings via the negotiation platform").definition.unit).toBe("{bookings}/mo");
    expect(byName("Average time spent on the square").definition.unit).toBe("min");
  });

  it("keep a yes-no indicator as the unit 1 with a target of yes", () => {
    const guideline = byName("Data governance guideline published");
    expect(guideline.definition).toMatchObject({ unit: "1", valueKind: "yes-no", direction: "increase" });
    expect(guideline.use.targets).toEqual({ "2027": 1 });
  });

  it("keep a target in words as written, without a number", () => {
    const boxes = byName("Kiezboxes installed");
    expect(boxes.use.targets).toEqual({});
    expect(boxes.use.targetNote).toBe("12–20");
  });

  it("keep reported values apart from baseline and targets", () => {
    expect(byName("Locations visited (2024)")).toMatchObject({
      reported: { value: 7, note: null },
      use: { targets: {} },
    });
    expect(byName("Events held (2024)").reported).toEqual({ value: null, note: ">100" });
    expect(byName("Training participants").reported).toBeNull();
  });

  it("point less-is-better indicators downwards: nitrogen dioxide, and a time going from 60 to 30 days", () => {
    expect(byName("Annual mean nitrogen dioxide at traffic stations (BLUME)").definition).toMatchObject({
      direction: "decrease",
      unit: "ug/m3",
      dataSource: "luftdaten.berlin.de",
    });
    expect(byName("Processing time per application").definition.direction).toBe("decrease");
    expect(byName("Share of applicants from under-represented groups").definition.direction).toBe("increase");
  });

  it("count a process indicator as an output", () => {
    expect(byName("Uptime of the environmental sensors").definition.level).toBe("output");
  });
});

describe("converting demo indicators", () => {
  const entry = { level: "output", name_de: "Teilnehmende", name_en: "Participants", unit: "persons", target: 10 };

  it("turns the other target forms of the file into notes", () => {
    const result = convertDemoIndicators(
      "Z9",
      [
        { ...entry, target: "+20% per year" },
        { ...entry, name_en: "All", target: "all" },
      ],
      options,
    );
    expect(
      result.ok && result.indicators.map((indicator) => [indicator.use.targets, indicator.use.targetNote]),
    ).toEqual([
      [{}, "+20% per year"],
      [{}, "all"],
    ]);
  });

  it("maps the file's counted things and money to annotations", () => {
    const units = ["datasets", "authorities", "events", "euros"].map((unit) => {
      const result = convertDemoIndicators("Z9", [{ ...entry, unit }], options);
      return result.ok ? result.indicators[0]?.definition.unit : result.issue.message;
    });
    expect(units).toEqual(["{datasets}", "{authorities}", "{events}", "{EUR}"]);
  });

  it("gives a name used twice in a measure a numbered key", () => {
    const result = convertDemoIndicators("Z9", [entry, entry, entry], options);
    expect(result.ok && result.indicators.map((indicator) => indicator.use.indicator)).toEqual([
      "z9-participants",
      "z9-participants-2",
      "z9-participants-3",
    ]);
  });

  it.each([
    ["an unknown level", { level: "vision" }, "indicators.0.level", "monitoring.errors.level"],
    ["an unknown unit", { unit: "meters" }, "indicators.0.unit", "monitoring.errors.unitNotUcum"],
    ["a missing unit", { unit: undefined }, "indicators.0.unit", "monitoring.errors.unitNotUcum"],
    ["an unknown frequency", { frequency: "weekly" }, "indicators.0.frequency", "monitoring.errors.frequency"],
    ["a baseline in words", { baseline: "about 10" }, "indicators.0.baseline", "monitoring.errors.baselineValue"],
    [
      "no name at all",
      { name_de: undefined, name_en: undefined },
      "indicators.0.name.de",
      "monitoring.errors.indicatorName",
    ],
  ])("refuses %s", (_, change, path, message) => {
    expect(convertDemoIndicators("Z9", [{ ...entry, ...change }], options)).toEqual({
      ok: false,
      issue: { path, message },
    });
  });

  it("refuses a list that is no list of indicators, and takes a missing list as empty", () => {
    expect(convertDemoIndicators("Z9", { level: "output" }, options)).toEqual({
      ok: false,
      issue: { path: "indicators", message: "monitoring.errors.demoIndicators" },
    });
    expect(convertDemoIndicators("Z9", undefined, options)).toEqual({ ok: true, indicators: [] });
  });

  it("derives keys as slugs, with German letters spelt out and long names cut at a word", () => {
    expect(demoKey("P4", "Bearbeitungszeit für Anträge – Straße")).toBe("p4-bearbeitungszeit-fuer-antraege-strasse");
    const long = demoKey("Z1", "word ".repeat(40));
    expect(long.length).toBeLessThanOrEqual(76);
    expect(long).toMatch(/^z1(-word)+$/);
  });

  it("reads a goals block as one goal per level with a text", () => {
    expect(demoGoals({ output_de: "Schulungen", output_en: "Training", impact_de: "Wirkung" })).toEqual([
      { id: "output", level: "output", phaseId: null, text: { de: "Schulungen", en: "Training" } },
      { id: "impact", level: "impact", phaseId: null, text: { de: "Wirkung", en: "Wirkung" } },
    ]);
    expect(demoGoals(undefined)).toEqual([]);
  });
});
