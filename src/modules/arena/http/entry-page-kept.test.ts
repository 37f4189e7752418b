import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { signedIn } from "../../../../tests/support/budget";
import { visibleText as visible } from "../../../../tests/support/html";
import { strategyModule } from "../../strategy";
import { workshops } from "../../workshops";
import { arenaEntries } from "../data/schema";
import { arenaModule } from "../module";
import { COUNTS_MAX_AGE_MS } from "../use-cases/list-entries";

// The public part of an entry page is kept in memory; these tests move the clock to show for how long.
let t: TestApp;
let now = new Date(Date.UTC(2026, 10, 2, 9));
let number = 0;

/** The supports an entry page shows ("0 Unterstützungen", "1 Unterstützung"); NaN for a word that does not fit. */
const supportsShown = (html: string) => {
  const [, count, word] = html.match(/class="arena-support__count">\s*(\d+) (Unterstützungen|Unterstützung)\s*</) ?? [];
  const shown = Number(count);
  return word === (shown === 1 ? "Unterstützung" : "Unterstützungen") ? shown : Number.NaN;
};

beforeAll(async () => {
  t = await createTestApp({ deps: { clock: () => now } });
  await strategyModule.seed?.(t.deps);
  await arenaModule.seed?.(t.deps);
  const [entry] = await t.deps.database.db
    .insert(arenaEntries)
    .values({
      kind: "idea",
      title: "Bänke im Schatten",
      problem: "Im Sommer gibt es an der Haltestelle keinen Platz im Schatten.",
      createdAt: now,
      updatedAt: now,
      stateChangedAt: now,
    })
    .returning();
  number = entry?.number ?? 0;
});
afterAll(async () => t.close());

describe("the entry page for people signed in", () => {
  it("shows the reader's own support at once, and others' supports within a few seconds", async () => {
    const reader = await signedIn(t);
    const supporter = await signedIn(t);
    const before = supportsShown(await (await reader.browser.get(`/arena/${number}`)).text());
    expect(before).toBe(0);

    await supporter.browser.get(`/arena/${number}`);
    const supported = await supporter.browser.post(`/arena/${number}/support`, {});
    const own = await supporter.browser.get(supported.headers.get("location") ?? "");
    expect(supportsShown(await own.text())).toBe(1);

    // The reader's page comes from the kept entry until it is too old for its counts.
    expect(supportsShown(await (await reader.browser.get(`/arena/${number}`)).text())).toBe(0);
    now = new Date(now.getTime() + COUNTS_MAX_AGE_MS);
    expect(supportsShown(await (await reader.browser.get(`/arena/${number}`)).text())).toBe(1);
  });

  it("shows a new state to everyone on their next request", async () => {
    const reader = await signedIn(t);
    expect(visible(await (await reader.browser.get(`/arena/${number}`)).text())).not.toContain("Wir prüfen die Bänke.");
    const office = await signedIn(t, { roles: ["strategy_office"] });
    await office.browser.get(`/arena/${number}`);
    const moved = await office.browser.post(`/arena/${number}/state`, {
      to: "qualification",
      explanation: "Wir prüfen die Bänke.",
    });
    expect(moved.status).toBe(303);
    expect(visible(await (await reader.browser.get(`/arena/${number}`)).text())).toContain("Wir prüfen die Bänke.");
  });

  it("shows the offers and their messages to the authors only", async () => {
    const author = await signedIn(t, { name: "Aylin Autorin" });
    await t.deps.database.db
      .update(arenaEntries)
      .set({ authorId: author.userId })
      .where(eq(arenaEntries.number, number));
    const helper = await signedIn(t, { name: "Hanna Hilft" });
    await helper.browser.get(`/arena/${number}`);
    const offered = await helper.browser.post(`/arena/${number}/collaborate`, { message: "Ich baue gern Bänke." });
    expect(offered.status).toBe(303);
    const stranger = await signedIn(t);
    expect(visible(await (await stranger.browser.get(`/arena/${number}`)).text())).not.toContain(
      "Ich baue gern Bänke.",
    );
    expect(visible(await (await helper.browser.get(`/arena/${number}`)).text())).toContain(
      "Ihr Angebot wurde gesendet",
    );
    expect(visible(await (await author.browser.get(`/arena/${number}`)).text())).toContain("Ich baue gern Bänke.");
  });

  it("lists the workshops on the entry and, once one is documented, what follows from it", async () => {
    const reader = await signedIn(t);
    const visitorPage = async () => visible(await (await t.app.request(`/arena/${number}`)).text());
    const readerPage = async () => visible(await (await reader.browser.get(`/arena/${number}`)).text());
    expect(await visitorPage()).not.toContain("Werkstätten und Veranstaltungen dazu");
    expect(await readerPage()).not.toContain("Werkstätten und Veranstaltungen dazu");
    const db = t.deps.database.db;
    const [event] = await db
      .insert(workshops)
      .values({
        title: "Werkstatt: Schatten an der Haltestelle",
        format: "on_site",
        startsAt: new Date(now.getTime() - 2 * 60 * 60 * 1000),
        endsAt: new Date(now.getTime() - 60 * 60 * 1000),
        venue: "Kiezladen",
        arenaEntryNumber: number,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: workshops.id });
    for (const page of [await visitorPage(), await readerPage()]) {
      expect(page).toContain("Werkstätten und Veranstaltungen dazu");
      expect(page).toContain("Werkstatt: Schatten an der Haltestelle");
      expect(page).not.toContain("Was daraus folgt:");
    }
    await db
      .update(workshops)
      .set({ followUps: ["Standorte für Bänke mit dem Bezirk prüfen"], documentedAt: now, updatedAt: now })
      .where(eq(workshops.id, event?.id ?? ""));
    for (const page of [await visitorPage(), await readerPage()]) {
      expect(page).toContain("Was daraus folgt:");
      expect(page).toContain("Standorte für Bänke mit dem Bezirk prüfen");
    }
  });
});
