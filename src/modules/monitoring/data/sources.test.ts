import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type Misbehaviour,
  type SensorThingsTestServer,
  startSensorThingsServer,
} from "../../../../tests/support/sensorthings-server";
import { jsonSourceSchema } from "../domain/json-source";
import { sensorThingsSourceSchema } from "../domain/sensorthings";
import {
  type FetchedObservations,
  fetchJsonObservations,
  fetchSensorThingsObservations,
  type SourceFailure,
  SourceFetchError,
} from "./sources";

let server: SensorThingsTestServer;
const local = { allowPrivateNetwork: true, timeoutMs: 200 };
const day = { from: new Date("2024-05-01T00:00:00Z"), to: new Date("2024-05-02T00:00:00Z") };
const datastream = () => sensorThingsSourceSchema.parse({ base: server.base, datastreamId: server.datastreamId });
const observationsPath = "/v1.1/Datastreams(7)/Observations";

beforeAll(async () => {
  server = await startSensorThingsServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.misbehave(null);
  server.requests.length = 0;
});

/** The error a fetch fails with; a fetch that answers anything at all fails the test. */
async function failure(fetch: Promise<FetchedObservations>): Promise<SourceFetchError> {
  const outcome = await fetch.then(
    (result) => ({ result }),
    (error: unknown) => ({ error }),
  );
  expect(outcome).not.toHaveProperty("result");
  const error = (outcome as { error: unknown }).error;
  expect(error).toBeInstanceOf(SourceFetchError);
  return error as SourceFetchError;
}

describe("fetching a SensorThings Datastream", () => {
  it("follows the nextLinks through three pages and gives exactly the served values", async () => {
    const fetched = await fetchSensorThingsObservations(datastream(), day, local);
    expect(fetched).toEqual({
      observations: [
        { at: new Date("2024-05-01T00:00:00Z"), value: 11 },
        { at: new Date("2024-05-01T01:00:00Z"), value: 12.5 },
        { at: new Date("2024-05-01T02:00:00Z"), value: 13.25 },
        { at: new Date("2024-05-01T03:00:00Z"), value: 14 },
        { at: new Date("2024-05-01T04:00:00Z"), value: 15 },
        { at: new Date("2024-05-01T05:00:00Z"), value: -1.5 },
        { at: new Date("2024-05-01T06:00:00Z"), value: 17 },
      ],
      refused: [],
      pages: 3,
    });
    expect(server.requests).toHaveLength(3);
    expect(server.requests.map((r) => new URL(r, server.origin).searchParams.get("$skip"))).toEqual([null, "3", "6"]);
    expect(server.requests.every((r) => r.startsWith(`${observationsPath}?$filter=`))).toBe(true);
  });

  it("asks only for the range, which the server filters", async () => {
    const range = { from: new Date("2024-05-01T01:00:00Z"), to: new Date("2024-05-01T04:00:00Z") };
    const fetched = await fetchSensorThingsObservations(datastream(), range, local);
    expect(fetched.observations.map((o) => o.value)).toEqual([12.5, 13.25, 14]);
    expect(fetched.pages).toBe(1);
  });

  it("refuses more pages than allowed, without a partial result", async () => {
    const error = await failure(fetchSensorThingsObservations(datastream(), day, { ...local, maxPages: 2 }));
    expect([error.messageKey, error.page]).toEqual(["monitoring.errors.sourceTooManyPages", 2]);
    expect(server.requests).toHaveLength(2);
  });

  it("does not reach a server on a private address unless the operator allows it", async () => {
    const error = await failure(fetchSensorThingsObservations(datastream(), day, { timeoutMs: 200 }));
    expect(error.messageKey).toBe("monitoring.errors.sourcePrivateAddress");
    expect(server.requests).toEqual([]);
  });

  const misbehaving: [Misbehaviour, SourceFailure, number][] = [
    ["status-500", "monitoring.errors.sourceHttpStatus", 1],
    ["html", "monitoring.errors.sourceNotJson", 1],
    ["garbage-json", "monitoring.errors.sourceNotJson", 1],
    ["not-sensorthings", "monitoring.errors.sourceNotSensorThings", 1],
    ["redirect-loop", "monitoring.errors.sourceRedirects", 1],
    ["hang", "monitoring.errors.sourceTimeout", 1],
    ["too-large", "monitoring.errors.sourceTooLarge", 1],
    ["foreign-next-link", "monitoring.errors.sourceForeignNextLink", 1],
    ["fail-on-page-2", "monitoring.errors.sourceHttpStatus", 2],
  ];
  it.each(misbehaving)("fails as a whole when the server misbehaves: %s", async (misbehaviour, key, page) => {
    server.misbehave(misbehaviour);
    const error = await failure(
      fetchSensorThingsObservations(datastream(), day, { ...local, timeoutMs: 150, maxBytes: 64 * 1024 }),
    );
    expect([error.messageKey, error.page]).toEqual([key, page]);
    expect(error.message).toMatch(/^page \d: /);
    expect(error.message).not.toContain("\n");
  });

  it("gives the status of a failing page and never the pages before it", async () => {
    server.misbehave("fail-on-page-2");
    const error = await failure(fetchSensorThingsObservations(datastream(), day, local));
    expect(error.status).toBe(500);
    // Page 1 was read, page 2 failed, page 3 was never asked for.
    expect(server.requests).toHaveLength(2);
  });

  it("never follows a nextLink to another host", async () => {
    server.misbehave("foreign-next-link");
    await failure(fetchSensorThingsObservations(datastream(), day, local));
    expect(server.requests).toHaveLength(1);
  });

  it("refuses single observations with their page and reason and keeps the others", async () => {
    const odd = await startSensorThingsServer({
      pageSize: 2,
      observations: [
        { phenomenonTime: "2024-05-01T00:00:00Z", result: 1 },
        { phenomenonTime: "2024-05-01T01:00:00Z", result: "n/a" },
        { phenomenonTime: "2024-05-01T02:00:00Z", result: 3 },
        { phenomenonTime: "2024-05-01T03:00:00Z", result: null },
      ],
    });
    try {
      const source = sensorThingsSourceSchema.parse({ base: odd.base, datastreamId: odd.datastreamId });
      const fetched = await fetchSensorThingsObservations(source, day, local);
      expect(fetched.observations.map((o) => o.value)).toEqual([1, 3]);
      expect(fetched.refused).toEqual([
        { page: 1, index: 1, reason: "monitoring.errors.observationValueInvalid" },
        { page: 2, index: 1, reason: "monitoring.errors.observationValueMissing" },
      ]);
    } finally {
      await odd.close();
    }
  });
});

describe("fetching a JSON URL", () => {
  const berlin = (overrides: Record<string, string> = {}) =>
    jsonSourceSchema.parse({
      url: `${server.airQualityUrl}?start={from}&end={to}`,
      items: "",
      time: "datetime",
      value: "value",
      ...overrides,
    });

  it("reads an air-quality station's hourly values for the range, refusing the missing one", async () => {
    const range = { from: new Date("2024-05-01T08:00:00Z"), to: new Date("2024-05-01T11:00:00Z") };
    const fetched = await fetchJsonObservations(berlin(), range, local);
    expect(fetched).toEqual({
      observations: [
        { at: new Date("2024-05-01T08:00:00Z"), value: 21.4 },
        { at: new Date("2024-05-01T09:00:00Z"), value: 19 },
      ],
      refused: [{ page: 1, index: 2, reason: "monitoring.errors.observationValueMissing" }],
      pages: 1,
    });
    expect(server.requests).toEqual([
      "/api/stations/mc042/data?start=2024-05-01T08%3A00%3A00.000Z&end=2024-05-01T11%3A00%3A00.000Z",
    ]);
  });

  it("leaves out values outside the range when the API sends more", async () => {
    const range = { from: new Date("2024-05-01T09:00:00Z"), to: new Date("2024-05-01T12:00:00Z") };
    const fetched = await fetchJsonObservations(berlin({ url: server.airQualityUrl }), range, local);
    expect(fetched.observations.map((o) => o.value)).toEqual([19, 17.8]);
  });

  it("fails as a whole for a list that is not where the paths say", async () => {
    const error = await failure(fetchJsonObservations(berlin({ items: "data.items" }), day, local));
    expect(error.messageKey).toBe("monitoring.errors.sourceItemsMissing");
  });

  it.each([
    ["html", "monitoring.errors.sourceNotJson"],
    ["status-500", "monitoring.errors.sourceHttpStatus"],
    ["hang", "monitoring.errors.sourceTimeout"],
    ["redirect-loop", "monitoring.errors.sourceRedirects"],
  ] as [Misbehaviour, SourceFailure][])("fails when the server misbehaves: %s", async (misbehaviour, key) => {
    server.misbehave(misbehaviour);
    expect((await failure(fetchJsonObservations(berlin(), day, { ...local, timeoutMs: 150 }))).messageKey).toBe(key);
  });
});
