import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/**
 * A local stand-in for a SensorThings API 1.1 server (one Datastream's Observations, in pages linked
 * by `@iot.nextLink`, filtered by `$filter` on phenomenonTime) and for a JSON endpoint shaped like
 * Berlin's air-quality measuring network (BLUME) API. It listens on 127.0.0.1 on a free port, so
 * callers need `allowPrivateNetwork: true`. Each test can make it misbehave in one chosen way.
 */

const misbehaviours = [
  "status-500",
  "html",
  "garbage-json",
  "not-sensorthings",
  "redirect-loop",
  "hang",
  "too-large",
  "foreign-next-link",
  "fail-on-page-2",
] as const;
export type Misbehaviour = (typeof misbehaviours)[number];

export type ServedObservation = { phenomenonTime: string; result: unknown };

/** Seven hourly values on 1 May 2024 (UTC); with the default page size of 3 they come in three pages. */
const defaultObservations: ServedObservation[] = [
  { phenomenonTime: "2024-05-01T00:00:00Z", result: 11 },
  { phenomenonTime: "2024-05-01T01:00:00Z", result: 12.5 },
  { phenomenonTime: "2024-05-01T02:00:00Z", result: "13.25" },
  { phenomenonTime: "2024-05-01T03:00:00Z/2024-05-01T04:00:00Z", result: 14 },
  { phenomenonTime: "2024-05-01T04:00:00Z", result: 15 },
  { phenomenonTime: "2024-05-01T05:00:00Z", result: -1.5 },
  { phenomenonTime: "2024-05-01T06:00:00Z", result: 17 },
];

/** Hourly NO₂ values of one station as the Berlin API lists them: one object per hour, local time. */
const defaultAirQuality = [
  { datetime: "2024-05-01T10:00:00+02:00", value: 21.4 },
  { datetime: "2024-05-01T11:00:00+02:00", value: 19 },
  { datetime: "2024-05-01T12:00:00+02:00", value: null },
  { datetime: "2024-05-01T13:00:00+02:00", value: 17.8 },
].map((entry) => ({
  station: "mc042",
  core: "no2",
  component: "no2_1h",
  period: "1h",
  timespan: "custom",
  ...entry,
}));

export type SensorThingsTestServer = {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** The service root, as configured for a source: `${origin}/v1.1`. */
  base: string;
  datastreamId: number;
  /** The Berlin-like endpoint; takes `start` and `end` (inclusive start, exclusive end) like the real one. */
  airQualityUrl: string;
  /** Path and query of every request, in order. */
  requests: string[];
  misbehave(misbehaviour: Misbehaviour | null): void;
  close(): Promise<void>;
};

const observationsPath = /^\/v1\.1\/Datastreams\((\d+)\)\/Observations$/;
const filterPattern = /^phenomenonTime ge (\S+) and phenomenonTime lt (\S+)$/;

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  response.end(JSON.stringify(body));
}

function startOf(phenomenonTime: string): number {
  return Date.parse(phenomenonTime.split("/")[0] ?? "");
}

/** Answers what a misbehaving server would, or returns false to let the request be served normally. */
function misbehaved(misbehaviour: Misbehaviour | null, request: URL, response: ServerResponse): boolean {
  switch (misbehaviour) {
    case "status-500":
      sendJson(response, 500, { code: 500, type: "error", message: "Internal Server Error" });
      return true;
    case "html":
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end("<!doctype html><html><body><h1>Wartungsarbeiten</h1></body></html>");
      return true;
    case "garbage-json":
      response.writeHead(200, { "content-type": "application/json" });
      response.end('{"value": [{"phenomenonTime": "2024-05-01T00:00:00Z", "result": 1');
      return true;
    case "not-sensorthings":
      sendJson(response, 200, { message: "ok", items: [] });
      return true;
    case "redirect-loop":
      response.writeHead(302, { location: request.pathname === "/loop/a" ? "/loop/b" : "/loop/a" });
      response.end();
      return true;
    case "hang":
      return true;
    case "too-large": {
      // Sent in chunks without a Content-Length, so only counting while reading can stop it.
      response.writeHead(200, { "content-type": "application/json" });
      response.on("error", () => {});
      response.write('{"value":[');
      const item = JSON.stringify({ phenomenonTime: "2024-05-01T00:00:00Z", result: 1 });
      for (let i = 0; i < 200; i++) response.write(`${Array(100).fill(item).join(",")},`);
      response.end(`${item}]}`);
      return true;
    }
    case "fail-on-page-2":
      if (Number(request.searchParams.get("$skip") ?? 0) === 0) return false;
      sendJson(response, 500, { code: 500, type: "error", message: "Internal Server Error" });
      return true;
    default:
      return false;
  }
}

/** Starts the server; `pageSize` is the most it sends per page, whatever `$top` asks for. */
export async function startSensorThingsServer(
  options: { observations?: ServedObservation[]; pageSize?: number; datastreamId?: number } = {},
): Promise<SensorThingsTestServer> {
  const observations = options.observations ?? defaultObservations;
  const pageSize = options.pageSize ?? 3;
  const datastreamId = options.datastreamId ?? 7;
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  let misbehaviour: Misbehaviour | null = null;
  let origin = "";

  const serveObservations = (url: URL, response: ServerResponse) => {
    const filter = filterPattern.exec(url.searchParams.get("$filter") ?? "");
    if (!filter) return sendJson(response, 400, { code: 400, type: "error", message: "Not a supported $filter" });
    const from = Date.parse(filter[1] ?? "");
    const to = Date.parse(filter[2] ?? "");
    const chosen = observations
      .filter((o) => startOf(o.phenomenonTime) >= from && startOf(o.phenomenonTime) < to)
      .sort((a, b) => startOf(a.phenomenonTime) - startOf(b.phenomenonTime));
    const skip = Number(url.searchParams.get("$skip") ?? 0);
    const top = Math.min(pageSize, Number(url.searchParams.get("$top") ?? pageSize));
    const page: Record<string, unknown> = { value: chosen.slice(skip, skip + top) };
    if (skip + top < chosen.length) {
      const next = new URL(url.href);
      next.searchParams.set("$skip", String(skip + top));
      const link = `${misbehaviour === "foreign-next-link" ? "http://sensors.example.org" : origin}${next.pathname}`;
      // Encoded as SensorThings servers do (%20, not +).
      page["@iot.nextLink"] =
        `${link}?${[...next.searchParams].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&")}`;
    }
    sendJson(response, 200, page);
  };

  const serveAirQuality = (url: URL, response: ServerResponse) => {
    const start = Date.parse(url.searchParams.get("start") ?? "") || Number.NEGATIVE_INFINITY;
    const end = Date.parse(url.searchParams.get("end") ?? "") || Number.POSITIVE_INFINITY;
    sendJson(
      response,
      200,
      defaultAirQuality.filter((entry) => Date.parse(entry.datetime) >= start && Date.parse(entry.datetime) < end),
    );
  };

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", origin);
    requests.push(`${url.pathname}${url.search}`);
    if (misbehaved(misbehaviour, url, response)) return;
    const match = observationsPath.exec(decodeURIComponent(url.pathname));
    if (match && Number(match[1]) === datastreamId) return serveObservations(url, response);
    if (url.pathname === "/api/stations/mc042/data") return serveAirQuality(url, response);
    sendJson(response, 404, { code: 404, type: "error", message: "Nothing found" });
  });
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  server.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    base: `${origin}/v1.1`,
    datastreamId,
    airQualityUrl: `${origin}/api/stations/mc042/data`,
    requests,
    misbehave(next) {
      misbehaviour = next;
    },
    close() {
      // Hanging requests keep their sockets open; they are cut so the server can close.
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
