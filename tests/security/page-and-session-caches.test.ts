import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../src/app/seed";
import { budgetHeadings, budgets } from "../../src/modules/budget/data/schema";
import { panels } from "../../src/modules/panel/data/schema";
import { measures } from "../../src/modules/strategy/data/schema";
import { roleAssignments, sessions, users } from "../../src/platform/identity/schema";
import { SESSION_ABSOLUTE_MS } from "../../src/platform/identity/sessions";
import { createAccount, signIn } from "../support/accounts";
import { createTestApp, type TestApp } from "../support/app";
import { BrowserClient } from "../support/browser-client";
import { declareResidence, signedIn as signedInResident } from "../support/budget";
import { testDatabaseKinds } from "../support/database";

/**
 * The caches of sessions and pages never change what a request gets: another person's rights,
 * a stale session, a revoked role, a deleted account, a logout and every kind of content change
 * give exactly the answer a process without any cache would give, on the next request.
 */
const BUDGET = "/budgets/kiezkasse-2026";
const signedIn = (html: string) => html.includes('action="/logout"');
const isAdminPage = (html: string) => html.includes('href="/admin"');
const csrfOf = (html: string) => html.match(/name="_csrf" value="([^"]+)"/)?.[1];

describe.each(testDatabaseKinds)("caches on $kind", ({ open }) => {
  let now = new Date();
  let t: TestApp;
  let measurePath: string;
  let panelPath: string;

  beforeAll(async () => {
    t = await createTestApp({ database: await open(), deps: { clock: () => new Date(now) } });
    await seedDemo(t.deps);
    const [m] = await t.database.db.select({ slug: measures.slug }).from(measures).limit(1);
    const [p] = await t.database.db.select({ id: panels.id }).from(panels).limit(1);
    measurePath = `/measures/${m?.slug}`;
    panelPath = `/panels/${p?.id}`;
  });
  afterAll(() => t?.close());

  const pages = () => ["/", "/measures", measurePath, BUDGET, "/panels", panelPath];

  it("serves each person the page made for their own rights, with their own CSRF token", async () => {
    const officeId = await createAccount(t.deps, { email: "buero@example.org", roles: ["administrator"] });
    const residentId = await createAccount(t.deps, { email: "anwohnerin@example.org" });
    const office = new BrowserClient(t.app);
    const resident = new BrowserClient(t.app);
    const guest = new BrowserClient(t.app);
    await signIn(office, t.deps, officeId);
    await signIn(resident, t.deps, residentId);
    for (const path of pages()) {
      // The administrator first, so the resident could only get the administrator's page from a cache.
      for (let round = 0; round < 2; round++) {
        expect((await office.get(path)).status, path).toBe(200);
        expect(isAdminPage(office.lastHtml), path).toBe(true);
        expect((await resident.get(path)).status, path).toBe(200);
        expect(isAdminPage(resident.lastHtml), path).toBe(false);
        expect(signedIn(resident.lastHtml), path).toBe(true);
        expect((await guest.get(path)).status, path).toBe(200);
        expect(signedIn(guest.lastHtml), path).toBe(false);
      }
      const tokens = [office, resident, guest].map((b) => csrfOf(b.lastHtml));
      // Each page carries the token of its own browser (the guest's page may have no form).
      expect(tokens[0]).toBe(office.csrfToken());
      expect(tokens[0]).not.toBe(tokens[1]);
      if (tokens[2]) expect(tokens[2]).not.toBe(tokens[0]);
      expect(resident.lastHtml).not.toContain(tokens[0] as string);
      expect(guest.lastHtml).not.toContain(tokens[0] as string);
      expect(guest.lastHtml).not.toContain(tokens[1] as string);
    }
  });

  it("keeps a ballot page per person: each voter sees their own area, and a change of theirs at once", async () => {
    const slug = "kiezkasse-2026";
    const vote = `/budgets/${slug}/vote`;
    const inNeukoelln = (await signedInResident(t, { district: "neukoelln" })).browser;
    const inLichtenberg = (await signedInResident(t, { district: "lichtenberg" })).browser;
    const undeclared = (await signedInResident(t, { district: "neukoelln" })).browser;
    expect(await declareResidence(inNeukoelln, slug, "Neukölln")).toBe(303);
    expect(await declareResidence(inLichtenberg, slug, "Lichtenberg")).toBe(303);
    for (let round = 0; round < 2; round++) {
      await inNeukoelln.get(vote);
      expect(inNeukoelln.lastHtml).toContain("Trinkbrunnen am Richardplatz");
      expect(inNeukoelln.lastHtml).not.toContain("Bänke am Fennpfuhl");
      await inLichtenberg.get(vote);
      expect(inLichtenberg.lastHtml).toContain("Bänke am Fennpfuhl");
      expect(inLichtenberg.lastHtml).not.toContain("Trinkbrunnen am Richardplatz");
      // Same rights as the two voters, but nothing declared: asked where they live, no ballot.
      await undeclared.get(vote);
      expect(undeclared.lastHtml).toContain("Erklärung zum Wohnort");
      expect(undeclared.lastHtml).not.toContain('name="project"');
    }
    expect(csrfOf(inNeukoelln.lastHtml)).toBe(inNeukoelln.csrfToken());
    // A change of the voter's own residence shows on the next request.
    const [lichtenberg] = await t.database.db
      .select({ id: budgetHeadings.id })
      .from(budgetHeadings)
      .innerJoin(budgets, eq(budgets.id, budgetHeadings.budgetId))
      .where(and(eq(budgets.slug, slug), eq(budgetHeadings.name, "Lichtenberg")));
    const changed = await inNeukoelln.post(`${vote}/residence`, { headingId: lichtenberg?.id ?? "", from: "change" });
    expect(changed.status).toBe(303);
    await inNeukoelln.get(vote);
    expect(inNeukoelln.lastHtml).toContain("Bänke am Fennpfuhl");
  });

  it("gives a request with another person's cookies that person's page, as without a cache", async () => {
    const ownerId = await createAccount(t.deps, { email: "eigentuemerin@example.org", roles: ["administrator"] });
    const owner = new BrowserClient(t.app);
    await signIn(owner, t.deps, ownerId);
    await owner.get("/measures");
    // Someone who copied the owner's session cookie but kept their own CSRF cookie is the owner for
    // the server, exactly as without a cache; with only the CSRF cookie they are a visitor.
    const copier = new BrowserClient(t.app);
    await copier.get("/measures");
    expect(signedIn(copier.lastHtml)).toBe(false);
    await copier.get("/login");
    const ownToken = copier.csrfToken();
    for (const [name, value] of owner.cookies) if (name.includes("session")) copier.cookies.set(name, value);
    await copier.get("/measures");
    expect(isAdminPage(copier.lastHtml)).toBe(true);
    expect(copier.csrfToken()).toBe(ownToken);
    expect(copier.csrfToken()).not.toBe(owner.csrfToken());
    // A session cookie that belongs to nobody is a visitor.
    for (const name of copier.cookies.keys()) if (name.includes("session")) copier.cookies.set(name, "nobody");
    await copier.get("/measures");
    expect(signedIn(copier.lastHtml)).toBe(false);
  });

  it("ends a session at once on logout, revoked role, deleted account and at its end", async () => {
    const id = await createAccount(t.deps, { email: "wechsel@example.org", roles: ["administrator"] });
    const browser = new BrowserClient(t.app);
    await signIn(browser, t.deps, id);
    await browser.get("/measures");
    await browser.get("/measures");
    expect(isAdminPage(browser.lastHtml)).toBe(true);

    // A revoked role: the next request no longer has it.
    await t.database.db
      .delete(roleAssignments)
      .where(and(eq(roleAssignments.userId, id), eq(roleAssignments.role, "administrator")));
    await browser.get("/measures");
    expect(signedIn(browser.lastHtml)).toBe(true);
    expect(isAdminPage(browser.lastHtml)).toBe(false);
    // A granted role shows at once, too.
    await t.database.db.insert(roleAssignments).values({ userId: id, role: "administrator" });
    await browser.get("/measures");
    expect(isAdminPage(browser.lastHtml)).toBe(true);

    // Logout.
    await browser.post("/logout", {});
    await browser.get("/measures");
    expect(signedIn(browser.lastHtml)).toBe(false);

    // A deleted account.
    await signIn(browser, t.deps, id);
    await browser.get(BUDGET);
    expect(signedIn(browser.lastHtml)).toBe(true);
    await t.database.db.update(users).set({ deletedAt: now }).where(eq(users.id, id));
    await browser.get(BUDGET);
    expect(signedIn(browser.lastHtml)).toBe(false);
    await t.database.db.update(users).set({ deletedAt: null }).where(eq(users.id, id));

    // A stale session: past its end (12 hours after login), a moment after it was last read.
    await signIn(browser, t.deps, id);
    await browser.get(panelPath);
    expect(signedIn(browser.lastHtml)).toBe(true);
    const started = now;
    now = new Date(started.getTime() + SESSION_ABSOLUTE_MS + 1);
    try {
      await browser.get(panelPath);
      expect(signedIn(browser.lastHtml)).toBe(false);
    } finally {
      now = started;
    }
    // A session ended in the database by any means (e.g. the purge job) ends at once.
    await signIn(browser, t.deps, id);
    await browser.get(panelPath);
    await t.database.db.delete(sessions).where(eq(sessions.userId, id));
    await browser.get(panelPath);
    expect(signedIn(browser.lastHtml)).toBe(false);
  });

  it("shows every content change on the next request, to visitors and signed-in people", async () => {
    const id = await createAccount(t.deps, { email: "leserin@example.org" });
    const reader = new BrowserClient(t.app);
    const guest = new BrowserClient(t.app);
    await signIn(reader, t.deps, id);
    const both = async (path: string, text: string) => {
      for (const browser of [reader, guest]) {
        await browser.get(path);
        expect(browser.lastHtml, path).toContain(text);
      }
    };
    for (const path of pages()) {
      await reader.get(path);
      await guest.get(path);
    }
    await t.database.db.update(budgets).set({ title: "Kiezkasse geändert" }).where(eq(budgets.slug, "kiezkasse-2026"));
    await both(BUDGET, "Kiezkasse geändert");
    // The home page shows what is happening in every module: each change shows there too.
    await both("/", "Kiezkasse geändert");
    await t.database.db.update(panels).set({ name: "Rat geändert" });
    await both("/panels", "Rat geändert");
    await both(panelPath, "Rat geändert");
    await both("/", "Rat geändert");
    await t.database.db
      .update(measures)
      .set({ titleDe: "Maßnahme geändert", updatedAt: new Date(now.getTime() + 60_000) })
      .where(eq(measures.slug, measurePath.slice(10)));
    await both(measurePath, "Maßnahme geändert");
    await both("/measures", "Maßnahme geändert");
    await both("/", "Maßnahme geändert");
    const exported = await t.app.request("/measures/export.csv");
    expect(await exported.text()).toContain("Maßnahme geändert");
  });
});
