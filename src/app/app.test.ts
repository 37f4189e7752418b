import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../tests/support/app";
import { BrowserClient } from "../../tests/support/browser-client";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("the running platform", () => {
  it("answers the health check with the database state", async () => {
    const response = await t.app.request("/health");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok" });
  });

  it("answers 503 when the database is unreachable", async () => {
    const broken = await createTestApp();
    await broken.database.close();
    const response = await broken.app.request("/health");
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: "error" });
  });

  it("serves the home page in German by default, in English with ?lang=en, and remembers the choice", async () => {
    const browser = new BrowserClient(t.app);
    const german = await browser.get("/");
    expect(german.status).toBe(200);
    expect(browser.lastHtml).toContain('<html lang="de">');
    expect(browser.lastHtml).toContain("So können Sie mitmachen");
    await browser.get("/?lang=en");
    expect(browser.lastHtml).toContain('<html lang="en">');
    await browser.get("/");
    expect(browser.lastHtml).toContain("How you can take part");
  });

  it("follows Accept-Language for a first visit", async () => {
    const response = await t.app.request("/", { headers: { "accept-language": "en-GB,en;q=0.9,de;q=0.5" } });
    expect(await response.text()).toContain('<html lang="en">');
  });

  it("sends security headers and a strict content security policy", async () => {
    const response = await t.app.request("/");
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("answers unknown pages with a real 404 page and unknown API paths with problem+json", async () => {
    const page = await t.app.request("/does-not-exist");
    expect(page.status).toBe(404);
    expect(await page.text()).toContain("Seite nicht gefunden");
    const api = await t.app.request("/api/v1/does-not-exist");
    expect(api.status).toBe(404);
    expect(api.headers.get("content-type")).toContain("application/problem+json");
    expect(await api.json()).toMatchObject({ status: 404, title: expect.any(String) });
  });

  it("refuses a form post without a CSRF token", async () => {
    const browser = new BrowserClient(t.app);
    await browser.get("/");
    const response = await browser.post("/logout", { _csrf: "" });
    expect(response.status).toBe(403);
    expect(browser.lastHtml).toContain("Das Formular ist abgelaufen");
  });

  it("refuses bodies over the size limit with 413", async () => {
    const browser = new BrowserClient(t.app);
    await browser.get("/");
    const response = await browser.post("/logout", { _csrf: "irrelevant", filler: "x".repeat(1024 * 1024 + 10) });
    expect(response.status).toBe(413);
  });

  it("publishes an OpenAPI 3.1 document", async () => {
    const response = await t.app.request("/api/v1/openapi.json");
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toContain("/api/v1/openapi.json");
  });

  it("serves the design system's assets and nothing else", async () => {
    expect((await t.app.request("/assets/site.css")).status).toBe(200);
    expect((await t.app.request("/assets/..%2Fapp.ts")).status).toBe(404);
  });
});
