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
 * other, and a rate limit counted by one is enforced by the other. Each process keeps sessions and
 * pages in memory: a logout, a revoked or granted role, a deleted account and changed content must
 * show in the other process on its very next request.
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

async function adminQuery(url: string, statement: string, params: unknown[] = []): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement, params);
  } finally {
    await client.end();
  }
}

const SESSION_COOKIE = "__Host-gemeinsam_session";
const signedIn = (html: string) => html.includes('action="/logout"');
const isAdminPage = (html: string) => html.includes('href="/admin"');

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

  async function rows(statement: string, params: unknown[] = []): Promise<unknown[]> {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      return (await client.query(statement, params)).rows;
    } finally {
      await client.end();
    }
  }

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
    const token = visitor.cookies.get(SESSION_COOKIE) ?? "";
    const logout = await visitor.post(a.baseUrl, "/logout", {});
    expect(logout.status).toBe(303);
    // The ended session's cookie, sent again to B (which knew it a moment ago), opens nothing.
    const replay = new Visitor();
    replay.cookies.set(SESSION_COOKIE, token);
    const afterLogout = await replay.get(b.baseUrl, "/profile");
    expect(afterLogout.status).not.toBe(200);
    expect(replay.html).not.toContain(account.email);
  });

  it("takes a revoked or granted role and a deleted account into account at once on both processes", async () => {
    const visitor = new Visitor();
    await visitor.get(a.baseUrl, "/login");
    expect((await visitor.post(a.baseUrl, "/login", account)).status).toBe(303);
    const [user] = (await rows(`select id from users where email = $1`, [account.email])) as Array<{ id: string }>;
    const id = user?.id ?? "";
    // Both processes have the session and the page for its rights in memory.
    await adminQuery(databaseUrl, `insert into role_assignments (user_id, role) values ($1, 'administrator')`, [id]);
    for (const server of [a, b, a, b]) {
      await visitor.get(server.baseUrl, "/measures");
      expect(isAdminPage(visitor.html)).toBe(true);
    }
    // Revoked by another process (here: straight in the database).
    await adminQuery(databaseUrl, `delete from role_assignments where user_id = $1`, [id]);
    for (const server of [b, a]) {
      await visitor.get(server.baseUrl, "/measures");
      expect(signedIn(visitor.html)).toBe(true);
      expect(isAdminPage(visitor.html)).toBe(false);
    }
    await adminQuery(databaseUrl, `insert into role_assignments (user_id, role) values ($1, 'administrator')`, [id]);
    for (const server of [b, a]) {
      await visitor.get(server.baseUrl, "/measures");
      expect(isAdminPage(visitor.html)).toBe(true);
    }
    await adminQuery(databaseUrl, `delete from role_assignments where user_id = $1`, [id]);

    // A deleted account is signed out everywhere on the next request.
    await adminQuery(databaseUrl, `update users set deleted_at = now() where id = $1`, [id]);
    for (const server of [b, a]) {
      await visitor.get(server.baseUrl, "/measures");
      expect(signedIn(visitor.html)).toBe(false);
    }
    await adminQuery(databaseUrl, `update users set deleted_at = null where id = $1`, [id]);
  });

  it("shows content changed elsewhere on the next request of either process", async () => {
    const visitor = new Visitor();
    const [measure] = (await rows(`select id, slug from strategy_measures order by slug limit 1`)) as Array<{
      id: string;
      slug: string;
    }>;
    const [budget] = (await rows(`select id, slug from budget_budgets order by slug limit 1`)) as Array<{
      id: string;
      slug: string;
    }>;
    const paths = [`/measures/${measure?.slug}`, `/budgets/${budget?.slug}`, "/"];
    for (const server of [a, b, a, b]) for (const path of paths) await visitor.get(server.baseUrl, path);
    await adminQuery(databaseUrl, `update strategy_measures set title_de = 'Neuer Titel von nebenan' where id = $1`, [
      measure?.id,
    ]);
    await adminQuery(databaseUrl, `update budget_budgets set title = 'Kiezkasse mit neuem Namen' where id = $1`, [
      budget?.id,
    ]);
    for (const server of [b, a]) {
      await visitor.get(server.baseUrl, paths[0] as string);
      expect(visitor.html).toContain("Neuer Titel von nebenan");
      await visitor.get(server.baseUrl, paths[1] as string);
      expect(visitor.html).toContain("Kiezkasse mit neuem Namen");
    }
    // The home page shows what is happening in the budget and the newest measures.
    await adminQuery(
      databaseUrl,
      `update strategy_measures set updated_at = now() + interval '1 minute' where id = $1`,
      [measure?.id],
    );
    for (const server of [b, a]) {
      await visitor.get(server.baseUrl, "/");
      expect(visitor.html).toContain("Neuer Titel von nebenan");
    }
  });

  it("shows a voter's own change made through one process on the other's ballot page at once", async () => {
    const visitor = new Visitor();
    await visitor.get(a.baseUrl, "/login");
    expect((await visitor.post(a.baseUrl, "/login", account)).status).toBe(303);
    const ballot = "/budgets/kiezkasse-2026/vote";
    // Both processes keep this person's ballot page: it asks where they live.
    for (const server of [a, b, a, b]) {
      expect((await visitor.get(server.baseUrl, ballot)).status).toBe(200);
      expect(visitor.html).toContain("Erklärung zum Wohnort");
    }
    const [heading] = (await rows(
      `select h.id from budget_headings h join budget_budgets b on b.id = h.budget_id
       where b.slug = 'kiezkasse-2026' and h.district = 'neukoelln'`,
    )) as Array<{ id: string }>;
    expect((await visitor.post(a.baseUrl, `${ballot}/residence`, { headingId: heading?.id ?? "" })).status).toBe(303);
    for (const server of [b, a]) {
      await visitor.get(server.baseUrl, ballot);
      expect(visitor.html).toContain("Trinkbrunnen am Richardplatz");
      expect(visitor.html).not.toContain("Erklärung zum Wohnort");
    }
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
