import { describe, expect, it } from "vitest";
import {
  extractObservations,
  followPath,
  isInRange,
  jsonSourcePathsSchema,
  jsonSourceSchema,
  jsonSourceUrl,
  parseInstant,
  parseJsonPath,
  readTime,
  readValue,
} from "./json-source";

const paths = (items: string, time: string, value: string) => jsonSourcePathsSchema.parse({ items, time, value });

describe("paths", () => {
  it("reads names, dots and array indices", () => {
    expect(parseJsonPath("data.items")).toEqual(["data", "items"]);
    expect(parseJsonPath("measurements[0].value")).toEqual(["measurements", 0, "value"]);
    expect(parseJsonPath("[2]")).toEqual([2]);
    expect(parseJsonPath("rows[1][0]")).toEqual(["rows", 1, 0]);
    expect(parseJsonPath("Messwert in µg/m³")).toEqual(["Messwert in µg/m³"]);
    expect(parseJsonPath("")).toEqual([]);
  });

  it("refuses what is not a path", () => {
    for (const text of [".data", "data.", "a..b", "a[0]b", "a[x]", "a[-1]", "a]", "a[0", "a\u0000b", "x".repeat(201)])
      expect(parseJsonPath(text), text).toBeNull();
  });

  it("is checked by the schema: items may be the document itself, time and value may not", () => {
    expect(jsonSourcePathsSchema.parse({ items: " ", time: "datetime", value: "value" })).toEqual({
      items: "",
      time: "datetime",
      value: "value",
      timeFormat: "iso",
    });
    const refused = jsonSourcePathsSchema.safeParse({ items: "a..b", time: "", value: "v", extra: 1 });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["items", "monitoring.errors.jsonPath"],
      ["time", "monitoring.errors.jsonPath"],
      ["", expect.any(String)],
    ]);
  });

  it("follows only own properties and existing elements", () => {
    const document = { a: [{ b: 1 }], __proto__: { c: 2 } };
    expect(followPath(document, ["a", 0, "b"])).toBe(1);
    expect(followPath(document, ["a", 1, "b"])).toBeUndefined();
    expect(followPath(document, ["a", "0"])).toBeUndefined();
    expect(followPath({}, ["constructor"])).toBeUndefined();
    expect(followPath({}, ["toString"])).toBeUndefined();
    expect(followPath([1], ["length"])).toBeUndefined();
    expect(followPath(null, ["a"])).toBeUndefined();
  });
});

describe("values and times", () => {
  it("takes numbers and numeric text, nothing guessed", () => {
    expect(readValue(12.5)).toEqual({ value: 12.5 });
    expect(readValue(" -3e2 ")).toEqual({ value: -300 });
    expect(readValue("0.5")).toEqual({ value: 0.5 });
    expect(readValue(null)).toEqual({ problem: "monitoring.errors.observationValueMissing" });
    expect(readValue(undefined)).toEqual({ problem: "monitoring.errors.observationValueMissing" });
    expect(readValue("")).toEqual({ problem: "monitoring.errors.observationValueMissing" });
    for (const raw of ["12,5", "12 µg", "NaN", "Infinity", "1e999", "0x10", true, {}, [1], Number.NaN])
      expect(readValue(raw), String(raw)).toEqual({ problem: "monitoring.errors.observationValueInvalid" });
  });

  it("reads RFC 3339 instants with their zone and refuses the rest", () => {
    expect(parseInstant("2024-05-01T10:00:00+02:00")?.toISOString()).toBe("2024-05-01T08:00:00.000Z");
    expect(parseInstant("2024-05-01T10:00Z")?.toISOString()).toBe("2024-05-01T10:00:00.000Z");
    expect(parseInstant("2024-02-29T23:59:59.123456-01:30")?.toISOString()).toBe("2024-03-01T01:29:59.123Z");
    for (const text of [
      "2024-05-01T10:00:00",
      "2024-05-01",
      "2023-02-29T00:00Z",
      "2024-13-01T00:00Z",
      "2024-05-01T24:00Z",
      "2024-05-01T10:00:60Z",
      "0099-05-01T10:00Z",
      "yesterday",
    ])
      expect(parseInstant(text), text).toBeNull();
  });

  it("reads Unix seconds and milliseconds when the source says so", () => {
    expect(readTime(1714550400, "unix-seconds")?.toISOString()).toBe("2024-05-01T08:00:00.000Z");
    expect(readTime("1714550400000", "unix-milliseconds")?.toISOString()).toBe("2024-05-01T08:00:00.000Z");
    expect(readTime(1714550400.5, "unix-seconds")).toBeNull();
    expect(readTime(-1, "unix-seconds")).toBeNull();
    expect(readTime(1714550400, "iso")).toBeNull();
    expect(readTime("2024-05-01T08:00Z", "unix-seconds")).toBeNull();
  });

  it("places an instant in a half-open range", () => {
    const from = new Date("2024-05-01T00:00Z");
    const to = new Date("2024-05-02T00:00Z");
    expect(isInRange(from, from, to)).toBe(true);
    expect(isInRange(to, from, to)).toBe(false);
  });
});

describe("extracting observations", () => {
  it("reads a nested list and refuses single items with their reason", () => {
    const document = {
      data: {
        items: [
          { measurements: [{ value: 21.4, at: "2024-05-01T10:00:00+02:00" }] },
          { measurements: [{ value: "19", at: "2024-05-01T11:00:00+02:00" }] },
          { measurements: [{ value: null, at: "2024-05-01T12:00:00+02:00" }] },
          { measurements: [{ value: "viel", at: "2024-05-01T13:00:00+02:00" }] },
          { measurements: [{ value: 5, at: "gestern" }] },
          "not an item",
        ],
      },
    };
    const result = extractObservations(document, paths("data.items", "measurements[0].at", "measurements[0].value"));
    expect(result).toEqual({
      ok: true,
      observations: [
        { at: new Date("2024-05-01T08:00:00Z"), value: 21.4 },
        { at: new Date("2024-05-01T09:00:00Z"), value: 19 },
      ],
      refused: [
        { index: 2, reason: "monitoring.errors.observationValueMissing" },
        { index: 3, reason: "monitoring.errors.observationValueInvalid" },
        { index: 4, reason: "monitoring.errors.observationTimeInvalid" },
        { index: 5, reason: "monitoring.errors.observationTimeInvalid" },
      ],
    });
  });

  it("takes the document itself as the list when the items path is empty", () => {
    const result = extractObservations([{ t: "2024-05-01T00:00Z", v: 1 }], paths("", "t", "v"));
    expect(result.ok && result.observations).toEqual([{ at: new Date("2024-05-01T00:00Z"), value: 1 }]);
  });

  it("refuses a document without a list at the path, and invalid paths, as a whole", () => {
    for (const document of [{ data: { items: {} } }, { data: {} }, "<html>", null, 42])
      expect(extractObservations(document, paths("data.items", "t", "v"))).toEqual({
        ok: false,
        reason: "monitoring.errors.sourceItemsMissing",
      });
    expect(extractObservations([], { items: "a..b", time: "t", value: "v", timeFormat: "iso" })).toEqual({
      ok: false,
      reason: "monitoring.errors.jsonPath",
    });
  });
});

describe("the source's address", () => {
  it("takes only http and https", () => {
    const valid = {
      url: "https://luftdaten.berlin.de/api/stations/mc042/data",
      items: "",
      time: "datetime",
      value: "value",
    };
    expect(jsonSourceSchema.safeParse(valid).success).toBe(true);
    expect(jsonSourceSchema.safeParse({ ...valid, url: "file:///etc/passwd" }).success).toBe(false);
    expect(jsonSourceSchema.safeParse({ ...valid, url: "javascript:alert(1)" }).success).toBe(false);
  });

  it("fills in the range where the URL asks for it", () => {
    const url = jsonSourceUrl(
      "https://luftdaten.berlin.de/api/stations/mc042/data?start={from}&end={to}",
      new Date("2024-05-01T00:00Z"),
      new Date("2024-05-02T00:00Z"),
    );
    expect(url).toBe(
      "https://luftdaten.berlin.de/api/stations/mc042/data?start=2024-05-01T00%3A00%3A00.000Z&end=2024-05-02T00%3A00%3A00.000Z",
    );
    expect(jsonSourceUrl("https://example.org/x.json", new Date(0), new Date(1))).toBe("https://example.org/x.json");
  });
});
