#!/usr/bin/env node
// Checks the public draw of a citizen panel on Gemeinsam, without trusting the platform.
// Needs only Node.js 18 or newer; no packages. The procedure: docs/panel-draw-procedure.md.
//
//   node panel-verify.mjs LIST SEED [--hash HEX] [--replacements FILE] [--replacement R:ID,ID,…]
//                        [--lang=de|en] [--json]
//
//   LIST            the published list (lottery.txt), as downloaded
//   SEED            the public random number of the draw, as announced
//   --hash          the checksum published before the draw: checked against the list
//   --replacements  the panel's JSON from /api/v1/panels/{id} (or a JSON array of
//                   {round, eligible, replacement}): every replacement is recomputed and compared
//   --replacement   one replacement by hand: its number and the eligible pseudonyms
//   --lang          the language of what it prints: de (German) or en (English); without it, English
//                   when the environment variable LANG starts with "en", German otherwise
//   --json          the result as one line of JSON (the same in both languages)
//
// Exit code 0 when everything matches, 1 when something does not, 2 for wrong input.
//
// Prüft die öffentliche Ziehung eines Bürger:innenrats auf Gemeinsam, ohne der Plattform zu vertrauen.
// Ausgabe auf Deutsch oder Englisch: --lang=de oder --lang=en (sonst nach LANG, im Zweifel Deutsch).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

// What the program prints, in German and English. Only the words differ; the computation is one.
const texts = {
  de: {
    usage:
      "Aufruf: node panel-verify.mjs LISTE ZUFALLSZAHL [--hash PRÜFSUMME] [--replacements DATEI] [--replacement R:ID,ID,…] [--lang=de|en] [--json]",
    language: (value) => `unbekannte Sprache „${value}“: bitte --lang=de oder --lang=en`,
    finalLineBreak: "die Liste muss mit einem Zeilenumbruch enden",
    linePrefix: (line, prefix) => `Zeile ${line} beginnt nicht mit „${prefix}“`,
    seedEmpty: "die Zufallszahl ist leer",
    replacementInput: "ein Ersatz braucht seine Nummer und die Pseudonyme derer, die nachrücken können",
    hash: (hash) => `SHA-256 der Liste: ${hash}`,
    hashMatches: (yes) => `Stimmt mit der veröffentlichten Prüfsumme überein: ${yes ? "ja" : "NEIN"}`,
    lotterySize: (n) => `Räte auf der Liste: ${n}`,
    panelNumber: (n) => `Gezogener Rat: Nummer ${n}`,
    members: (ids) => `Mitglieder: ${ids}`,
    replacement: (r, matches) =>
      `Ersatz ${r.round}: ${r.id}, Los ${r.ticket + 1} von ${r.tickets}${matches === null ? "" : matches ? " (wie protokolliert)" : " (NICHT wie protokolliert)"}`,
  },
  en: {
    usage:
      "usage: node panel-verify.mjs LIST SEED [--hash HEX] [--replacements FILE] [--replacement R:ID,ID,…] [--lang=de|en] [--json]",
    language: (value) => `unknown language "${value}": use --lang=de or --lang=en`,
    finalLineBreak: "the list must end with a line break",
    linePrefix: (line, prefix) => `line ${line} does not start with "${prefix}"`,
    seedEmpty: "the seed is empty",
    replacementInput: "a replacement needs its number and the eligible ids",
    hash: (hash) => `SHA-256 of the list: ${hash}`,
    hashMatches: (yes) => `Same as the published checksum: ${yes ? "yes" : "NO"}`,
    lotterySize: (n) => `Panels in the list: ${n}`,
    panelNumber: (n) => `Panel drawn: number ${n}`,
    members: (ids) => `Members: ${ids}`,
    replacement: (r, matches) =>
      `Replacement ${r.round}: ${r.id}, ticket ${r.ticket + 1} of ${r.tickets}${matches === null ? "" : matches ? " (as recorded)" : " (NOT as recorded)"}`,
  },
};

const args = process.argv.slice(2);
// --lang=xx (or --lang xx) wins; otherwise LANG ("en_GB.UTF-8" is English); German otherwise.
const langArgument =
  args.find((a) => a.startsWith("--lang="))?.slice("--lang=".length) ??
  (args.includes("--lang") ? (args[args.indexOf("--lang") + 1] ?? "") : undefined);
const fromEnvironment = /^en/i.test(process.env.LANG ?? "") ? "en" : "de";
let t = texts[fromEnvironment];

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

if (langArgument !== undefined) {
  const lang = langArgument.trim().toLowerCase();
  if (!Object.hasOwn(texts, lang)) fail(t.language(langArgument));
  t = texts[lang];
}

// "1: id id id\n2: …\n": every line numbered from 1, a line break after each.
function parseList(text) {
  if (text === "" || !text.endsWith("\n")) fail(t.finalLineBreak);
  return text
    .slice(0, -1)
    .split("\n")
    .map((line, i) => {
      const prefix = `${i + 1}: `;
      if (!line.startsWith(prefix)) fail(t.linePrefix(i + 1, prefix));
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

const positional = [];
const options = { replacements: [] };
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === "--json") options.json = true;
  else if (arg.startsWith("--lang=")) continue;
  else if (arg === "--lang") i++;
  else if (arg === "--hash") options.hash = args[++i];
  else if (arg === "--replacements") options.replacements.push(...replacementsFrom(args[++i]));
  else if (arg === "--replacement") {
    const [round, ids = ""] = (args[++i] ?? "").split(":");
    options.replacements.push({ round: Number(round), eligible: ids.split(",").filter(Boolean) });
  } else positional.push(arg);
}
const [listFile, rawSeed] = positional;
if (!listFile || rawSeed === undefined) fail(t.usage);
const seed = rawSeed.trim();
if (!seed) fail(t.seedEmpty);

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
    if (!Number.isInteger(r.round) || r.round < 1 || r.eligible.length === 0) fail(t.replacementInput);
    const drawn = replacement(hash, seed, r.round, r.eligible, panels);
    return { round: r.round, ...drawn, matches: r.recorded === undefined ? null : r.recorded === drawn.id };
  }),
};
const ok = result.hashMatches !== false && result.replacements.every((r) => r.matches !== false);

if (options.json) console.log(JSON.stringify(result));
else {
  console.log(t.hash(hash));
  if (result.hashMatches !== null) console.log(t.hashMatches(result.hashMatches));
  console.log(t.lotterySize(panels.length));
  console.log(t.panelNumber(number));
  console.log(t.members(result.members.join(" ")));
  for (const r of result.replacements) console.log(t.replacement(r, r.matches));
}
process.exit(ok ? 0 : 1);
