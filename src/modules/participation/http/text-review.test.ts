import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { signedIn } from "../../../../tests/support/budget";
import { visibleText as visible } from "../../../../tests/support/html";
import { insertProcess, postMultipart } from "../../../../tests/support/participation-text";
import { comments } from "../../comments";
import { follow } from "../../notifications";
import { notifications } from "../../notifications/data/schema";
import {
  participationDrafts,
  participationInvitations,
  participationParagraphs,
  participationWordings,
} from "../data/schema";
import { PROCESS_TYPE } from "../domain/stored-process";

let t: TestApp;

const germanV1 = "# Ziele\n\nBerlin wird digitaler.\n\nAlle machen mit.\n\n# Wege\n\nSchritt für Schritt.\n";
const englishV1 = "# Goals\n\nBerlin goes digital.\n\nEveryone takes part.\n\n# Ways\n\nStep by step.\n";
const germanV2 =
  "# Ziele\n\nBerlin wird gemeinsam digitaler.\n\nAlle machen mit.\n\n# Wege\n\nSchritt für Schritt.\n\nMit Geduld.\n";
const englishV2 =
  "# Goals\n\nBerlin goes digital together.\n\nEveryone takes part.\n\n# Ways\n\nStep by step.\n\nWith patience.\n";

beforeAll(async () => {
  t = await createTestApp();
}, 300_000);
afterAll(async () => t?.close());

const office = () => signedIn(t, { roles: ["strategy_office"], name: "Geschäftsstelle" });

async function publish(browser: BrowserClient, slug: string, fields: Record<string, string>, files = {}) {
  await browser.get(`/participation/${slug}/text/new`);
  return postMultipart(t.app, browser, `/participation/${slug}/text/new`, fields, files);
}

async function draftCount(processId: string) {
  return (await t.database.db.select().from(participationDrafts).where(eq(participationDrafts.processId, processId)))
    .length;
}

describe("the office publishes a draft", () => {
  it("lets only the office open the form, and stores a version written in the boxes or uploaded", async () => {
    const process = await insertProcess(t.database);
    const { browser: resident } = await signedIn(t);
    expect((await resident.get(`/participation/${process.slug}/text/new`)).status).toBe(403);
    const { browser } = await office();
    const response = await publish(
      browser,
      process.slug,
      { markdownDe: germanV1 },
      { fileEn: { name: "en.md", content: new TextEncoder().encode(englishV1) } },
    );
    expect(response.status).toBe(303);
    const rows = await t.database.db
      .select({ number: participationParagraphs.number, text: participationParagraphs.text })
      .from(participationParagraphs)
      .innerJoin(participationDrafts, eq(participationDrafts.id, participationParagraphs.draftId))
      .where(eq(participationDrafts.processId, process.id));
    expect(rows.map((r) => r.number).sort()).toEqual(["1.1", "1.2", "2.1"]);
    expect(rows.find((r) => r.number === "1.2")?.text).toEqual({ de: "Alle machen mit.", en: "Everyone takes part." });
  });

  it("refuses a file that is no text, one too large and two languages numbered differently, storing nothing", async () => {
    const process = await insertProcess(t.database);
    const { browser } = await office();
    const binary = await publish(
      browser,
      process.slug,
      { markdownEn: englishV1 },
      { fileDe: { name: "de.md", content: new Uint8Array([0xff, 0xfe, 0x00, 0x41]) } },
    );
    expect(binary.status).toBe(422);
    expect(visible(await binary.text())).toContain("Das ist keine Textdatei.");
    const large = await publish(
      browser,
      process.slug,
      { markdownEn: englishV1 },
      { fileDe: { name: "de.md", content: "a".repeat(200_001) } },
    );
    expect(visible(await large.text())).toContain("Der Entwurf ist zu groß");
    const mismatch = await publish(browser, process.slug, {
      markdownDe: germanV1,
      markdownEn: "# Goals\n\nBerlin goes digital.\n\n# Ways\n\nStep by step.\n",
    });
    expect(mismatch.status).toBe(422);
    const html = await mismatch.text();
    expect(visible(html)).toContain("Abschnitt oder Absatz 1.2 gibt es nur in einer Sprache");
    // What was typed is kept.
    expect(html).toContain("Berlin wird digitaler.");
    const empty = await publish(browser, process.slug, { markdownDe: "  ", markdownEn: englishV1 });
    expect(visible(await empty.text())).toContain("Bitte schreiben Sie den Entwurf");
    expect(await draftCount(process.id)).toBe(0);
    expect(t.logger.entries.some((e) => e.message === "form refused" && !JSON.stringify(e).includes("stack"))).toBe(
      true,
    );
  });
});

describe("residents comment on a paragraph", () => {
  let slug = "";
  let processId = "";
  let commenter: Awaited<ReturnType<typeof signedIn>>;
  let commentId = "";

  beforeAll(async () => {
    ({ slug, id: processId } = await insertProcess(t.database));
    const { browser } = await office();
    expect((await publish(browser, slug, { markdownDe: germanV1, markdownEn: englishV1 })).status).toBe(303);
    commenter = await signedIn(t, { name: "Rosa Beispiel" });
  });

  it("shows each paragraph with its number, anchor and comment link", async () => {
    const html = await (await new BrowserClient(t.app).get(`/participation/${slug}/text`)).text();
    expect(html).toContain('id="p-1-2"');
    expect(html).toContain(`href="/participation/${slug}/text/1.2"`);
    expect(visible(html)).toContain("Absatz 1.2");
    expect(visible(html)).toContain("Kommentieren (0)");
    const english = await (await new BrowserClient(t.app).get(`/participation/${slug}/text?lang=en`)).text();
    expect(visible(english)).toContain("Everyone takes part.");
    expect(visible(english)).toContain("Comment (0)");
  });

  it("names the paragraph in the heading and the comments' landmark, and offers its text to reword", async () => {
    const html = await (await commenter.browser.get(`/participation/${slug}/text/1.2`)).text();
    expect(html).toMatch(/<h1>Absatz 1.2<\/h1>/);
    expect(html).toContain('<section id="comments" aria-labelledby="comments-heading">');
    expect(visible(html)).toContain("Kommentare zu Absatz 1.2 (0)");
    expect(html).toMatch(/<textarea id="field-wording"[^>]*>Alle machen mit.<\/textarea>/);
  });

  it("stores a comment with a proposed wording and shows it as a difference", async () => {
    const response = await commenter.browser.post(`/participation/${slug}/text/1.2/comments`, {
      submissionKey: "paragraph-key-0001",
      body: "Nicht alle können mitmachen.",
      wording: "Alle können mitmachen, auch ohne Internet.",
    });
    expect(response.status).toBe(303);
    const page = await commenter.browser.get(response.headers.get("location") ?? "");
    const target = page.headers.get("location") ?? "";
    expect(target).toContain(`/participation/${slug}/text/1.2#comment-`);
    commentId = target.split("#comment-")[1] ?? "";
    const html = await (await commenter.browser.get(target.split("#")[0] ?? "")).text();
    expect(visible(html)).toContain("Nicht alle können mitmachen.");
    expect(visible(html)).toContain("Vorgeschlagene Formulierung");
    expect(html).toMatch(/<ins><span class="visually-hidden">\[eingefügt: <\/span>/);
    expect(html).toMatch(/<del><span class="visually-hidden">\[gestrichen: <\/span>machen/);
    const [wording] = await t.database.db
      .select()
      .from(participationWordings)
      .where(eq(participationWordings.commentId, commentId));
    expect(wording?.wording).toBe("Alle können mitmachen, auch ohne Internet.");
    const text = await (await new BrowserClient(t.app).get(`/participation/${slug}/text`)).text();
    expect(visible(text)).toContain("Kommentieren (1)");
  });

  it("stores no wording when the offered text is left as it was, and keeps the text after a mistake", async () => {
    const refused = await commenter.browser.post(`/participation/${slug}/text/2.1/comments`, {
      submissionKey: "paragraph-key-0002",
      body: "",
      wording: "Schritt für Schritt, aber schneller.",
    });
    expect(refused.status).toBe(422);
    const html = await refused.text();
    expect(html).toContain("Schritt für Schritt, aber schneller.</textarea>");
    const ok = await commenter.browser.post(`/participation/${slug}/text/2.1/comments`, {
      submissionKey: "paragraph-key-0003",
      body: "Gut so.",
      wording: "Schritt für Schritt.",
    });
    expect(ok.status).toBe(303);
    const rows = await t.database.db.select().from(participationWordings);
    expect(rows.some((r) => r.wording === "Schritt für Schritt.")).toBe(false);
  });

  it("lets another resident support the comment once and withdraw it, but not the author", async () => {
    const other = await signedIn(t, { name: "Kim Muster" });
    await other.browser.get(`/participation/${slug}/text/1.2`);
    const paragraphId = other.browser.lastHtml.match(/name="paragraphId" value="([^"]+)"/)?.[1] ?? "";
    const action = `/participation/${slug}/text/1.2/comments/${commentId}`;
    expect((await other.browser.post(`${action}/support`, { paragraphId })).status).toBe(303);
    expect((await other.browser.post(`${action}/support`, { paragraphId })).status).toBe(303);
    let html = await (await other.browser.get(`/participation/${slug}/text/1.2`)).text();
    expect(visible(html)).toContain("Unterstützt von 1 Person");
    expect(visible(html)).toContain("Unterstützung zurückziehen");
    expect((await other.browser.post(`${action}/unsupport`, { paragraphId })).status).toBe(303);
    html = await (await other.browser.get(`/participation/${slug}/text/1.2`)).text();
    expect(visible(html)).toContain("Noch keine Unterstützung");
    await commenter.browser.get(`/participation/${slug}/text/1.2`);
    expect((await commenter.browser.post(`${action}/support`, { paragraphId })).status).toBe(409);
  });

  it("draws the page once for readers with the same rights, with each reader's own support, links and form key", async () => {
    const supporter = await signedIn(t, { name: "Ada Unterstützt" });
    const reader = await signedIn(t, { name: "Bo Liest" });
    const path = `/participation/${slug}/text/1.2`;
    await supporter.browser.get(path);
    const paragraphId = supporter.browser.lastHtml.match(/name="paragraphId" value="([^"]+)"/)?.[1] ?? "";
    const action = `${path}/comments/${commentId}`;
    expect((await supporter.browser.post(`${action}/support`, { paragraphId })).status).toBe(303);
    const pages = {
      reader: await (await reader.browser.get(path)).text(),
      supporter: await (await supporter.browser.get(path)).text(),
      author: await (await commenter.browser.get(path)).text(),
      readerAgain: await (await reader.browser.get(path)).text(),
    };
    expect(pages.reader).toContain(`action="${action}/support"`);
    expect(pages.reader).not.toContain(`action="${action}/unsupport"`);
    expect(pages.supporter).toContain(`action="${action}/unsupport"`);
    expect(pages.supporter).not.toContain(`action="${action}/support"`);
    expect(pages.author).not.toContain(`${action}/support"`);
    expect(pages.author).not.toContain(`${action}/unsupport"`);
    expect(visible(pages.author)).toContain("Bearbeiten oder löschen");
    expect(visible(pages.reader)).not.toContain("Bearbeiten oder löschen");
    for (const html of Object.values(pages)) expect(visible(html)).toContain("Unterstützt von 1 Person");
    const formKey = (html: string) => html.match(/name="submissionKey" value="([^"]+)"/)?.[1];
    const keys = Object.values(pages).map(formKey);
    expect(keys.every((key) => key !== undefined && /^[A-Za-z0-9_-]{8,64}$/.test(key))).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
    expect((await supporter.browser.post(`${action}/unsupport`, { paragraphId })).status).toBe(303);
  });

  it("lets the office answer a comment, marks it as considered and tells its author", async () => {
    const { browser } = await office();
    await browser.get(`/participation/${slug}/text/1.2?answer=${commentId}`);
    const paragraphId = browser.lastHtml.match(/name="paragraphId" value="([^"]+)"/)?.[1] ?? "";
    const response = await browser.post(`/participation/${slug}/text/1.2/comments/${commentId}/answer`, {
      paragraphId,
      [`answer-${commentId}`]: "Wir nehmen das in Fassung 2 auf.",
    });
    expect(response.status).toBe(303);
    const html = await (await new BrowserClient(t.app).get(`/participation/${slug}/text/1.2`)).text();
    expect(visible(html)).toContain("berücksichtigt");
    expect(visible(html)).toContain("Wir nehmen das in Fassung 2 auf.");
    const told = await t.database.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.accountId, commenter.userId),
          eq(notifications.messageKey, "participation.notification.commentAnswered"),
        ),
      );
    expect(told).toHaveLength(1);
    const { browser: resident } = await signedIn(t);
    await resident.get(`/participation/${slug}/text/1.2`);
    expect(
      (await resident.post(`/participation/${slug}/text/1.2/comments/${commentId}/answer`, { paragraphId, x: "y" }))
        .status,
    ).toBe(403);
  });

  it("keeps the comments with the paragraph in a new version, shows what changed and tells the followers", async () => {
    const follower = await signedIn(t, { name: "Folgende Person" });
    await follow(t.database.db, follower.userId, { type: PROCESS_TYPE, id: processId }, new Date());
    const { browser } = await office();
    const response = await publish(browser, slug, {
      markdownDe: germanV2,
      markdownEn: englishV2,
      changeNoteDe: "Mehr Gemeinsamkeit.",
    });
    expect(response.status).toBe(303);
    const text = await (await new BrowserClient(t.app).get(`/participation/${slug}/text?version=2`)).text();
    expect(visible(text)).toContain("Was sich gegenüber Fassung 1 geändert hat");
    expect(visible(text)).toContain("Mehr Gemeinsamkeit.");
    expect(text).toMatch(/<ins><span class="visually-hidden">\[eingefügt: <\/span>gemeinsam/);
    expect(visible(text)).toContain("1 Absätze geändert, 1 neu, 0 entfernt.");
    // The draft's page without a version, kept since version 1 was shown, now shows version 2.
    const current = await (await new BrowserClient(t.app).get(`/participation/${slug}/text`)).text();
    expect(visible(current)).toContain("Mehr Gemeinsamkeit.");
    // The paragraph 1.2 is unchanged: the comment made on version 1 is shown with it.
    const paragraph = await (await new BrowserClient(t.app).get(`/participation/${slug}/text/1.2`)).text();
    expect(visible(paragraph)).toContain("Kommentare zu Fassung 1");
    expect(visible(paragraph)).toContain("Nicht alle können mitmachen.");
    const told = await t.database.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.accountId, follower.userId),
          eq(notifications.messageKey, "participation.notification.newDraftVersion"),
        ),
      );
    expect(told).toHaveLength(1);
    // Version 1's paragraph takes no more comments.
    const old = await commenter.browser.get(`/participation/${slug}/text/1.2?version=1`);
    expect(old.status).toBe(200);
    expect(visible(await old.text())).toContain("früheren Fassung");
  });

  it("refuses comments outside a text review phase", async () => {
    const closed = await insertProcess(t.database, { phases: [{ method: "survey", days: 30 }] });
    const { browser } = await office();
    await publish(browser, closed.slug, { markdownDe: germanV1, markdownEn: englishV1 });
    const html = await (await commenter.browser.get(`/participation/${closed.slug}/text/1.1`)).text();
    expect(html).not.toContain('id="field-wording"');
    const refused = await commenter.browser.post(`/participation/${closed.slug}/text/1.1/comments`, {
      submissionKey: "paragraph-key-0009",
      body: "Trotzdem.",
      wording: "",
    });
    expect(refused.status).toBe(409);
  });

  it("keeps a process for invited people closed to others, also for answers through the comments form", async () => {
    const limited = await insertProcess(t.database, { visibility: "invited" });
    const { browser } = await office();
    await publish(browser, limited.slug, { markdownDe: germanV1, markdownEn: englishV1 });
    const invited = await signedIn(t, { name: "Ina Eingeladen" });
    await t.database.db
      .insert(participationInvitations)
      .values({ processId: limited.id, accountId: invited.userId, createdAt: new Date() });
    const path = `/participation/${limited.slug}/text/1.1`;
    await invited.browser.get(path);
    const written = await invited.browser.post(`${path}/comments`, {
      submissionKey: "paragraph-key-0010",
      body: "Als Eingeladene sage ich: gut.",
      wording: "",
    });
    expect(written.status).toBe(303);
    const [comment] = await t.database.db
      .select({ id: comments.id, resourceId: comments.resourceId })
      .from(comments)
      .where(eq(comments.body, "Als Eingeladene sage ich: gut."));
    expect(comment).toBeDefined();

    const outsider = await signedIn(t, { name: "Otto Außen" });
    const html = await (await outsider.browser.get(path)).text();
    expect(visible(html)).toContain("An diesem Verfahren können nur eingeladene Personen teilnehmen.");
    expect(html).not.toContain('class="comment-reply-link"');
    /** An answer to the invited person's comment through the comments module's own form. */
    const answerTo = (browser: typeof outsider.browser, body: string, submissionKey: string) =>
      browser.post("/comments", {
        resourceType: "participation_paragraph",
        resourceId: comment?.resourceId ?? "",
        parentId: comment?.id ?? "",
        body,
        submissionKey,
      });
    const answer = await answerTo(outsider.browser, "Ich antworte trotzdem.", "outsider-key-0001");
    expect(answer.status).toBe(409);
    expect(visible(await answer.text())).toContain("An diesem Verfahren können nur eingeladene Personen teilnehmen.");
    const stored = await t.database.db.select().from(comments).where(eq(comments.body, "Ich antworte trotzdem."));
    expect(stored).toHaveLength(0);
    // The invited may answer through the same form.
    await invited.browser.get(path);
    const invitedAnswer = await answerTo(invited.browser, "Und ich ergänze etwas.", "invited-key-0001");
    expect(invitedAnswer.status).toBe(303);
  });
});
