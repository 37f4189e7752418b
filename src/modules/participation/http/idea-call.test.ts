import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import type { BrowserClient } from "../../../../tests/support/browser-client";
import { signedIn } from "../../../../tests/support/budget";
import { visibleText as visible } from "../../../../tests/support/html";
import { auditLog } from "../../../platform/audit/schema";
import { readCounter } from "../../../platform/cache/change-counters";
import type { Executor } from "../../../platform/db/database";
import { arenaDrafts, arenaEntries } from "../../arena/data/schema";
import { strategyModule } from "../../strategy";
import { participationIdeas, participationPhases, participationProcesses } from "../data/schema";
import type { Method } from "../domain/process";

const DAY = 24 * 60 * 60 * 1000;
const start = new Date("2026-06-10T10:00:00Z");
let now = start;
let t: TestApp;

/** A process written straight into its tables: its phases one after another, from `from`. */
async function insertProcess(
  db: Executor,
  options: { slug: string; title: string; from: Date; phases: Array<[Method, number]>; visibility?: "invited" },
): Promise<string> {
  const [row] = await db
    .insert(participationProcesses)
    .values({
      slug: options.slug,
      title: { de: options.title, en: `${options.title} (en)` },
      summary: { de: "Worum es geht.", en: "What it is about." },
      subjectKind: "topic",
      subjectTopic: { de: "Stadtgrün", en: "Urban green" },
      organisation: "Stabsstelle Smart City",
      contact: "smartcity@example.org",
      visibility: options.visibility ?? "public",
      createdAt: options.from,
      updatedAt: options.from,
    })
    .returning({ id: participationProcesses.id });
  if (!row) throw new Error("process not inserted");
  let at = options.from.getTime();
  for (const [position, [method, days]] of options.phases.entries()) {
    const endsAt = at + days * DAY;
    await db
      .insert(participationPhases)
      .values({ processId: row.id, position, method, startsAt: new Date(at), endsAt: new Date(endsAt) });
    at = endsAt;
  }
  return row.id;
}

/** Starts a draft (from a call's address, if given) and fills every step; `place` may add fields. */
async function fillDraft(
  browser: BrowserClient,
  title: string,
  options: { call?: string; place?: Record<string, string> } = {},
) {
  await browser.get(options.call ? `/arena/new?call=${options.call}` : "/arena/new");
  const started = await browser.post("/arena/new", options.call ? { call: options.call } : {});
  expect(started.status).toBe(303);
  const draftPath = (started.headers.get("location") ?? "").replace(/\/problem$/, "");
  await browser.get(`${draftPath}/problem`);
  const steps: Array<[string, Record<string, string | string[]>]> = [
    ["problem", { title, problem: "Auf unserem Platz fehlen Bäume, im Sommer ist es dort zu heiß.", affected: "" }],
    ["approach", { approach: "Bäume pflanzen und Bänke in den Schatten stellen.", kind: "idea" }],
    ["place", { actionFieldIds: ["RW-2"], scope: "city", ...options.place }],
    ["compass", { "score.sustainable": "2", "reason.sustainable": "Mehr Schatten." }],
    ["offers", { offers: ["space"], needs: ["money"], offerNote: "", needNote: "" }],
  ];
  for (const [step, fields] of steps) {
    const saved = await browser.post(`${draftPath}/${step}`, { go: "next", ...fields });
    expect(saved.status, step).toBe(303);
    await browser.get(saved.headers.get("location") ?? "");
  }
  return draftPath;
}

const ideasOf = (processId: string) =>
  t.deps.database.db.select().from(participationIdeas).where(eq(participationIdeas.processId, processId));
const entriesTitled = (title: string) =>
  t.deps.database.db.select().from(arenaEntries).where(eq(arenaEntries.title, title));

let openId: string;
let laterId: string;

beforeAll(async () => {
  t = await createTestApp({ deps: { clock: () => now } });
  await strategyModule.seed?.(t.deps);
  const db = t.deps.database.db;
  // Ideas from two days ago for a week, then the report.
  openId = await insertProcess(db, {
    slug: "gruene-plaetze",
    title: "Grüne Plätze",
    from: new Date(start.getTime() - 2 * DAY),
    phases: [
      ["idea-call", 7],
      ["closing-report", 30],
    ],
  });
  // Information now; ideas only from the day after tomorrow.
  laterId = await insertProcess(db, {
    slug: "kuehle-schulhoefe",
    title: "Kühle Schulhöfe",
    from: new Date(start.getTime() - DAY),
    phases: [
      ["information", 3],
      ["idea-call", 7],
    ],
  });
  // Ideas now, but only from the invited.
  await insertProcess(db, {
    slug: "nur-eingeladene",
    title: "Nur für Eingeladene",
    from: new Date(start.getTime() - DAY),
    phases: [["idea-call", 7]],
    visibility: "invited",
  });
}, 300_000);
afterAll(async () => t?.close());

describe("an idea call takes Arena entries", () => {
  it("leads from the process page into the Arena, records the entry in the process and lists it there", async () => {
    now = start;
    const { browser } = await signedIn(t, { name: "Ida Idee" });
    const processPage = await (await browser.get("/participation/gruene-plaetze")).text();
    expect(processPage).toContain('href="/arena/new?call=gruene-plaetze"');
    expect(visible(processPage)).toMatch(/Idee einreichen\s*: Grüne Plätze/);
    expect(visible(processPage)).toContain("Es wurden noch keine Ideen eingereicht.");

    const startPage = visible(await (await browser.get("/arena/new?call=gruene-plaetze")).text());
    expect(startPage).toContain("Sie reichen Ihre Idee für das Beteiligungsverfahren „Grüne Plätze“ ein.");

    // The new draft is meant for the call: the step with the place offers the open calls, that one chosen.
    const started = await browser.post("/arena/new", { call: "gruene-plaetze" });
    const place = await (
      await browser.get((started.headers.get("location") ?? "").replace(/problem$/, "place"))
    ).text();
    expect(visible(place)).toContain("Für ein Beteiligungsverfahren einreichen");
    expect(place).toMatch(/value="gruene-plaetze"\s+checked/);
    expect(place).not.toContain("Kühle Schulhöfe");
    expect(place).not.toContain("Nur für Eingeladene");

    const counter = await readCounter(t.deps.database.db, "participation");
    const draftPath = await fillDraft(browser, "Schattenbäume für den Marktplatz", {
      call: "gruene-plaetze",
      place: { ideaCall: "gruene-plaetze" },
    });
    const review = visible(await (await browser.get(`${draftPath}/review`)).text());
    expect(review).toMatch(/Beteiligungsverfahren\s+Grüne Plätze/);

    const submitted = await browser.post(`${draftPath}/submit`, {});
    expect(submitted.status).toBe(303);
    const [entry] = await entriesTitled("Schattenbäume für den Marktplatz");
    expect(submitted.headers.get("location")).toBe(`/arena/${entry?.number}?done=submitted`);
    expect((await ideasOf(openId)).map((idea) => idea.arenaEntryNumber)).toEqual([entry?.number]);
    expect(await readCounter(t.deps.database.db, "participation")).toBeGreaterThan(counter);
    const [audit] = await t.deps.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.objectId, entry?.id ?? ""));
    expect(audit?.after).toMatchObject({ ideaCall: "gruene-plaetze" });

    const listed = visible(await (await browser.get("/participation/gruene-plaetze")).text());
    expect(listed).toContain(`Idee Nr. ${entry?.number} in der Arena`);
  });

  it("offers no call outside its phase, refuses one sent anyway and keeps the draft", async () => {
    now = start;
    const { browser } = await signedIn(t, { name: "Otto Später" });
    const processPage = await (await browser.get("/participation/kuehle-schulhoefe")).text();
    expect(processPage).not.toContain("/arena/new?call=");
    expect(visible(processPage)).not.toContain("Sie schreiben Ihre Idee in der Arena der Ideen auf.");

    const notOpen = visible(await (await browser.get("/arena/new?call=kuehle-schulhoefe")).text());
    expect(notOpen).toContain("Dieses Beteiligungsverfahren nimmt gerade keine Ideen an.");

    const draftPath = await fillDraft(browser, "Trinkbrunnen auf dem Schulhof");
    await browser.get(`${draftPath}/place`);
    const refused = await browser.post(`${draftPath}/place`, {
      go: "next",
      actionFieldIds: ["RW-2"],
      scope: "districts",
      districtIds: ["pankow"],
      ideaCall: "kuehle-schulhoefe",
    });
    expect(refused.status).toBe(422);
    expect(visible(await refused.text())).toContain("Dieses Beteiligungsverfahren nimmt gerade keine Ideen an.");
    const [draft] = await t.deps.database.db
      .select()
      .from(arenaDrafts)
      .where(eq(arenaDrafts.id, draftPath.split("/").at(-1) ?? ""));
    expect(draft?.content.ideaCall).toBe("");
    expect(draft?.content.districtIds).toEqual([]);
    expect(await ideasOf(laterId)).toEqual([]);

    // Not invited: not offered, and refused the same way.
    await browser.get(`${draftPath}/place`);
    const invitedOnly = await browser.post(`${draftPath}/place`, {
      go: "next",
      actionFieldIds: ["RW-2"],
      scope: "city",
      ideaCall: "nur-eingeladene",
    });
    expect(invitedOnly.status).toBe(422);
  });

  it("refuses the submission when the call closed in between, keeps the draft, and takes it without the call", async () => {
    // The idea call ends five days after the start: the resident writes in its last hour and submits after it.
    const end = start.getTime() + 5 * DAY;
    now = new Date(end - 50 * 60 * 1000);
    const { browser } = await signedIn(t, { name: "Lea Knapp" });
    const draftPath = await fillDraft(browser, "Wasserspiel am Platz", { place: { ideaCall: "gruene-plaetze" } });
    const ideas = (await ideasOf(openId)).length;
    now = new Date(end + 10 * 60 * 1000);
    await browser.get(`${draftPath}/review`);
    const refused = await browser.post(`${draftPath}/submit`, {});
    expect(refused.status).toBe(422);
    const text = visible(await refused.text());
    expect(text).toContain("Ihr Beitrag ist noch nicht eingereicht, Ihr Entwurf bleibt gespeichert.");
    expect(text).toContain("Dieses Beteiligungsverfahren nimmt gerade keine Ideen an.");
    expect(await entriesTitled("Wasserspiel am Platz")).toEqual([]);
    expect((await ideasOf(openId)).length).toBe(ideas);
    const [kept] = await t.deps.database.db
      .select()
      .from(arenaDrafts)
      .where(eq(arenaDrafts.id, draftPath.split("/").at(-1) ?? ""));
    expect(kept?.entryId).toBeNull();
    expect(kept?.content).toMatchObject({ title: "Wasserspiel am Platz", ideaCall: "gruene-plaetze" });
    // The summary says so too, before any new attempt.
    expect(visible(await (await browser.get(`${draftPath}/review`)).text())).toContain(
      "Das gewählte Beteiligungsverfahren nimmt gerade keine Ideen an.",
    );

    // The closed call is no longer offered (another one has opened meanwhile); the resident chooses none.
    const place = await (await browser.get(`${draftPath}/place`)).text();
    expect(place).not.toContain('value="gruene-plaetze"');
    expect(place).toMatch(/name="ideaCall" value="" checked/);
    const saved = await browser.post(`${draftPath}/place`, {
      go: "next",
      actionFieldIds: ["RW-2"],
      scope: "city",
      ideaCall: "",
    });
    expect(saved.status).toBe(303);
    await browser.get(`${draftPath}/review`);
    const submitted = await browser.post(`${draftPath}/submit`, {});
    expect(submitted.status).toBe(303);
    expect(await entriesTitled("Wasserspiel am Platz")).toHaveLength(1);
    expect((await ideasOf(openId)).length).toBe(ideas);
    // After the phase, the process page lists the ideas and no longer asks for more.
    const processPage = await (await browser.get("/participation/gruene-plaetze")).text();
    expect(processPage).not.toContain("/arena/new?call=");
    expect(visible(processPage)).toContain("Idee Nr.");
  });

  it("keeps the Arena's submission as it was when no call is open", async () => {
    now = new Date(start.getTime() + 20 * DAY);
    const { browser } = await signedIn(t, { name: "Nora Normal" });
    const draftPath = await fillDraft(browser, "Sitzbänke an der Haltestelle");
    const place = await (await browser.get(`${draftPath}/place`)).text();
    expect(place).not.toContain('name="ideaCall"');
    const review = visible(await (await browser.get(`${draftPath}/review`)).text());
    expect(review).not.toContain("Beteiligungsverfahren");
    expect((await browser.post(`${draftPath}/submit`, {})).status).toBe(303);
    expect(await entriesTitled("Sitzbänke an der Haltestelle")).toHaveLength(1);
  });
});
