/**
 * Where the time of one page goes: a CPU profile of the application while it answers one page, as
 * `node --cpu-prof` would record it but only for the load, summed up by function and by area
 * (the platform, each module, Hono, the database driver, Node itself).
 *
 *   npx tsx bench/profile.ts /measures                      kept pages, signed in (20 connections)
 *   PROFILE_WHO=visitor npx tsx bench/profile.ts /panels
 *   PROFILE_MADE=1 npx tsx bench/profile.ts "/measures/{measure}"   every request makes the page afresh
 *   ("{measure}" and "{panel}" stand for a demo measure's slug and a demo panel's id)
 *   BENCH_DATABASE_URL=postgres://… PROFILE_DB=postgres npx tsx bench/profile.ts /
 *   PROFILE_OUT=page.cpuprofile …                           also writes the profile (Chrome DevTools)
 *
 * "Made afresh" asks for the page with a new, ignored query parameter each time, so the page cache
 * never has it: that is the cost of a page after a change, or of a page that is not kept.
 */
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { countedQueries, openDemoSite } from "./support/demo-site";
import { measure, perSecond } from "./support/paired-load";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const path = process.argv[2] ?? "/measures";
const who = process.env.PROFILE_WHO === "visitor" ? "visitor" : "resident";
const made = process.env.PROFILE_MADE === "1";
const seconds = Number(process.env.BENCH_SECONDS ?? 6);
const kind = process.env.PROFILE_DB === "postgres" ? "postgres" : "pglite";

/** The area a function belongs to, from its file. */
function areaOf(url: string, name: string): string {
  if (!url) return name.startsWith("(") ? name : "node (native)";
  const modules = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (modules) return modules[1] as string;
  const source = url.match(/\/src\/(platform\/[^/]+|modules\/[^/]+|ui|app)\//);
  if (source) return `src/${source[1]}`;
  if (url.startsWith("node:")) return "node";
  return url.replace(/^.*\//, "");
}

function summarise(profile: Profile): void {
  const selfTime = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const total = [...selfTime.values()].reduce((a, b) => a + b, 0) || 1;
  const byFunction = new Map<string, number>();
  const byArea = new Map<string, number>();
  for (const node of profile.nodes) {
    const time = selfTime.get(node.id) ?? 0;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url ? `${url.replace(/^.*\/(node_modules|src)\//, "$1/")}:${lineNumber + 1}` : "";
    const fn = `${functionName || "(anonymous)"} ${where}`.trim();
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + time);
    const area = areaOf(url, functionName);
    byArea.set(area, (byArea.get(area) ?? 0) + time);
  }
  const share = (time: number) => `${((100 * time) / total).toFixed(1).padStart(5)} %`;
  console.log("\nSelf time by area:");
  for (const [area, time] of [...byArea].sort((a, b) => b[1] - a[1]).slice(0, 14)) {
    console.log(`  ${share(time)}  ${area}`);
  }
  console.log("\nSelf time by function (top 20):");
  for (const [fn, time] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
    console.log(`  ${share(time)}  ${fn}`);
  }
}

/** Requests with a new query parameter each, `connections` at a time, for `seconds`. */
async function loadMadeAfresh(url: string, headers: Record<string, string>): Promise<number> {
  let n = 0;
  let done = 0;
  const end = Date.now() + seconds * 1000;
  const worker = async () => {
    while (Date.now() < end) {
      n += 1;
      const response = await fetch(`${url}${url.includes("?") ? "&" : "?"}fresh=${n}`, { headers });
      await response.arrayBuffer();
      done += 1;
    }
  };
  await Promise.all(Array.from({ length: 10 }, worker));
  return done / seconds;
}

const site = await openDemoSite(kind);
const headers = who === "visitor" ? site.visitorHeaders : site.residentHeaders;
const url = `${site.appUrl}${path.replace("{measure}", site.measureSlug).replace("{panel}", site.panelId)}`;
const first = await fetch(url, { headers });
if (first.status !== 200) throw new Error(`${path} answered ${first.status}`);
countedQueries.value = 0;
await fetch(`${url}${url.includes("?") ? "&" : "?"}fresh=0`, { headers });
const queriesMade = countedQueries.value;

const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 200 });
await session.post("Profiler.start");
let rate: number;
if (made) rate = await loadMadeAfresh(url, headers);
else rate = perSecond(await measure(url, 20, seconds, { headers }));
const { profile } = (await session.post("Profiler.stop")) as unknown as { profile: Profile };
session.disconnect();

console.log(
  `${path} (${who}, ${kind}, ${made ? "made afresh each time" : "kept pages"}): ${rate.toFixed(0)} req/s; ` +
    `a page made afresh makes ${queriesMade} database queries`,
);
summarise(profile);
if (process.env.PROFILE_OUT) writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
await site.close();
process.exit(0);
