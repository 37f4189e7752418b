import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, signIn } from "../../../../tests/support/accounts";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { recordAudit } from "../../../platform/audit/audit";
import { roleAssignments } from "../../../platform/identity/schema";
import { measures } from "../../strategy/data/schema";
import { seedStrategy } from "../../strategy/use-cases/seed-demo-strategy";

let t: TestApp;
let adminId: string;
let residentId: string;
let moderatorId: string;
/** A measure of the demo catalogue, to grant its team role. */
let measure: { slug: string; title: string };

beforeAll(async () => {
  t = await createTestApp();
  adminId = await createAccount(t.deps, {
    email: "ada@example.org",
    displayName: "Ada Admin",
    roles: ["administrator"],
  });
  residentId = await createAccount(t.deps, { email: "rosa@example.org", displayName: "Rosa Resident" });
  moderatorId = await createAccount(t.deps, {
    email: "mo@example.org",
    displayName: "Mo Moderator",
    roles: ["moderator"],
  });
  await seedStrategy(t.deps);
  const [first] = await t.database.db.select({ slug: measures.slug, title: measures.titleDe }).from(measures).limit(1);
  if (!first) throw new Error("the demo catalogue has no measure");
  measure = first;
}, 120_000);
afterAll(() => t.close());

async function browserAs(userId: string | null): Promise<BrowserClient> {
  const browser = new BrowserClient(t.app);
  if (userId) await signIn(browser, t.deps, userId);
  return browser;
}

/** The rows of the first table body on the page, as plain text per row. */
function tableRows(html: string): string[] {
  const body = html.match(/<tbody>([\s\S]*?)<\/tbody>/)?.[1] ?? "";
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) =>
    (m[1] ?? "")
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ")
      .trim(),
  );
}

async function rolesOf(userId: string): Promise<string[]> {
  const rows = await t.database.db.select().from(roleAssignments).where(eq(roleAssignments.userId, userId));
  return rows.map((r) => (r.scopeType ? `${r.role}@${r.scopeType}/${r.scopeId}` : r.role)).sort();
}

describe("access to the administration area", () => {
  it("asks a guest to log in, with a link back to the page", async () => {
    const browser = await browserAs(null);
    for (const path of ["/admin", "/admin/users", "/admin/audit", `/admin/users/${residentId}`]) {
      const response = await browser.get(path);
      expect(response.status).toBe(401);
      expect(browser.lastHtml).toContain("Anmeldung erforderlich");
      expect(browser.lastHtml).toContain(`href="/login?next=${encodeURIComponent(path)}"`);
    }
  });

  it("shows residents and moderators a 403 page", async () => {
    for (const id of [residentId, moderatorId]) {
      const browser = await browserAs(id);
      for (const path of ["/admin", "/admin/users", "/admin/audit?from=nonsense"]) {
        const response = await browser.get(path);
        expect(response.status).toBe(403);
        expect(browser.lastHtml).toContain("Kein Zugriff");
        expect(browser.lastHtml).not.toContain("rosa@example.org");
      }
    }
  });

  it("refuses a resident's role change and changes nothing", async () => {
    const browser = await browserAs(residentId);
    await browser.get("/");
    const response = await browser.post(`/admin/users/${residentId}/roles`, { kind: "global", role: "administrator" });
    expect(response.status).toBe(403);
    expect(await rolesOf(residentId)).toEqual([]);
  });

  it("shows administrators the overview with the administration navigation", async () => {
    const browser = await browserAs(adminId);
    const response = await browser.get("/admin");
    expect(response.status).toBe(200);
    expect(browser.lastHtml).toContain("<h1>Verwaltung</h1>");
    expect(browser.lastHtml).toContain('<nav class="sub-nav" aria-label="Verwaltungsbereich">');
    expect(browser.lastHtml).toContain('<a href="/admin" aria-current="page">Übersicht</a>');
    expect(browser.lastHtml).toContain("3 aktive Konten, davon 1 mit Administrationsrechten");
    await browser.get("/admin?lang=en");
    expect(browser.lastHtml).toContain("<h1>Administration</h1>");
    // The choice is remembered for the account; switch back for the tests below.
    await browser.get("/admin?lang=de");
  });
});

describe("granting and revoking roles", () => {
  it("grants the moderator role, which then appears on the account and in the audit log", async () => {
    const browser = await browserAs(adminId);
    await browser.get(`/admin/users/${residentId}`);
    expect(browser.lastHtml).toContain("<h1>Rosa Resident</h1>");
    const response = await browser.post(`/admin/users/${residentId}/roles`, { kind: "global", role: "moderator" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/admin/users/${residentId}?notice=granted`);
    await browser.get(response.headers.get("location") ?? "");
    expect(browser.lastHtml).toContain("Die Rolle wurde vergeben.");
    expect(tableRows(browser.lastHtml)).toContainEqual(
      expect.stringMatching(/^Moderation Die ganze Plattform .* Entziehen ?: Moderation$/),
    );
    expect(await rolesOf(residentId)).toEqual(["moderator"]);

    await browser.get("/admin/audit");
    const [newest] = tableRows(browser.lastHtml);
    expect(newest).toContain("Ada Admin ada@example.org");
    expect(newest).toContain("Rolle vergeben Konto: rosa@example.org");
    expect(newest).toContain("Rollen nachher: Moderation");
    expect(newest).not.toContain("admin.roles.grant");
    expect(newest).not.toContain("moderator");
  });

  it("grants a role scoped to one measure, chosen by name from a grouped list", async () => {
    const browser = await browserAs(adminId);
    await browser.get(`/admin/users/${residentId}`);
    expect(browser.lastHtml).toContain('<option value="team_member">Teammitglied</option>');
    expect(browser.lastHtml).toMatch(
      new RegExp(`<optgroup label="Maßnahmen">.*<option value="measure/${measure.slug}">${measure.title}</option>`),
    );
    expect(browser.lastHtml).not.toContain('name="scopeType"');
    const response = await browser.post(`/admin/users/${residentId}/roles`, {
      kind: "scoped",
      scopedRole: "team_member",
      scopeObject: `measure/${measure.slug}`,
    });
    expect(response.status).toBe(303);
    await browser.get(`/admin/users/${residentId}`);
    expect(tableRows(browser.lastHtml)).toContainEqual(
      expect.stringContaining(`Teammitglied Maßnahme „${measure.title}“`),
    );
    expect(await rolesOf(residentId)).toEqual(["moderator", `team_member@measure/${measure.slug}`]);
  });

  it("shows field errors, an error summary and the chosen values when the choice is incomplete or unknown", async () => {
    const browser = await browserAs(adminId);
    await browser.get(`/admin/users/${residentId}`);
    let response = await browser.post(`/admin/users/${residentId}/roles`, {
      kind: "scoped",
      scopedRole: "",
      scopeObject: "",
    });
    expect(response.status).toBe(422);
    let html = browser.lastHtml;
    expect(html).toContain('class="error-summary"');
    expect(html).toContain('<a href="#field-scopedRole">Rolle für das Objekt: Bitte wählen Sie eine Rolle.</a>');
    expect(html).toContain('<a href="#field-scopeObject">Wofür: Bitte wählen Sie aus, wofür die Rolle gilt.</a>');
    expect(html).toMatch(
      /id="field-scopeObject"[^>]*aria-invalid="true"[^>]*aria-describedby="hint-scopeObject error-scopeObject"/,
    );

    await browser.get(`/admin/users/${residentId}`);
    response = await browser.post(`/admin/users/${residentId}/roles`, {
      kind: "scoped",
      scopedRole: "team_member",
      scopeObject: "measure/no-such-measure",
    });
    expect(response.status).toBe(422);
    html = browser.lastHtml;
    expect(html).toContain("Dieses Objekt gibt es nicht (mehr).");
    expect(html).toContain('<option value="team_member" selected="">Teammitglied</option>');
    expect(await rolesOf(residentId)).toEqual(["moderator", `team_member@measure/${measure.slug}`]);
  });

  it("says so when the account already has the role", async () => {
    const browser = await browserAs(adminId);
    await browser.get(`/admin/users/${residentId}`);
    const response = await browser.post(`/admin/users/${residentId}/roles`, { kind: "global", role: "moderator" });
    expect(response.status).toBe(409);
    expect(browser.lastHtml).toContain('id="error-role">Dieses Konto hat diese Rolle schon.');
  });

  it("refuses a form without the CSRF token", async () => {
    const browser = await browserAs(adminId);
    await browser.get(`/admin/users/${residentId}`);
    const response = await browser.post(`/admin/users/${residentId}/roles`, {
      _csrf: "",
      kind: "global",
      role: "strategy_office",
    });
    expect(response.status).toBe(403);
    expect(await rolesOf(residentId)).toEqual(["moderator", `team_member@measure/${measure.slug}`]);
  });

  it("asks before revoking a role, and changes nothing until the confirmation comes", async () => {
    const browser = await browserAs(adminId);
    await browser.get(`/admin/users/${residentId}`);
    const response = await browser.post(`/admin/users/${residentId}/roles/revoke`, {
      role: "team_member",
      scopeType: "measure",
      scopeId: measure.slug,
    });
    expect(response.status).toBe(200);
    expect(browser.lastHtml).toContain("<h1");
    expect(browser.lastHtml).toContain("Rolle entziehen?");
    expect(browser.lastHtml).toContain("Das lässt sich nicht rückgängig machen");
    expect(browser.lastHtml).toContain('name="confirm" value="yes"');
    expect(browser.lastHtml).toContain(`href="/admin/users/${residentId}#roles"`);
    expect(await rolesOf(residentId)).toEqual(["moderator", `team_member@measure/${measure.slug}`]);
  });

  it("revokes a scoped role and a global role", async () => {
    const browser = await browserAs(adminId);
    await browser.get(`/admin/users/${residentId}`);
    let response = await browser.post(`/admin/users/${residentId}/roles/revoke`, {
      role: "team_member",
      scopeType: "measure",
      scopeId: measure.slug,
      confirm: "yes",
    });
    expect(response.status).toBe(303);
    await browser.get(response.headers.get("location") ?? "");
    expect(browser.lastHtml).toContain("Die Rolle wurde entzogen.");
    response = await browser.post(`/admin/users/${residentId}/roles/revoke`, { role: "moderator", confirm: "yes" });
    expect(response.status).toBe(303);
    expect(await rolesOf(residentId)).toEqual([]);
    await browser.get("/admin/audit?objectType=user");
    expect(tableRows(browser.lastHtml)[0]).toContain("Rolle entzogen Konto");
    expect(tableRows(browser.lastHtml)[0]).toContain("Rollen vorher: Moderation nachher: (leer)");
    expect(tableRows(browser.lastHtml)[1]).toContain(`Teammitglied (Maßnahme „${measure.slug}“)`);
  });

  it("keeps the last administrator: the role can't be revoked until another account has it", async () => {
    const browser = await browserAs(adminId);
    await browser.get(`/admin/users/${adminId}`);
    let response = await browser.post(`/admin/users/${adminId}/roles/revoke`, {
      role: "administrator",
      confirm: "yes",
    });
    expect(response.status).toBe(409);
    expect(browser.lastHtml).toContain("Das ist das letzte Konto mit Administrationsrechten.");
    expect(await rolesOf(adminId)).toEqual(["administrator"]);
    expect((await browser.get("/admin")).status).toBe(200);

    response = await browser.post(`/admin/users/${moderatorId}/roles`, { kind: "global", role: "administrator" });
    expect(response.status).toBe(303);
    await browser.get(`/admin/users/${adminId}`);
    response = await browser.post(`/admin/users/${adminId}/roles/revoke`, { role: "administrator", confirm: "yes" });
    expect(response.status).toBe(303);
    expect(await rolesOf(adminId)).toEqual([]);
    expect((await browser.get("/admin")).status).toBe(403);

    // The new administrator hands the role back, and is then the one who can't lose it.
    const second = await browserAs(moderatorId);
    await second.get(`/admin/users/${adminId}`);
    expect((await second.post(`/admin/users/${adminId}/roles`, { kind: "global", role: "administrator" })).status).toBe(
      303,
    );
    await second.get(`/admin/users/${moderatorId}`);
    expect(
      (await second.post(`/admin/users/${moderatorId}/roles/revoke`, { role: "administrator", confirm: "yes" })).status,
    ).toBe(303);
    await browser.get(`/admin/users/${adminId}`);
    expect(
      (await browser.post(`/admin/users/${adminId}/roles/revoke`, { role: "administrator", confirm: "yes" })).status,
    ).toBe(409);
  });

  it("answers 404 for an account that does not exist", async () => {
    const browser = await browserAs(adminId);
    expect((await browser.get("/admin/users/00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await browser.get("/admin/users/not-a-uuid")).status).toBe(404);
  });
});

describe("the list of accounts", () => {
  beforeAll(async () => {
    for (let n = 1; n <= 25; n++) {
      const nn = String(n).padStart(2, "0");
      await createAccount(t.deps, {
        email: `bulk-${nn}@example.org`,
        displayName: `Bulk Person ${nn}`,
        createdAt: new Date(Date.UTC(2025, 0, n)),
        roles: n === 7 ? [{ role: "team_member", scopeType: "measure", scopeId: "kiez-labs" }] : [],
      });
    }
  });

  it("finds accounts by part of the e-mail address or the name and shows their roles", async () => {
    const browser = await browserAs(adminId);
    await browser.get("/admin/users?q=BULK-07");
    expect(browser.lastHtml).toContain("Gefundene Konten für „BULK-07“: 1");
    expect(tableRows(browser.lastHtml)).toEqual([
      expect.stringMatching(/^Bulk Person 07 bulk-07@example.org Bürger:in Teammitglied \(Maßnahme „kiez-labs“\) /),
    ]);
    await browser.get("/admin/users?q=Mo+Moder");
    expect(tableRows(browser.lastHtml)).toEqual([expect.stringContaining("mo@example.org Bürger:in")]);
    await browser.get("/admin/users?q=%25");
    expect(browser.lastHtml).toContain("Gefundene Konten für „%“: 0");
  });

  it("pages through the results, newest first, keeping the search", async () => {
    const browser = await browserAs(adminId);
    await browser.get("/admin/users?q=bulk");
    expect(browser.lastHtml).toContain("Gefundene Konten für „bulk“: 25");
    const first = tableRows(browser.lastHtml);
    expect(first).toHaveLength(20);
    expect(first[0]).toContain("bulk-25@example.org");
    expect(browser.lastHtml).toContain('href="/admin/users?q=bulk&amp;page=2" rel="next"');
    await browser.get("/admin/users?q=bulk&page=2");
    const second = tableRows(browser.lastHtml);
    expect(second.map((row) => row.match(/bulk-\d+/)?.[0])).toEqual([
      "bulk-05",
      "bulk-04",
      "bulk-03",
      "bulk-02",
      "bulk-01",
    ]);
    expect(browser.lastHtml).toMatch(/aria-current="page" aria-label="Seite 2">2<\/a>/);
  });
});

describe("the audit log", () => {
  let auditorId: string;
  beforeAll(async () => {
    auditorId = await createAccount(t.deps, { email: "audrey@example.org", displayName: "Audrey" });
    const auditor = { kind: "user" as const, id: auditorId, label: "Audrey", grants: [] };
    // 30 entries by Audrey, one a day in June 2025 at 23:30 UTC (01:30 the next day in Berlin).
    for (let day = 1; day <= 30; day++) {
      await recordAudit(
        t.database.db,
        auditor,
        {
          action: "fixture.measure.update",
          objectType: day % 2 === 0 ? "fixture_measure" : "fixture_budget",
          objectId: `item-${day}`,
          before: { status: "draft" },
          after: { status: `step ${day}` },
        },
        new Date(Date.UTC(2025, 5, day, 23, 30)),
        null,
      );
    }
    await recordAudit(
      t.database.db,
      { kind: "system", label: "cli" },
      { action: "fixture.import", objectType: "fixture_budget", objectId: "import-1" },
      new Date(Date.UTC(2025, 5, 15, 12)),
      null,
    );
  });

  it("filters by the actor's e-mail address, newest first, and pages", async () => {
    const browser = await browserAs(adminId);
    await browser.get("/admin/audit?actor=audrey%40example.org");
    expect(browser.lastHtml).toContain("Gefundene Einträge: 30");
    const rows = tableRows(browser.lastHtml);
    expect(rows).toHaveLength(25);
    expect(rows[0]).toContain("item-30");
    expect(rows[0]).toContain("Status vorher: draft nachher: step 30");
    expect(rows[24]).toContain("item-6");
    expect(browser.lastHtml).toContain('href="/admin/audit?actor=audrey%40example.org&amp;page=2" rel="next"');
    await browser.get("/admin/audit?actor=audrey%40example.org&page=2");
    expect(tableRows(browser.lastHtml).map((r) => r.match(/item-\d+/)?.[0])).toEqual([
      "item-5",
      "item-4",
      "item-3",
      "item-2",
      "item-1",
    ]);
  });

  it("filters by account id, by the name of an actor without account, and by object type", async () => {
    const browser = await browserAs(adminId);
    await browser.get(`/admin/audit?actor=${auditorId}&objectType=fixture_measure`);
    expect(browser.lastHtml).toContain("Gefundene Einträge: 15");
    expect(tableRows(browser.lastHtml).every((row) => row.includes("fixture_measure"))).toBe(true);
    await browser.get("/admin/audit?actor=CLI");
    expect(browser.lastHtml).toContain("Gefundene Einträge: 1<");
    expect(tableRows(browser.lastHtml)[0]).toContain("Ohne Konto (Befehl auf dem Server)");
    expect(tableRows(browser.lastHtml)[0]).toContain("Keine Angaben");
  });

  it("offers the actors without an account and the kinds of object by name, with no stored code in sight", async () => {
    const browser = await browserAs(adminId);
    await browser.get("/admin/audit?system=commandLine");
    expect(browser.lastHtml).toContain("Gefundene Einträge: 1<");
    expect(tableRows(browser.lastHtml)[0]).toContain("Ohne Konto (Befehl auf dem Server)");
    expect(browser.lastHtml).toMatch(/<option value="commandLine" selected="">Befehl auf dem Server<\/option>/);
    expect(browser.lastHtml).toMatch(/<option value="user">Konto<\/option>/);
    const form = browser.lastHtml.match(/<form method="get" action="\/admin\/audit"[\s\S]*?<\/form>/)?.[0] ?? "";
    const shown = form.replace(/<[^>]+>/g, " ");
    for (const code of [/\bcli\b/i, /\buser\b/, /\bobjectType\b/, /\bseed\b/]) expect(shown).not.toMatch(code);
    // From an account's page the log opens filtered by the e-mail address people know, not the account id.
    await browser.get(`/admin/users/${auditorId}`);
    expect(browser.lastHtml).toContain('href="/admin/audit?actor=audrey%40example.org"');
    await browser.get("/admin/audit?system=commandLine&lang=en");
    expect(browser.lastHtml).toMatch(/<option value="commandLine" selected="">Command on the server<\/option>/);
    expect(browser.lastHtml).toContain("E-mail address of the person who made a change.");
    await browser.get(`/admin/audit?system=commandLine&actor=${auditorId}`);
    expect(browser.lastHtml).toContain("Gefundene Einträge: 0<");
    expect((await browser.get("/admin/audit?system=cli")).status).toBe(400);
  });

  it("filters by a period of whole days in Berlin time, both days included", async () => {
    const browser = await browserAs(adminId);
    // June 10, 23:30 UTC is June 11 in Berlin; so 11–12 June (Berlin) holds the entries of 10 and 11 June (UTC).
    await browser.get("/admin/audit?actor=audrey%40example.org&from=2025-06-11&to=2025-06-12");
    expect(tableRows(browser.lastHtml).map((r) => r.match(/item-\d+/)?.[0])).toEqual(["item-11", "item-10"]);
    await browser.get("/admin/audit?objectType=fixture_budget&from=2025-06-15&to=2025-06-15");
    expect(tableRows(browser.lastHtml).map((r) => r.match(/(item|import)-\d+/)?.[0])).toEqual(["import-1"]);
    expect(browser.lastHtml).toMatch(/id="field-from"[^>]*value="2025-06-15"/);
  });

  it("explains filters it can't use and keeps them in the form", async () => {
    const browser = await browserAs(adminId);
    let response = await browser.get("/admin/audit?from=15.06.2025");
    expect(response.status).toBe(400);
    expect(browser.lastHtml).toContain(
      '<a href="#field-from">Von (Datum): Bitte geben Sie ein Datum im Format JJJJ-MM-TT an',
    );
    expect(browser.lastHtml).toMatch(/id="field-from"[^>]*value="15.06.2025"[^>]*aria-invalid="true"/);
    response = await browser.get("/admin/audit?from=2025-06-20&to=2025-06-10");
    expect(response.status).toBe(400);
    expect(browser.lastHtml).toContain("Das Ende des Zeitraums liegt vor seinem Anfang.");
    response = await browser.get("/admin/audit?actor=nobody%40example.org");
    expect(response.status).toBe(400);
    expect(browser.lastHtml).toContain('id="error-actor">Zu dieser E-Mail-Adresse gibt es kein Konto.');
  });
});

describe("names of actions in the audit log", () => {
  it("shows a module's action by its name in the reader's language, without its code", async () => {
    await recordAudit(
      t.database.db,
      { kind: "system", label: "names-test" },
      { action: "budget.ballot.cast", objectType: "budget", objectId: "named-action" },
      new Date(Date.UTC(2025, 6, 1, 12)),
      null,
    );
    const browser = await browserAs(adminId);
    await browser.get("/admin/audit?actor=names-test");
    const [row] = tableRows(browser.lastHtml);
    expect(row).toContain("Stimme abgegeben Bürger:innenhaushalt");
    expect(browser.lastHtml).not.toContain("budget.ballot.cast");
    await browser.get("/admin/audit?actor=names-test&lang=en");
    expect(tableRows(browser.lastHtml)[0]).toContain("Ballot cast");
  });

  it("leads to a budget's, panel's or measure's page instead of showing its stored identifier", async () => {
    const panelId = "3f1c2b7a-5d4e-4c3b-9a8f-0e1d2c3b4a59";
    for (const [objectType, objectId] of [
      ["panel", panelId],
      ["measure", "kiezbox-test"],
    ]) {
      await recordAudit(
        t.database.db,
        { kind: "system", label: "page-links-test" },
        { action: "budget.ballot.cast", objectType: objectType as string, objectId: objectId as string },
        new Date(Date.UTC(2025, 6, 2, 12)),
        null,
      );
    }
    const browser = await browserAs(adminId);
    await browser.get("/admin/audit?actor=page-links-test");
    const rows = tableRows(browser.lastHtml);
    expect(browser.lastHtml).toContain(`<a href="/panels/${panelId}">Seite öffnen</a>`);
    expect(browser.lastHtml).toContain('<a href="/measures/kiezbox-test">Seite öffnen</a>');
    expect(rows.join(" ")).not.toContain(panelId);
    expect(rows.join(" ")).toContain("Bürger:innenrat: Seite öffnen");
  });
});
