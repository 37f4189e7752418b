import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, signIn } from "../../../../tests/support/accounts";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { linkIn, mailsTo } from "../../../../tests/support/mailbox";
import { registerMessages } from "../../../platform/i18n/i18n";
import { users } from "../../../platform/identity/schema";
import { registerResourceKinds } from "../../../platform/resources/resources";
import type { UseCaseContext } from "../../../platform/use-case/use-case";
import { followerCount, followState, isFollowing, notify } from "..";
import { notificationsPersonalData } from "../data/personal-data";
import { notificationDigests, notificationSettings, notifications } from "../data/schema";
import type { NotificationEvent } from "../domain/resource-ref";
import { purgeOldNotifications } from "../use-cases/purge-old-notifications";
import { sendDigests } from "../use-cases/send-digests";

let t: TestApp;
// Monday 7 December 2026, 09:00 in Berlin.
let now = new Date("2026-12-07T08:00:00Z");
const advance = (ms: number) => {
  now = new Date(now.getTime() + ms);
};
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A kind of object only this test knows: notes 1 to 3 exist and are public, others do not. */
const notes = new Map([
  ["n1", "Bänke am Tempelhofer Feld"],
  ["n2", "Trinkbrunnen im Kiez"],
  ["n3", "Leihräder für Schulen"],
]);
registerResourceKinds([
  {
    type: "test_note",
    followable: true,
    summary: async (_db, id) => {
      const title = notes.get(id);
      return title ? { title, href: `/test-notes/${id}`, authorIds: [], acceptsComments: true } : null;
    },
  },
  // Known to the registry, but nobody may follow it.
  { type: "test_secret", summary: async () => ({ title: "x", href: "/x", authorIds: [], acceptsComments: false }) },
]);
registerMessages({
  de: { "test.notes.changed": "Neues bei „{title}“" },
  en: { "test.notes.changed": "News on “{title}”" },
});

const note = (id: string) => ({ type: "test_note", id });

/** Runs `notify` the way another module's use case would: in a transaction, mails after the commit. */
async function notifyNow(event: Partial<NotificationEvent> & { resource: { type: string; id: string } }) {
  const effects: Array<() => Promise<void>> = [];
  await t.deps.database.db.transaction(async (tx) => {
    const ctx: UseCaseContext = {
      deps: t.deps,
      tx,
      actor: { kind: "system", label: "test" },
      now,
      requestId: null,
      afterCommit: (effect) => void effects.push(effect),
    };
    await notify(ctx, {
      messageKey: "test.notes.changed",
      params: { title: notes.get(event.resource.id) ?? "?" },
      ...event,
    });
  });
  for (const effect of effects) await effect();
}

/** The text of the page without tags, so assertions read like what a person sees. */
function visible(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

async function person(email: string, options: { locale?: string; verified?: boolean } = {}) {
  const id = await createAccount(t.deps, { email, verified: options.verified });
  if (options.locale) await t.deps.database.db.update(users).set({ locale: options.locale }).where(eq(users.id, id));
  const browser = new BrowserClient(t.app);
  await signIn(browser, t.deps, id);
  return { id, email, browser };
}

async function followNote(browser: BrowserClient, id: string, returnTo = `/test-notes/${id}`) {
  await browser.get("/notifications");
  return browser.post("/notifications/follow", { resourceType: "test_note", resourceId: id, returnTo });
}

beforeAll(async () => {
  t = await createTestApp({ deps: { clock: () => now } });
});
afterAll(() => t.close());

describe("following", () => {
  it("follows a followable object with the button's form and goes back to its page", async () => {
    const anna = await person("anna@example.org");
    const response = await followNote(anna.browser, "n1");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/test-notes/n1");
    expect(await isFollowing(t.deps.database.db, anna.id, note("n1"))).toBe(true);
    expect(await followerCount(t.deps.database.db, note("n1"))).toBe(1);
    const guestView = await followState(t.deps.database.db, { kind: "guest" }, note("n1"));
    expect(guestView).toEqual({ following: false, followers: 1 });

    await anna.browser.get("/notifications");
    const page = visible(anna.browser.lastHtml);
    expect(page).toContain("Dem folge ich");
    expect(page).toContain("Bänke am Tempelhofer Feld");

    const stop = await anna.browser.post("/notifications/unfollow", {
      resourceType: "test_note",
      resourceId: "n1",
      returnTo: "/notifications?done=unfollowed#follows",
    });
    expect(stop.headers.get("location")).toBe("/notifications?done=unfollowed#follows");
    expect(await isFollowing(t.deps.database.db, anna.id, note("n1"))).toBe(false);
  });

  it("refuses unknown kinds, kinds nobody may follow and objects that do not exist", async () => {
    const ben = await person("ben@example.org");
    await ben.browser.get("/notifications");
    for (const [resourceType, resourceId] of [
      ["nothing", "n1"],
      ["test_secret", "n1"],
      ["test_note", "n99"],
    ] as const) {
      const response = await ben.browser.post("/notifications/follow", { resourceType, resourceId, returnTo: "/" });
      expect(response.status).toBe(404);
    }
    expect(await followerCount(t.deps.database.db, note("n99"))).toBe(0);
  });

  it("goes back only to a page of this site", async () => {
    const cem = await person("cem@example.org");
    for (const returnTo of ["https://evil.example/", "//evil.example/x", "/\\evil.example"]) {
      const response = await followNote(cem.browser, "n2", returnTo);
      expect(response.status).toBe(422);
      expect(response.headers.get("location")).toBeNull();
    }
    expect(await isFollowing(t.deps.database.db, cem.id, note("n2"))).toBe(false);
  });

  it("asks a guest to sign in before it looks at what was sent", async () => {
    const guest = new BrowserClient(t.app);
    await guest.get("/login");
    const valid = await guest.post("/notifications/follow", { resourceType: "test_note", resourceId: "n1" });
    await guest.get("/login");
    const nonsense = await guest.post("/notifications/follow", { resourceType: "", returnTo: "https://evil.example" });
    expect(valid.status).toBe(401);
    expect(nonsense.status).toBe(401);
    expect((await guest.get("/notifications")).status).toBe(401);
  });
});

describe("mail", () => {
  it("mails the first five of a day and puts the other five into one digest the next day", async () => {
    const dora = await person("dora@example.org");
    const actor = await person("erik@example.org");
    await followNote(dora.browser, "n3");
    await followNote(actor.browser, "n3");
    for (let i = 0; i < 10; i++) {
      await notifyNow({ resource: note("n3"), followers: true, exceptAccountId: actor.id });
      advance(MINUTE);
    }
    const mails = await mailsTo(t.database, dora.email);
    expect(mails).toHaveLength(5);
    expect(mails[0]?.subject).toBe("Neues bei „Leihräder für Schulen“");
    expect(mails[0]?.text).toContain(`${t.deps.config.baseUrl}/test-notes/n3`);
    expect(await mailsTo(t.database, actor.email)).toHaveLength(0);

    // Still the same day: nothing goes out yet.
    expect(await sendDigests(t.deps)).toBe(0);

    // The next morning, two processes run the job at once, and again later: one digest.
    advance(20 * HOUR);
    const [first, second] = await Promise.all([sendDigests(t.deps), sendDigests(t.deps)]);
    expect(first + second).toBe(1);
    expect(await sendDigests(t.deps)).toBe(0);
    const after = await mailsTo(t.database, dora.email);
    expect(after).toHaveLength(6);
    const digest = after[5];
    expect(digest?.subject).toBe("Ihre Zusammenfassung von Gemeinsam");
    expect(digest?.text.match(/Neues bei „Leihräder für Schulen“/g)).toHaveLength(5);
    expect(digest?.text).toContain("/notifications/unsubscribe?token=");

    const waiting = await t.deps.database.db
      .select({ digestId: notifications.digestId, delivery: notifications.delivery })
      .from(notifications)
      .where(eq(notifications.accountId, dora.id));
    expect(waiting.filter((n) => n.delivery === "mail")).toHaveLength(5);
    expect(waiting.filter((n) => n.delivery === "digest" && n.digestId !== null)).toHaveLength(5);
    expect(await t.deps.database.db.select().from(notificationDigests)).toHaveLength(1);
  });

  it("writes in the recipient's language and tells no deleted account", async () => {
    const fay = await person("fay@example.org", { locale: "en" });
    const gone = await person("gone@example.org");
    await t.deps.database.db.update(users).set({ deletedAt: now }).where(eq(users.id, gone.id));
    await notifyNow({ resource: note("n1"), accounts: [fay.id, gone.id, fay.id] });
    const mails = await mailsTo(t.database, fay.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe("News on “Bänke am Tempelhofer Feld”");
    expect(mails[0]?.text).toContain("Hello");
    expect(await mailsTo(t.database, gone.email)).toHaveLength(0);

    await fay.browser.get("/notifications?lang=en");
    const page = visible(fay.browser.lastHtml);
    expect(page).toContain("News on “Bänke am Tempelhofer Feld”");
    expect(page).toContain("Unread: 1");
    expect(fay.browser.lastHtml).toContain('href="/test-notes/n1"');

    // A caller may point at a spot on the page; a link to another host is ignored.
    await notifyNow({ resource: note("n2"), accounts: [fay.id], href: "/test-notes/n2#comment-7" });
    await notifyNow({ resource: note("n3"), accounts: [fay.id], href: "https://evil.example/" });
    await fay.browser.get("/notifications?lang=en");
    expect(fay.browser.lastHtml).toContain('href="/test-notes/n2#comment-7"');
    expect(fay.browser.lastHtml).toContain('href="/test-notes/n3"');
    expect(fay.browser.lastHtml).not.toContain("evil.example");
  });

  it("keeps notifications in-app only for an unconfirmed address", async () => {
    const hal = await person("hal@example.org", { verified: false });
    await notifyNow({ resource: note("n1"), accounts: [hal.id] });
    expect(await mailsTo(t.database, hal.email)).toHaveLength(0);
    await hal.browser.get("/notifications");
    expect(visible(hal.browser.lastHtml)).toContain("Neues bei „Bänke am Tempelhofer Feld“");
  });
});

describe("the mail choice", () => {
  it("gathers everything into one digest for those who chose it, and drops the digest for those who then chose no mail", async () => {
    const olga = await person("olga@example.org");
    const piet = await person("piet@example.org");
    for (const who of [olga, piet]) {
      await who.browser.get("/notifications");
      await who.browser.post("/notifications/settings", { mailMode: "digest" });
    }
    for (let i = 0; i < 3; i++) await notifyNow({ resource: note("n1"), accounts: [olga.id, piet.id] });
    expect(await mailsTo(t.database, olga.email)).toHaveLength(0);
    await piet.browser.get("/notifications");
    await piet.browser.post("/notifications/settings", { mailMode: "none" });

    advance(24 * HOUR);
    await sendDigests(t.deps);
    const olgas = await mailsTo(t.database, olga.email);
    expect(olgas).toHaveLength(1);
    expect(olgas[0]?.text).toContain("(3)");
    expect(await mailsTo(t.database, piet.email)).toHaveLength(0);
    // Piet still sees all three on the page (signed in afresh: a day has passed).
    await signIn(piet.browser, t.deps, piet.id);
    await piet.browser.get("/notifications");
    expect(visible(piet.browser.lastHtml)).toContain("Ungelesen: 3");
  });
});

describe("the unsubscribe link", () => {
  it("works without signing in and stops every notification mail", async () => {
    const ida = await person("ida@example.org");
    await notifyNow({ resource: note("n2"), accounts: [ida.id] });
    const [mail] = await mailsTo(t.database, ida.email);
    const link = linkIn(mail, "/notifications/unsubscribe");

    const stranger = new BrowserClient(t.app);
    const page = await stranger.get(link);
    expect(page.status).toBe(200);
    expect(page.headers.get("cache-control")).toBe("no-store");
    expect(visible(stranger.lastHtml)).toContain("Keine E-Mails mehr schicken");
    // Opening the link changes nothing; the button does.
    expect(
      (
        await t.deps.database.db.select().from(notificationSettings).where(eq(notificationSettings.accountId, ida.id))
      )[0]?.mailMode,
    ).toBe("each");

    const done = await stranger.post(link, {});
    expect(done.status).toBe(200);
    expect(visible(stranger.lastHtml)).toContain("Abbestellt");
    await notifyNow({ resource: note("n2"), accounts: [ida.id] });
    expect(await mailsTo(t.database, ida.email)).toHaveLength(1);
  });

  it("refuses a forged token, on the page and in the one-click request", async () => {
    const jan = await person("jan@example.org");
    const forged = `${jan.id}.${"A".repeat(43)}`;
    const stranger = new BrowserClient(t.app);
    const page = await stranger.get(`/notifications/unsubscribe?token=${encodeURIComponent(forged)}`);
    expect(page.status).toBe(404);
    expect(visible(stranger.lastHtml)).toContain("Dieser Link funktioniert leider nicht");
    await stranger.get("/login");
    expect((await stranger.post(`/notifications/unsubscribe?token=${encodeURIComponent(forged)}`, {})).status).toBe(
      404,
    );
    const oneClick = await t.app.request(`/api/v1/notifications/unsubscribe?token=${encodeURIComponent(forged)}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(oneClick.status).toBe(404);
  });

  it("answers the mail program's one-click request with the token from the mail", async () => {
    const kim = await person("kim@example.org");
    await notifyNow({ resource: note("n2"), accounts: [kim.id] });
    const [mail] = await mailsTo(t.database, kim.email);
    const token = new URL(`http://x${linkIn(mail, "/notifications/unsubscribe")}`).searchParams.get("token") ?? "";
    const response = await t.app.request(`/api/v1/notifications/unsubscribe?token=${encodeURIComponent(token)}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(response.status).toBe(200);
    const [settings] = await t.deps.database.db
      .select()
      .from(notificationSettings)
      .where(eq(notificationSettings.accountId, kim.id));
    expect(settings?.mailMode).toBe("none");
  });
});

describe("the notifications page", () => {
  it("marks all as read and saves the mail choice, refusing a value not offered", async () => {
    const lea = await person("lea@example.org");
    await notifyNow({ resource: note("n1"), accounts: [lea.id] });
    await lea.browser.get("/notifications");
    expect(visible(lea.browser.lastHtml)).toContain("Ungelesen: 1");
    const read = await lea.browser.post("/notifications/read", {});
    expect(read.headers.get("location")).toBe("/notifications?done=read");
    await lea.browser.get("/notifications?done=read");
    expect(visible(lea.browser.lastHtml)).toContain("Ungelesen: 0");

    const wrong = await lea.browser.post("/notifications/settings", { mailMode: "hourly" });
    expect(wrong.status).toBe(422);
    expect(visible(lea.browser.lastHtml)).toContain("Bitte wählen Sie eine der Möglichkeiten.");
    const saved = await lea.browser.post("/notifications/settings", { mailMode: "digest" });
    expect(saved.status).toBe(303);
    await notifyNow({ resource: note("n1"), accounts: [lea.id] });
    expect(await mailsTo(t.database, lea.email)).toHaveLength(1);
  });

  it("lists pages of notifications, newest first", async () => {
    const max = await person("max@example.org");
    for (const id of ["n1", "n2", "n3"]) {
      await notifyNow({ resource: note(id), accounts: [max.id] });
      advance(MINUTE);
    }
    await max.browser.get("/notifications?pageSize=2");
    const first = visible(max.browser.lastHtml);
    expect(first.indexOf("Leihräder")).toBeLessThan(first.indexOf("Trinkbrunnen"));
    expect(first).not.toContain("Bänke");
    await max.browser.get("/notifications?pageSize=2&page=2");
    expect(visible(max.browser.lastHtml)).toContain("Bänke");
  });
});

describe("personal data", () => {
  it("exports follows, notifications and the setting, and erases them all", async () => {
    const noa = await person("noa@example.org");
    await followNote(noa.browser, "n1");
    await notifyNow({ resource: note("n1"), followers: true });
    const context = { deps: t.deps, now, t: (key: string) => key };
    const exported = (await notificationsPersonalData.export(t.deps.database.db, noa.id, context)) as {
      follows: unknown[];
      notifications: unknown[];
    };
    expect(exported.follows).toHaveLength(1);
    expect(exported.notifications).toHaveLength(1);
    await t.deps.database.db.transaction((tx) => notificationsPersonalData.erase(tx, noa.id, context));
    expect(await notificationsPersonalData.export(t.deps.database.db, noa.id, context)).toBeNull();
  });
});

describe("retention", () => {
  it("deletes notifications after a year, with the digests that carried them", async () => {
    const ria = await person("ria@example.org");
    await notifyNow({ resource: note("n1"), accounts: [ria.id] });
    advance(200 * 24 * HOUR);
    await notifyNow({ resource: note("n2"), accounts: [ria.id] });
    advance(200 * 24 * HOUR);
    expect(await purgeOldNotifications(t.deps)).toBeGreaterThanOrEqual(1);
    const left = await t.deps.database.db
      .select({ resourceId: notifications.resourceId })
      .from(notifications)
      .where(eq(notifications.accountId, ria.id));
    expect(left).toEqual([{ resourceId: "n2" }]);
    expect(await t.deps.database.db.select().from(notificationDigests)).toHaveLength(0);
  });
});
