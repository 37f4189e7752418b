import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { signedIn } from "../../../../tests/support/budget";
import { visibleText as visible } from "../../../../tests/support/html";
import { readCounter } from "../../../platform/cache/change-counters";
import { strategyModule } from "../../strategy";
import { arenaEntries, arenaSupports } from "../data/schema";
import { arenaModule } from "../module";

let t: TestApp;
const now = new Date(Date.UTC(2026, 10, 2, 9));

/** Goes through the six steps as a resident would, and answers the page before "submit". */
async function submitSteps(browser: BrowserClient, title: string) {
  await browser.get("/arena/new");
  const start = await browser.post("/arena/new", {});
  expect(start.status).toBe(303);
  const draftPath = (start.headers.get("location") ?? "").replace(/\/problem$/, "");
  await browser.get(`${draftPath}/problem`);
  const steps: Array<[string, Record<string, string | string[]>]> = [
    [
      "problem",
      { title, problem: "Auf dem Schulhof wird es im Sommer viel zu heiß für die Kinder.", affected: "Kinder" },
    ],
    ["approach", { approach: "Sensoren messen und Schatten planen.", kind: "idea" }],
    ["place", { actionFieldIds: ["RW-2"], scope: "districts", districtIds: ["pankow"] }],
    ["compass", { "score.sustainable": "3", "reason.sustainable": "Weniger Hitze." }],
    ["offers", { offers: ["space"], needs: ["money", "know_how"], offerNote: "", needNote: "" }],
  ];
  for (const [step, fields] of steps) {
    const saved = await browser.post(`${draftPath}/${step}`, { go: "next", ...fields });
    expect(saved.status, step).toBe(303);
    await browser.get(saved.headers.get("location") ?? "");
  }
  return { draftPath, review: browser.lastHtml };
}

beforeAll(async () => {
  t = await createTestApp({ deps: { clock: () => now } });
  await strategyModule.seed?.(t.deps);
  await arenaModule.seed?.(t.deps);
});
afterAll(async () => t.close());

describe("the Arena of Ideas", () => {
  it("shows the demo Arena with answer figures, filters and the map", async () => {
    const guest = new BrowserClient(t.app);
    const response = await guest.get("/arena");
    expect(response.status).toBe(200);
    const text = visible(await response.text());
    expect(text).toContain("Offene Sensorbox für Schulhöfe");
    expect(text).toMatch(/\d+ % der Beiträge haben eine erste Antwort/);
    expect(text).toContain("Beiträge nach Bezirk");
    const filtered = visible(await (await guest.get("/arena?kind=event")).text());
    expect(filtered).toContain("Reparatur-Café");
    expect(filtered).not.toContain("Offene Sensorbox");
    const searched = visible(await (await guest.get("/arena?q=Parkplätze")).text());
    expect(searched).toContain("Parkplätze der Stadt");
    expect(searched).toMatch(/(^| )1 Beitrag( |$)/);
  });

  it("keeps one visitor's random order all day across pages, and shows every entry once", async () => {
    const guest = new BrowserClient(t.app);
    const numbersOf = async (query: string) => {
      const body = (await (await guest.get(`/api/v1/arena/entries?${query}`)).json()) as {
        items: Array<{ number: number }>;
        total: number;
      };
      return { numbers: body.items.map((item) => item.number), total: body.total };
    };
    const newest = await numbersOf("sort=newest&pageSize=100");
    const pages: number[] = [];
    for (let page = 1; page * 3 - 3 < newest.total; page++)
      pages.push(...(await numbersOf(`sort=random&pageSize=3&page=${page}`)).numbers);
    expect([...pages].sort((a, b) => a - b)).toEqual([...newest.numbers].sort((a, b) => a - b));
    expect((await numbersOf("sort=random&pageSize=100")).numbers).toEqual(pages);
    // The list page orders the same way; another visitor (here: signed in) gets another order.
    const cards = async (client: BrowserClient) =>
      [
        ...(await (await client.get("/arena?sort=random")).text()).matchAll(/<h[23][^>]*>\s*<a href="\/arena\/(\d+)"/g),
      ].map((m) => Number(m[1]));
    expect(await cards(guest)).toEqual(pages);
    // Visitors share 64 orders a day: of three others, one may be given the guest's order by chance,
    // all three only once in 262,144 runs.
    const others = [];
    for (const name of ["Rosa Zufall", "Rudi Zufall", "Rita Zufall"]) {
      const { browser } = await signedIn(t, { name });
      others.push(await cards(browser));
    }
    for (const theirs of others) expect([...theirs].sort((a, b) => a - b)).toEqual([...pages].sort((a, b) => a - b));
    expect(others.some((theirs) => theirs.join() !== pages.join())).toBe(true);
  });

  it("takes a resident through six steps, shows a similar entry, and stores one entry for a double submit", async () => {
    const { browser } = await signedIn(t, { name: "Ada Idee" });
    const { draftPath, review } = await submitSteps(browser, "Sensorbox für heiße Schulhöfe");
    expect(visible(review)).toContain("Ähnliche Beiträge");
    expect(visible(review)).toContain("Offene Sensorbox für Schulhöfe");
    const [first, second] = await Promise.all([
      browser.post(`${draftPath}/submit`, {}),
      browser.post(`${draftPath}/submit`, {}),
    ]);
    expect(first.status).toBe(303);
    expect(second.status).toBe(303);
    expect(first.headers.get("location")).toBe(second.headers.get("location"));
    const stored = await t.deps.database.db
      .select()
      .from(arenaEntries)
      .where(eq(arenaEntries.title, "Sensorbox für heiße Schulhöfe"));
    expect(stored).toHaveLength(1);
    expect(stored[0]?.districtIds).toEqual(["pankow"]);
    expect(stored[0]?.compass.sustainable).toEqual({ score: 3, reason: "Weniger Hitze." });
    const page = visible(await (await browser.get(first.headers.get("location") ?? "")).text());
    expect(page).toContain("Ihr Beitrag ist eingereicht");
    expect(page).toContain("Sensorbox für heiße Schulhöfe");
  });

  it("keeps the text and names the mistake when a step is wrong", async () => {
    const { browser } = await signedIn(t);
    await browser.get("/arena/new");
    const start = await browser.post("/arena/new", {});
    const path = start.headers.get("location") ?? "";
    await browser.get(path);
    const wrong = await browser.post(path, {
      go: "next",
      title: "Hi",
      problem: "Ein langer Text über ein echtes Problem.",
    });
    expect(wrong.status).toBe(422);
    const html = await wrong.text();
    expect(visible(html)).toContain("mindestens 5 Zeichen");
    expect(html).toContain("Ein langer Text über ein echtes Problem.");
  });

  it("refuses a guest before reading the form, and an unconfirmed account before storing anything", async () => {
    const guest = new BrowserClient(t.app);
    await guest.get("/login");
    const refused = await guest.post("/arena/1/support", {});
    expect([302, 303, 401]).toContain(refused.status);
    const { browser } = await signedIn(t, { verified: false });
    const entry = await t.deps.database.db.select().from(arenaEntries).limit(1);
    await browser.get(`/arena/${entry[0]?.number}`);
    const blocked = await browser.post(`/arena/${entry[0]?.number}/support`, {});
    expect(blocked.status).toBe(403);
  });

  it("counts exactly one support per account when 100 accounts send 200 supports at once", async () => {
    const [entry] = await t.deps.database.db
      .insert(arenaEntries)
      .values({
        kind: "idea",
        title: "Viel Unterstützung",
        problem: "Ein Beitrag, den viele auf einmal unterstützen.",
        createdAt: now,
        updatedAt: now,
        stateChangedAt: now,
      })
      .returning();
    const people = await Promise.all(Array.from({ length: 100 }, () => signedIn(t)));
    for (const p of people) await p.browser.get(`/arena/${entry?.number}`);
    const responses = await Promise.all(
      people.flatMap((p) => [
        p.browser.post(`/arena/${entry?.number}/support`, {}),
        p.browser.post(`/arena/${entry?.number}/support`, {}),
      ]),
    );
    expect(responses.every((r) => r.status === 303)).toBe(true);
    const [rows] = await Promise.all([
      t.deps.database.db
        .select({ n: sql<number>`count(*)::int` })
        .from(arenaSupports)
        .where(eq(arenaSupports.entryId, entry?.id ?? "")),
    ]);
    expect(rows[0]?.n).toBe(100);
    const [after] = await t.deps.database.db
      .select()
      .from(arenaEntries)
      .where(eq(arenaEntries.id, entry?.id ?? ""));
    expect(after?.supportCount).toBe(100);
  });

  it("moves the arena's change counter for a new state, not for a support (supports do not queue on it)", async () => {
    const [entry] = await t.deps.database.db
      .select()
      .from(arenaEntries)
      .where(eq(arenaEntries.title, "Viel Unterstützung"));
    const before = await readCounter(t.deps.database.db, "arena");
    const { browser } = await signedIn(t);
    await browser.get(`/arena/${entry?.number}`);
    await browser.post(`/arena/${entry?.number}/unsupport`, {});
    await browser.post(`/arena/${entry?.number}/support`, {});
    expect(await readCounter(t.deps.database.db, "arena")).toBe(before);
    const office = await signedIn(t, { roles: ["strategy_office"] });
    await office.browser.get(`/arena/${entry?.number}`);
    const moved = await office.browser.post(`/arena/${entry?.number}/state`, {
      to: "qualification",
      explanation: "Wir prüfen das jetzt.",
    });
    expect(moved.status).toBe(303);
    expect(await readCounter(t.deps.database.db, "arena")).toBeGreaterThan(before);
  });

  it("lets a second resident offer to take part; the author sees the message and accepts", async () => {
    const author = await signedIn(t, { name: "Autorin" });
    const { draftPath } = await submitSteps(author.browser, "Gemeinsam gärtnern mit Sensoren");
    const submitted = await author.browser.post(`${draftPath}/submit`, {});
    const path = submitted.headers.get("location")?.split("?")[0] ?? "";
    const helper = await signedIn(t, { name: "Helfer Hans" });
    await helper.browser.get(path);
    const offered = await helper.browser.post(`${path}/collaborate`, {
      message: "Ich kann Sensoren löten und erklären.",
    });
    expect(offered.status).toBe(303);
    const authorPage = await (await author.browser.get(path)).text();
    expect(visible(authorPage)).toContain("Ich kann Sensoren löten und erklären.");
    expect(authorPage).not.toContain("@example.org");
    const id = authorPage.match(/collaborations\/([0-9a-f-]{36})/)?.[1];
    const accepted = await author.browser.post(`${path}/collaborations/${id}`, { answer: "accept" });
    expect(accepted.status).toBe(303);
    const after = await (await author.browser.get(path)).text();
    expect(after).toMatch(/mailto:[^"]+@example\.org/);
    expect(visible(after)).toContain("Helfer Hans");
  });

  it("lets the office move an entry with public explanations and accept it as a measure with its origin", async () => {
    const author = await signedIn(t, { name: "Bea Beispiel" });
    const { draftPath } = await submitSteps(author.browser, "Offene Daten zu Schatten im Kiez");
    const path = (await author.browser.post(`${draftPath}/submit`, {})).headers.get("location")?.split("?")[0] ?? "";
    const office = await signedIn(t, { roles: ["strategy_office"] });
    await office.browser.get(path);
    const noReason = await office.browser.post(`${path}/state`, { to: "qualification", explanation: "" });
    expect(noReason.status).toBe(422);
    for (const to of ["qualification", "decision"]) {
      const moved = await office.browser.post(`${path}/state`, { to, explanation: `Wir gehen weiter: ${to}.` });
      expect(moved.status).toBe(303);
      await office.browser.get(path);
    }
    const accepted = await office.browser.post(`${path}/accept`, {
      type: "central",
      decision: "Das Strategieboard nimmt die Idee auf.",
    });
    expect(accepted.status).toBe(303);
    const page = visible(await (await office.browser.get(path)).text());
    expect(page).toContain("Als Maßnahme aufgenommen");
    expect(page).toContain("Das Strategieboard nimmt die Idee auf.");
    const [entry] = await t.deps.database.db
      .select()
      .from(arenaEntries)
      .where(eq(arenaEntries.title, "Offene Daten zu Schatten im Kiez"));
    expect(entry?.measureSlug).toBeTruthy();
    const measure = await (await office.browser.get(`/measures/${entry?.measureSlug}`)).text();
    expect(measure).toContain(`href="${path}"`);
    // The measure's journey starts with the idea and its public answers, oldest first.
    const journey = visible(measure.slice(measure.indexOf('id="journey"')));
    const steps = [
      "Idee in der Arena eingereicht",
      "Antwort in der Arena: Wird geprüft",
      "Wir gehen weiter: qualification.",
      "Antwort in der Arena: Zur Entscheidung",
      "Antwort in der Arena: Als Maßnahme aufgenommen",
      "Das Strategieboard nimmt die Idee auf.",
    ];
    const positions = steps.map((step) => journey.indexOf(step));
    expect(positions.every((at) => at >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // A visitor sees the same journey (the kept page moves with the arena's answers).
    const asGuest = visible(await (await new BrowserClient(t.app).get(`/measures/${entry?.measureSlug}`)).text());
    expect(asGuest).toContain("Das Strategieboard nimmt die Idee auf.");
    const again = await office.browser.post(`${path}/accept`, {
      type: "central",
      decision: "Noch einmal aufnehmen, bitte.",
    });
    expect(again.status).toBe(409);
  });

  it("offers a feed, a CSV export and the API with supports by token", async () => {
    const guest = new BrowserClient(t.app);
    const feed = await guest.get("/arena/feed.atom");
    expect(feed.headers.get("content-type")).toContain("application/atom+xml");
    expect(await feed.text()).toContain("<feed");
    const csv = await (await guest.get("/arena/entries.csv")).text();
    expect(csv.split("\r\n")[0]).toContain("Offizielle Rückmeldung");
    const list = (await (await guest.get("/api/v1/arena/entries?kind=challenge")).json()) as {
      items: Array<{ kind: string }>;
    };
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((i) => i.kind === "challenge")).toBe(true);
  });
});
