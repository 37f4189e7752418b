import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, signIn } from "../../../tests/support/accounts";
import { createTestApp, type TestApp } from "../../../tests/support/app";
import { BrowserClient } from "../../../tests/support/browser-client";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Sends raw bytes the way an attacker's script would, and returns the answer with the log lines it caused. */
async function send(
  path: string,
  init: { method?: string; type?: string; body?: string | Uint8Array; cookie?: string } = {},
) {
  const before = t.logger.entries.length;
  const headers: Record<string, string> = {};
  if (init.type) headers["content-type"] = init.type;
  if (init.cookie) headers.cookie = init.cookie;
  const response = await t.app.request(`http://localhost${path}`, {
    method: init.method ?? "GET",
    headers,
    body: init.body as BodyInit | undefined,
  });
  return { response, text: await response.text(), log: t.logger.entries.slice(before) };
}

function expectOneWarning(log: TestApp["logger"]["entries"]) {
  expect(log.filter((e) => e.level === "error")).toEqual([]);
  const warnings = log.filter((e) => e.level === "warn");
  expect(warnings).toHaveLength(1);
  expect(JSON.stringify(warnings)).not.toMatch(/\bat .*\.(ts|js):\d+|stack/);
}

describe("requests whose bytes can't be read", () => {
  it("a NUL in the path gets the 400 page in plain words, without a reference number", async () => {
    const { response, text, log } = await send("/measures/%00");
    expect(response.status).toBe(400);
    expect(text).toContain("Diese Adresse enthält Zeichen, die in einer Web-Adresse nicht vorkommen dürfen.");
    expect(text).not.toContain("Fehlerkennung");
    expect(text).not.toMatch(/errors\.|malformed/);
    expectOneWarning(log);
  });

  it("a NUL in the query is refused in the visitor's language before the page reads it", async () => {
    const { response, text } = await send("/admin/users?lang=en&q=%00");
    expect(response.status).toBe(400);
    expect(text).toContain("This address contains characters that are not allowed in a web address.");
  });

  it("under /api the answer is problem+json, and the NUL is not echoed", async () => {
    const { response, text } = await send("/api/v1/budgets/%00");
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(JSON.parse(text)).toMatchObject({ status: 400, instance: "/api/v1/budgets/%00" });
    expect(text).not.toContain("\\u0000");
  });

  it("a multipart body with a broken boundary, even to /login without a cookie, gets 400 and one warning", async () => {
    const { response, text, log } = await send("/login", {
      method: "POST",
      type: "multipart/form-data; boundary=xyz",
      body: "--abc\r\nContent-Disp",
    });
    expect(response.status).toBe(400);
    expect(text).toContain("Die gesendeten Daten konnten nicht gelesen werden.");
    expectOneWarning(log);
  });

  it("a form that is not UTF-8 or badly percent-encoded gets 400", async () => {
    for (const body of [Buffer.from("email=\xff\xfe", "latin1"), "email=%ZZ", "email=%FF%FE"]) {
      const { response } = await send("/login", { method: "POST", type: "application/x-www-form-urlencoded", body });
      expect(response.status).toBe(400);
    }
  });

  it("broken JSON gets 400 with the JSON message", async () => {
    const { response, text } = await send("/api/v1/measures", {
      method: "POST",
      type: "application/json",
      body: '{"a',
    });
    expect(response.status).toBe(400);
    expect(JSON.parse(text).title).toBe("Der Inhalt der Anfrage ist kein gültiges JSON.");
  });

  it("a NUL typed into a field is shown beside the field, nothing is stored", async () => {
    const browser = new BrowserClient(t.app);
    await signIn(browser, t.deps, await createAccount(t.deps, { email: "nul@example.org" }));
    await browser.get("/profile/tokens");
    const response = await browser.post("/profile/tokens", { name: "Schlüssel\u0000Zebra" });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain("Dieses Feld enthält unsichtbare Steuerzeichen");
    expect(await (await browser.get("/profile/tokens")).text()).not.toContain("Zebra");
  });

  it("ordinary requests pass untouched", async () => {
    expect((await send("/measures?q=Rad%20weg&page=1")).response.status).toBe(200);
    expect((await send("/login")).response.status).toBe(200);
  });
});
