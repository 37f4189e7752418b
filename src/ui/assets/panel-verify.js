// Checks a citizen panel's draw in the browser, without trusting the platform: the same procedure
// as docs/panel-verify.mjs (see docs/panel-draw-procedure.md), with the browser's own SHA-256 (Web
// Crypto). Progressive enhancement: without this file the verify page explains the procedure and
// offers the script for Node.js; with it a button fetches the published list and recomputes the
// checksum, the panel drawn and every replacement here, on the resident's device.
//
// An ES module, so the computation can be imported and tested in Node.js (which has Web Crypto too).

const TWO_256 = 1n << 256n;
const encoder = new TextEncoder();

/** SHA-256 of a text (UTF-8), as lowercase hex. */
export async function sha256(text) {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", encoder.encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * A uniform number in [0, n): SHA-256 read as a big-endian number; values at or above the largest
 * multiple of n are rejected (the hex digest is hashed again), so every result is equally likely.
 */
export async function uniform(text, n) {
  const range = BigInt(n);
  const limit = TWO_256 - (TWO_256 % range);
  let digest = await sha256(text);
  for (;;) {
    const x = BigInt(`0x${digest}`);
    if (x < limit) return Number(x % range);
    digest = await sha256(digest);
  }
}

/** "1: id id id\n2: …\n": every line numbered from 1, a line break after each. */
export function parseList(text) {
  if (text === "" || !text.endsWith("\n")) throw new VerifyError("listWithoutFinalLineBreak", {});
  return text
    .slice(0, -1)
    .split("\n")
    .map((line, i) => {
      const prefix = `${i + 1}: `;
      if (!line.startsWith(prefix)) throw new VerifyError("listLinePrefix", { line: i + 1, prefix });
      return line.slice(prefix.length).split(" ");
    });
}

export class VerifyError extends Error {
  constructor(code, params) {
    super(code);
    this.code = code;
    this.params = params;
  }
}

/**
 * Each eligible volunteer (sorted by id) holds as many tickets as the list has panels with them;
 * if none holds any, one each. The ticket drawn picks the replacement.
 */
async function replacement(hash, seed, round, eligible, panels) {
  const ids = [...new Set(eligible)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const count = new Map(ids.map((id) => [id, 0]));
  for (const panel of panels) for (const id of panel) if (count.has(id)) count.set(id, count.get(id) + 1);
  const anyTickets = [...count.values()].some((c) => c > 0);
  const tickets = ids.map((id) => (anyTickets ? count.get(id) : 1));
  const total = tickets.reduce((sum, t) => sum + t, 0);
  const ticket = await uniform(`${hash}:${seed}:replacement:${round}`, total);
  let passed = 0;
  for (const [i, id] of ids.entries()) {
    passed += tickets[i];
    if (ticket < passed) return { id, ticket, tickets: total };
  }
  throw new VerifyError("nobodyEligible", {});
}

/**
 * The whole check, with the same result as `node panel-verify.mjs LIST SEED --hash HEX --json`:
 * the list's checksum (and whether it is the published one), the panel drawn, its members and
 * every replacement recomputed (and whether it is the one recorded).
 */
export async function verifyDraw({ text, seed: rawSeed, publishedHash, replacements = [] }) {
  const seed = String(rawSeed).trim();
  if (!seed) throw new VerifyError("seedEmpty", {});
  const panels = parseList(text);
  const hash = await sha256(text);
  const number = (await uniform(`${hash}:${seed}`, panels.length)) + 1;
  const result = {
    hash,
    hashMatches: publishedHash === undefined ? null : String(publishedHash).trim().toLowerCase() === hash,
    lotterySize: panels.length,
    panelNumber: number,
    members: panels[number - 1],
    replacements: [],
  };
  for (const r of replacements) {
    const drawn = await replacement(hash, seed, Number(r.round), r.eligible, panels);
    result.replacements.push({
      round: Number(r.round),
      ...drawn,
      matches: r.replacement === undefined ? null : r.replacement === drawn.id,
    });
  }
  return result;
}

// --- The page ------------------------------------------------------------------------------------

function fill(template, values) {
  return (template || "").replace(/\{(\w+)\}/g, (match, name) => (name in values ? String(values[name]) : match));
}

function item(list, text, ok) {
  const li = document.createElement("li");
  li.textContent = text;
  if (ok === false) li.className = "panel-warning";
  list.append(li);
}

async function runCheck(box, button, output) {
  const d = box.dataset;
  button.disabled = true;
  output.replaceChildren();
  const status = document.createElement("p");
  status.textContent = d.tRunning;
  output.append(status);
  try {
    const [listResponse, panelResponse] = await Promise.all([
      fetch(d.listUrl, { credentials: "same-origin" }),
      d.panelUrl ? fetch(d.panelUrl, { credentials: "same-origin" }) : Promise.resolve(null),
    ]);
    if (!listResponse.ok || (panelResponse && !panelResponse.ok)) throw new VerifyError("download", {});
    const text = await listResponse.text();
    const panel = panelResponse ? await panelResponse.json() : null;
    const recorded = panel?.lottery?.replacements ?? [];
    const result = await verifyDraw({ text, seed: d.seed, publishedHash: d.hash, replacements: recorded });
    const shownNumber = Number(d.number);
    const shownMembers = (d.members || "").split(" ").filter(Boolean);
    const numberOk = result.panelNumber === shownNumber;
    const membersOk = result.members.join(" ") === shownMembers.join(" ");
    const ok = result.hashMatches === true && numberOk && membersOk && result.replacements.every((r) => r.matches);
    const list = document.createElement("ul");
    item(list, fill(d.tHash, { hash: result.hash }));
    item(list, result.hashMatches ? d.tHashOk : d.tHashBad, result.hashMatches === true);
    item(
      list,
      fill(numberOk ? d.tNumberOk : d.tNumberBad, {
        number: result.panelNumber,
        size: result.lotterySize,
        shown: shownNumber,
      }),
      numberOk,
    );
    item(list, membersOk ? d.tMembersOk : d.tMembersBad, membersOk);
    for (const r of result.replacements) {
      item(
        list,
        fill(r.matches ? d.tReplacementOk : d.tReplacementBad, {
          round: r.round,
          id: r.id,
          ticket: r.ticket + 1,
          tickets: r.tickets,
        }),
        r.matches === true,
      );
    }
    status.textContent = ok ? d.tOk : d.tBad;
    status.className = ok ? "panel-ok" : "panel-warning";
    output.dataset.panelNumber = String(result.panelNumber);
    output.dataset.hash = result.hash;
    output.dataset.outcome = ok ? "ok" : "mismatch";
    output.append(list);
  } catch (error) {
    status.textContent = d.tError;
    status.className = "panel-warning";
    output.dataset.outcome = "error";
    if (!(error instanceof VerifyError)) console.error(error);
  } finally {
    button.disabled = false;
  }
}

if (typeof document !== "undefined") {
  const start = () => {
    const box = document.querySelector("[data-browser-check]");
    if (!(box instanceof HTMLElement) || !globalThis.crypto?.subtle || typeof BigInt !== "function") return;
    const button = box.querySelector("button");
    const output = box.querySelector("[data-browser-check-result]");
    if (!(button instanceof HTMLButtonElement) || !(output instanceof HTMLElement)) return;
    box.hidden = false;
    button.addEventListener("click", () => void runCheck(box, button, output));
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
}
