import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { signedIn } from "../../../../tests/support/budget";
import { visibleText as visible } from "../../../../tests/support/html";
import { arenaConsortia, arenaEntries } from "../data/schema";
import { COUNTS_MAX_AGE_MS } from "../use-cases/list-entries";

// A count of one reads in the singular ("1 Beitrag", "1 support") wherever the Arena counts: the list,
// an entry's supports, the offers page, the office's list, a consortium, and the site's pages.
let t: TestApp;
let now = new Date(Date.UTC(2026, 10, 2, 9));
const DAY = 24 * 60 * 60 * 1000;
type Lang = "de" | "en";

beforeAll(async () => {
  t = await createTestApp({ deps: { clock: () => now } });
});
afterAll(async () => t.close());

async function storeEntry(fields: Partial<typeof arenaEntries.$inferInsert> & { title: string }) {
  const [row] = await t.deps.database.db
    .insert(arenaEntries)
    .values({
      kind: "idea",
      problem: "An der Haltestelle gibt es im Sommer keinen Platz im Schatten.",
      createdAt: now,
      updatedAt: now,
      stateChangedAt: now,
      ...fields,
    })
    .returning({ id: arenaEntries.id, number: arenaEntries.number });
  if (!row) throw new Error("entry not stored");
  return { ...row, path: `/arena/${row.number}` };
}

/** The visible text of a page in one language (`?lang=` goes before the account's and the browser's). */
async function read(browser: BrowserClient, path: string, lang: Lang): Promise<string> {
  const response = await browser.get(`${path}${path.includes("?") ? "&" : "?"}lang=${lang}`);
  expect(response.status, path).toBe(200);
  return visible(await response.text());
}

/** Whether the text holds the phrase as a whole (not "1 Unterstützung" inside "1 Unterstützungen"). */
function says(text: string, phrase: string): boolean {
  return ` ${text} `.includes(` ${phrase} `);
}

const pluralOfOne = /(^|[^\d.,])1 (Beiträge|Beiträgen|Unterstützungen|Menschen|Tagen|entries|supports|people|days)\b/;

describe("Arena counts of one", () => {
  let entry: Awaited<ReturnType<typeof storeEntry>>;

  it("read in the singular for one entry and one support, in German and English", async () => {
    entry = await storeEntry({ title: "Bänke im Schatten", needs: ["money"], offers: ["space"] });
    const supporter = await signedIn(t);
    await supporter.browser.get(entry.path);
    expect((await supporter.browser.post(`${entry.path}/support`, {})).status).toBe(303);

    const guest = new BrowserClient(t.app);
    const office = await signedIn(t, { roles: ["strategy_office"] });
    const expected: Record<Lang, Array<[string, BrowserClient, string[]]>> = {
      de: [
        ["/arena", guest, ["1 Beitrag"]],
        [entry.path, guest, ["1 Unterstützung"]],
        ["/arena/offers", guest, ["Gesucht von 1 Beitrag", "Angeboten von 1 Beitrag"]],
        ["/arena/office", office.browser, ["1 Beitrag hat noch keine erste öffentliche Antwort."]],
        ["/", guest, ["1 Beitrag: „Bänke im Schatten“. Bringen Sie Ihre Idee ein."]],
        ["/office", office.browser, ["1 Beitrag wartet auf eine Antwort"]],
      ],
      en: [
        ["/arena", guest, ["1 entry"]],
        [entry.path, guest, ["1 support"]],
        ["/arena/offers", guest, ["Looked for by 1 entry", "Offered by 1 entry"]],
        ["/arena/office", office.browser, ["1 entry has no first public answer yet."]],
        ["/", guest, ["1 entry: “Bänke im Schatten”. Bring in your idea."]],
        ["/office", office.browser, ["1 entry is waiting for an answer"]],
      ],
    };
    for (const lang of ["de", "en"] as const) {
      for (const [path, browser, phrases] of expected[lang]) {
        const text = await read(browser, path, lang);
        for (const phrase of phrases) expect(says(text, phrase), `${lang} ${path}: ${phrase}`).toBe(true);
        expect(text, `${lang} ${path}`).not.toMatch(pluralOfOne);
      }
    }
  });

  it("read in the singular for one supporter of a consortium and a median wait of one day", async () => {
    // Another entry, answered one day after it came in, joins the first one in a consortium.
    now = new Date(now.getTime() + COUNTS_MAX_AGE_MS);
    const answered = await storeEntry({
      title: "Trinkbrunnen am Spielplatz",
      state: "qualification",
      createdAt: new Date(now.getTime() - DAY),
      firstAnswerAt: now,
    });
    const [consortium] = await t.deps.database.db
      .insert(arenaConsortia)
      .values({ name: "Schatten und Wasser", createdAt: now })
      .returning({ id: arenaConsortia.id, number: arenaConsortia.number });
    await t.deps.database.db
      .update(arenaEntries)
      .set({ consortiumId: consortium?.id })
      .where(inArray(arenaEntries.id, [entry.id, answered.id]));
    const [stored] = await t.deps.database.db
      .select({ supports: arenaEntries.supportCount })
      .from(arenaEntries)
      .where(eq(arenaEntries.id, entry.id));
    expect(stored?.supports).toBe(1);

    const guest = new BrowserClient(t.app);
    const expected: Record<Lang, Array<[string, string]>> = {
      de: [
        ["/arena", "Im Mittel (Median) kam sie nach 1 Tag."],
        [`/arena/consortia/${consortium?.number}`, "1 Mensch unterstützt die Beiträge dieses Konsortiums."],
      ],
      en: [
        ["/arena", "The median wait for it was 1 day."],
        [`/arena/consortia/${consortium?.number}`, "1 person supports the entries of this consortium."],
      ],
    };
    for (const lang of ["de", "en"] as const) {
      for (const [path, phrase] of expected[lang]) {
        const text = await read(guest, path, lang);
        expect(says(text, phrase), `${lang} ${path}: ${phrase}`).toBe(true);
        expect(text, `${lang} ${path}`).not.toMatch(pluralOfOne);
      }
    }
  });
});
