import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";

/**
 * A guarded GET for JSON, for jobs that read other servers (measurement APIs and the like). The URL
 * comes from configuration an administrator typed, so the request must not become a way into the
 * city's own network: the address a name resolves to is checked at connection time (no second
 * lookup a rebinding DNS server could answer differently), and time, size and redirects are bounded.
 */

/** Why an outbound request failed; short, stable and safe to log or store with the source. */
export type OutboundReason =
  | "timeout"
  | "too-large"
  | "redirect-loop"
  | "too-many-redirects"
  | "unsupported-url"
  | "private-address"
  | "http-status"
  | "not-json"
  | "network";

/** A failed outbound request: the reason, the HTTP status for `http-status`, and the host asked. */
export class OutboundError extends Error {
  override readonly name = "OutboundError";
  constructor(
    readonly reason: OutboundReason,
    readonly host: string,
    readonly status?: number,
  ) {
    super([reason, status, host && `(${host})`].filter(Boolean).join(" "));
  }
}

export type OutboundOptions = {
  /** The whole request, redirects and body included. */
  timeoutMs?: number;
  /** The body's size; reading stops as soon as it is passed. */
  maxBytes?: number;
  maxRedirects?: number;
  /** Lets requests reach private, loopback and other non-public addresses (local tests, an intranet source). */
  allowPrivateNetwork?: boolean;
  /** Extra request headers; sent only to the first URL's origin, never after a redirect to another one. */
  headers?: Record<string, string>;
};

export type OutboundJson = { url: URL; json: unknown };

export const OUTBOUND_DEFAULTS = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 } as const;

const redirectStatuses = new Set([301, 302, 303, 307, 308]);
const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Whether an address is an ordinary public one. Everything ipaddr.js does not call `unicast` is
 * refused (private, loopback, link-local, unique-local, CGNAT, multicast, documentation, 6to4,
 * Teredo …); IPv4-mapped IPv6 is judged as the IPv4 address inside, and so is NAT64 (64:ff9b::/96).
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === "ipv6" && parsed.range() === "rfc6052") {
    const bytes = parsed.toByteArray().slice(-4);
    return ipaddr.fromByteArray(bytes).range() === "unicast";
  }
  return parsed.range() === "unicast";
}

/**
 * A DNS lookup for node:http that fails when any resolved address is not public, so the connection is
 * made only to the address that was checked. Answers both forms Node asks in (one address, or `all`).
 */
function guardedLookup(host: string): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, "", 0);
      const first = addresses[0];
      if (!first) return callback(new OutboundError("network", host), "", 0);
      if (addresses.some((entry) => !isPublicAddress(entry.address)))
        return callback(new OutboundError("private-address", host), "", 0);
      if (options.all) return (callback as (e: null, all: LookupAddress[]) => void)(null, addresses);
      callback(null, first.address, first.family);
    });
  };
}

/** The URL (relative to `base`, for a redirect's Location) parsed, with only http and https taken. */
function parseTarget(url: string | URL, base?: URL): URL {
  let parsed: URL;
  try {
    parsed = new URL(url, base);
  } catch {
    throw new OutboundError("unsupported-url", base?.host ?? "");
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    throw new OutboundError("unsupported-url", parsed.host);
  return parsed;
}

/** An IP literal never goes through `lookup` (Node connects directly), so it is checked here. */
function literalAddress(url: URL): string | null {
  const bare = url.hostname.replace(/^\[|\]$/g, "");
  return isIP(bare) ? bare : null;
}

type Hop = { redirect: string } | { body: Buffer };

/** One request: a redirect's Location, or the body of a 2xx answer read up to `maxBytes`. */
function requestOnce(
  url: URL,
  headers: Record<string, string>,
  settings: Required<Omit<OutboundOptions, "headers">>,
  signal: AbortSignal,
): Promise<Hop> {
  return new Promise((resolve, reject) => {
    const fail = (error: unknown) => {
      if (signal.aborted) reject(new OutboundError("timeout", url.host));
      else if (error instanceof OutboundError) reject(error);
      else reject(new OutboundError("network", url.host));
    };
    const client = url.protocol === "https:" ? https : http;
    const request = client.request(
      url,
      {
        method: "GET",
        headers,
        signal,
        // A fresh connection each time: a pooled socket would skip the address check of this call.
        agent: false,
        lookup: settings.allowPrivateNetwork ? undefined : guardedLookup(url.host),
      },
      (response) => {
        // Attached first: a response cut while it is drained or dropped must not throw unhandled.
        response.on("error", fail);
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if (redirectStatuses.has(status) && location) {
          response.resume();
          return resolve({ redirect: location });
        }
        if (status < 200 || status > 299) {
          response.resume();
          return reject(new OutboundError("http-status", url.host, status));
        }
        const declared = Number(response.headers["content-length"]);
        if (Number.isFinite(declared) && declared > settings.maxBytes) {
          request.destroy();
          return reject(new OutboundError("too-large", url.host));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > settings.maxBytes) {
            request.destroy();
            reject(new OutboundError("too-large", url.host));
          } else chunks.push(chunk);
        });
        response.on("end", () => resolve({ body: Buffer.concat(chunks) }));
        // A connection closed before the announced end leaves a body that must not be taken.
        response.on("close", () => {
          if (!response.complete) fail(new Error("incomplete body"));
        });
      },
    );
    request.on("error", fail);
    request.end();
  });
}

/**
 * The body as JSON, whatever the Content-Type claims; HTML, text, broken UTF-8, an empty body and a
 * compressed one (only `identity` is asked for) are `not-json`.
 */
function parseJson(body: Buffer, host: string): unknown {
  try {
    return JSON.parse(utf8.decode(body));
  } catch {
    throw new OutboundError("not-json", host);
  }
}

/**
 * Fetches `url` and parses its body as JSON, following at most `maxRedirects` redirects (a URL seen
 * twice is a loop). Throws an `OutboundError` for every failure; answers only 2xx with a JSON body.
 */
export async function getJson(url: string | URL, options: OutboundOptions = {}): Promise<OutboundJson> {
  const settings = {
    timeoutMs: options.timeoutMs ?? OUTBOUND_DEFAULTS.timeoutMs,
    maxBytes: options.maxBytes ?? OUTBOUND_DEFAULTS.maxBytes,
    maxRedirects: options.maxRedirects ?? OUTBOUND_DEFAULTS.maxRedirects,
    allowPrivateNetwork: options.allowPrivateNetwork ?? false,
  };
  const first = parseTarget(url);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
  try {
    const seen = new Set<string>();
    let current = first;
    for (;;) {
      seen.add(current.href);
      const literal = literalAddress(current);
      if (literal && !settings.allowPrivateNetwork && !isPublicAddress(literal))
        throw new OutboundError("private-address", current.host);
      const sameOrigin = current.origin === first.origin;
      const headers = {
        accept: "application/json",
        "accept-encoding": "identity",
        "user-agent": "Gemeinsam",
        ...(sameOrigin ? options.headers : {}),
      };
      const hop = await requestOnce(current, headers, settings, controller.signal);
      if ("body" in hop) return { url: current, json: parseJson(hop.body, current.host) };
      const next = parseTarget(hop.redirect, current);
      // Leaving https for http would let anyone on the way change the values.
      if (current.protocol === "https:" && next.protocol === "http:")
        throw new OutboundError("unsupported-url", next.host);
      if (seen.has(next.href)) throw new OutboundError("redirect-loop", next.host);
      if (seen.size > settings.maxRedirects) throw new OutboundError("too-many-redirects", next.host);
      current = next;
    }
  } finally {
    clearTimeout(timer);
  }
}
