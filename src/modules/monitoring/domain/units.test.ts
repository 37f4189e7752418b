import { describe, expect, it } from "vitest";
import { checkUnit, commonUnits, isUcumUnit } from "./units";

describe("a unit given as a UCUM code", () => {
  it("accepts the codes indicators use most and gives back the code", () => {
    for (const code of [
      "%",
      "1",
      "{persons}",
      "{count}",
      "ug/m3",
      "m3/a",
      "min",
      "h",
      "d",
      "km",
      "t",
      "kW.h",
      "{EUR}",
    ]) {
      const result = checkUnit(code);
      expect(result, code).toMatchObject({ ok: true, code });
    }
  });

  it("ignores spaces around the code", () => {
    expect(checkUnit("  ug/m3 ")).toMatchObject({ ok: true, code: "ug/m3" });
  });

  it("refuses words, broken codes, empty input and codes UCUM spells differently", () => {
    for (const code of ["meters", "kg//m", "", "   ", "{}", "EUR", "kWh", "KM", "cel", "{a b}", "x".repeat(61)]) {
      expect(checkUnit(code), JSON.stringify(code)).toEqual({ ok: false, message: "monitoring.errors.unitNotUcum" });
      expect(isUcumUnit(code)).toBe(false);
    }
  });

  it("is case-sensitive as UCUM is: degrees Celsius are Cel", () => {
    expect(isUcumUnit("Cel")).toBe(true);
    expect(isUcumUnit("cel")).toBe(false);
  });
});

describe("a unit's label", () => {
  const label = (code: string) => {
    const result = checkUnit(code);
    if (!result.ok) throw new Error(`${code} should be valid`);
    return result.label;
  };

  it("comes from the table for common codes, in German and English", () => {
    expect(label("%")).toEqual({ de: "Prozent", en: "percent" });
    expect(label("{persons}")).toEqual({ de: "Personen", en: "persons" });
    expect(label("ug/m3")).toEqual({ de: "Mikrogramm pro Kubikmeter", en: "micrograms per cubic metre" });
    expect(label("m3/a")).toEqual({ de: "Kubikmeter pro Jahr", en: "cubic metres per year" });
    expect(label("kW.h")).toEqual({ de: "Kilowattstunden", en: "kilowatt hours" });
    expect(label("{EUR}")).toEqual({ de: "Euro", en: "euros" });
  });

  it("names known counted things and reads unknown annotations as their words", () => {
    expect(label("{datasets}")).toEqual({ de: "Datensätze", en: "datasets" });
    expect(label("{trees_planted}")).toEqual({ de: "trees planted", en: "trees planted" });
  });

  it("reads a counted thing per time unit as a rate", () => {
    expect(label("{bookings}/mo")).toEqual({ de: "Buchungen pro Monat", en: "bookings per month" });
    expect(label("{EUR}/a")).toEqual({ de: "Euro pro Jahr", en: "euros per year" });
  });

  it("falls back to the library's English name without markup, and to the code in German", () => {
    expect(label("m3")).toEqual({ de: "m3", en: "meter³" });
    expect(label("mg/L")).toEqual({ de: "mg/L", en: expect.stringContaining("milligram") });
  });

  it("offers every table code as a valid suggestion with both labels", () => {
    const units = commonUnits();
    expect(units.map((u) => u.code)).toEqual(expect.arrayContaining(["%", "{persons}", "kW.h", "{EUR}"]));
    for (const unit of units) {
      expect(isUcumUnit(unit.code), unit.code).toBe(true);
      expect(unit.label.de.length).toBeGreaterThan(0);
      expect(unit.label.en.length).toBeGreaterThan(0);
    }
  });
});
