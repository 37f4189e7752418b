import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { signedIn } from "../../../../tests/support/budget";
import { visibleText as visible } from "../../../../tests/support/html";
import { auditLog } from "../../../platform/audit/schema";
import { notifications } from "../../notifications/data/schema";
import { arenaConsortia, arenaConsortiumRequests, arenaEntries, arenaSupports } from "../data/schema";

let t: TestApp;
const now = new Date(Date.UTC(2026, 10, 2, 9));
type Author = Awaited<ReturnType<typeof signedIn>>;
type Entry = { id: string; number: number; title: string; path: string };

beforeAll(async () => {
  t = await createTestApp({ deps: { clock: () => now } });
});
afterAll(async () => t.close());

let made = 0;
/** An entry of this author, stored directly (the submission's steps are tested in arena.test.ts). */
async function entryOf(author: Author, fields: Partial<typeof arenaEntries.$inferInsert> = {}): Promise<Entry> {
  made += 1;
  const title = fields.title ?? `Beitrag ${made} über Schattenplätze`;
  const [row] = await t.deps.database.db
    .insert(arenaEntries)
    .values({
      kind: "idea",
      title,
      problem: "Im Sommer fehlen Schattenplätze auf Schulhöfen und Plätzen.",
      authorId: author.userId,
      createdAt: now,
      updatedAt: now,
      stateChangedAt: now,
      ...fields,
    })
    .returning({ id: arenaEntries.id, number: arenaEntries.number });
  if (!row) throw new Error("entry not stored");
  return { ...row, title, path: `/arena/${row.number}` };
}

async function author(name: string): Promise<Author> {
  return signedIn(t, { name });
}

/** Posts the entry page's request form as its author would, from the entry page. */
async function propose(who: Author, from: Entry, fields: Record<string, string>) {
  await who.browser.get(from.path);
  return who.browser.post(`${from.path}/consortium-requests`, {
    consortiumName: "",
    message: "Wir arbeiten am selben Problem, lasst uns zusammentun.",
    ...fields,
  });
}

async function requestsBetween(from: Entry, to: Entry) {
  return t.deps.database.db
    .select()
    .from(arenaConsortiumRequests)
    .where(and(eq(arenaConsortiumRequests.fromEntryId, from.id), eq(arenaConsortiumRequests.toEntryId, to.id)));
}

async function pendingRequestId(from: Entry, to: Entry): Promise<string> {
  const open = (await requestsBetween(from, to)).find((r) => r.status === "pending");
  if (!open) throw new Error("no open request");
  return open.id;
}

async function consortiumOf(entry: Entry): Promise<string | null> {
  const [row] = await t.deps.database.db
    .select({ consortiumId: arenaEntries.consortiumId })
    .from(arenaEntries)
    .where(eq(arenaEntries.id, entry.id));
  return row?.consortiumId ?? null;
}

async function answer(who: Author, on: Entry, requestId: string, value: string) {
  await who.browser.get(on.path);
  return who.browser.post(`${on.path}/consortium-requests/${requestId}`, { answer: value });
}

async function notified(accountId: string, messageKey: string): Promise<number> {
  const rows = await t.deps.database.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.accountId, accountId), eq(notifications.messageKey, messageKey)));
  return rows.length;
}

async function auditActions(objectId: string): Promise<string[]> {
  const rows = await t.deps.database.db.select().from(auditLog).where(eq(auditLog.objectId, objectId));
  return rows.map((r) => r.action).sort();
}

describe("a consortium by mutual consent of two entries' authors", () => {
  it("is asked for, seen only by the other entry's authors, accepted, and links both entries to its page", async () => {
    const ada = await author("Ada Antrag");
    const ben = await author("Ben Beitrag");
    const a = await entryOf(ada, { title: "Schattensegel für Schulhöfe" });
    const b = await entryOf(ben, { title: "Bäume für heiße Plätze" });
    const message = "Unsere Ideen passen gut zusammen: Schatten für Kinder.";

    const sent = await propose(ada, a, {
      other: `A-${String(b.number).padStart(4, "0")}`,
      consortiumName: "Schatten für Berlin",
      message,
    });
    expect(sent.status).toBe(303);
    expect(sent.headers.get("location")).toBe(`${a.path}?done=consortiumRequested#consortium-requests`);
    const requestId = await pendingRequestId(a, b);
    expect(await notified(ben.userId, "arena.notification.consortiumRequest")).toBe(1);

    // The requesting author sees the open request with a way to withdraw it.
    const own = visible(await (await ada.browser.get(a.path)).text());
    expect(own).toContain("Ihre offenen Anfragen (1)");
    expect(own).toContain("Bäume für heiße Plätze");
    // The other entry's author sees it with the message and the proposed name, but no address.
    const bensHtml = await (await ben.browser.get(b.path)).text();
    expect(visible(bensHtml)).toContain("Anfragen an Sie (1)");
    expect(visible(bensHtml)).toContain(message);
    expect(visible(bensHtml)).toContain("Vorgeschlagener Name: Schatten für Berlin");
    expect(visible(bensHtml)).toContain("Ada Antrag");
    expect(bensHtml).toContain(`${b.path}/consortium-requests/${requestId}`);
    expect(bensHtml).not.toContain("@example.org");
    // A visitor and another signed-in person see nothing of it.
    for (const browser of [new BrowserClient(t.app), (await author("Carla Fremd")).browser]) {
      const html = await (await browser.get(b.path)).text();
      expect(visible(html)).not.toContain(message);
      expect(html).not.toContain(requestId);
      expect(visible(html)).not.toContain("Anfragen an Sie");
    }

    // Supports: one person each, one person for both (counted once together).
    const [p1, p2, p3] = [await author("Eins"), await author("Zwei"), await author("Drei")];
    await t.deps.database.db.insert(arenaSupports).values([
      { entryId: a.id, accountId: p1.userId, createdAt: now },
      { entryId: b.id, accountId: p2.userId, createdAt: now },
      { entryId: a.id, accountId: p3.userId, createdAt: now },
      { entryId: b.id, accountId: p3.userId, createdAt: now },
    ]);

    const accepted = await answer(ben, b, requestId, "accept");
    expect(accepted.status).toBe(303);
    expect(accepted.headers.get("location")).toBe(`${b.path}?done=consortiumAccepted#consortium-requests`);
    const consortiumId = await consortiumOf(a);
    expect(consortiumId).not.toBeNull();
    expect(await consortiumOf(b)).toBe(consortiumId);
    const [consortium] = await t.deps.database.db
      .select()
      .from(arenaConsortia)
      .where(eq(arenaConsortia.id, consortiumId ?? ""));
    expect(consortium?.name).toBe("Schatten für Berlin");
    expect((await requestsBetween(a, b))[0]?.status).toBe("accepted");
    // The requesting author hears of it; the one who accepted does not need to.
    expect(await notified(ada.userId, "arena.notification.consortium")).toBe(1);
    expect(await notified(ben.userId, "arena.notification.consortium")).toBe(0);
    expect(await auditActions(requestId)).toEqual([
      "arena.consortiumRequest.accept",
      "arena.consortiumRequest.propose",
    ]);

    const guest = new BrowserClient(t.app);
    for (const [entry, other] of [
      [a, b],
      [b, a],
    ] as const) {
      const html = await (await guest.get(entry.path)).text();
      expect(html).toContain(`href="/arena/consortia/${consortium?.number}"`);
      expect(visible(html)).toContain(other.title);
    }
    const page = visible(await (await guest.get(`/arena/consortia/${consortium?.number}`)).text());
    expect(page).toContain("Schatten für Berlin");
    expect(page).toContain(a.title);
    expect(page).toContain(b.title);
    expect(page).toContain("3 Menschen unterstützen die Beiträge dieses Konsortiums.");
    // The answered request is gone from both pages.
    expect(visible(await (await ben.browser.get(b.path)).text())).not.toContain("Anfragen an Sie");
    expect(visible(await (await ada.browser.get(a.path)).text())).not.toContain("Ihre offenen Anfragen");
  });

  it("brings the other entry into the consortium one of them is already in, without asking for a name", async () => {
    const ada = await author("Ada Antrag");
    const ben = await author("Ben Beitrag");
    const [consortium] = await t.deps.database.db
      .insert(arenaConsortia)
      .values({ name: "Bestehendes Konsortium", createdAt: now })
      .returning();
    const a = await entryOf(ada, { consortiumId: consortium?.id });
    const b = await entryOf(ben);
    expect((await propose(ada, a, { other: String(b.number) })).status).toBe(303);
    expect((await answer(ben, b, await pendingRequestId(a, b), "accept")).status).toBe(303);
    expect(await consortiumOf(b)).toBe(consortium?.id);
    expect(await t.deps.database.db.select().from(arenaConsortia).where(eq(arenaConsortia.name, ""))).toEqual([]);
  });

  it("lets the other entry's authors decline; nothing is joined and the requesting author hears of it", async () => {
    const ada = await author("Ada Antrag");
    const ben = await author("Ben Beitrag");
    const a = await entryOf(ada);
    const b = await entryOf(ben);
    await propose(ada, a, { other: String(b.number), consortiumName: "Zusammen" });
    const requestId = await pendingRequestId(a, b);
    const declined = await answer(ben, b, requestId, "decline");
    expect(declined.status).toBe(303);
    expect(declined.headers.get("location")).toBe(`${b.path}?done=consortiumDeclined#consortium-requests`);
    expect((await requestsBetween(a, b))[0]?.status).toBe("declined");
    expect(await consortiumOf(a)).toBeNull();
    expect(await consortiumOf(b)).toBeNull();
    expect(await notified(ada.userId, "arena.notification.consortiumDeclined")).toBe(1);
    expect(await auditActions(requestId)).toEqual([
      "arena.consortiumRequest.decline",
      "arena.consortiumRequest.propose",
    ]);
    // Answered once is answered: a second answer changes nothing.
    expect((await answer(ben, b, requestId, "accept")).status).toBe(409);
    expect(await consortiumOf(b)).toBeNull();
    // After a no, asking again is possible.
    expect((await propose(ada, a, { other: String(b.number), consortiumName: "Zusammen" })).status).toBe(303);
  });

  it("lets the requesting author withdraw; the other entry's authors no longer see it", async () => {
    const ada = await author("Ada Antrag");
    const ben = await author("Ben Beitrag");
    const a = await entryOf(ada);
    const b = await entryOf(ben);
    await propose(ada, a, { other: String(b.number), consortiumName: "Zusammen" });
    const requestId = await pendingRequestId(a, b);
    const withdrawn = await answer(ada, a, requestId, "withdraw");
    expect(withdrawn.status).toBe(303);
    expect(withdrawn.headers.get("location")).toBe(`${a.path}?done=consortiumWithdrawn#consortium-requests`);
    expect((await requestsBetween(a, b))[0]?.status).toBe("withdrawn");
    expect(visible(await (await ben.browser.get(b.path)).text())).not.toContain("Anfragen an Sie");
    expect(await notified(ben.userId, "arena.notification.consortiumWithdrawn")).toBe(1);
    expect((await answer(ben, b, requestId, "accept")).status).toBe(409);
    expect(await consortiumOf(a)).toBeNull();
  });

  it("refuses each impossible request with a clear message on the entry page and keeps what was typed", async () => {
    const ada = await author("Ada Antrag");
    const ben = await author("Ben Beitrag");
    const a = await entryOf(ada);
    const b = await entryOf(ben);
    const message = "Eine Nachricht, die nach einem Fehler bleibt.";
    const refused = async (from: Entry, fields: Record<string, string>, text: string) => {
      const response = await propose(ada, from, { message, ...fields });
      expect(response.status, text).toBe(422);
      const html = await response.text();
      expect(visible(html), fields.other).toContain(text);
      // What was typed stays in the form.
      expect(html).toContain(`>${fields.message ?? message}</textarea>`);
      expect(html).toContain(`name="other" type="text" value="${fields.other}"`);
    };
    const [x, y] = await t.deps.database.db
      .insert(arenaConsortia)
      .values([
        { name: "Konsortium X", createdAt: now },
        { name: "Konsortium Y", createdAt: now },
      ])
      .returning();

    await refused(a, { other: String(a.number), consortiumName: "Name" }, "Nummer Ihres eigenen Beitrags");
    await refused(a, { other: "999999", consortiumName: "Name" }, "Einen Beitrag mit dieser Nummer gibt es nicht");
    await refused(a, { other: "zwölf", consortiumName: "Name" }, "Bitte geben Sie die Nummer des anderen Beitrags an");
    const hidden = await entryOf(ben, { hiddenReason: "Beleidigung" });
    await refused(a, { other: String(hidden.number), consortiumName: "Name" }, "Ausgeblendete Beiträge");
    const answered = await entryOf(ben, { state: "declined" });
    await refused(a, { other: String(answered.number), consortiumName: "Name" }, "hat schon seine Antwort");
    const mineAnswered = await entryOf(ada, { state: "accepted" });
    await refused(mineAnswered, { other: String(b.number), consortiumName: "Name" }, "Beiträge mit einer Antwort");
    await refused(a, { other: String(b.number), consortiumName: "" }, "Bitte geben Sie dem Konsortium einen Namen");
    await refused(a, { other: String(b.number), consortiumName: "Name", message: "Kurz" }, "mindestens 10 Zeichen");
    const inX = await entryOf(ada, { consortiumId: x?.id });
    const alsoInX = await entryOf(ben, { consortiumId: x?.id });
    const inY = await entryOf(ben, { consortiumId: y?.id });
    await refused(inX, { other: String(alsoInX.number) }, "schon zum selben Konsortium");
    await refused(inX, { other: String(inY.number) }, "zwei verschiedenen Konsortien");

    // An open request in either direction is named.
    expect((await propose(ada, a, { other: String(b.number), consortiumName: "Name" })).status).toBe(303);
    await refused(a, { other: String(b.number), consortiumName: "Name" }, "schon eine Anfrage geschickt");
    await ben.browser.get(b.path);
    const back = await ben.browser.post(`${b.path}/consortium-requests`, {
      other: String(a.number),
      consortiumName: "Name",
      message,
    });
    expect(back.status).toBe(422);
    expect(visible(await back.text())).toContain("haben Ihnen schon eine Anfrage geschickt");
    expect(await requestsBetween(b, a)).toEqual([]);

    // Someone who is not the entry's author is refused before the form is read, whatever it holds.
    const bodies: Array<Record<string, string>> = [
      {},
      { other: "", message: "" },
      { other: String(b.number), consortiumName: "Name", message },
    ];
    for (const fields of bodies) {
      await ben.browser.get(a.path);
      const response = await ben.browser.post(`${a.path}/consortium-requests`, fields);
      expect(response.status).toBe(403);
      expect(visible(await response.text())).not.toContain("mindestens 10 Zeichen");
    }
    expect((await requestsBetween(a, b)).length).toBe(1);
  });

  it("lets nobody but the asked authors answer, and only the asking side withdraw", async () => {
    const ada = await author("Ada Antrag");
    const ben = await author("Ben Beitrag");
    const stranger = await author("Carla Fremd");
    const a = await entryOf(ada);
    const b = await entryOf(ben);
    await propose(ada, a, { other: String(b.number), consortiumName: "Zusammen" });
    const requestId = await pendingRequestId(a, b);
    for (const value of ["accept", "decline", "withdraw", "bogus"])
      expect((await answer(stranger, b, requestId, value)).status, value).toBe(403);
    expect((await answer(ada, a, requestId, "accept")).status).toBe(403);
    expect((await answer(ben, b, requestId, "withdraw")).status).toBe(403);
    expect((await answer(ben, b, "00000000-0000-4000-8000-000000000000", "accept")).status).toBe(404);
    expect((await answer(ben, b, "not-a-request", "accept")).status).toBe(404);
    const guest = new BrowserClient(t.app);
    await guest.get("/login");
    const asGuest = await guest.post(`${b.path}/consortium-requests/${requestId}`, { answer: "accept" });
    expect([302, 303, 401]).toContain(asGuest.status);
    expect((await requestsBetween(a, b))[0]?.status).toBe("pending");
    expect(await consortiumOf(b)).toBeNull();
    expect(await auditActions(requestId)).toEqual(["arena.consortiumRequest.propose"]);
  });

  it("forms one consortium when the same request or two requests to one entry are accepted at once", async () => {
    const ada = await author("Ada Antrag");
    const ben = await author("Ben Beitrag");
    const cem = await author("Cem Connect");
    const a = await entryOf(ada);
    const b = await entryOf(ben);
    const c = await entryOf(cem);
    await propose(ada, a, { other: String(b.number), consortiumName: "Erstes Konsortium" });
    await propose(cem, c, { other: String(b.number), consortiumName: "Zweites Konsortium" });
    const fromA = await pendingRequestId(a, b);
    const fromC = await pendingRequestId(c, b);
    await ben.browser.get(b.path);
    const twice = await Promise.all([
      ben.browser.post(`${b.path}/consortium-requests/${fromA}`, { answer: "accept" }),
      ben.browser.post(`${b.path}/consortium-requests/${fromA}`, { answer: "accept" }),
      ben.browser.post(`${b.path}/consortium-requests/${fromC}`, { answer: "accept" }),
    ]);
    expect(twice.map((r) => r.status).sort()).toEqual([303, 303, 409]);
    const consortiumId = await consortiumOf(b);
    expect(consortiumId).not.toBeNull();
    expect(await consortiumOf(a)).toBe(consortiumId);
    expect(await consortiumOf(c)).toBe(consortiumId);
    const formed = await t.deps.database.db
      .select()
      .from(arenaConsortia)
      .where(inArray(arenaConsortia.name, ["Erstes Konsortium", "Zweites Konsortium"]));
    expect(formed).toHaveLength(1);
  });
});
