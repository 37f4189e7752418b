import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../tests/support/app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("the design system over HTTP", () => {
  it("links every page to the composed stylesheet, which browsers keep for a year", async () => {
    const html = await (await t.app.request("/login")).text();
    const href = html.match(/<link rel="stylesheet" href="(\/assets\/site\.[0-9a-f]{12}\.css)"/)?.[1];
    expect(href).toBeDefined();
    const plain = await t.app.request(href as string);
    expect(plain.status).toBe(200);
    expect(plain.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(plain.headers.get("content-type")).toBe("text/css; charset=utf-8");
    const css = await plain.text();
    expect(css).toContain(".kern-btn");

    const gzipped = await t.app.request(href as string, { headers: { "accept-encoding": "gzip, br" } });
    expect(gzipped.headers.get("content-encoding")).toBe("gzip");
    expect(gzipped.headers.get("vary")).toBe("Accept-Encoding");
    expect(gzipped.headers.get("etag")).not.toBe(plain.headers.get("etag"));
    const body = new Uint8Array(await gzipped.arrayBuffer());
    expect(body.length).toBeLessThan(18_000);
    expect(gunzipSync(body).toString("utf8")).toBe(css);
  });

  it("serves the two Fira Sans weights from the platform itself", async () => {
    for (const name of ["fira-sans-400.woff2", "fira-sans-600.woff2"]) {
      const response = await t.app.request(`/assets/${name}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("font/woff2");
      expect(response.headers.get("content-encoding")).toBeNull();
    }
  });

  it("has a menu button that works without JavaScript and keeps the language switch reachable", async () => {
    const html = await (await t.app.request("/")).text();
    expect(html).toMatch(/<details class="site-menu"[^>]*><summary class="menu-button">/);
    expect(html).toContain('hreflang="en"');
    expect(html).not.toMatch(/<style|style="/);
  });
});
