/**
 * The demo site the page benchmarks load: a fresh database (the embedded one, or a new database on
 * the PostgreSQL server of BENCH_DATABASE_URL), the demo content, the application on a real
 * @hono/node-server as `npm start` wires it, and a resident of Neukölln signed in who declared
 * where they live (so their ballot page is a ballot). Shared by bench/pages.ts and bench/profile.ts.
 */
import { randomBytes } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { eq, sql } from "drizzle-orm";
import pg from "pg";
import { createApp } from "../../src/app/app";
import { createDeps } from "../../src/app/bootstrap";
import { modules } from "../../src/app/modules";
import { seedDemo } from "../../src/app/seed";
import { loadConfig } from "../../src/platform/config/config";
import { type Database, wrapPool } from "../../src/platform/db/database";
import { migrate } from "../../src/platform/db/migrate";
import type { Deps } from "../../src/platform/deps";
import { cookieNames } from "../../src/platform/http/cookies";
import { users } from "../../src/platform/identity/schema";
import { createSession } from "../../src/platform/identity/sessions";
import { adminQuery, freshPglite, withDatabase } from "../../tests/support/database";

/** Open for voting in the demo: the page and ballot residents open on a voting day. */
export const budget = "kiezkasse-2026";
/** Counted and published in the demo (a few hundred ballots): its results and files. */
export const countedBudget = "kiezkasse-2025";

type RowsOf = <T>(query: ReturnType<typeof sql>) => Promise<T[]>;

// ---------- counting queries ----------

/** Database queries made since the counter was last set to 0 (see `countedQueries`). */
export const countedQueries = { value: 0 };
/** While an array, every query's text and parameters are added to it (bench/explain.ts). */
export const recordedQueries: { list: Array<{ text: string; params: unknown[] }> | null } = { list: null };

function noteQuery(args: unknown[]): void {
  countedQueries.value += 1;
  if (!recordedQueries.list) return;
  const [first, second] = args;
  const config = typeof first === "object" && first !== null ? (first as { text?: string; values?: unknown[] }) : {};
  const text = typeof first === "string" ? first : (config.text ?? "");
  const params = Array.isArray(second) ? second : (config.values ?? []);
  recordedQueries.list.push({ text, params });
}

function countQueriesOf(database: Database): void {
  if (database.kind === "pglite") {
    const client = (database.db as unknown as { $client: { query: (...args: unknown[]) => Promise<unknown> } }).$client;
    const original = client.query.bind(client);
    client.query = (...args: unknown[]) => {
      noteQuery(args);
      return original(...args);
    };
  }
}
let pgCounting = false;
function countPostgresQueries(): void {
  if (pgCounting) return;
  pgCounting = true;
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    noteQuery(args);
    return original.apply(this, args);
  };
}

// ---------- databases ----------

export async function openBenchDatabase(
  kind: "pglite" | "postgres",
): Promise<{ database: Database; drop(): Promise<void> }> {
  if (kind === "pglite") {
    const database = await freshPglite();
    countQueriesOf(database);
    return { database, drop: () => database.close() };
  }
  const adminUrl = process.env.BENCH_DATABASE_URL as string;
  const name = `gemeinsam_pages_${randomBytes(4).toString("hex")}`;
  await adminQuery(adminUrl, `create database ${name}`);
  countPostgresQueries();
  const database = await wrapPool(new pg.Pool({ connectionString: withDatabase(adminUrl, name), max: 10 }));
  await migrate(database);
  return {
    database,
    async drop() {
      await database.close();
      await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

async function signedInResident(deps: Deps): Promise<string> {
  const now = deps.clock();
  const [user] = await deps.database.db
    .insert(users)
    .values({
      email: "bench-resident@example.org",
      emailVerifiedAt: now,
      district: "neukoelln",
      displayName: "Rike aus Neukölln",
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: users.id });
  if (!user) throw new Error("no account");
  return createSession(deps.database.db, user.id, now, deps.random);
}

/**
 * The resident declares that they live in Neukölln, as the ballot page asks them to, so the ballot
 * page measured is their ballot and not the question where they live.
 */
async function declareNeukoelln(appUrl: string, headers: Record<string, string>, rowsOf: RowsOf): Promise<void> {
  const page = await (await fetch(`${appUrl}/budgets/${budget}/vote`, { headers })).text();
  const csrf = page.match(/name="_csrf" value="([^"]+)"/)?.[1];
  const [heading] = await rowsOf<{ id: string }>(
    sql`select h.id from budget_headings h join budget_budgets b on b.id = h.budget_id where b.slug = ${budget} and h.district = 'neukoelln'`,
  );
  if (!csrf || !heading) throw new Error("the ballot page did not ask where the resident lives");
  const answer = await fetch(`${appUrl}/budgets/${budget}/vote/residence`, {
    method: "POST",
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ _csrf: csrf, headingId: heading.id }),
    redirect: "manual",
  });
  if (answer.status !== 303) throw new Error(`declaring the residence answered ${answer.status}`);
}

export interface DemoSite {
  appUrl: string;
  database: Database;
  visitorHeaders: Record<string, string>;
  residentHeaders: Record<string, string>;
  /** A measure's slug and a panel's id, for their pages. */
  measureSlug: string;
  panelId: string;
  /** The application's dependencies (for benchmarks that add accounts or sessions of their own). */
  deps: Deps;
  close(): Promise<void>;
}

/** The pages residents open on a voting day, measured by bench/pages.ts and bench/explain.ts. */
export function demoPages(site: DemoSite): string[] {
  return [
    "/",
    "/measures",
    `/measures/${site.measureSlug}`,
    `/budgets/${budget}`,
    `/budgets/${countedBudget}/results`,
    `/budgets/${budget}/vote`,
    "/panels",
    `/panels/${site.panelId}`,
  ];
}

/** Seeds the demo on a fresh database of this kind and serves it on a free port. */
export async function openDemoSite(kind: "pglite" | "postgres"): Promise<DemoSite> {
  const { database, drop } = await openBenchDatabase(kind);
  const config = loadConfig({ LOG_LEVEL: "silent", SEED_DEMO: "false", PORT: "3000" });
  const deps = await createDeps(config, database);
  await seedDemo(deps);
  const db = database.db;
  const rowsOf: RowsOf = async <T>(query: ReturnType<typeof sql>) =>
    ((await db.execute(query)) as unknown as { rows: T[] }).rows;
  const [measure] = await rowsOf<{ slug: string }>(sql`select slug from strategy_measures order by slug limit 1`);
  const [panel] = await rowsOf<{ id: string }>(sql`select id from panels order by created_at limit 1`);
  if (!measure || !panel) throw new Error("the demo content is missing");
  const token = await signedInResident(deps);
  await db.update(users).set({ locale: "de" }).where(eq(users.email, "bench-resident@example.org"));
  const csrf = cookieNames.csrf(config);
  const visitorHeaders = { cookie: `${csrf}=bench-visitor-browser` };
  const residentHeaders = { cookie: `${csrf}=bench-resident-browser; ${cookieNames.session(config)}=${token}` };

  const app = createApp(deps, modules);
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }) as Server;
  await new Promise((resolve) => server.once("listening", resolve));
  const appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await declareNeukoelln(appUrl, residentHeaders, rowsOf);
  return {
    appUrl,
    database,
    visitorHeaders,
    residentHeaders,
    measureSlug: measure.slug,
    panelId: panel.id,
    deps,
    async close() {
      server.close();
      await drop();
    },
  };
}
