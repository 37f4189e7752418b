import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import type { BrowserClient } from "../../../../tests/support/browser-client";
import { signedIn } from "../../../../tests/support/budget";
import { visibleText as visible } from "../../../../tests/support/html";
import { comments } from "../../comments/data/schema";
import { moderationBlocks } from "../../moderation/data/schema";
import { strategyModule } from "../../strategy";
import { arenaEntries } from "../data/schema";
import { arenaModule } from "../module";

// Signed-in readers who did not write an entry share one page per rights; what is their own (their
// support, follow, offer, their comments' links, the form key, the CSRF token) is put in per
// answer. These tests make sure nobody ever sees another reader's own parts or rights.
let t: TestApp;
let now = new Date(Date.UTC(2026, 10, 2, 9));
let path = "";
let entryId = "";
let author: BrowserClient;

/** What a reader sees of their own on the entry page. */
function ownParts(html: string) {
  const text = visible(html);
  const commentForms = [...html.matchAll(/<form[^>]*action="\/comments"[^>]*>([\s\S]*?)<\/form>/g)];
  return {
    csrf: html.match(/name="_csrf" value="([^"]+)"/)?.[1],
    support: html.match(/action="\/arena\/\d+\/(support|unsupport)"/)?.[1],
    following: text.includes("Nicht mehr folgen"),
    offerForm: html.includes(`action="${path}/collaborate"`),
    offerSent: text.includes("Ihr Angebot wurde gesendet"),
    offerMessage: text.includes("Ich baue die Bänke mit auf."),
    editLinks: [...html.matchAll(/href="\/comments\/([^"/]+)\/edit"/g)].map((m) => m[1]),
    reportLinks: (html.match(/href="\/moderation\/report\?/g) ?? []).length,
    mayWrite: text.includes("Kommentar veröffentlichen"),
    blocked: text.includes("Ihr Konto ist für Beiträge gesperrt"),
    office: text.includes("Für das Strategieteam"),
    formKey: commentForms.at(-1)?.[1]?.match(/name="submissionKey" value="([^"]*)"/)?.[1],
  };
}

/** The hidden fields of the form for a new comment (the last one on the page). */
function writeForm(html: string): Record<string, string> {
  const form = [...html.matchAll(/<form[^>]*action="\/comments"[^>]*>([\s\S]*?)<\/form>/g)].at(-1)?.[1] ?? "";
  return Object.fromEntries(
    [...form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1], m[2]]),
  );
}

async function page(browser: BrowserClient): Promise<string> {
  const response = await browser.get(path);
  expect(response.status).toBe(200);
  return browser.lastHtml;
}

async function writeComment(browser: BrowserClient, body: string): Promise<void> {
  now = new Date(now.getTime() + 60_000);
  const html = await page(browser);
  const sent = await browser.post("/comments", { ...writeForm(html), body });
  expect(sent.status).toBe(303);
}

async function commentIdsBy(accountId: string): Promise<string[]> {
  const rows = await t.deps.database.db
    .select({ id: comments.id })
    .from(comments)
    .where(and(eq(comments.resourceId, entryId), eq(comments.authorId, accountId)));
  return rows.map((r) => r.id);
}

beforeAll(async () => {
  t = await createTestApp({ deps: { clock: () => now } });
  await strategyModule.seed?.(t.deps);
  await arenaModule.seed?.(t.deps);
  const writer = await signedIn(t, { name: "Aylin Autorin" });
  author = writer.browser;
  const [entry] = await t.deps.database.db
    .insert(arenaEntries)
    .values({
      kind: "idea",
      title: "Bänke im Schatten",
      problem: "Im Sommer gibt es an der Haltestelle keinen Platz im Schatten.",
      authorId: writer.userId,
      createdAt: now,
      updatedAt: now,
      stateChangedAt: now,
    })
    .returning();
  path = `/arena/${entry?.number}`;
  entryId = entry?.id ?? "";
});
afterAll(async () => t.close());

describe("the entry page shared by signed-in readers", () => {
  it("gives every reader their own support, follow, offer and comment links, and nobody else's", async () => {
    const ada = await signedIn(t, { name: "Ada Anders" });
    await page(ada.browser);
    expect((await ada.browser.post(`${path}/support`, {})).status).toBe(303);
    const follow = { resourceType: "arena_entry", resourceId: entryId, returnTo: path };
    expect((await ada.browser.post("/notifications/follow", follow)).status).toBe(303);
    await page(ada.browser);
    expect((await ada.browser.post(`${path}/collaborate`, { message: "Ich baue die Bänke mit auf." })).status).toBe(
      303,
    );
    await writeComment(ada.browser, "Gute Idee, ich bin dabei.");
    const adaComments = await commentIdsBy(ada.userId);
    expect(adaComments).toHaveLength(1);

    const bo = await signedIn(t, { name: "Bo Berg" });
    const office = await signedIn(t, { name: "Olga Office", roles: ["strategy_office"] });
    const blocked = await signedIn(t, { name: "Gesperrt" });
    await t.deps.database.db
      .insert(moderationBlocks)
      .values({ accountId: blocked.userId, reason: "Beleidigungen", blockedBy: null, blockedAt: now });

    const readers = { ada: ada.browser, bo: bo.browser, office: office.browser, blocked: blocked.browser, author };
    const seen: Array<{ who: keyof typeof readers; html: string }> = [];
    // Each reader first and last once, so anyone could only have another's page from a cache.
    for (const order of [Object.keys(readers), Object.keys(readers).reverse()] as Array<Array<keyof typeof readers>>) {
      for (const who of order) seen.push({ who, html: await page(readers[who]) });
    }
    for (const { who, html } of seen) {
      const own = ownParts(html);
      expect(html, who).not.toMatch(/gmown/);
      expect(own.csrf, who).toBe(readers[who].csrfToken());
      for (const other of Object.keys(readers) as Array<keyof typeof readers>)
        if (other !== who) expect(html, `${who} has ${other}'s token`).not.toContain(readers[other].csrfToken());
      // Ada's own state, and only on Ada's page.
      expect(own.support, who).toBe(who === "ada" ? "unsupport" : "support");
      expect(own.following, who).toBe(who === "ada");
      expect(own.offerSent, who).toBe(who === "ada");
      expect(own.offerForm, who).toBe(who !== "ada" && who !== "author");
      expect(own.editLinks, who).toEqual(who === "ada" ? adaComments : []);
      // Everyone else may report Ada's comment (and the entry); Ada only the entry.
      expect(own.reportLinks, who).toBe(who === "ada" ? 1 : 2);
      // Rights: the office's panel, the blocked reader's refusal, the author's offers.
      expect(own.office, who).toBe(who === "office");
      expect(own.blocked, who).toBe(who === "blocked");
      expect(own.mayWrite, who).toBe(who !== "blocked");
      expect(own.offerMessage, who).toBe(who === "author");
    }
    // A fresh form key on every page, so two comments written from two pages are two comments.
    const keys = seen.filter((s) => s.who !== "blocked").map((s) => ownParts(s.html).formKey);
    expect(keys.every((key) => typeof key === "string" && key.length >= 16)).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("gives two readers with the same rights the same page but for their token and form key", async () => {
    const first = await signedIn(t, { name: "Cleo Claus" });
    const second = await signedIn(t, { name: "Dana Dorn" });
    const plain = (browser: BrowserClient, html: string) =>
      html.replaceAll(browser.csrfToken(), "TOKEN").replace(/name="submissionKey" value="[^"]*"/g, "KEY");
    const a = await page(first.browser);
    const b = await page(second.browser);
    expect(plain(second.browser, b)).toBe(plain(first.browser, a));
  });

  it("stores a comment from each page's form and shows its links to its writer alone", async () => {
    const writer = await signedIn(t, { name: "Eva Esser" });
    const reader = await signedIn(t, { name: "Finn Falk" });
    await writeComment(writer.browser, "Schatten hilft allen.");
    await writeComment(writer.browser, "Und Wasser dazu.");
    const written = await commentIdsBy(writer.userId);
    expect(written).toHaveLength(2);
    expect(ownParts(await page(writer.browser)).editLinks.sort()).toEqual([...written].sort());
    expect(ownParts(await page(reader.browser)).editLinks).toEqual([]);
    expect(visible(await page(reader.browser))).toContain("Und Wasser dazu.");
    // The answer form opened under a comment carries the reader's own key as well.
    await reader.browser.get(`${path}?reply=${written[0]}`);
    const answer = reader.browser.lastHtml.match(
      /name="parentId" value="[^"]+"\/><input type="hidden" name="submissionKey" value="([^"]*)"/,
    );
    expect(answer?.[1]).toMatch(/^[A-Za-z0-9_-]{16,}$/);
  });
});
