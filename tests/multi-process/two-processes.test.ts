import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDeps } from "../../src/app/bootstrap";
import { createUserCommand } from "../../src/modules/admin/cli/user";
import { loadConfig } from "../../src/platform/config/config";
import { openDatabase } from "../../src/platform/db/database";
import { type RunningServer, startServer } from "../e2e/support/server";

/**
 * Two server processes against one PostgreSQL database, as behind a load balancer: both start at
 * the same moment (and migrate under the advisory lock), a login through one is a login on the
 * other, and a rate limit counted by one is enforced by the other.
 */
const adminUrl = process.env.TEST_DATABASE_URL;
if (!adminUrl) {
  console.warn("\n*** TWO-PROCESS TEST SKIPPED: set TEST_DATABASE_URL to a PostgreSQL server (see .ci/run). ***\n");
}

function withDatabase(url: string, name: string): string {
  const next = new URL(url);
  next.pathname = `/${name}`;
  return next.toString();
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A browser in miniature: keeps cookies (whichever process set them) and the last page's CSRF token. */
class Visitor {
  readonly cookies = new Map<string, string>();
  html = "";

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private remember(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const index = pair.indexOf("=");
      const name = pair.slice(0, index);
      const value = pair.slice(index + 1);
      if (/max-age=0/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async get(baseUrl: string, path: string): Promise<Response> {
    const response = await fetch(`${baseUrl}${path}`, { headers: { cookie: this.cookieHeader() }, redirect: "manual" });
    this.remember(response);
    this.html = await response.clone().text();
    return response;
  }

  async post(baseUrl: string, path: string, fields: Record<string, string>): Promise<Response> {
    const token = this.html.match(/name="_csrf" value="([^"]+)"/)?.[1];
    if (!token) throw new Error("no CSRF token on the last page");
    const response = await fetch(`${baseUrl}${path}`, {
      method: "POST",
      headers: { cookie: this.cookieHeader(), "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ _csrf: token, ...fields }).toString(),
      redirect: "manual",
    });
    this.remember(response);
    this.html = await response.clone().text();
    return response;
  }
}

describe.runIf(adminUrl)("two processes against one PostgreSQL database", () => {
  const databaseName = `gemeinsam_two_${randomBytes(5).toString("hex")}`;
  const databaseUrl = adminUrl ? withDatabase(adminUrl, databaseName) : "";
  const account = { email: "ida@example.org", password: "Zwei-Prozesse-eine-Datenbank" };
  const limited = { email: "jan@example.org", password: "Gezaehlt-ist-gezaehlt-2026" };
  let a: RunningServer;
  let b: RunningServer;

  beforeAll(async () => {
    await adminQuery(adminUrl as string, `create database ${databaseName}`);
    // At the same moment, on an empty database: both apply the migrations, one after the other.
    [a, b] = await Promise.all([
      startServer({ DATABASE_URL: databaseUrl, LOG_LEVEL: "warn" }),
      startServer({ DATABASE_URL: databaseUrl, LOG_LEVEL: "warn" }),
    ]);
    // The account is made the way an operator would, with the code of `gemeinsam user create`.
    const config = loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: "silent", SEED_DEMO: "false" });
    const database = await openDatabase({ databaseUrl, dataDir: "unused" });
    try {
      const deps = await createDeps(config, database);
      await createUserCommand(deps, { ...account, name: "Ida" }, () => {});
      await createUserCommand(deps, { ...limited, name: "Jan" }, () => {});
    } finally {
      await database.close();
    }
  });

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    if (adminUrl) await adminQuery(adminUrl, `drop database if exists ${databaseName} with (force)`);
  });

  it("starts both processes on one fresh database, with exactly one first administrator", async () => {
    for (const server of [a, b]) {
      const health = await fetch(`${server.baseUrl}/health`);
      expect(await health.json()).toEqual({ status: "ok", db: "ok" });
    }
    // Both raced to create the first administrator; the database let exactly one of them do it.
    expect([a.admin, b.admin].filter(Boolean)).toHaveLength(1);
    // Every committed migration was applied exactly once, although both processes migrated.
    const journal = JSON.parse(readFileSync("drizzle/meta/_journal.json", "utf8")) as { entries: unknown[] };
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const applied = await client.query("select hash from drizzle.__drizzle_migrations");
      expect(applied.rowCount).toBe(journal.entries.length);
      expect(new Set(applied.rows.map((r: { hash: string }) => r.hash)).size).toBe(journal.entries.length);
    } finally {
      await client.end();
    }
  });

  it("keeps a login made through one process valid on the other, and a logout on one ends it on both", async () => {
    const visitor = new Visitor();
    await visitor.get(a.baseUrl, "/login");
    const login = await visitor.post(a.baseUrl, "/login", account);
    expect(login.status).toBe(303);
    expect([...visitor.cookies.keys()]).toContain("__Host-gemeinsam_session");

    const profileOnB = await visitor.get(b.baseUrl, "/profile");
    expect(profileOnB.status).toBe(200);
    expect(visitor.html).toContain(account.email);

    // A form fetched from B is accepted by A: the CSRF key is shared through the database.
    const logout = await visitor.post(a.baseUrl, "/logout", {});
    expect(logout.status).toBe(303);
    const afterLogout = await visitor.get(b.baseUrl, "/profile");
    expect(afterLogout.status).not.toBe(200);
    expect(visitor.html).not.toContain(account.email);
  });

  it("enforces on one process a login limit counted on the other", async () => {
    const visitor = new Visitor();
    await visitor.get(a.baseUrl, "/login");
    // Wrong passwords are counted per account and client address, in the database: 5 are free,
    // then the pair must wait (10 s, doubling) before it is heard again.
    for (let attempt = 1; attempt <= 5; attempt++) {
      const wrong = await visitor.post(a.baseUrl, "/login", {
        email: limited.email,
        password: "not the password at all",
      });
      expect(wrong.status, `attempt ${attempt}`).toBe(422);
      expect(visitor.html).toContain("E-Mail-Adresse oder Passwort sind nicht richtig.");
    }
    await visitor.get(b.baseUrl, "/login");
    // The 6th attempt, on the other process and with the right password, is refused.
    const refused = await visitor.post(b.baseUrl, "/login", limited);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(visitor.html).toContain("Zu viele Versuche.");
    expect([...visitor.cookies.keys()]).not.toContain("__Host-gemeinsam_session");

    // Another account on the same address is not slowed down by those failures, on either process.
    const neighbour = new Visitor();
    await neighbour.get(b.baseUrl, "/login");
    expect((await neighbour.post(b.baseUrl, "/login", account)).status).toBe(303);
  });
});
