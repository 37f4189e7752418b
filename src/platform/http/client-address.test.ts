import { like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../../tests/support/app";
import { BrowserClient } from "../../../tests/support/browser-client";
import { loadConfig } from "../config/config";
import { rateLimits } from "../security/schema";
import { pickClientAddress } from "./client-address";

describe("the client address behind reverse proxies", () => {
  it("ignores X-Forwarded-For unless the operator trusts proxies", () => {
    expect(pickClientAddress("10.0.0.5", "203.0.113.7", 0)).toBe("10.0.0.5");
    expect(pickClientAddress("10.0.0.5", undefined, 1)).toBe("10.0.0.5");
    expect(pickClientAddress(undefined, "203.0.113.7", 0)).toBe("unknown");
  });

  it("takes the address the outermost trusted proxy saw, never one the client wrote further left", () => {
    // One proxy: it appended the client's address; what the client sent itself stands to the left.
    expect(pickClientAddress("10.0.0.5", "198.51.100.66, 203.0.113.7", 1)).toBe("203.0.113.7");
    // Two proxies (a load balancer, then nginx).
    expect(pickClientAddress("10.0.0.5", "198.51.100.66, 203.0.113.7, 10.0.0.9", 2)).toBe("203.0.113.7");
    expect(pickClientAddress("10.0.0.5", "2001:db8::1", 1)).toBe("2001:db8::1");
    // Fewer entries than proxies: the leftmost known one.
    expect(pickClientAddress("10.0.0.5", "203.0.113.7", 3)).toBe("203.0.113.7");
  });

  it("falls back to the connection's address for a malformed entry", () => {
    expect(pickClientAddress("10.0.0.5", "not-an-address", 1)).toBe("10.0.0.5");
    expect(pickClientAddress("10.0.0.5", " , ", 1)).toBe("10.0.0.5");
  });

  it("is configured with TRUST_PROXY, a small number, off by default", () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(0);
    expect(loadConfig({ TRUST_PROXY: "2" }).TRUST_PROXY).toBe(2);
    expect(() => loadConfig({ TRUST_PROXY: "true" })).toThrow(/TRUST_PROXY: must be the number of reverse proxies/);
    expect(() => loadConfig({ TRUST_PROXY: "11" })).toThrow(/TRUST_PROXY/);
  });

  for (const [trust, expected] of [
    ["0", "10.0.0.5"],
    ["1", "203.0.113.7"],
  ] as const) {
    it(`counts login attempts per ${trust === "0" ? "connection" : "forwarded"} address with TRUST_PROXY=${trust}`, async () => {
      const t = await createTestApp({ env: { TRUST_PROXY: trust } });
      try {
        const browser = new BrowserClient(t.app);
        await browser.get("/login");
        const cookie = [...browser.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
        const body = new URLSearchParams({ _csrf: browser.csrfToken(), email: "nobody@example.org", password: "x" });
        const response = await t.app.request(
          "http://localhost/login",
          {
            method: "POST",
            headers: {
              cookie,
              "content-type": "application/x-www-form-urlencoded",
              "x-forwarded-for": "198.51.100.66, 203.0.113.7",
            },
            body: body.toString(),
          },
          { incoming: { socket: { remoteAddress: "10.0.0.5" } } },
        );
        expect(response.status).toBe(422);
        const keys = (await t.database.db.select().from(rateLimits).where(like(rateLimits.key, "login:addr:%"))).map(
          (r) => r.key,
        );
        expect(keys).toEqual([`login:addr:${expected}`]);
      } finally {
        await t.close();
      }
    });
  }
});
