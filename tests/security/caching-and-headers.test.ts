import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isHttps } from "../../src/platform/http/cache-policy";
import { createTestApp } from "../support/app";
import { type RouteFixture, routeFixture } from "./route-fixture";
import { routeTable } from "./route-table";

/**
 * Generated from the app's route table: every answer to a signed-in request is `no-store` unless its
 * route is public and says so itself; the frame and transport headers agree with the CSP.
 */
let f: RouteFixture;
beforeAll(async () => {
  f = await routeFixture();
}, 600_000);
afterAll(() => f?.t.close());

/** What a public route may send a signed-in person instead of no-store: only explicit opt-outs. */
const publicOptOuts = new Set(["private, no-cache", "public, max-age=3600"]);

describe("caching of answers to signed-in requests", () => {
  it("is no-store on every GET route unless the route is public and opts out itself", async () => {
    // The API ignores session cookies (it is signed in with a bearer token, checked below), and
    // /health shows no data: neither answers a signed-in request here.
    const routes = routeTable(f.t.app).filter(
      (r) => r.method === "GET" && !r.path.startsWith("/api/") && r.path !== "/health",
    );
    expect(routes.length).toBeGreaterThan(60);
    const wrong: string[] = [];
    let optedOut = 0;
    for (const browser of [f.admin, f.resident]) {
      for (const route of routes) {
        const path = f.realPath(route.path);
        const response = await browser.get(path);
        const cacheControl = response.headers.get("cache-control") ?? "(none)";
        if (cacheControl === "no-store") continue;
        if (route.access === "public" && publicOptOuts.has(cacheControl)) {
          optedOut++;
          continue;
        }
        wrong.push(`${path} (${response.status}): ${cacheControl}`);
      }
    }
    expect(wrong).toEqual([]);
    // The catalogue's public pages opt out; the test would not notice a broken opt-out otherwise.
    expect(optedOut).toBeGreaterThan(5);
  }, 600_000);

  it("is no-store on every API answer to a bearer token unless the route is public and opts out", async () => {
    await f.resident.get("/profile/tokens");
    await f.resident.post("/profile/tokens", { name: "Cache test" });
    const token = f.resident.lastHtml.match(/gem_[A-Za-z0-9_-]+/)?.[0];
    expect(token).toBeDefined();
    const routes = routeTable(f.t.app).filter((r) => r.method === "GET" && r.path.startsWith("/api/"));
    const wrong: string[] = [];
    for (const route of routes) {
      const path = f.realPath(route.path);
      const response = await f.t.app.request(`http://localhost${path}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const cacheControl = response.headers.get("cache-control") ?? "(none)";
      if (cacheControl === "no-store") continue;
      if (route.access === "public" && publicOptOuts.has(cacheControl)) continue;
      wrong.push(`${path} (${response.status}): ${cacheControl}`);
    }
    expect(wrong).toEqual([]);
    const me = await f.t.app.request("http://localhost/api/v1/me", { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    expect(me.headers.get("cache-control")).toBe("no-store");
  });

  it("is no-store on the pages found cacheable in the attack test", async () => {
    const budget = f.realPath("/budgets/:slug");
    const panel = f.realPath("/panels/:id");
    const user = f.realPath("/admin/users/:id");
    for (const path of [
      "/admin",
      "/admin/users",
      user,
      "/admin/audit",
      `${panel}/manage`,
      `${budget}/manage`,
      `${budget}/edit`,
      "/profile/password",
      "/profile/delete",
    ]) {
      const response = await f.admin.get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("cache-control"), path).toBe("no-store");
    }
  });

  it("leaves a visitor's public pages cacheable by the app and marks a signed-in copy private", async () => {
    const guest = await f.guest.get("/measures");
    expect(guest.status).toBe(200);
    expect(guest.headers.get("cache-control")).toBeNull();
    const signedIn = await f.resident.get("/measures");
    expect(signedIn.headers.get("cache-control")).toBe("private, no-cache");
    // A public page that does not opt out is no-store for a signed-in person too (it shows their name).
    expect((await f.resident.get("/")).headers.get("cache-control")).toBe("no-store");
  });
});

describe("frame and transport headers", () => {
  it("forbids framing in both headers", async () => {
    const response = await f.guest.get("/");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("sends HSTS only over HTTPS, as the request or a trusted proxy says", async () => {
    expect((await f.t.app.request("http://localhost/")).headers.get("strict-transport-security")).toBeNull();
    expect((await f.t.app.request("https://localhost/")).headers.get("strict-transport-security")).toMatch(
      /^max-age=\d+/,
    );
    // Without trusted proxies a client's own X-Forwarded-Proto counts for nothing.
    const forged = await f.t.app.request("http://localhost/", { headers: { "x-forwarded-proto": "https" } });
    expect(forged.headers.get("strict-transport-security")).toBeNull();

    const behindProxy = await createTestApp({ env: { TRUST_PROXY: "1" } });
    try {
      const viaHttps = await behindProxy.app.request("http://localhost/", {
        headers: { "x-forwarded-proto": "https" },
      });
      expect(viaHttps.headers.get("strict-transport-security")).toMatch(/^max-age=\d+/);
      const viaHttp = await behindProxy.app.request("http://localhost/", { headers: { "x-forwarded-proto": "http" } });
      expect(viaHttp.headers.get("strict-transport-security")).toBeNull();
    } finally {
      await behindProxy.close();
    }
  });

  it("reads X-Forwarded-Proto from the outermost trusted proxy only", () => {
    expect(isHttps("http", "https", 0)).toBe(false);
    expect(isHttps("https", null, 0)).toBe(true);
    expect(isHttps("http", "https", 1)).toBe(true);
    // The client wrote "https" itself; the one proxy saw plain HTTP.
    expect(isHttps("http", "https, http", 1)).toBe(false);
    expect(isHttps("http", "https, http", 2)).toBe(true);
    expect(isHttps("http", "HTTPS", 3)).toBe(true);
  });
});

describe("a missing file under /assets", () => {
  it("gets the HTML 404 page, in the visitor's language", async () => {
    const response = await f.guest.get("/assets/nope.css");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(f.guest.lastHtml).toContain("<main");
    const existing = await f.guest.get("/assets/site.css");
    expect(existing.status).toBe(200);
    expect(existing.headers.get("cache-control")).toBe("public, max-age=3600");
  });
});
