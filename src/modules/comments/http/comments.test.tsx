import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { signedIn } from "../../../../tests/support/budget";
import { mountTestIdeaPage, testIdeas } from "../../../../tests/support/comments/test-idea";
import { auditLog } from "../../../platform/audit/schema";
import { notifications } from "../../notifications/data/schema";
import { comments, commentVersions } from "../data/schema";

let t: TestApp;
let now = new Date(Date.UTC(2026, 4, 1, 10, 0, 0));
const minutes = (n: number) => {
  now = new Date(now.getTime() + n * 60_000);
};

/** The text of the page without tags, so assertions read like what a person sees. */
function visible(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

let ideaCount = 0;
function newIdea(authorId: string | null = null, open = true): string {
  ideaCount += 1;
  const id = `idea-${ideaCount}`;
  testIdeas.set(id, { title: `Idee ${ideaCount}`, authorId, open, comments: 0, hidden: null });
  return id;
}

/** The fields of the write form on the idea's page, as a browser sends them. */
function writeForm(html: string): Record<string, string> {
  // The last such form is the one for a new comment; the answer forms come before it.
  const forms = [...html.matchAll(/<form[^>]*action="\/comments"[^>]*>([\s\S]*?)<\/form>/g)];
  const form = forms.at(-1)?.[1] ?? "";
  const fields: Record<string, string> = {};
  for (const [, name, value] of form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g))
    fields[name as string] = value as string;
  return fields;
}

async function commentsOn(ideaId: string) {
  return t.deps.database.db
    .select()
    .from(comments)
    .where(and(eq(comments.resourceType, "test_idea"), eq(comments.resourceId, ideaId)));
}

async function write(browser: BrowserClient, ideaId: string, body: string, extra: Record<string, string> = {}) {
  // A minute between comments keeps the writers within the per-account limit.
  minutes(1);
  await browser.get(`/test-ideas/${ideaId}`);
  return browser.post("/comments", { ...writeForm(browser.lastHtml), body, ...extra });
}

let resident: BrowserClient;
let residentId: string;

beforeAll(async () => {
  t = await createTestApp({ deps: { clock: () => now } });
  mountTestIdeaPage(t.app);
  ({ browser: resident, userId: residentId } = await signedIn(t, { name: "Rosa Beispiel" }));
});
afterAll(() => t.close());

describe("writing a comment", () => {
  it("asks a guest to sign in before reading the form, and stores nothing", async () => {
    const ideaId = newIdea();
    const guest = new BrowserClient(t.app);
    await guest.get(`/test-ideas/${ideaId}`);
    expect(visible(guest.lastHtml)).toContain("Melden Sie sich an, um mitzudiskutieren");
    await guest.get("/login");
    const response = await guest.post("/comments", { resourceType: "nonsense", body: "" });
    expect(response.status).toBe(401);
    expect(await commentsOn(ideaId)).toHaveLength(0);
  });

  it("publishes the comment, goes back to it on the idea's page and counts it", async () => {
    const author = await signedIn(t, { name: "Ida Idee" });
    const ideaId = newIdea(author.userId);
    const response = await write(resident, ideaId, "Gute *Idee*, [mehr dazu](https://example.org).");
    expect(response.status).toBe(303);
    const [stored] = await commentsOn(ideaId);
    expect(response.headers.get("location")).toBe(`/test-ideas/${ideaId}#comment-${stored?.id}`);
    await resident.get(`/test-ideas/${ideaId}`);
    expect(resident.lastHtml).toContain(`<article id="comment-${stored?.id}"`);
    expect(resident.lastHtml).toContain(
      'Gute <em>Idee</em>, <a href="https://example.org" rel="nofollow ugc noopener">mehr dazu</a>.',
    );
    expect(visible(resident.lastHtml)).toContain("Kommentare (1)");
    expect(testIdeas.get(ideaId)?.comments).toBe(1);
    // The idea's author hears of it; the writer does not hear of their own comment.
    const told = await t.deps.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.accountId, author.userId));
    expect(told.map((n) => n.messageKey)).toEqual(["comments.notification.new"]);
    // The notification links the comment's own address, which finds the page of the thread it is on.
    expect(told[0]?.href).toBe(`/comments/${stored?.id}`);
    const followed = await new BrowserClient(t.app).get(`/comments/${stored?.id}`);
    expect(followed.status).toBe(302);
    expect(followed.headers.get("location")).toBe(`/test-ideas/${ideaId}#comment-${stored?.id}`);
    const own = await t.deps.database.db.select().from(notifications).where(eq(notifications.accountId, residentId));
    expect(own).toHaveLength(0);
  });

  it("keeps the text and says what to change when the comment is refused", async () => {
    const ideaId = newIdea();
    const long = `Sehr lang ${"x".repeat(5100)}`;
    const response = await write(resident, ideaId, long);
    expect(response.status).toBe(422);
    expect(visible(resident.lastHtml)).toContain("Ihr Kommentar ist zu lang");
    expect(resident.lastHtml).toContain(long);
    expect(await commentsOn(ideaId)).toHaveLength(0);
    // Sent again from the kept form, shortened, it is published.
    const again = await resident.post("/comments", { ...writeForm(resident.lastHtml), body: "Kürzer gesagt." });
    expect(again.status).toBe(303);
  });

  it("drops a form whose hidden field was filled, quietly and with the text kept", async () => {
    const ideaId = newIdea();
    const response = await write(resident, ideaId, "Kaufen Sie jetzt!", { website: "https://spam.example" });
    expect(response.status).toBe(400);
    expect(visible(resident.lastHtml)).toContain("Ihre Eingabe konnte nicht gesendet werden");
    expect(resident.lastHtml).toContain("Kaufen Sie jetzt!");
    expect(resident.lastHtml).not.toContain("spam.example");
    expect(await commentsOn(ideaId)).toHaveLength(0);
  });

  it("refuses blocked accounts and unconfirmed addresses with a clear message and the text kept", async () => {
    const ideaId = newIdea();
    const moderator = await signedIn(t, { roles: ["moderator"] });
    const blocked = await signedIn(t, { name: "Bea Blockiert" });
    await moderator.browser.get("/moderation/blocks");
    const block = await moderator.browser.post("/moderation/blocks", {
      accountId: blocked.userId,
      reason: "Wiederholt beleidigend",
    });
    expect(block.status).toBe(303);
    await blocked.browser.get(`/test-ideas/${ideaId}`);
    expect(visible(blocked.browser.lastHtml)).toContain("Ihr Konto ist für Beiträge gesperrt");
    const form = { resourceType: "test_idea", resourceId: ideaId, submissionKey: "abcdefghijkl" };
    const refused = await blocked.browser.post("/comments", { ...form, body: "Ich darf doch!" });
    expect(refused.status).toBe(403);
    expect(visible(blocked.browser.lastHtml)).toContain("Ihr Konto ist für Beiträge gesperrt");
    expect(blocked.browser.lastHtml).toContain("Ich darf doch!");

    const unconfirmed = await signedIn(t, { verified: false });
    await unconfirmed.browser.get(`/test-ideas/${ideaId}`);
    const unverified = await unconfirmed.browser.post("/comments", { ...form, body: "Noch nicht bestätigt" });
    expect(unverified.status).toBe(403);
    expect(visible(unconfirmed.browser.lastHtml)).toContain("Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse");
    expect(await commentsOn(ideaId)).toHaveLength(0);

    // Lifted, the block no longer stands in the way.
    await moderator.browser.get("/moderation/blocks");
    expect(visible(moderator.browser.lastHtml)).toContain("Bea Blockiert");
    await moderator.browser.post(`/moderation/blocks/${blocked.userId}/unblock`, {});
    expect((await blocked.browser.post("/comments", { ...form, body: "Jetzt wieder." })).status).toBe(303);
  });

  it("refuses comments where the object takes none, keeping the text", async () => {
    const ideaId = newIdea(null, false);
    await resident.get(`/test-ideas/${ideaId}`);
    expect(visible(resident.lastHtml)).toContain("Hier können zurzeit keine Kommentare geschrieben werden.");
    const response = await resident.post("/comments", {
      resourceType: "test_idea",
      resourceId: ideaId,
      submissionKey: "abcdefghijkl",
      body: "Trotzdem gesagt",
    });
    expect(response.status).toBe(409);
    expect(resident.lastHtml).toContain("Trotzdem gesagt");
    const unknown = await resident.post("/comments", {
      resourceType: "no_such_kind",
      resourceId: "x",
      submissionKey: "abcdefghijkl",
      body: "Ins Leere",
    });
    expect(unknown.status).toBe(404);
  });

  it("stores one comment when the same form is sent several times at once", async () => {
    const ideaId = newIdea();
    minutes(1);
    await resident.get(`/test-ideas/${ideaId}`);
    const form = { ...writeForm(resident.lastHtml), _csrf: resident.csrfToken(), body: "Doppelt hält nicht besser." };
    const answers = await Promise.all(Array.from({ length: 6 }, () => resident.post("/comments", form)));
    expect(answers.map((a) => a.status)).toEqual([303, 303, 303, 303, 303, 303]);
    expect(new Set(answers.map((a) => a.headers.get("location"))).size).toBe(1);
    expect(await commentsOn(ideaId)).toHaveLength(1);
    expect(testIdeas.get(ideaId)?.comments).toBe(1);
    // Other words from the same page are another comment.
    expect((await resident.post("/comments", { ...form, body: "Und noch etwas." })).status).toBe(303);
    expect(await commentsOn(ideaId)).toHaveLength(2);
  });
});

describe("the pace of comments", () => {
  it("slows an account down after ten comments a minute, keeping the eleventh's text", async () => {
    const ideaId = newIdea();
    const { browser } = await signedIn(t, { name: "Schnell Schreiber" });
    minutes(1);
    await browser.get(`/test-ideas/${ideaId}`);
    const form = writeForm(browser.lastHtml);
    for (let n = 1; n <= 10; n += 1)
      expect((await browser.post("/comments", { ...form, body: `Gedanke ${n}` })).status).toBe(303);
    const slowed = await browser.post("/comments", { ...form, body: "Gedanke 11" });
    expect(slowed.status).toBe(429);
    expect(slowed.headers.get("retry-after")).toBeTruthy();
    expect(visible(browser.lastHtml)).toContain("Zu viele Versuche");
    expect(browser.lastHtml).toContain("Gedanke 11");
    expect(await commentsOn(ideaId)).toHaveLength(10);
  });
});

describe("a thread", () => {
  it("shows answers under their comment, and a deleted comment as a stub with its answers", async () => {
    const ideaId = newIdea();
    const other = await signedIn(t, { name: "Otto Antwort" });
    await write(resident, ideaId, "Erster Gedanke");
    const [first] = await commentsOn(ideaId);
    await other.browser.get(`/test-ideas/${ideaId}`);
    const reply = await other.browser.post("/comments", {
      ...writeForm(other.browser.lastHtml),
      parentId: first?.id as string,
      body: "Eine Antwort darauf",
    });
    expect(reply.status).toBe(303);
    const answer = (await commentsOn(ideaId)).find((r) => r.parentId === first?.id);
    // The answer form under Otto's answer, opened by its "Reply" link.
    await resident.get(`/test-ideas/${ideaId}?reply=${answer?.id}`);
    const page = resident.lastHtml;
    expect(page).toMatch(/<label for="field-comment-body-reply-[^"]+">Ihre Antwort an Otto Antwort<\/label>/);
    expect(page.indexOf("Erster Gedanke")).toBeLessThan(page.indexOf("Eine Antwort darauf"));
    expect(page).toMatch(/<ol class="comment-list comment-replies">\s*<li>\s*<article id="comment-/);

    // Only the author may edit or delete.
    expect((await other.browser.get(`/comments/${first?.id}/edit`)).status).toBe(403);
    await resident.get(`/comments/${first?.id}/edit`);
    expect((await resident.post(`/comments/${first?.id}/delete`, {})).status).toBe(303);
    await resident.get(`/test-ideas/${ideaId}`);
    const after = visible(resident.lastHtml);
    expect(after).toContain("Dieser Kommentar wurde von der Person gelöscht, die ihn geschrieben hat.");
    expect(after).not.toContain("Erster Gedanke");
    expect(after).toContain("Eine Antwort darauf");
    expect(after).toContain("Kommentare (1)");
    expect(testIdeas.get(ideaId)?.comments).toBe(1);
  });

  it("indents answers three levels deep and names whom deeper answers reply to", async () => {
    const ideaId = newIdea();
    let parentId: string | undefined;
    for (let level = 0; level < 5; level += 1) {
      const extra: Record<string, string> = parentId ? { parentId } : {};
      await write(resident, ideaId, `Ebene ${level}`, extra);
      const rows = await commentsOn(ideaId);
      parentId = rows.find((r) => r.body === `Ebene ${level}`)?.id;
    }
    await resident.get(`/test-ideas/${ideaId}`);
    const thread = resident.lastHtml.slice(resident.lastHtml.indexOf('id="comments"'));
    expect(thread.match(/<ol class="comment-list comment-replies">/g)).toHaveLength(2);
    expect(visible(thread)).toContain("Antwort an Rosa Beispiel");
  });

  it("corrects freely for 15 minutes, then keeps every earlier version", async () => {
    const ideaId = newIdea();
    await write(resident, ideaId, "Erste Fassung");
    const [comment] = await commentsOn(ideaId);
    const id = comment?.id as string;
    await resident.get(`/comments/${id}/edit`);
    expect(visible(resident.lastHtml)).toContain("ohne Hinweis korrigieren");
    expect((await resident.post(`/comments/${id}/edit`, { body: "Korrigierte Fassung" })).status).toBe(303);
    expect(
      await t.deps.database.db.select().from(commentVersions).where(eq(commentVersions.commentId, id)),
    ).toHaveLength(0);

    minutes(20);
    await resident.get(`/comments/${id}/edit`);
    expect(visible(resident.lastHtml)).toContain("alle können die frühere Fassung lesen");
    // An empty text is refused and the page keeps what was typed.
    expect((await resident.post(`/comments/${id}/edit`, { body: " " })).status).toBe(422);
    expect(visible(resident.lastHtml)).toContain("Bitte schreiben Sie einen Kommentar.");
    expect((await resident.post(`/comments/${id}/edit`, { body: "Späte Fassung" })).status).toBe(303);
    await resident.get(`/test-ideas/${ideaId}`);
    expect(visible(resident.lastHtml)).toContain("bearbeitet – frühere Fassungen ansehen");
    const versions = await new BrowserClient(t.app).get(`/comments/${id}/versions`);
    const text = visible(await versions.text());
    expect(text).toContain("Späte Fassung");
    expect(text).toContain("Korrigierte Fassung");
    expect(text).not.toContain("Erste Fassung");
  });
});

describe("moderation of comments", () => {
  it("hides a reported comment with the public reason in its place, and shows it again", async () => {
    const ideaId = newIdea();
    await write(resident, ideaId, "Etwas Beleidigendes");
    const [comment] = await commentsOn(ideaId);
    const id = comment?.id as string;

    const guest = new BrowserClient(t.app);
    await guest.get(`/test-ideas/${ideaId}`);
    expect(guest.lastHtml).toContain(`href="/moderation/report?type=comment&amp;id=${id}"`);
    await guest.get(`/moderation/report?type=comment&id=${id}`);
    expect(visible(guest.lastHtml)).toContain(`Kommentar zu „Idee ${ideaCount}“`);
    const reported = await guest.post("/moderation/reports", {
      type: "comment",
      id,
      category: "offensive",
      reason: "Beleidigt andere",
    });
    expect(reported.status).toBe(303);

    const moderator = await signedIn(t, { roles: ["moderator"] });
    await moderator.browser.get("/moderation");
    expect(visible(moderator.browser.lastHtml)).toContain("Beleidigt andere");
    const hidden = await moderator.browser.post("/moderation/hide", {
      type: "comment",
      id,
      reason: "Verstößt gegen die Regeln für einen respektvollen Umgang.",
    });
    expect(hidden.status).toBe(303);
    await guest.get(`/test-ideas/${ideaId}`);
    const page = visible(guest.lastHtml);
    expect(page).toContain("Dieser Kommentar wurde von der Moderation ausgeblendet. Begründung:");
    expect(page).toContain("Verstößt gegen die Regeln für einen respektvollen Umgang.");
    expect(page).not.toContain("Etwas Beleidigendes");
    expect(testIdeas.get(ideaId)?.comments).toBe(0);
    await moderator.browser.get("/moderation");
    expect(visible(moderator.browser.lastHtml)).not.toContain("Beleidigt andere");

    await moderator.browser.get("/moderation/hidden");
    expect((await moderator.browser.post("/moderation/show", { type: "comment", id })).status).toBe(303);
    await guest.get(`/test-ideas/${ideaId}`);
    expect(visible(guest.lastHtml)).toContain("Etwas Beleidigendes");
    expect(testIdeas.get(ideaId)?.comments).toBe(1);
    const actions = await t.deps.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.objectId, id));
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(["comments.create", "moderation.report", "moderation.hide", "moderation.show"]),
    );
  });

  it("exports an account's comments and keeps them as by a deleted account when it goes", async () => {
    const { commentsPersonalData } = await import("../data/personal-data");
    const ideaId = newIdea();
    const leaving = await signedIn(t, { name: "Lea Geht" });
    await write(leaving.browser, ideaId, "Mein letzter Kommentar");
    const ctx = { deps: t.deps, now, t: (k: string) => k };
    const exported = (await commentsPersonalData.export(t.deps.database.db, leaving.userId, ctx)) as {
      comments: Array<{ body: string }>;
    };
    expect(exported.comments.map((c) => c.body)).toEqual(["Mein letzter Kommentar"]);
    await t.deps.database.db.transaction((tx) => commentsPersonalData.erase(tx, leaving.userId, ctx));
    await resident.get(`/test-ideas/${ideaId}`);
    const page = visible(resident.lastHtml);
    expect(page).toContain("Mein letzter Kommentar");
    expect(page).toContain("Gelöschtes Konto");
  });
});

/** Comments stored straight into the table, one a minute from `start`, for threads too long to write by form. */
async function storeComments(
  ideaId: string,
  authorId: string,
  bodies: Array<{ body: string; parentId?: string }>,
  start: Date,
): Promise<string[]> {
  const rows = await t.deps.database.db
    .insert(comments)
    .values(
      bodies.map((b, i) => ({
        resourceType: "test_idea",
        resourceId: ideaId,
        parentId: b.parentId ?? null,
        authorId,
        body: b.body,
        language: "de",
        createdAt: new Date(start.getTime() + i * 60_000),
        submissionKey: `stored-${ideaId}-${start.getTime()}-${i}`,
      })),
    )
    .returning({ id: comments.id });
  return rows.map((r) => r.id);
}

const linkOf = (href: string) => href.replace(/&amp;/g, "&");
const count = (html: string, text: string) => html.split(text).length - 1;
const label = (n: number) => `Beitrag-${String(n).padStart(3, "0")}`;

describe("a long thread", () => {
  let ideaId: string;
  /** The ids of the 65 comments on the idea, oldest first; the answers to #2 and #31. */
  let roots: string[];
  let answers: string[];

  beforeAll(async () => {
    ideaId = newIdea();
    const writer = await signedIn(t, { name: "Viel Schreiber" });
    const start = new Date(Date.UTC(2026, 0, 1));
    roots = await storeComments(
      ideaId,
      writer.userId,
      Array.from({ length: 65 }, (_, i) => ({ body: label(i + 1) })),
      start,
    );
    // Answers follow their comment onto its page, however late they were written.
    answers = await storeComments(
      ideaId,
      writer.userId,
      [
        { body: "Antwort-auf-002", parentId: roots[1] as string },
        { body: "Antwort-auf-031", parentId: roots[30] as string },
      ],
      new Date(Date.UTC(2026, 2, 1)),
    );
  });

  it("shows 30 comments on the object per page, oldest first, each with its answers, and the total above", async () => {
    const guest = new BrowserClient(t.app);
    const first = await (await guest.get(`/test-ideas/${ideaId}`)).text();
    expect(visible(first)).toContain("Kommentare (67)");
    expect(count(first, '<article id="comment-')).toBe(31);
    expect(first).toContain(label(1));
    expect(first).toContain(label(30));
    expect(first).not.toContain(label(31));
    expect(first.indexOf(label(1))).toBeLessThan(first.indexOf(label(30)));
    expect(first).toContain("Antwort-auf-002");
    expect(first).not.toContain("Antwort-auf-031");

    // The pager below the comments leads to the others, at the comments.
    expect(first.indexOf('<nav class="pagination" aria-label="Seiten der Kommentare"')).toBeGreaterThan(
      first.indexOf(label(30)),
    );
    expect(first).toContain(`<a href="/test-ideas/${ideaId}?comments=2#comments" rel="next">`);
    expect(first).toContain(`href="/test-ideas/${ideaId}?comments=3#comments"`);
    const next = linkOf(first.match(/<a href="([^"]+)" rel="next">/)?.[1] ?? "");
    const second = await (await guest.get(next)).text();
    expect(visible(second)).toContain("Kommentare (67)");
    expect(count(second, '<article id="comment-')).toBe(31);
    expect(second).toContain(label(31));
    expect(second).toContain(label(60));
    expect(second).toContain("Antwort-auf-031");
    expect(second).not.toContain(label(30));
    expect(second).not.toContain(label(61));
    expect(second).toMatch(/<a href="[^"]*\?comments=2#comments" aria-current="page"/);

    const third = await (await guest.get(linkOf(second.match(/<a href="([^"]+)" rel="next">/)?.[1] ?? ""))).text();
    expect(count(third, '<article id="comment-')).toBe(5);
    expect(third).toContain(label(61));
    expect(third).toContain(label(65));
    expect(third).not.toContain('rel="next"');
    expect(third).toContain(`<a href="/test-ideas/${ideaId}?comments=2#comments" rel="prev">`);
    // Page 1 is linked without the parameter.
    expect(third).toContain(`href="/test-ideas/${ideaId}#comments"`);
  });

  it("shows the last page for a number past the end and the first for anything else, never an error", async () => {
    const guest = new BrowserClient(t.app);
    const past = await guest.get(`/test-ideas/${ideaId}?comments=99`);
    expect(past.status).toBe(200);
    const pastHtml = await past.text();
    expect(pastHtml).toContain(label(65));
    expect(pastHtml).not.toContain(label(60));
    for (const asked of ["0", "-2", "zwei", "1.5", ""]) {
      const response = await guest.get(`/test-ideas/${ideaId}?comments=${asked}`);
      expect(response.status, asked).toBe(200);
      const html = await response.text();
      expect(html, asked).toContain(label(1));
      expect(html, asked).not.toContain(label(31));
    }
  });

  it("leads a comment's own address to the page that holds it", async () => {
    const guest = new BrowserClient(t.app);
    const at = async (id: string) => (await guest.get(`/comments/${id}`)).headers.get("location");
    expect(await at(roots[44] as string)).toBe(`/test-ideas/${ideaId}?comments=2#comment-${roots[44]}`);
    expect(await at(roots[0] as string)).toBe(`/test-ideas/${ideaId}#comment-${roots[0]}`);
    expect(await at(roots[64] as string)).toBe(`/test-ideas/${ideaId}?comments=3#comment-${roots[64]}`);
    expect(await at(answers[1] as string)).toBe(`/test-ideas/${ideaId}?comments=2#comment-${answers[1]}`);
    // Followed, the comment is on the page.
    const landed = await (await guest.get(`/test-ideas/${ideaId}?comments=2`)).text();
    expect(landed).toContain(`<article id="comment-${roots[44]}"`);
    expect((await guest.get("/comments/not-a-comment")).status).toBe(404);
    expect((await guest.get("/comments/00000000-0000-4000-8000-000000000999")).status).toBe(404);
  });

  it("opens one answer form at a time, through a link that works without JavaScript", async () => {
    const page = async (query: string) => (await resident.get(`/test-ideas/${ideaId}${query}`)).text();
    const plain = await page("");
    // Only the form for a new comment, and a "Reply" link that names whose comment it answers.
    expect(count(plain, "<textarea")).toBe(1);
    expect(plain).not.toContain('<details class="comment-reply"');
    expect(plain).toContain(
      `<a class="comment-reply-link" href="/test-ideas/${ideaId}?reply=${roots[1]}#reply-${roots[1]}">Antworten<span class="visually-hidden"> – Kommentar von Viel Schreiber</span></a>`,
    );

    const open = await page(`?reply=${roots[1]}`);
    expect(count(open, "<textarea")).toBe(2);
    expect(open).toMatch(new RegExp(`<div class="comment-reply" id="reply-${roots[1]}">\\s*<form`));
    expect(open).toContain(`<label for="field-comment-body-reply-${roots[1]}">Ihre Antwort an Viel Schreiber</label>`);
    expect(open).toContain(`<input type="hidden" name="parentId" value="${roots[1]}"/>`);

    // On another page the link keeps the page (and any other parameter).
    const second = await page("?comments=2&sort=alt");
    expect(second).toContain(
      `href="/test-ideas/${ideaId}?comments=2&amp;sort=alt&amp;reply=${roots[44]}#reply-${roots[44]}"`,
    );
    expect(count(await page(`?comments=2&reply=${roots[44]}`), "<textarea")).toBe(2);

    // A comment that is not on the page shown, or no comment at all: no answer form, no error.
    for (const query of [`?reply=${roots[44]}`, "?reply=nonsense", `?comments=2&reply=${roots[0]}`]) {
      const response = await resident.get(`/test-ideas/${ideaId}${query}`);
      expect(response.status, query).toBe(200);
      expect(count(await response.text(), "<textarea"), query).toBe(1);
    }

    // A guest is asked to sign in instead, and gets no answer form.
    const guest = new BrowserClient(t.app);
    const asGuest = await (await guest.get(`/test-ideas/${ideaId}?reply=${roots[1]}`)).text();
    expect(count(asGuest, "<textarea")).toBe(0);
    expect(asGuest).not.toContain("comment-reply-link");
  });

  it("is read and rendered once for everyone while nothing changes", async () => {
    const { loadCommentThread } = await import("../use-cases/load-thread");
    const resource = { type: "test_idea", id: ideaId };
    const a = await loadCommentThread(t.deps, resource, { kind: "guest" }, "de");
    const b = await loadCommentThread(t.deps, resource, { kind: "guest" }, "en");
    // The same tree, read and rendered once; frozen, since every request shares it.
    expect(b.roots).toBe(a.roots);
    expect(Object.isFrozen(a.roots[0]?.comment)).toBe(true);
    expect(a.formKey).not.toBe(b.formKey);
  });
});

describe("the kept thread", () => {
  it("shows a new comment, an edit, a hide and a new display name on the next request", async () => {
    const ideaId = newIdea();
    const other = await signedIn(t, { name: "Nora Neu" });
    await write(resident, ideaId, "Rosas erste Fassung");
    const [mine] = await commentsOn(ideaId);
    const guest = new BrowserClient(t.app);
    const seen = async () => visible(await (await guest.get(`/test-ideas/${ideaId}`)).text());
    expect(await seen()).toContain("Rosas erste Fassung");

    // A new comment by someone else.
    await write(other.browser, ideaId, "Noras Einwand");
    expect(await seen()).toContain("Noras Einwand");
    expect(await seen()).toContain("Kommentare (2)");

    // An edit.
    minutes(1);
    await resident.get(`/comments/${mine?.id}/edit`);
    expect((await resident.post(`/comments/${mine?.id}/edit`, { body: "Rosas zweite Fassung" })).status).toBe(303);
    const edited = await seen();
    expect(edited).toContain("Rosas zweite Fassung");
    expect(edited).not.toContain("Rosas erste Fassung");

    // A hide by a moderator.
    const noras = (await commentsOn(ideaId)).find((c) => c.body === "Noras Einwand");
    const moderator = await signedIn(t, { roles: ["moderator"] });
    await moderator.browser.get("/moderation");
    const hidden = await moderator.browser.post("/moderation/hide", {
      type: "comment",
      id: noras?.id as string,
      reason: "Off topic.",
    });
    expect(hidden.status).toBe(303);
    const afterHide = await seen();
    expect(afterHide).not.toContain("Noras Einwand");
    expect(afterHide).toContain("Dieser Kommentar wurde von der Moderation ausgeblendet.");
    expect(afterHide).toContain("Kommentare (1)");

    // A new display name.
    await other.browser.get("/profile");
    const renamed = await other.browser.post("/profile", {
      displayName: "Nora Umbenannt",
      locale: "de",
      district: "",
      stakeholderGroup: "",
    });
    expect(renamed.status).toBe(303);
    const afterRename = await seen();
    expect(afterRename).toContain("Nora Umbenannt");
    expect(afterRename).not.toContain("Nora Neu");
  });

  it("shows the edit link only to the author, and no account ids to anyone", async () => {
    const ideaId = newIdea();
    const other = await signedIn(t, { name: "Olga Andere" });
    await write(resident, ideaId, "Von Rosa");
    await write(other.browser, ideaId, "Von Olga");
    const rows = await commentsOn(ideaId);
    const rosas = rows.find((r) => r.body === "Von Rosa")?.id as string;
    const olgas = rows.find((r) => r.body === "Von Olga")?.id as string;

    const asRosa = await (await resident.get(`/test-ideas/${ideaId}`)).text();
    expect(asRosa).toContain(`href="/comments/${rosas}/edit"`);
    expect(asRosa).not.toContain(`href="/comments/${olgas}/edit"`);
    const asOlga = await (await other.browser.get(`/test-ideas/${ideaId}`)).text();
    expect(asOlga).toContain(`href="/comments/${olgas}/edit"`);
    expect(asOlga).not.toContain(`href="/comments/${rosas}/edit"`);
    const asGuest = await (await new BrowserClient(t.app).get(`/test-ideas/${ideaId}`)).text();
    expect(asGuest).not.toContain("/edit");
    for (const html of [asRosa, asOlga, asGuest]) {
      expect(html).not.toContain(residentId);
      expect(html).not.toContain(other.userId);
    }
    // Olga reads Rosa's comment with a report link instead.
    expect(asOlga).toContain(`href="/moderation/report?type=comment&amp;id=${rosas}"`);
  });
});

describe("the shared list of a thread page", () => {
  it("is the same for readers without comments of their own, with answer links only for those who may write", async () => {
    const ideaId = newIdea();
    await write(resident, ideaId, "Von Rosa für alle");
    const reader = await signedIn(t, { name: "Lena Leserin" });
    const guest = new BrowserClient(t.app);
    const page = async (client: BrowserClient) => (await client.get(`/test-ideas/${ideaId}`)).text();
    const replyLinks = (html: string) => (html.match(/class="comment-reply-link"/g) ?? []).length;
    // A guest, a reader who may write, the guest again: neither is given the other's list.
    expect(replyLinks(await page(guest))).toBe(0);
    const asReader = await page(reader.browser);
    expect(replyLinks(asReader)).toBe(1);
    expect(visible(asReader)).toContain("Von Rosa für alle");
    expect(asReader).not.toContain("/edit");
    expect(replyLinks(await page(guest))).toBe(0);
    // The author is given their own list with the edit link; the next reader still is not.
    expect(await page(resident)).toContain("/edit");
    expect(await page(reader.browser)).not.toContain("/edit");
  });
});

describe("the thread's frame", () => {
  it("brings its own section and heading, or leaves them to the page", async () => {
    const { renderToString } = await import("../../../../tests/support/comments/render-thread");
    const ideaId = newIdea();
    const framed = await renderToString(t, ideaId, true);
    expect(framed).toContain(
      '<section class="comments comment-thread" id="comments" aria-labelledby="comments-heading">',
    );
    const bare = await renderToString(t, ideaId, false);
    expect(bare).toMatch(/^<div class="comment-thread">/);
    expect(bare).not.toContain('id="comments"');
  });
});

describe("the pages in words", () => {
  it("show no message key or stored code, in German and English", async () => {
    const ideaId = newIdea();
    await write(resident, ideaId, "Ein Kommentar");
    const [comment] = await commentsOn(ideaId);
    const other = await signedIn(t, { name: "Otto" });
    const paths = [`/test-ideas/${ideaId}`, `/comments/${comment?.id}/versions`, `/comments/${comment?.id}/edit`];
    for (const lang of ["de", "en"])
      for (const [browser, path] of [
        [resident, paths[0]],
        [resident, paths[1]],
        [resident, paths[2]],
        [other.browser, paths[0]],
        [new BrowserClient(t.app), paths[0]],
      ] as const) {
        const response = await browser.get(`${path}?lang=${lang}`);
        expect(response.status, path).toBe(200);
        const text = visible(await response.text());
        expect(text).not.toMatch(/\b(comments|moderation)\.[a-zA-Z]+/);
        expect(text).not.toMatch(/\btest_idea\b|\bundefined\b|\bnull\b/);
      }
  });
});
