import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { budgets } from "../../src/modules/budget/data/schema";
import { measures } from "../../src/modules/strategy/data/schema";
import type { Database } from "../../src/platform/db/database";
import { roleAssignments, users } from "../../src/platform/identity/schema";
import { createSession } from "../../src/platform/identity/sessions";
import { createAccount } from "../support/accounts";
import { createTestApp, type TestApp } from "../support/app";
import { freshPostgres, postgresUrl } from "../support/database";
import { type RunningServer, startServer } from "../e2e/support/server";

/**
 * Two server processes on one PostgreSQL database, as a city runs the platform behind a load
 * balancer. Each process keeps sessions and pages in memory; a logout answered by one process, a
 * revoked or granted role, a deleted account and a content change must show in the other process
 * on its very next request.
 */
const BUDGET = "/budgets/kiezkasse-2026";

/** A browser's cookies and the form token of its last page, over real HTTP. */
class Browser {
  readonly cookies = new Map<string, string>();
  lastHtml = "";

  async get(server: RunningServer, path: string): Promise<string> {
    const response = await fetch(`${server.baseUrl}${path}`, { headers: this.headers(), redirect: "manual" });
    this.keep(response);
    this.lastHtml = await response.text();
    return this.lastHtml;
  }

  async post(server: RunningServer, path: string, form: Record<string, string>): Promise<number> {
    const csrf = this.lastHtml.match(/name="_csrf" value="([^"]+)"/)?.[1] ?? "";
    const response = await fetch(`${server.baseUrl}${path}`, {
      method: "POST",
      headers: { ...this.headers(), "content-type": "application/x-www-form-urlencoded", origin: server.baseUrl },
      body: new URLSearchParams({ _csrf: csrf, ...form }),
      redirect: "manual",
    });
    this.keep(response);
    await response.text();
    return response.status;
  }

  private headers(): Record<string, string> {
    return { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ") };
  }

  private keep(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (value === "" || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

const signedIn = (html: string) => html.includes('action="/logout"');
const isAdminPage = (html: string) => html.includes('href="/admin"');

describe.runIf(postgresUrl)("two server processes on one PostgreSQL", () => {
  let database: Database & { url: string };
  let t: TestApp;
  let first: RunningServer;
  let second: RunningServer;

  beforeAll(async () => {
    database = await freshPostgres();
    t = await createTestApp({ database });
    const env = { DATABASE_URL: database.url, SECURE_COOKIES: "false" };
    // The first process migrates and seeds the demo; the second starts on the same database.
    first = await startServer(env);
    second = await startServer({ ...env, SEED_DEMO: "false" });
  }, 240_000);
  afterAll(async () => {
    await first?.stop();
    await second?.stop();
    await t?.close();
  });

  async function signedInBrowser(userId: string): Promise<Browser> {
    const browser = new Browser();
    const now = new Date();
    const token = await createSession(database.db, userId, now, t.deps.random, { secondFactorAt: now });
    browser.cookies.set("gemeinsam_session", token);
    return browser;
  }

  it("ends a session in the other process at once after a logout, a revoked role or a deleted account", async () => {
    const id = await createAccount(t.deps, { email: "zwei-prozesse@example.org", roles: ["administrator"] });
    const browser = await signedInBrowser(id);
    // Both processes know the session and have the page in their caches.
    for (const server of [first, second, first, second]) {
      expect(isAdminPage(await browser.get(server, "/measures"))).toBe(true);
    }

    await database.db
      .delete(roleAssignments)
      .where(and(eq(roleAssignments.userId, id), eq(roleAssignments.role, "administrator")));
    const withoutRole = await browser.get(second, "/measures");
    expect(signedIn(withoutRole)).toBe(true);
    expect(isAdminPage(withoutRole)).toBe(false);
    await database.db.insert(roleAssignments).values({ userId: id, role: "administrator" });
    expect(isAdminPage(await browser.get(second, "/measures"))).toBe(true);

    // Logging out in the first process ends the session in the second: the same cookie, sent
    // again to the second process, which served it a moment ago, opens nothing.
    const token = browser.cookies.get("gemeinsam_session") ?? "";
    expect(signedIn(await browser.get(second, "/measures"))).toBe(true);
    await browser.get(first, "/measures");
    expect(await browser.post(first, "/logout", {})).toBe(303);
    const replay = new Browser();
    replay.cookies.set("gemeinsam_session", token);
    expect(signedIn(await replay.get(second, "/measures"))).toBe(false);
    expect(signedIn(await replay.get(first, "/measures"))).toBe(false);

    // A deleted account, signed in again in a new session.
    const stale = await signedInBrowser(id);
    expect(signedIn(await stale.get(second, BUDGET))).toBe(true);
    expect(signedIn(await stale.get(first, BUDGET))).toBe(true);
    await database.db.update(users).set({ deletedAt: new Date() }).where(eq(users.id, id));
    expect(signedIn(await stale.get(second, BUDGET))).toBe(false);
    expect(signedIn(await stale.get(first, BUDGET))).toBe(false);
  }, 120_000);

  it("shows a content change made elsewhere on the next request of either process", async () => {
    const visitor = new Browser();
    const [measure] = await database.db.select({ id: measures.id, slug: measures.slug }).from(measures).limit(1);
    const measurePath = `/measures/${measure?.slug}`;
    for (const server of [first, second, first, second]) {
      await visitor.get(server, measurePath);
      await visitor.get(server, BUDGET);
    }
    await database.db
      .update(measures)
      .set({ titleDe: "Geänderter Titel aus einem anderen Prozess" })
      .where(eq(measures.id, measure?.id ?? ""));
    await database.db
      .update(budgets)
      .set({ title: "Kiezkasse mit neuem Namen" })
      .where(eq(budgets.slug, BUDGET.split("/")[2] ?? ""));
    for (const server of [second, first]) {
      expect(await visitor.get(server, measurePath)).toContain("Geänderter Titel aus einem anderen Prozess");
      expect(await visitor.get(server, BUDGET)).toContain("Kiezkasse mit neuem Namen");
    }
  }, 120_000);
});
