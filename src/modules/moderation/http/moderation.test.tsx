import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { signedIn } from "../../../../tests/support/budget";
import { mountTestIdeaPage, testIdeas } from "../../../../tests/support/comments/test-idea";
import { visibleText as visible } from "../../../../tests/support/html";
import { users } from "../../../platform/identity/schema";
import { moderationPersonalData } from "../data/personal-data";
import { moderationReports } from "../data/schema";
import { assertMayPost } from "../use-cases/may-post";

let t: TestApp;
let now = new Date(Date.UTC(2026, 4, 1, 10, 0, 0));

let ideaCount = 0;
function newIdea(authorId: string | null = null): string {
  ideaCount += 1;
  const id = `mod-idea-${ideaCount}`;
  testIdeas.set(id, { title: `Vorschlag ${ideaCount}`, authorId, open: true, comments: 0, hidden: null });
  return id;
}

async function reportsOn(id: string) {
  return t.deps.database.db.select().from(moderationReports).where(eq(moderationReports.resourceId, id));
}

beforeAll(async () => {
  t = await createTestApp({ deps: { clock: () => now } });
  mountTestIdeaPage(t.app);
});
afterAll(() => t.close());

describe("reporting", () => {
  it("lets a guest report from a form that works without JavaScript, and thanks them", async () => {
    const ideaId = newIdea();
    const guest = new BrowserClient(t.app);
    await guest.get(`/test-ideas/${ideaId}`);
    expect(guest.lastHtml).toContain(`href="/moderation/report?type=test_idea&amp;id=${ideaId}"`);
    await guest.get(`/moderation/report?type=test_idea&id=${ideaId}`);
    const form = visible(guest.lastHtml);
    expect(form).toContain(`Verstößt „Vorschlag ${ideaCount}“ gegen unsere Regeln?`);
    expect(form).toContain("Werbung oder Spam");
    const sent = await guest.post("/moderation/reports", {
      type: "test_idea",
      id: ideaId,
      category: "spam",
      reason: "Nur Werbung für einen Laden",
    });
    expect(sent.status).toBe(303);
    await guest.get(sent.headers.get("location") as string);
    expect(visible(guest.lastHtml)).toContain("Danke! Ihre Meldung ist bei der Moderation angekommen.");
    const [report] = await reportsOn(ideaId);
    expect(report).toMatchObject({ category: "spam", reporterId: null, status: "open" });
  });

  it("keeps the text of an incomplete report and says what is missing", async () => {
    const ideaId = newIdea();
    const guest = new BrowserClient(t.app);
    await guest.get(`/moderation/report?type=test_idea&id=${ideaId}`);
    const response = await guest.post("/moderation/reports", { type: "test_idea", id: ideaId, reason: "Siehe oben" });
    expect(response.status).toBe(422);
    expect(visible(guest.lastHtml)).toContain("Bitte wählen Sie aus, worum es geht.");
    expect(guest.lastHtml).toContain("Siehe oben");
    expect(await reportsOn(ideaId)).toHaveLength(0);
  });

  it("drops a report whose hidden field was filled, without saying why", async () => {
    const ideaId = newIdea();
    const guest = new BrowserClient(t.app);
    await guest.get(`/moderation/report?type=test_idea&id=${ideaId}`);
    const response = await guest.post("/moderation/reports", {
      type: "test_idea",
      id: ideaId,
      category: "other",
      reason: "Automatisch",
      website: "x",
    });
    expect(response.status).toBe(400);
    expect(visible(guest.lastHtml)).toContain("Ihre Eingabe konnte nicht gesendet werden");
    expect(await reportsOn(ideaId)).toHaveLength(0);
  });

  it("answers unknown kinds and objects with a missing page", async () => {
    const guest = new BrowserClient(t.app);
    expect((await guest.get("/moderation/report?type=test_idea&id=nope")).status).toBe(404);
    expect((await guest.get("/moderation/report?type=unknown&id=1")).status).toBe(404);
    expect((await guest.get("/moderation/report")).status).toBe(404);
  });

  it("marks the honeypot field hidden from people, screen readers and the tab order", async () => {
    const ideaId = newIdea();
    const guest = new BrowserClient(t.app);
    await guest.get(`/moderation/report?type=test_idea&id=${ideaId}`);
    expect(guest.lastHtml).toContain(
      '<div class="visually-hidden" aria-hidden="true"><label for="field-website">Dieses Feld bitte leer lassen</label><input type="text" id="field-website" name="website" value="" tabindex="-1" autocomplete="off"/></div>',
    );
  });
});

describe("the moderators' queue", () => {
  it("is closed to guests and residents", async () => {
    expect((await new BrowserClient(t.app).get("/moderation")).status).toBe(401);
    const { browser } = await signedIn(t);
    expect((await browser.get("/moderation")).status).toBe(403);
    expect((await browser.get("/moderation/blocks")).status).toBe(403);
  });

  it("groups open reports by object, the longest waiting first, hides with a reason and dismisses", async () => {
    const author = await signedIn(t, { name: "Paul Poster" });
    // Created in this order, reported the other way round: the queue follows the first report.
    const newer = newIdea();
    const older = newIdea(author.userId);
    const guest = new BrowserClient(t.app);
    for (const [id, reason] of [
      [older, "Erste Meldung"],
      [newer, "Zweite Meldung"],
      [older, "Dritte Meldung"],
    ] as const) {
      now = new Date(now.getTime() + 60_000);
      await guest.get(`/moderation/report?type=test_idea&id=${id}`);
      await guest.post("/moderation/reports", { type: "test_idea", id, category: "offensive", reason });
    }
    const { browser: moderator } = await signedIn(t, { roles: ["strategy_office"] });
    await moderator.get("/office");
    expect(visible(moderator.lastHtml)).toContain("Gemeldete Beiträge ansehen");
    expect(moderator.lastHtml).toContain('href="/moderation"');
    await moderator.get("/moderation");
    const queue = visible(moderator.lastHtml);
    const olderTitle = `Vorschlag ${ideaCount}`;
    const newerTitle = `Vorschlag ${ideaCount - 1}`;
    expect(queue.indexOf(olderTitle)).toBeGreaterThan(-1);
    expect(queue.indexOf(olderTitle)).toBeLessThan(queue.indexOf(newerTitle));
    expect(queue).toContain("2 offene Meldungen");
    expect(queue).toContain("Paul Poster sperren");

    // A reason is needed; the refused form keeps nothing lost and stays on the queue.
    const refused = await moderator.post("/moderation/hide", { type: "test_idea", id: older, reason: "" });
    expect(refused.status).toBe(422);
    expect(visible(moderator.lastHtml)).toContain("Bitte geben Sie eine Begründung an");
    expect(
      (await moderator.post("/moderation/hide", { type: "test_idea", id: older, reason: "Beleidigend." })).status,
    ).toBe(303);
    expect(testIdeas.get(older)?.hidden).toBe("Beleidigend.");
    expect((await reportsOn(older)).map((r) => r.status)).toEqual(["resolved", "resolved"]);
    expect((await moderator.post("/moderation/dismiss", { type: "test_idea", id: newer })).status).toBe(303);
    expect((await reportsOn(newer)).map((r) => r.status)).toEqual(["dismissed"]);
    await moderator.get("/moderation");
    expect(visible(moderator.lastHtml)).not.toContain(olderTitle);
    expect(visible(moderator.lastHtml)).not.toContain(newerTitle);
    await moderator.get("/moderation/hidden");
    expect(visible(moderator.lastHtml)).toContain(olderTitle);
  });
});

describe("blocked accounts", () => {
  it("blocks an account by its address from the list, and keeps the form when the address is unknown", async () => {
    const { browser: moderator } = await signedIn(t, { roles: ["moderator"] });
    const target = await signedIn(t, { name: "Susi Sperre" });
    await moderator.get("/moderation/blocks");
    const unknown = await moderator.post("/moderation/blocks", { email: "niemand@example.org", reason: "Spam" });
    expect(unknown.status).toBe(422);
    expect(visible(moderator.lastHtml)).toContain("Dieses Konto gibt es nicht.");
    expect(moderator.lastHtml).toContain('value="niemand@example.org"');
    const [user] = await t.deps.database.db
      .select({ email: users.email })
      .from(users)
      .where(eq(users.id, target.userId));
    const blocked = await moderator.post("/moderation/blocks", { email: user?.email ?? "", reason: "Spam" });
    expect(blocked.status).toBe(303);
    expect(blocked.headers.get("location")).toBe("/moderation/blocks?done=blocked");
    await moderator.get("/moderation/blocks?done=blocked");
    expect(visible(moderator.lastHtml)).toContain("Susi Sperre");
    expect(visible(moderator.lastHtml)).toContain("Das Konto ist gesperrt.");
  });
});

describe("official feedback", () => {
  it("is published by the strategy office, shown highlighted, and refused to residents", async () => {
    const ideaId = newIdea();
    const { browser: resident } = await signedIn(t);
    await resident.get(`/test-ideas/${ideaId}`);
    expect(resident.lastHtml).not.toContain('action="/moderation/feedback"');
    expect(
      (await resident.post("/moderation/feedback", { type: "test_idea", id: ideaId, body: "Ich bin das Amt" })).status,
    ).toBe(403);

    const { browser: office } = await signedIn(t, { roles: ["strategy_office"] });
    await office.get(`/test-ideas/${ideaId}`);
    const empty = await office.post("/moderation/feedback", { type: "test_idea", id: ideaId, body: "" });
    expect(empty.status).toBe(422);
    expect(office.lastHtml).toContain('href="#field-feedback-body"');
    expect(office.lastHtml).toContain('<textarea id="field-feedback-body" name="body"');
    const sent = await office.post("/moderation/feedback", {
      type: "test_idea",
      id: ideaId,
      body: "Danke für den Vorschlag.\n\nWir prüfen ihn bis Juni.",
    });
    expect(sent.status).toBe(303);
    expect(sent.headers.get("location")).toBe(`/test-ideas/${ideaId}#official-feedback`);
    await resident.get(`/test-ideas/${ideaId}`);
    const page = visible(resident.lastHtml);
    expect(page).toContain("Rückmeldung der Verwaltung");
    expect(page).toContain("Strategiebüro,");
    expect(resident.lastHtml).toContain("<p>Danke für den Vorschlag.</p><p>Wir prüfen ihn bis Juni.</p>");
  });
});

describe("the posting check and personal data", () => {
  it("refuses guests, unconfirmed and blocked accounts, each with its own message", async () => {
    const db = t.deps.database.db;
    await expect(assertMayPost(db, { kind: "guest" })).rejects.toThrow("moderation.posting.signIn");
    const unconfirmed = await signedIn(t, { verified: false });
    const actor = (id: string) => ({ kind: "user" as const, id, label: "x", grants: [] });
    await expect(assertMayPost(db, actor(unconfirmed.userId))).rejects.toThrow("moderation.posting.verifyEmail");
    const fine = await signedIn(t);
    await expect(assertMayPost(db, actor(fine.userId))).resolves.toBeUndefined();
  });

  it("exports the reports a person made and keeps them without the person on deletion", async () => {
    const ideaId = newIdea();
    const reporter = await signedIn(t);
    await reporter.browser.get(`/moderation/report?type=test_idea&id=${ideaId}`);
    await reporter.browser.post("/moderation/reports", {
      type: "test_idea",
      id: ideaId,
      category: "personal_data",
      reason: "Telefonnummer im Text",
    });
    const ctx = { deps: t.deps, now, t: (k: string) => k };
    const exported = (await moderationPersonalData.export(t.deps.database.db, reporter.userId, ctx)) as {
      reports: Array<{ reason: string }>;
    };
    expect(exported.reports.map((r) => r.reason)).toEqual(["Telefonnummer im Text"]);
    await t.deps.database.db.transaction((tx) => moderationPersonalData.erase(tx, reporter.userId, ctx));
    const [kept] = await reportsOn(ideaId);
    expect(kept).toMatchObject({ reason: "Telefonnummer im Text", reporterId: null });
  });
});

describe("the pages in words", () => {
  it("show no message key or stored code, in German and English", async () => {
    const ideaId = newIdea();
    const guest = new BrowserClient(t.app);
    await guest.get(`/moderation/report?type=test_idea&id=${ideaId}`);
    await guest.post("/moderation/reports", {
      type: "test_idea",
      id: ideaId,
      category: "off_topic",
      reason: "Passt nicht",
    });
    const { browser: moderator } = await signedIn(t, { roles: ["moderator"] });
    for (const lang of ["de", "en"])
      for (const path of [
        "/moderation",
        "/moderation/hidden",
        "/moderation/blocks",
        `/moderation/report?type=test_idea&id=${ideaId}`,
      ]) {
        const response = await moderator.get(`${path}${path.includes("?") ? "&" : "?"}lang=${lang}`);
        expect(response.status, path).toBe(200);
        const text = visible(await response.text());
        expect(text).not.toMatch(/\b(comments|moderation)\.[a-zA-Z]+/);
        expect(text).not.toMatch(/\b(off_topic|personal_data|test_idea)\b|\bundefined\b|\bnull\b/);
      }
  });
});
