#!/usr/bin/env node
// Checks the public draw of a citizen panel on Gemeinsam, without trusting the platform.
// Needs only Node.js 18 or newer; no packages. The procedure: docs/panel-draw-procedure.md.
//
//   node panel-verify.mjs LIST SEED [--hash HEX] [--replacements FILE] [--replacement R:ID,ID,…] [--json]
//
//   LIST            the published list (lottery.txt), as downloaded
//   SEED            the public random number of the draw, as announced
//   --hash          the checksum published before the draw: checked against the list
//   --replacements  the panel's JSON from /api/v1/panels/{id} (or a JSON array of
//                   {round, eligible, replacement}): every replacement is recomputed and compared
//   --replacement   one replacement by hand: its number and the eligible pseudonyms
//
// Exit code 0 when everything matches, 1 when something does not, 2 for wrong input.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

const sha256 = (text) => createHash("sha256").update(text, "utf8").digest("hex");
const TWO_256 = 1n << 256n;

// A uniform number in [0, n): SHA-256 read as a big-endian number; values at or above the largest
// multiple of n are rejected (hash the hex digest again), so every result is exactly equally likely.
function uniform(text, n) {
  const range = BigInt(n);
  const limit = TWO_256 - (TWO_256 % range);
  let digest = sha256(text);
  for (;;) {
    const x = BigInt(`0x${digest}`);
    if (x < limit) return Number(x % range);
    digest = sha256(digest);
  }
}

function fail(message) {
  console.error(`panel-verify: ${message}`);
  process.exit(2);
}

// "1: id id id\n2: …\n": every line numbered from 1, a line break after each.
function parseList(text) {
  if (text === "" || !text.endsWith("\n")) fail("the list must end with a line break");
  return text
    .slice(0, -1)
    .split("\n")
    .map((line, i) => {
      const prefix = `${i + 1}: `;
      if (!line.startsWith(prefix)) fail(`line ${i + 1} does not start with "${prefix}"`);
      return line.slice(prefix.length).split(" ");
    });
}

// Each eligible volunteer (sorted by id) holds as many tickets as the list has panels with them;
// if none holds any, one each. The ticket drawn picks the replacement.
function replacement(hash, seed, round, eligible, panels) {
  const ids = [...new Set(eligible)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const count = new Map(ids.map((id) => [id, 0]));
  for (const panel of panels) for (const id of panel) if (count.has(id)) count.set(id, count.get(id) + 1);
  const anyTickets = [...count.values()].some((c) => c > 0);
  const tickets = ids.map((id) => (anyTickets ? count.get(id) : 1));
  const total = tickets.reduce((sum, t) => sum + t, 0);
  const ticket = uniform(`${hash}:${seed}:replacement:${round}`, total);
  let passed = 0;
  for (const [i, id] of ids.entries()) {
    passed += tickets[i];
    if (ticket < passed) return { id, ticket, tickets: total };
  }
}

function replacementsFrom(file) {
  const data = JSON.parse(readFileSync(file, "utf8"));
  const list = Array.isArray(data) ? data : (data.lottery?.replacements ?? data.replacements ?? []);
  return list.map((r) => ({ round: Number(r.round), eligible: r.eligible, recorded: r.replacement }));
}

const args = process.argv.slice(2);
const positional = [];
const options = { replacements: [] };
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === "--json") options.json = true;
  else if (arg === "--hash") options.hash = args[++i];
  else if (arg === "--replacements") options.replacements.push(...replacementsFrom(args[++i]));
  else if (arg === "--replacement") {
    const [round, ids = ""] = (args[++i] ?? "").split(":");
    options.replacements.push({ round: Number(round), eligible: ids.split(",").filter(Boolean) });
  } else positional.push(arg);
}
const [listFile, rawSeed] = positional;
if (!listFile || rawSeed === undefined) fail("usage: node panel-verify.mjs LIST SEED [--hash HEX] [--replacements FILE]");
const seed = rawSeed.trim();
if (!seed) fail("the seed is empty");

const text = readFileSync(listFile, "utf8");
const panels = parseList(text);
const hash = sha256(text);
const number = uniform(`${hash}:${seed}`, panels.length) + 1;
const result = {
  hash,
  hashMatches: options.hash === undefined ? null : options.hash.trim().toLowerCase() === hash,
  lotterySize: panels.length,
  panelNumber: number,
  members: panels[number - 1],
  replacements: options.replacements.map((r) => {
    if (!Number.isInteger(r.round) || r.round < 1 || r.eligible.length === 0) fail("a replacement needs its number and the eligible ids");
    const drawn = replacement(hash, seed, r.round, r.eligible, panels);
    return { round: r.round, ...drawn, matches: r.recorded === undefined ? null : r.recorded === drawn.id };
  }),
};
const ok = result.hashMatches !== false && result.replacements.every((r) => r.matches !== false);

if (options.json) console.log(JSON.stringify(result));
else {
  console.log(`SHA-256 of the list: ${hash}`);
  if (result.hashMatches !== null) console.log(`Same as the published checksum: ${result.hashMatches ? "yes" : "NO"}`);
  console.log(`Panels in the list: ${panels.length}`);
  console.log(`Panel drawn: number ${number}`);
  console.log(`Members: ${result.members.join(" ")}`);
  for (const r of result.replacements) {
    const check = r.matches === null ? "" : r.matches ? " (as recorded)" : " (NOT as recorded)";
    console.log(`Replacement ${r.round}: ${r.id}, ticket ${r.ticket + 1} of ${r.tickets}${check}`);
  }
}
process.exit(ok ? 0 : 1);
