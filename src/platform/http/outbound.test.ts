import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getJson, isPublicAddress, OutboundError, type OutboundReason } from "./outbound";

// A local server with one route per behaviour; the client reaches it only with allowPrivateNetwork.
const sockets = new Set<Socket>();
const seenHeaders: Record<string, string | undefined>[] = [];
const server = createServer((request, response: ServerResponse) => {
  seenHeaders.push({ path: request.url, authorization: request.headers.authorization });
  const json = (status: number, body: string, headers: Record<string, string> = {}) => {
    response.writeHead(status, { "content-type": "application/json", ...headers });
    response.end(body);
  };
  switch (request.url) {
    case "/ok":
      return json(200, '\uFEFF{"value":[1,2,3]}');
    case "/status":
      return json(503, '{"error":"busy"}');
    case "/html":
      response.writeHead(200, { "content-type": "text/html" });
      return response.end("<html><body>Nicht gefunden</body></html>");
    case "/empty":
      return json(200, "");
    case "/latin1":
      response.writeHead(200, { "content-type": "application/json" });
      return response.end(Buffer.from([0x22, 0xe4, 0x22]));
    case "/declared-large":
      response.writeHead(200, { "content-type": "application/json", "content-length": "1000000" });
      return response.write("[");
    case "/streamed-large":
      response.writeHead(200, { "content-type": "application/json" });
      response.on("error", () => {});
      response.write("[");
      for (let i = 0; i < 64; i++) response.write(`${"1,".repeat(1024)}`);
      return response.end("1]");
    case "/hang":
      return;
    case "/slow-body":
      response.writeHead(200, { "content-type": "application/json" });
      return response.write("[1,");
    case "/cut":
      response.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      response.write("[1,2");
      return response.socket?.destroy();
    case "/redirect":
      return json(302, "", { location: "/ok" });
    case "/loop-a":
      return json(301, "", { location: "/loop-b" });
    case "/loop-b":
      return json(307, "", { location: "/loop-a" });
    case "/to-file":
      return json(302, "", { location: "file:///etc/passwd" });
    case "/to-localhost":
      return json(302, "", { location: `http://localhost:${port()}/ok` });
    default: {
      const chain = /^\/chain\/(\d+)$/.exec(request.url ?? "");
      if (chain) return json(302, "", { location: `/chain/${Number(chain[1]) + 1}` });
      return json(404, "{}");
    }
  }
});
server.on("connection", (socket: Socket) => {
  sockets.add(socket);
  socket.on("close", () => sockets.delete(socket));
});
const port = () => (server.address() as AddressInfo).port;
const at = (path: string) => `http://127.0.0.1:${port()}${path}`;
const local = { allowPrivateNetwork: true, timeoutMs: 200 };

beforeAll(async () => {
  server.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
});

/** The error a request fails with, asserting it is an OutboundError without a stack in its message. */
async function failure(promise: Promise<unknown>): Promise<OutboundError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(OutboundError);
  expect((error as Error).message).not.toMatch(/\n|\bat\b/);
  return error as OutboundError;
}

async function reason(promise: Promise<unknown>): Promise<OutboundReason> {
  return (await failure(promise)).reason;
}

describe("the address check", () => {
  it("takes ordinary public addresses, IPv4 and IPv6", () => {
    for (const address of ["8.8.8.8", "93.184.216.34", "2001:4860:4860::8888", "::ffff:8.8.8.8", "64:ff9b::808:808"])
      expect(isPublicAddress(address), address).toBe(true);
  });

  it("refuses private, loopback, link-local, unique-local, CGNAT, multicast and other special ranges", () => {
    const refused = [
      "10.1.2.3",
      "172.16.0.1",
      "192.168.178.1",
      "127.0.0.1",
      "127.255.255.254",
      "0.0.0.0",
      "169.254.169.254",
      "100.64.0.1",
      "224.0.0.251",
      "255.255.255.255",
      "192.0.2.1",
      "::1",
      "::",
      "fe80::1",
      "fe80::1%eth0",
      "fc00::1",
      "fd12:3456::1",
      "ff02::1",
      "2002:a00:1::",
      "2001:db8::1",
      "not an address",
    ];
    for (const address of refused) expect(isPublicAddress(address), address).toBe(false);
  });

  it("judges IPv4-mapped IPv6 and NAT64 by the IPv4 address inside", () => {
    expect(isPublicAddress("::ffff:127.0.0.1")).toBe(false);
    expect(isPublicAddress("::ffff:7f00:1")).toBe(false);
    expect(isPublicAddress("::ffff:10.0.0.1")).toBe(false);
    expect(isPublicAddress("::ffff:169.254.169.254")).toBe(false);
    expect(isPublicAddress("64:ff9b::a00:1")).toBe(false);
  });
});

describe("a guarded GET for JSON", () => {
  it("answers the parsed body and the URL it came from, after a redirect too", async () => {
    const direct = await getJson(at("/ok"), local);
    expect(direct.json).toEqual({ value: [1, 2, 3] });
    const redirected = await getJson(at("/redirect"), local);
    expect(redirected.json).toEqual({ value: [1, 2, 3] });
    expect(redirected.url.pathname).toBe("/ok");
  });

  it("refuses 127.0.0.1, [::1], mapped loopback and localhost (by its resolved address) unless the caller allows it", async () => {
    seenHeaders.length = 0;
    expect(await reason(getJson(at("/ok"), { timeoutMs: 200 }))).toBe("private-address");
    expect(await reason(getJson(`http://[::1]:${port()}/ok`, { timeoutMs: 200 }))).toBe("private-address");
    expect(await reason(getJson(`http://localhost:${port()}/ok`, { timeoutMs: 200 }))).toBe("private-address");
    expect(await reason(getJson(`http://[::ffff:127.0.0.1]:${port()}/ok`, { timeoutMs: 200 }))).toBe("private-address");
    // Nothing reached the server: literals are checked before connecting, names in the connection's lookup.
    expect(seenHeaders).toEqual([]);
  });

  it("takes only http and https", async () => {
    for (const url of ["file:///etc/passwd", "ftp://example.org/x.json", "gopher://x", "not a url"])
      expect(await reason(getJson(url, local)), url).toBe("unsupported-url");
    expect(await reason(getJson(at("/to-file"), local))).toBe("unsupported-url");
  });

  it("gives the status of an answer that is not 2xx", async () => {
    const error = await failure(getJson(at("/status"), local));
    expect([error.reason, error.status]).toEqual(["http-status", 503]);
    expect(error.message).toBe(`http-status 503 (127.0.0.1:${port()})`);
    expect((await failure(getJson(at("/nowhere"), local))).status).toBe(404);
  });

  it("refuses HTML, an empty body and text that is not UTF-8 as not JSON", async () => {
    expect(await reason(getJson(at("/html"), local))).toBe("not-json");
    expect(await reason(getJson(at("/empty"), local))).toBe("not-json");
    expect(await reason(getJson(at("/latin1"), local))).toBe("not-json");
  });

  it("stops at the size limit, whether the length is announced or only counted", async () => {
    expect(await reason(getJson(at("/declared-large"), { ...local, maxBytes: 1000 }))).toBe("too-large");
    expect(await reason(getJson(at("/streamed-large"), { ...local, maxBytes: 10_000 }))).toBe("too-large");
    const whole = await getJson(at("/streamed-large"), { ...local, maxBytes: 200_000 });
    expect((whole.json as number[]).length).toBe(64 * 1024 + 1);
  });

  it("gives up after the total time, also while the body is still coming", async () => {
    const started = performance.now();
    expect(await reason(getJson(at("/hang"), { ...local, timeoutMs: 100 }))).toBe("timeout");
    expect(await reason(getJson(at("/slow-body"), { ...local, timeoutMs: 100 }))).toBe("timeout");
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("names a redirect loop, and too many redirects", async () => {
    expect(await reason(getJson(at("/loop-a"), local))).toBe("redirect-loop");
    expect(await reason(getJson(at("/chain/1"), { ...local, maxRedirects: 3 }))).toBe("too-many-redirects");
    expect(await reason(getJson(at("/redirect"), { ...local, maxRedirects: 0 }))).toBe("too-many-redirects");
  });

  it("fails as a network error when the connection breaks or nobody listens", async () => {
    expect(await reason(getJson(at("/cut"), local))).toBe("network");
    expect(await reason(getJson("http://127.0.0.1:1/ok", local))).toBe("network");
  });

  it("sends the caller's headers to the first origin only", async () => {
    seenHeaders.length = 0;
    await getJson(at("/redirect"), { ...local, headers: { authorization: "Bearer secret" } });
    expect(seenHeaders.map((h) => h.authorization)).toEqual(["Bearer secret", "Bearer secret"]);
    seenHeaders.length = 0;
    const moved = await getJson(at("/to-localhost"), { ...local, headers: { authorization: "Bearer secret" } });
    expect(moved.url.hostname).toBe("localhost");
    expect(seenHeaders).toEqual([
      { path: "/to-localhost", authorization: "Bearer secret" },
      { path: "/ok", authorization: undefined },
    ]);
  });
});
