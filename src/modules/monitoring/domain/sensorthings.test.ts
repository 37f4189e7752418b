import { describe, expect, it } from "vitest";
import {
  firstObservationsUrl,
  nextPageUrl,
  phenomenonInstant,
  readObservationsPage,
  sensorThingsSourceSchema,
} from "./sensorthings";

const from = new Date("2024-05-01T00:00:00Z");
const to = new Date("2024-06-01T00:00:00Z");

describe("the first page's address", () => {
  it("filters by phenomenonTime in [from, to), oldest first, only time and result", () => {
    const source = sensorThingsSourceSchema.parse({ base: "https://iot.example.org/FROST/v1.1/", datastreamId: 42 });
    const url = firstObservationsUrl(source, from, to, 500);
    expect(url).toBe(
      "https://iot.example.org/FROST/v1.1/Datastreams(42)/Observations" +
        "?$filter=phenomenonTime%20ge%202024-05-01T00%3A00%3A00.000Z%20and%20phenomenonTime%20lt%202024-06-01T00%3A00%3A00.000Z" +
        "&$orderby=phenomenonTime%20asc&$select=phenomenonTime%2Cresult&$top=500",
    );
    // What a server reads back from it.
    const read = new URL(url);
    expect(read.searchParams.get("$filter")).toBe(
      "phenomenonTime ge 2024-05-01T00:00:00.000Z and phenomenonTime lt 2024-06-01T00:00:00.000Z",
    );
    expect(read.searchParams.get("$top")).toBe("500");
  });

  it("quotes a text id, doubling inner quotes, and percent-encodes it", () => {
    const source = sensorThingsSourceSchema.parse({
      base: "https://iot.example.org/v1.1",
      datastreamId: "no2 'Mitte'",
    });
    const url = firstObservationsUrl(source, from, to);
    expect(url.split("?")[0]).toBe("https://iot.example.org/v1.1/Datastreams('no2%20''Mitte''')/Observations");
    expect(decodeURIComponent(new URL(url).pathname)).toBe("/v1.1/Datastreams('no2 ''Mitte''')/Observations");
    expect(url).toContain("&$top=1000");
  });

  it("takes only an http or https service root without query, and a whole or text id", () => {
    const valid = { base: "https://iot.example.org/v1.1", datastreamId: 1 };
    expect(sensorThingsSourceSchema.safeParse(valid).success).toBe(true);
    for (const base of ["ftp://iot.example.org/v1.1", "https://iot.example.org/v1.1?x=1", "iot.example.org", ""])
      expect(sensorThingsSourceSchema.safeParse({ ...valid, base }).success, base).toBe(false);
    for (const datastreamId of [1.5, -1, "", "   ", null])
      expect(sensorThingsSourceSchema.safeParse({ ...valid, datastreamId }).success, String(datastreamId)).toBe(false);
  });
});

describe("phenomenonTime", () => {
  it("dates an instant by itself and an interval by its start", () => {
    expect(phenomenonInstant("2024-05-01T10:00:00Z")).toEqual(new Date("2024-05-01T10:00:00Z"));
    expect(phenomenonInstant("2023-01-01T00:00:00Z/2024-01-01T00:00:00Z")).toEqual(new Date("2023-01-01T00:00:00Z"));
    expect(phenomenonInstant("2024-05-01T10:00:00Z/2024-05-01T10:00:00Z")).toEqual(new Date("2024-05-01T10:00:00Z"));
  });

  it("refuses a reversed or broken interval and anything that is not an RFC 3339 instant", () => {
    for (const raw of [
      "2024-05-02T00:00Z/2024-05-01T00:00Z",
      "2024-05-01T00:00Z/",
      "/2024-05-01T00:00Z",
      "2024-05-01T00:00Z/2024-05-02T00:00Z/2024-05-03T00:00Z",
      "2024-05-01T00:00Z/P1D",
      "2024-05-01",
      1714550400,
      null,
    ])
      expect(phenomenonInstant(raw), String(raw)).toBeNull();
  });
});

describe("a page of Observations", () => {
  it("takes numeric results, refuses the others one by one, and keeps the nextLink", () => {
    const page = {
      "@iot.count": 6,
      "@iot.nextLink": "https://iot.example.org/v1.1/Datastreams(42)/Observations?$skip=6",
      value: [
        { "@iot.id": 1, phenomenonTime: "2024-05-01T10:00:00Z", result: 21 },
        { phenomenonTime: "2024-05-01T11:00:00+02:00/2024-05-01T12:00:00+02:00", result: "19.5" },
        { phenomenonTime: "2024-05-01T12:00:00Z", result: { mean: 3 } },
        { phenomenonTime: "2024-05-01T13:00:00Z", result: null },
        { phenomenonTime: "2024-05-01T14:00:00", result: 4 },
        [1, 2],
      ],
    };
    expect(readObservationsPage(page)).toEqual({
      ok: true,
      page: {
        observations: [
          { at: new Date("2024-05-01T10:00:00Z"), value: 21 },
          { at: new Date("2024-05-01T09:00:00Z"), value: 19.5 },
        ],
        refused: [
          { index: 2, reason: "monitoring.errors.observationValueInvalid" },
          { index: 3, reason: "monitoring.errors.observationValueMissing" },
          { index: 4, reason: "monitoring.errors.observationTimeInvalid" },
          { index: 5, reason: "monitoring.errors.observationNotObject" },
        ],
        nextLink: "https://iot.example.org/v1.1/Datastreams(42)/Observations?$skip=6",
      },
    });
  });

  it("reads the last page (no nextLink, or null) and an empty page", () => {
    const last = readObservationsPage({ value: [], "@iot.nextLink": null });
    expect(last).toEqual({ ok: true, page: { observations: [], refused: [], nextLink: null } });
    expect(readObservationsPage({ value: [] })).toEqual(last);
  });

  it("refuses as a whole what is not a SensorThings page", () => {
    const refused = { ok: false, reason: "monitoring.errors.sourceNotSensorThings" };
    for (const json of [
      null,
      "value",
      [],
      [{ phenomenonTime: "2024-05-01T10:00:00Z", result: 1 }],
      { values: [] },
      { value: {} },
      { value: [], "@iot.nextLink": 5 },
      { code: 500, type: "error", message: "Internal Server Error" },
    ])
      expect(readObservationsPage(json), JSON.stringify(json)).toEqual(refused);
  });
});

describe("the next page", () => {
  const page = "https://iot.example.org/v1.1/Datastreams(42)/Observations?$top=3";

  it("follows a nextLink on the same origin, absolute or relative", () => {
    expect(nextPageUrl("https://iot.example.org/v1.1/Datastreams(42)/Observations?$skip=3", page)).toEqual({
      ok: true,
      url: "https://iot.example.org/v1.1/Datastreams(42)/Observations?$skip=3",
    });
    expect(nextPageUrl("Observations?$skip=3", page)).toEqual({
      ok: true,
      url: "https://iot.example.org/v1.1/Datastreams(42)/Observations?$skip=3",
    });
  });

  it("refuses a nextLink to another host, port or scheme", () => {
    for (const link of [
      "https://attacker.example/v1.1/Observations?$skip=3",
      "https://iot.example.org:8443/v1.1/Observations?$skip=3",
      "http://iot.example.org/v1.1/Observations?$skip=3",
      "//169.254.169.254/latest/meta-data",
      "file:///etc/passwd",
    ])
      expect(nextPageUrl(link, page), link).toEqual({ ok: false, reason: "monitoring.errors.sourceForeignNextLink" });
  });
});
