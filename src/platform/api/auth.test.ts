import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, signIn } from "../../../tests/support/accounts";
import { createTestApp, type TestApp } from "../../../tests/support/app";
import { BrowserClient } from "../../../tests/support/browser-client";
import { insertApiToken } from "../../modules/accounts/data/api-tokens";
import { apiTokens, users } from "../identity/schema";
import { cryptoRandomBytes, hashToken, newToken } from "../security/tokens";
import { apiTokenPattern, parseBearer } from "./auth";

let t: TestApp;
let now = new Date("2025-05-01T10:00:00Z");
let userId: string;
let token: string;

/** A token made the way the profile page makes it. */
async function issueToken(owner: string, options: { revokedAt?: Date } = {}): Promise<string> {
  const { id, token: value } = await insertApiToken(t.database.db, {
    userId: owner,
    name: "script",
    now,
    random: cryptoRandomBytes,
  });
  if (options.revokedAt)
    await t.database.db.update(apiTokens).set({ revokedAt: options.revokedAt }).where(eq(apiTokens.id, id));
  return value;
}

/** A well-formed token nobody issued. */
const unknownToken = () => `gem_${newToken(cryptoRandomBytes, 32)}`;

async function lastUsed(value: string): Promise<Date | null> {
  const [row] = await t.database.db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.tokenHash, hashToken(value)));
  return row?.lastUsedAt ?? null;
}

function me(authorization?: string): Promise<Response> {
  return Promise.resolve(
    t.app.request("/api/v1/me", { headers: authorization === undefined ? {} : { authorization } }),
  );
}

beforeAll(async () => {
  t = await createTestApp({ deps: { clock: () => now } });
  userId = await createAccount(t.deps, {
    email: "tina@example.org",
    displayName: "Tina Token",
    roles: ["moderator", { role: "team_member", scopeType: "measure", scopeId: "smart-water" }],
  });
  token = await issueToken(userId);
});
afterAll(() => t.close());

describe("API tokens", () => {
  it("look like gem_ followed by 32 random bytes in URL-safe base64", async () => {
    const value = await issueToken(userId);
    expect(value).toMatch(/^gem_[A-Za-z0-9_-]{43}$/);
    expect(apiTokenPattern.test(value)).toBe(true);
    expect(parseBearer(`Bearer ${value}`)).toBe(value);
    expect(parseBearer(`bearer ${value}`)).toBe(value);
    expect(parseBearer(`Basic ${value}`)).toBeNull();
    expect(parseBearer("Bearer gem_tooShort")).toBeNull();
  });
});

describe("GET /api/v1/me with a bearer token", () => {
  it("answers who the token belongs to, with the account's roles", async () => {
    const response = await me(`Bearer ${token}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { id: string; displayName: string; roles: Array<{ role: string }> };
    expect(body).toMatchObject({ id: userId, displayName: "Tina Token" });
    expect(body.roles.sort((a, b) => a.role.localeCompare(b.role))).toEqual([
      { role: "moderator", scopeType: null, scopeId: null },
      { role: "resident", scopeType: null, scopeId: null },
      { role: "team_member", scopeType: "measure", scopeId: "smart-water" },
    ]);
  });

  it("notes when the token was last used, at most once a minute", async () => {
    const fresh = await issueToken(userId);
    expect(await lastUsed(fresh)).toBeNull();
    await me(`Bearer ${fresh}`);
    expect(await lastUsed(fresh)).toEqual(now);
    const first = now;
    now = new Date(first.getTime() + 30_000);
    await me(`Bearer ${fresh}`);
    expect(await lastUsed(fresh)).toEqual(first);
    now = new Date(first.getTime() + 61_000);
    await me(`Bearer ${fresh}`);
    expect(await lastUsed(fresh)).toEqual(now);
  });

  it("asks for a token when there is none, as problem+json with WWW-Authenticate", async () => {
    const response = await me();
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(response.headers.get("www-authenticate")).toContain("Bearer");
    expect(await response.json()).toMatchObject({ status: 401, title: "Bitte melden Sie sich an, um fortzufahren." });
  });

  it("refuses a revoked token", async () => {
    const revoked = await issueToken(userId, { revokedAt: new Date("2025-04-01T00:00:00Z") });
    const response = await me(`Bearer ${revoked}`);
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(response.headers.get("www-authenticate")).toContain('error="invalid_token"');
    expect(await response.json()).toMatchObject({
      status: 401,
      title: "Dieser API-Schlüssel ist unbekannt oder wurde widerrufen.",
    });
    expect(await lastUsed(revoked)).toBeNull();
  });

  it("refuses an unknown token and the token of a deleted account", async () => {
    expect((await me(`Bearer ${unknownToken()}`)).status).toBe(401);
    const goneId = await createAccount(t.deps, { email: "gone@example.org" });
    const goneToken = await issueToken(goneId);
    expect((await me(`Bearer ${goneToken}`)).status).toBe(200);
    await t.database.db.update(users).set({ deletedAt: now, email: null }).where(eq(users.id, goneId));
    expect((await me(`Bearer ${goneToken}`)).status).toBe(401);
  });

  it("refuses malformed Authorization headers, even on public API routes", async () => {
    for (const header of ["Bearer", "Bearer abc", `Basic ${token}`, `Bearer ${token.slice(4)}`, `Bearer ${token}x`]) {
      const response = await me(header);
      expect(response.status).toBe(401);
      const body = (await response.json()) as { title: string };
      expect(body.title).toContain("Der Authorization-Header ist ungültig.");
    }
    const openApi = await t.app.request("/api/v1/openapi.json", { headers: { authorization: "Bearer nope" } });
    expect(openApi.status).toBe(401);
    expect((await t.app.request("/api/v1/openapi.json")).status).toBe(200);
  });

  it("does not take a session cookie as authentication for the API", async () => {
    const browser = new BrowserClient(t.app);
    await signIn(browser, t.deps, userId);
    expect((await browser.get("/api/v1/me")).status).toBe(401);
    expect((await browser.get("/api/v1/me", { authorization: `Bearer ${token}` })).status).toBe(200);
  });

  it("is documented in the OpenAPI document as needing a bearer token", async () => {
    const document = (await (await t.app.request("/api/v1/openapi.json")).json()) as {
      paths: Record<string, { get?: { security?: unknown; responses: Record<string, unknown> } }>;
    };
    expect(document.paths["/api/v1/me"]?.get?.security).toEqual([{ bearerToken: [] }]);
    expect(Object.keys(document.paths["/api/v1/me"]?.get?.responses ?? {})).toEqual(["200", "401"]);
  });
});
