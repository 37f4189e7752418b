import { describe, expect, it } from "vitest";
import { CityFileError, loadCityFile, parseCityFile } from "../city/city-file";
import {
  type City,
  districtName,
  districtOfOrganisationName,
  isDistrictKey,
  isStakeholderGroupKey,
  stakeholderGroupName,
} from "./index";

const berlin = loadCityFile();

describe("the demo city Berlin, read from its city file", () => {
  it("lists the twelve districts with unique keys, in the order of their official numbers", () => {
    expect(berlin.name).toEqual({ de: "Berlin", en: "Berlin" });
    expect(berlin.districts).toHaveLength(12);
    expect(new Set(berlin.districts.map((d) => d.key)).size).toBe(12);
    expect(berlin.districts[0]?.key).toBe("mitte");
    expect(berlin.districts[11]?.key).toBe("reinickendorf");
  });

  it("names a district in German and English and knows unknown keys", () => {
    expect(districtName(berlin, "neukoelln", "de")).toBe("Neukölln");
    expect(districtName(berlin, "tempelhof-schoeneberg", "en")).toBe("Tempelhof-Schöneberg");
    expect(districtName(berlin, "atlantis", "de")).toBeNull();
    expect(isDistrictKey(berlin, "mitte")).toBe(true);
    expect(isDistrictKey(berlin, "Mitte")).toBe(false);
  });

  it("has a shape for every district on its map, with the attribution the licence asks for", () => {
    expect(Object.keys(berlin.map?.geometryIndex ?? {}).sort()).toEqual(berlin.districts.map((d) => d.key).sort());
    expect(berlin.map?.attribution.de).toContain("CC BY 3.0 DE");
  });

  it("has the five groups with a German and an English name", () => {
    expect(berlin.stakeholderGroups.map((g) => g.key)).toEqual([
      "state",
      "business",
      "science",
      "civil_society",
      "resident",
    ]);
    expect(stakeholderGroupName(berlin, "civil_society", "de")).toBe("Zivilgesellschaft");
    expect(stakeholderGroupName(berlin, "civil_society", "en")).toBe("Civil society");
    expect(stakeholderGroupName(berlin, null, "en")).toBeNull();
    expect(isStakeholderGroupKey(berlin, "resident")).toBe(true);
    expect(isStakeholderGroupKey(berlin, "aliens")).toBe(false);
  });
});

describe("the city's time zone, read from its city file", () => {
  const file = (zone: string) =>
    `name: { de: X, en: X }\n${zone}districts:\n  - { key: mitte, name: { de: Mitte, en: Mitte } }\n`;
  const read = (zone: string) => parseCityFile(file(zone), "city.yaml", () => "");

  it("is Berlin's for the demo city, and for a file that names none", () => {
    expect(berlin.timeZone).toBe("Europe/Berlin");
    expect(read("").timeZone).toBe("Europe/Berlin");
  });

  it("is the zone the file names, by its canonical name; a name that is no zone stops the start", () => {
    expect(read("time_zone: America/New_York\n").timeZone).toBe("America/New_York");
    expect(read("time_zone: europe/vienna\n").timeZone).toBe("Europe/Vienna");
    expect(() => read("time_zone: Europe/Atlantis\n")).toThrow(CityFileError);
    expect(() => read("time_zone: Europe/Atlantis\n")).toThrow(/time_zone: Europe\/Atlantis is no time zone/);
  });
});

describe("an organisation's district, read from its name", () => {
  const city: City = {
    name: { de: "X", en: "X" },
    timeZone: "Europe/Berlin",
    districts: [
      { key: "mitte", name: { de: "Mitte", en: "Centre" } },
      { key: "nord", name: { de: "Nord", en: "North" } },
      { key: "nord-ost", name: { de: "Nord-Ost", en: "North-East" } },
    ],
    stakeholderGroups: [],
    map: null,
  };

  it("finds the district a district office is named after, as a whole word, the longest name first", () => {
    expect(districtOfOrganisationName(city, ["Bezirksamt Mitte"])).toBe("mitte");
    expect(districtOfOrganisationName(city, ["Bezirksamt Nord-Ost (Grünflächenamt)"])).toBe("nord-ost");
    expect(districtOfOrganisationName(city, ["", "District office North"])).toBe("nord");
    expect(districtOfOrganisationName(city, ["Mittelstandsverband"])).toBeNull();
    expect(districtOfOrganisationName(city, ["Senatskanzlei"])).toBeNull();
  });
});
