import { describe, expect, it } from "vitest";
import { berlinDistricts, districtName, isDistrictKey, stakeholderGroupName, stakeholderGroups } from "./index";

describe("Berlin's districts", () => {
  it("lists the twelve districts with unique keys and their official numbers 1 to 12", () => {
    expect(berlinDistricts).toHaveLength(12);
    expect(new Set(berlinDistricts.map((d) => d.key)).size).toBe(12);
    expect(berlinDistricts.map((d) => d.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it("names a district in German and English and knows unknown keys", () => {
    expect(districtName("neukoelln", "de")).toBe("Neukölln");
    expect(districtName("tempelhof-schoeneberg", "en")).toBe("Tempelhof-Schöneberg");
    expect(districtName("atlantis", "de")).toBeNull();
    expect(isDistrictKey("mitte")).toBe(true);
    expect(isDistrictKey("Mitte")).toBe(false);
  });
});

describe("stakeholder groups", () => {
  it("has the five groups with a German and an English name", () => {
    expect(stakeholderGroups.map((g) => g.key)).toEqual(["state", "business", "science", "civil_society", "resident"]);
    expect(stakeholderGroupName("civil_society", "de")).toBe("Zivilgesellschaft");
    expect(stakeholderGroupName("civil_society", "en")).toBe("Civil society");
    expect(stakeholderGroupName(null, "en")).toBeNull();
  });
});
