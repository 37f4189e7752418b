/**
 * The strategy catalogue under load: the measures list with a filter and a search, the search
 * alone, and the API search, against a bare `node:http` baseline measured in the same run.
 *
 *   npx tsx bench/strategy.ts                       (embedded PGlite in a temporary directory)
 *   BENCH_DATABASE_URL=postgres://… npx tsx bench/strategy.ts   (PGlite, then PostgreSQL)
 *   BENCH_SECONDS=10 BENCH_EXPLAIN=1 npx tsx bench/strategy.ts
 *
 * 5,000 measures with realistic German and English texts are seeded first (the demo strategy plus
 * generated ones). The application runs in this process on a real @hono/node-server, as `npm start`
 * wires it; the baseline is a bare `node:http` server in the same process answering with the very
 * bytes the application sent for the same path. autocannon drives both with 50 connections from a
 * worker thread (bench/load-worker.mjs), interleaved (app, baseline, app, baseline), so machine
 * noise hits both alike. Visitors' pages come from the catalogue's page cache (checked against the
 * change counter on every request); the last columns show one request at a time made afresh,
 * without the cache. Target: p95 below 50 ms for the list and the search.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { sql } from "drizzle-orm";
import pg from "pg";
import { createDeps } from "../src/app/bootstrap";
import { columnsOf, listMeasuresQuery } from "../src/modules/strategy/data/measures";
import { measures } from "../src/modules/strategy/data/schema";
import type { MeasureFilter } from "../src/modules/strategy/domain/catalogue";
import { blankContent, type MeasureContent } from "../src/modules/strategy/domain/model";
import { slugify } from "../src/modules/strategy/domain/vocabulary";
import { seedStrategy } from "../src/modules/strategy/use-cases/seed-demo-strategy";
import { loadCityFile } from "../src/platform/city/city-file";
import { loadConfig } from "../src/platform/config/config";
import { type Database, openDatabase } from "../src/platform/db/database";
import { migrate } from "../src/platform/db/migrate";
import type { Deps } from "../src/platform/deps";
import { failureNote, perSecond, startPairedServers } from "./support/paired-load";

const districts = loadCityFile().districts;
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = 50;
const TOTAL_MEASURES = 5_000;
const TARGET_P95_MS = 50;

const paths: Array<{ path: string; filter: MeasureFilter; locale: "de" | "en" }> = [
  // A resident narrows the list to a cluster and searches in it.
  { path: "/measures?cluster=RW&q=wasser", filter: { cluster: "RW", q: "wasser" }, locale: "de" },
  { path: "/measures?q=wasser", filter: { q: "wasser" }, locale: "de" },
  { path: "/api/v1/measures?q=klima", filter: { q: "klima" }, locale: "de" },
  // Filters only, sorted by the last change, third page.
  {
    path: "/measures?actionField=IS-1&value=cooperative&sort=updated&page=3",
    filter: { actionField: "IS-1", value: "cooperative" },
    locale: "de",
  },
  // The worst case: a word in nine of ten measures ("Daten"), so nearly every row matches.
  { path: "/measures?q=daten", filter: { q: "daten" }, locale: "de" },
];

// ---------- realistic texts, from a seeded generator (the same 5,000 measures every run) ----------

function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Theme {
  de: string[];
  en: string[];
  fields: string[];
}

/** Themes of a smart-city strategy, each with German and English words and its action fields. */
const themes: Theme[] = [
  {
    de: ["Wasser", "Regenwasser", "Starkregen", "Grundwasser"],
    en: ["water", "rainwater", "heavy rain", "groundwater"],
    fields: ["RW-2", "IS-4"],
  },
  {
    de: ["Mobilität", "Radverkehr", "Lieferverkehr", "Parkraum"],
    en: ["mobility", "cycling", "delivery traffic", "parking"],
    fields: ["IS-4", "EV-2"],
  },
  {
    de: ["Bildung", "Schule", "Bibliothek", "Medienkompetenz"],
    en: ["education", "school", "library", "media literacy"],
    fields: ["ZA-1", "ZA-2"],
  },
  {
    de: ["Energie", "Solarstrom", "Wärme", "Stromnetz"],
    en: ["energy", "solar power", "heating", "power grid"],
    fields: ["RW-1", "RW-2"],
  },
  {
    de: ["Verwaltung", "Bürgeramt", "Antrag", "Formular"],
    en: ["administration", "citizen office", "application", "form"],
    fields: ["EV-1", "EV-2"],
  },
  {
    de: ["Beteiligung", "Nachbarschaft", "Kiezkasse", "Bürger:innenrat"],
    en: ["participation", "neighbourhood", "neighbourhood fund", "citizen panel"],
    fields: ["IS-1", "IS-2"],
  },
  {
    de: ["Daten", "Sensoren", "Open Data", "Schnittstelle"],
    en: ["data", "sensors", "open data", "interface"],
    fields: ["EV-3", "RW-3"],
  },
  {
    de: ["Klima", "Hitze", "Stadtgrün", "Bäume"],
    en: ["climate", "heat", "urban green", "trees"],
    fields: ["RW-2", "IS-4"],
  },
  {
    de: ["Gesundheit", "Pflege", "Notruf", "Seniorinnen und Senioren"],
    en: ["health", "care", "emergency call", "older people"],
    fields: ["ZA-1", "IS-3"],
  },
  {
    de: ["Kultur", "Museum", "Veranstaltung", "Ehrenamt"],
    en: ["culture", "museum", "event", "volunteering"],
    fields: ["ZA-2", "IS-1"],
  },
];

const titleDe = [
  "Digitale {w} im Kiez",
  "{w} smart gestalten",
  "Offene Plattform für {w}",
  "{w}-Lotsen für {d}",
  "Gemeinsam für {w} in {d}",
  "Karte: {w} in {d}",
];
const titleEn = [
  "Digital {w} in the neighbourhood",
  "Smart {w}",
  "Open platform for {w}",
  "{w} guides for {d}",
  "Together for {w} in {d}",
  "Map: {w} in {d}",
];
const sentencesDe = [
  "Die Maßnahme verbindet Verwaltung, Wissenschaft und Zivilgesellschaft rund um das Thema {w}.",
  "In {d} wird ein Prototyp gemeinsam mit Anwohnerinnen und Anwohnern erprobt.",
  "Alle Ergebnisse werden als offene Daten und als Open-Source-Software veröffentlicht.",
  "Ein Team aus dem Bezirksamt begleitet die Umsetzung und wertet sie regelmäßig aus.",
  "Besonderer Wert liegt auf barrierefreien Zugängen und auf Menschen ohne Smartphone.",
  "Die Werkzeuge sollen später in allen Bezirken nach dem Prinzip „Einer für alle“ genutzt werden.",
  "Sensoren messen {w} und zeigen die Werte in einer öffentlichen Karte.",
  "Workshops im Stadtteilzentrum sammeln Ideen und Rückmeldungen zum Thema {w}.",
];
const sentencesEn = [
  "The measure brings together administration, science and civil society around {w}.",
  "In {d}, a prototype is tested together with residents.",
  "All results are published as open data and open-source software.",
  "A team from the district office supports the work and reviews it regularly.",
  "Particular attention goes to barrier-free access and to people without a smartphone.",
  "The tools are later to be used in all districts, following the 'one for all' principle.",
  "Sensors measure {w} and show the values on a public map.",
  "Workshops in the neighbourhood centre collect ideas and feedback on {w}.",
];

function generatedMeasure(
  i: number,
  random: () => number,
  organisations: string[],
): { slug: string; content: MeasureContent; strong: string[] } {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const themeIndex = Math.floor(random() * themes.length);
  const theme = themes[themeIndex] as Theme;
  const word = Math.floor(random() * theme.de.length);
  const wDe = theme.de[word] as string;
  const wEn = theme.en[word] as string;
  const district = pick(districts);
  const template = Math.floor(random() * titleDe.length);
  const fill = (text: string, w: string) => text.replaceAll("{w}", w).replaceAll("{d}", district.name.de);
  const title = {
    de: `${fill(titleDe[template] as string, wDe)} (${i})`,
    en: `${fill(titleEn[template] as string, wEn)} (${i})`,
  };
  const paragraphs = (sentences: string[], w: string) =>
    Array.from({ length: 3 }, () => Array.from({ length: 3 }, () => fill(pick(sentences), w)).join(" ")).join("\n\n");
  const startYear = 2021 + Math.floor(random() * 5);
  const content: MeasureContent = {
    ...blankContent(),
    title,
    summary: { de: fill(pick(sentencesDe), wDe), en: fill(pick(sentencesEn), wEn) },
    description: { de: paragraphs(sentencesDe, wDe), en: paragraphs(sentencesEn, wEn) },
    type: pick(["central", "decentral", "network"] as const),
    pilot: random() < 0.1,
    status: pick(["planned", "running", "running", "completed", "paused"] as const),
    phaseId: pick(["vorprozess", "demonstration", "etablierung", "skalierung", "betrieb"]),
    responsibleOrganisationId: pick(organisations),
    involvedOrganisationIds: [pick(organisations), pick(organisations)].filter((v, j, a) => a.indexOf(v) === j),
    districtIds: random() < 0.2 ? [] : [district.key],
    cityWide: random() < 0.2,
    periodStart: `${startYear}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}`,
    periodEnd: `${startYear + 1 + Math.floor(random() * 3)}-12`,
    actionFieldIds: [...new Set([pick(theme.fields), ...(random() < 0.4 ? [pick(theme.fields)] : [])])],
    spatialLevelIds: [pick(["kiez", "cityspace", "region"])],
    goals: {
      output: { de: `Ein Werkzeug zum Thema ${wDe}`, en: `A tool on ${wEn}` },
      outcome: {
        de: `Mehr Menschen in ${district.name.de} nutzen es`,
        en: `More people in ${district.name.en} use it`,
      },
      impact: { de: "Eine lebenswertere Stadt", en: "A more livable city" },
    },
    sourceStatus: "demo",
  };
  const strong = ["sustainable", "common_good", "resilient", "cooperative"].filter(() => random() < 0.45);
  return { slug: `${slugify(title.de, 60)}-${i}`, content, strong };
}

export async function seedCatalogue(deps: Deps): Promise<void> {
  await seedStrategy(deps);
  const db = deps.database.db;
  const orgRows = (await db.execute(sql`select id from strategy_organisations`)) as unknown as {
    rows: Array<{ id: string }>;
  };
  const organisations = orgRows.rows.map((r) => r.id);
  const random = generator(20_251_120);
  const now = new Date();
  const [existing] = (
    (await db.execute(sql`select count(*)::int as n from strategy_measures`)) as unknown as {
      rows: Array<{ n: number }>;
    }
  ).rows;
  const toAdd = TOTAL_MEASURES - Number(existing?.n ?? 0);
  for (let start = 0; start < toAdd; start += 250) {
    const batch = Array.from({ length: Math.min(250, toAdd - start) }, (_, j) => {
      const m = generatedMeasure(start + j + 1, random, organisations);
      const updatedAt = new Date(now.getTime() - Math.floor(random() * 400 * 86_400_000));
      return {
        slug: m.slug,
        code: null,
        ...columnsOf(m.content),
        strongValueIds: m.strong,
        version: 1,
        createdAt: updatedAt,
        updatedAt,
      };
    });
    await db.insert(measures).values(batch);
  }
  // Fresh statistics for the planner (PostgreSQL's autovacuum would do this on its own; PGlite has none).
  await db.execute(sql`analyze`);
}

// ---------- load ----------

async function explain(deps: Deps): Promise<void> {
  for (const { path, filter, locale } of paths) {
    const query = listMeasuresQuery(deps.database.db, filter, {
      sort: filter.q ? "relevance" : "title",
      locale,
      limit: 20,
      offset: 0,
    });
    const plan = (await deps.database.db.execute(sql`explain (analyze, buffers) ${query}`)) as unknown as {
      rows: Array<Record<string, string>>;
    };
    console.log(`\nEXPLAIN ANALYZE ${path}`);
    for (const row of plan.rows) console.log(`  ${Object.values(row)[0]}`);
  }
}

async function run(kind: string, database: Database): Promise<boolean> {
  const config = loadConfig({ LOG_LEVEL: "silent", SEED_DEMO: "false", PORT: "3000" });
  const deps = await createDeps(config, database);
  const seeding = Date.now();
  await seedCatalogue(deps);
  console.log(`\n== ${kind}: ${TOTAL_MEASURES} measures seeded in ${((Date.now() - seeding) / 1000).toFixed(1)} s`);
  if (process.env.BENCH_EXPLAIN) await explain(deps);

  const servers = await startPairedServers(
    deps,
    paths.map((p) => p.path),
  );
  const rows = await servers.run(
    paths.map((p) => p.path),
    { connections, seconds },
  );

  // Without the page cache: one request at a time, each with a new (ignored) parameter, so every
  // answer is made afresh. This is the service time of one request, without any queueing.
  const uncached = new Map<string, { p50: number; p95: number }>();
  for (const { path } of paths) {
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const start = performance.now();
      const response = await fetch(`${servers.appUrl}${path}&fresh=${i}`);
      await response.arrayBuffer();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    uncached.set(path, { p50: times[100] ?? Number.NaN, p95: times[190] ?? Number.NaN });
  }

  const pad = (value: string, width: number) => value.padStart(width);
  const ms = (value: number) => value.toFixed(1);
  console.log(
    `${"path".padEnd(64)}${pad("bytes", 7)} │${pad("app req/s", 10)}${pad("p50", 7)}${pad("p95", 7)} │${pad("base req/s", 11)}${pad("p50", 6)}${pad("p95", 6)} │${pad("req/s app/base", 15)}${pad("p95 < 50", 9)} │${pad("uncached p50", 13)}${pad("p95", 6)}`,
  );
  let ok = true;
  for (const row of rows) {
    const { path, bytes, app: a, base: b } = row;
    const met = a.p95 < TARGET_P95_MS && a.non2xx === 0 && a.errors === 0;
    ok &&= met;
    console.log(
      `${path.padEnd(64)}${pad(String(bytes), 7)} │${pad(perSecond(a).toFixed(0), 10)}${pad(ms(a.p50), 7)}${pad(ms(a.p95), 7)} │${pad(perSecond(b).toFixed(0), 11)}${pad(ms(b.p50), 6)}${pad(ms(b.p95), 6)} │${pad((perSecond(a) / perSecond(b)).toFixed(3), 15)}${pad(met ? "yes" : "NO", 9)} │${pad(ms(uncached.get(path)?.p50 ?? Number.NaN), 13)}${pad(ms(uncached.get(path)?.p95 ?? Number.NaN), 6)}`,
    );
    const note = failureNote(row);
    if (note) console.log(note);
  }
  servers.close();
  return ok;
}

async function main(): Promise<void> {
  console.log(
    `Strategy catalogue benchmark: ${connections} connections, ${seconds} s per path (two rounds), Node ${process.version}`,
  );
  console.log("Latencies in milliseconds, exact percentiles over every response.");

  const dataDir = mkdtempSync(join(tmpdir(), "gemeinsam-bench-strategy-"));
  let allMet = true;
  try {
    const pglite = await openDatabase({ dataDir });
    await migrate(pglite);
    allMet = (await run("PGlite (embedded, file-backed)", pglite)) && allMet;
    await pglite.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }

  const serverUrl = process.env.BENCH_DATABASE_URL;
  if (serverUrl) {
    const name = `gemeinsam_bench_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const postgres = await openDatabase({ databaseUrl: url.toString(), dataDir });
    try {
      await migrate(postgres);
      allMet = (await run("PostgreSQL", postgres)) && allMet;
    } finally {
      await postgres.close();
      await admin.query(`drop database if exists ${name}`);
      await admin.end();
    }
  }
  console.log(allMet ? "\nAll paths met the p95 target." : "\nSome paths missed the p95 target (see above).");
}

// Run when started as a script (the seeding above is also used to inspect query plans).
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
