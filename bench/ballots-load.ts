/**
 * Voting day under load, with a crash: 20,000 ballots cast through HTTP by 200 concurrent clients
 * against a real server process on PostgreSQL; the server is killed (SIGKILL) once in the middle and
 * started again. Afterwards every acknowledged ballot must be in the database exactly once, and the
 * tally computed from the clients' own log must equal the tally the platform publishes.
 *
 *   BENCH_DATABASE_URL=postgres://user@host:port/postgres npx tsx bench/ballots-load.ts
 *   BALLOTS=2000 CLIENTS=50 … (smaller run)
 *
 * A fresh database is created on that server and dropped afterwards (BENCH_KEEP=true keeps it).
 * The baseline, measured in the same run against the same server, is a page read
 * (GET /budgets/{slug}) by the same clients: the ratio ballots/s ÷ reads/s is what to watch.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { createServer } from "node:net";
import pg from "pg";
import { createDeps } from "../src/app/bootstrap";
import { budgetProjects } from "../src/modules/budget/data/schema";
import type { Election } from "../src/modules/budget/domain/election";
import { Rational } from "../src/modules/budget/domain/rational";
import { tally } from "../src/modules/budget/domain/tally";
import { createBudget } from "../src/modules/budget/use-cases/create-budget";
import { generateVotingCodes } from "../src/modules/budget/use-cases/generate-codes";
import { startNextPhase } from "../src/modules/budget/use-cases/start-next-phase";
import { loadConfig } from "../src/platform/config/config";
import { wrapPool } from "../src/platform/db/database";
import { migrate } from "../src/platform/db/migrate";
import { createMemoryLogger } from "../src/platform/log/logger";
import type { Actor } from "../src/platform/permissions/permissions";
import { adminQuery, withDatabase } from "../tests/support/database";

const adminUrl = process.env.BENCH_DATABASE_URL;
if (!adminUrl) {
  console.error("Set BENCH_DATABASE_URL to a PostgreSQL server (postgres://user@host:port/postgres).");
  process.exit(2);
}
const BALLOTS = Number(process.env.BALLOTS ?? 20_000);
const CLIENTS = Number(process.env.CLIENTS ?? 200);
const READS = Number(process.env.READS ?? 5_000);
const slug = "load-kiezkasse";
const AMOUNT = 100_000;
const MAX_PROJECTS = 3;
const costs = [12_000, 18_000, 25_000, 30_000, 40_000, 15_000, 22_000, 35_000];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** A small deterministic generator, so two runs cast the same ballots. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// --- set-up: database, budget, projects, codes -------------------------------------------------
const dbName = `gemeinsam_bench_${randomBytes(4).toString("hex")}`;
await adminQuery(adminUrl, `create database ${dbName}`);
const databaseUrl = withDatabase(adminUrl, dbName);
const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
const database = await wrapPool(pool);
await migrate(database);
const system: Actor = { kind: "system", label: "bench" };
const deps = await createDeps(
  loadConfig({ LOG_LEVEL: "silent", SEED_DEMO: "false", DATABASE_URL: databaseUrl }),
  database,
  {
    logger: createMemoryLogger(),
  },
);
const now = Date.now();
const DAY = 86_400_000;
const budget = await createBudget(
  deps,
  { actor: system },
  {
    slug,
    title: "Kiezkasse unter Last",
    description: "",
    rule: "mes_cost_add1_greedy",
    ballotType: "approval",
    maxProjects: MAX_PROJECTS,
    knapsack: true,
    proposalsStart: new Date(now - 30 * DAY),
    reviewStart: new Date(now - 20 * DAY),
    votingStart: new Date(now - DAY),
    resultsStart: new Date(now + DAY),
    implementationStart: new Date(now + 30 * DAY),
    headings: [{ name: "Neukölln", district: "neukoelln", amount: AMOUNT }],
  },
);
const [heading] = (await pool.query<{ id: string }>("select id from budget_headings where budget_id = $1", [budget.id]))
  .rows;
if (!heading) throw new Error("no heading");
const projectIds: string[] = [];
for (const [i, cost] of costs.entries()) {
  const [row] = await database.db
    .insert(budgetProjects)
    .values({
      budgetId: budget.id,
      headingId: heading.id,
      number: i + 1,
      title: `Projekt ${i + 1}`,
      description: "Last",
      estimatedCost: cost,
      officialCost: cost,
      status: "feasible",
      createdAt: new Date(now - 25 * DAY),
    })
    .returning({ id: budgetProjects.id });
  projectIds.push(row?.id as string);
}
const codes: string[] = [];
while (codes.length < BALLOTS) {
  const batch = await generateVotingCodes(
    deps,
    { actor: system },
    { budgetId: budget.id, headingId: heading.id, count: Math.min(5000, BALLOTS - codes.length) },
  );
  codes.push(...batch.codes);
}
console.log(`set-up: ${codes.length} codes, ${projectIds.length} projects, database ${dbName}`);

// --- the server process ------------------------------------------------------------------------
const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
let server: ChildProcess | null = null;

async function startServer(): Promise<void> {
  // One process (tsx as a loader, not as a wrapper), so SIGKILL hits the server itself.
  const child = spawn(process.execPath, ["--import", "tsx", "src/app/server.ts"], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      SEED_DEMO: "false",
      LOG_LEVEL: "error",
      BASE_URL: baseUrl,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  server = child;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error("server exited during start");
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("server did not start");
}

// --- clients -----------------------------------------------------------------------------------
interface LoggedBallot {
  code: string;
  choices: string[];
  idempotencyKey: string;
  receipt: string | null;
  /** `counted`: the server sent the receipt; `repeat`: a retry was refused as already counted. */
  ack: "counted" | "repeat";
}

function choose(random: () => number): string[] {
  const picked = new Set<number>();
  const wanted = 1 + Math.floor(random() * MAX_PROJECTS);
  while (picked.size < wanted) picked.add(Math.floor(random() * projectIds.length));
  const chosen = [...picked];
  while (chosen.reduce((s, i) => s + (costs[i] as number), 0) > AMOUNT) chosen.pop();
  return chosen.map((i) => projectIds[i] as string);
}

async function session(): Promise<{ cookie: string; csrf: string }> {
  for (;;) {
    try {
      const response = await fetch(`${baseUrl}/budgets/${slug}/check`);
      const cookie = response.headers
        .getSetCookie()
        .map((line) => line.split(";")[0])
        .join("; ");
      const csrf = (await response.text()).match(/name="_csrf" value="([^"]+)"/)?.[1];
      if (csrf) return { cookie, csrf };
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

const log: LoggedBallot[] = [];
const latencies: number[] = [];
let next = 0;
let retries = 0;
let killed = false;
let restarting: Promise<void> | null = null;
const startedAt = performance.now();

async function castOne(s: { cookie: string; csrf: string }, code: string, choices: string[]): Promise<void> {
  const idempotencyKey = randomBytes(16).toString("base64url");
  const body = new URLSearchParams({ _csrf: s.csrf, step: "confirm", code, idempotencyKey });
  for (const id of choices) body.append("project", id);
  for (;;) {
    const t0 = performance.now();
    try {
      const response = await fetch(`${baseUrl}/budgets/${slug}/vote`, {
        method: "POST",
        headers: { cookie: s.cookie, "content-type": "application/x-www-form-urlencoded" },
        body: body.toString(),
      });
      const html = await response.text();
      if (response.status === 200) {
        const receipt = html.match(/id="receipt-code">\s*([0-9A-Z-]+)\s*</)?.[1] ?? null;
        log.push({ code, choices, idempotencyKey, receipt, ack: "counted" });
        latencies.push(performance.now() - t0);
        return;
      }
      if (response.status === 409 && html.includes("schon gezählt")) {
        log.push({ code, choices, idempotencyKey, receipt: null, ack: "repeat" });
        return;
      }
      if (response.status < 500) throw new Error(`ballot refused with ${response.status}: ${html.slice(0, 300)}`);
    } catch (error) {
      if (error instanceof Error && error.message.startsWith("ballot refused")) throw error;
    }
    // The server is down or failed: send the very same form again, as a browser's retry would.
    retries += 1;
    if (restarting) await restarting;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function client(index: number): Promise<void> {
  const random = prng(index + 1);
  let s = await session();
  for (;;) {
    const i = next++;
    if (i >= codes.length) return;
    if (!killed && log.length >= codes.length / 2) {
      killed = true;
      console.log(`killing the server after ${log.length} acknowledged ballots`);
      server?.kill("SIGKILL");
      restarting = startServer().then(() => {
        restarting = null;
      });
    }
    await castOne(s, codes[i] as string, choose(random));
    if (i % 500 === 0) s = await session();
  }
}

await startServer();
await Promise.all(Array.from({ length: CLIENTS }, (_, i) => client(i)));
const ballotSeconds = (performance.now() - startedAt) / 1000;

// --- baseline: page reads by the same clients --------------------------------------------------
let reads = 0;
const readStart = performance.now();
await Promise.all(
  Array.from({ length: CLIENTS }, async () => {
    while (reads < READS) {
      reads += 1;
      const response = await fetch(`${baseUrl}/budgets/${slug}`);
      await response.arrayBuffer();
    }
  }),
);
const readSeconds = (performance.now() - readStart) / 1000;

// --- checks ------------------------------------------------------------------------------------
const hash = (canonical: string) => createHash("sha256").update(canonical).digest("hex");
const canonical = (code: string) => code.replace(/-/g, "");
const { rows: stored } = await pool.query<{
  voter_key: string;
  choices: Array<{ projectId: string }>;
  receipt_hash: string;
}>("select voter_key, choices, receipt_hash from budget_ballots where budget_id = $1 and replaced_at is null", [
  budget.id,
]);
const byVoter = new Map<string, (typeof stored)[number][]>();
for (const row of stored) byVoter.set(row.voter_key, [...(byVoter.get(row.voter_key) ?? []), row]);
const problems: string[] = [];
if (log.length !== codes.length) problems.push(`${codes.length - log.length} ballots never acknowledged`);
if (stored.length !== log.length)
  problems.push(`database holds ${stored.length} ballots, clients were told of ${log.length}`);
for (const entry of log) {
  const rows = byVoter.get(`code:${hash(canonical(entry.code))}`) ?? [];
  if (rows.length !== 1) {
    problems.push(`code ${entry.code}: ${rows.length} ballots in the database`);
    continue;
  }
  const row = rows[0] as (typeof stored)[number];
  const same =
    row.choices
      .map((c) => c.projectId)
      .sort()
      .join() === [...entry.choices].sort().join();
  if (!same) problems.push(`code ${entry.code}: stored choices differ from the ballot sent`);
  if (entry.receipt && row.receipt_hash !== hash(canonical(entry.receipt)))
    problems.push(`code ${entry.code}: receipt does not match`);
}

// The tally from the clients' log, computed here with the domain's rule…
const key = (id: string) => String(projectIds.indexOf(id) + 1).padStart(4, "0");
const election: Election = {
  meta: [],
  budget: Rational.fromInteger(AMOUNT),
  voteType: "approval",
  projectColumns: ["project_id", "cost"],
  projects: costs.map((cost, i) => ({
    id: String(i + 1).padStart(4, "0"),
    cost: Rational.fromInteger(cost),
    fields: {},
  })),
  voterColumns: ["voter_id", "vote"],
  voters: log.map((entry, i) => ({ id: String(i + 1), vote: entry.choices.map(key), fields: {} })),
};
const fromLog = tally(election, "mes_cost_add1_greedy").selected;
// …and the one the platform publishes once voting has closed.
await startNextPhase(deps, { actor: system }, { budgetId: budget.id });
await new Promise((r) => setTimeout(r, 1100));
const published = (await (await fetch(`${baseUrl}/api/v1/budgets/${slug}/results`)).json()) as {
  headings: Array<{ selected: string[] }>;
};
const fromServer = published.headings[0]?.selected ?? [];
if ([...fromLog].sort().join() !== [...fromServer].sort().join())
  problems.push(`tally differs: log ${fromLog.join(",")} vs published ${fromServer.join(",")}`);

(server as ChildProcess | null)?.kill("SIGTERM");
await pool.end();
if (process.env.BENCH_KEEP !== "true") await adminQuery(adminUrl, `drop database if exists ${dbName} with (force)`);

latencies.sort((a, b) => a - b);
const pct = (p: number) =>
  (latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0).toFixed(1);
const ballotRate = log.length / ballotSeconds;
const readRate = READS / readSeconds;
console.log(
  `ballots: ${log.length} in ${ballotSeconds.toFixed(1)} s = ${ballotRate.toFixed(0)}/s, p50 ${pct(50)} ms, p95 ${pct(95)} ms, p99 ${pct(99)} ms`,
);
console.log(
  `retries after the crash: ${retries}; acknowledged as repeats: ${log.filter((e) => e.ack === "repeat").length}`,
);
console.log(
  `baseline page reads: ${readRate.toFixed(0)}/s; ratio ballots/reads: ${(ballotRate / readRate).toFixed(2)}`,
);
console.log(`tally (${fromServer.length} funded): log ${fromLog.join(" ")} | published ${fromServer.join(" ")}`);
if (problems.length) {
  console.error(`FAILED:\n  ${problems.slice(0, 20).join("\n  ")}`);
  process.exit(1);
}
console.log("OK: every acknowledged ballot is stored exactly once; the tally matches the clients' log.");
