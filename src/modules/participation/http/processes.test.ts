import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { signedIn } from "../../../../tests/support/budget";
import { visibleText as visible } from "../../../../tests/support/html";
import { insertProcess } from "../../../../tests/support/participation-text";
import { auditLog } from "../../../platform/audit/schema";
import { users } from "../../../platform/identity/schema";
import { notifications } from "../../notifications/data/schema";
import { participationPersonalData } from "../data/personal-data";
import { participationInvitations, participationPhases, participationProcesses } from "../data/schema";
import { PROCESS_TYPE } from "../domain/stored-process";
import { announceStartedPhases } from "../use-cases/announce-phases";

let t: TestApp;
let now = new Date("2026-05-04T10:00:00Z");

beforeAll(async () => {
  t = await createTestApp({ deps: { clock: () => now } });
}, 300_000);
afterAll(async () => t?.close());

const office = () => signedIn(t, { roles: ["strategy_office"], name: "Geschäftsstelle" });

/** A process in two phases: a text review from 1 May to 20 May, then a survey to 10 June. */
const form = {
  titleDe: "Mobilität im Kiez",
  titleEn: "Mobility in the neighbourhood",
  summaryDe: "Wie kommen wir gut durch den Kiez?",
  summaryEn: "How do we get around well?",
  slug: "",
  subjectKind: "topic",
  subjectTopicDe: "Verkehr",
  organisation: "Geschäftsstelle Smart City",
  contact: "smart-city@example.org",
  visibility: "public",
  invited: "",
  phaseRows: "6",
  "phases.0.method": "text-review",
  "phases.0.startDay": "2026-05-01",
  "phases.0.lastDay": "2026-05-20",
  "phases.1.method": "survey",
  "phases.1.startDay": "2026-05-21",
  "phases.1.lastDay": "2026-06-10",
};

async function emailOf(userId: string): Promise<string> {
  const [row] = await t.database.db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  return row?.email ?? "";
}

async function create(browser: BrowserClient, fields: Record<string, string | string[]> = {}) {
  await browser.get("/participation/new");
  return browser.post("/participation/new", { ...form, ...fields });
}

describe("the office creates a process", () => {
  it("refuses residents and guests the form", async () => {
    const resident = await signedIn(t);
    expect((await resident.browser.get("/participation/new")).status).toBe(403);
    expect((await resident.browser.post("/participation/new", form)).status).toBe(403);
    const guest = await new BrowserClient(t.app).get("/participation/new");
    expect([302, 303, 401]).toContain(guest.status);
  });

  it("stores a process with a text review and a survey phase, derives its address and writes the audit log", async () => {
    const { browser } = await office();
    const response = await create(browser, { districts: ["mitte", "pankow"] });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/participation/mobilitaet-im-kiez?done=created");
    const [row] = await t.database.db
      .select()
      .from(participationProcesses)
      .where(eq(participationProcesses.slug, "mobilitaet-im-kiez"));
    expect(row?.districts).toEqual(["mitte", "pankow"]);
    const phases = await t.database.db
      .select()
      .from(participationPhases)
      .where(eq(participationPhases.processId, row?.id ?? ""));
    expect(phases.map((p) => p.method).sort()).toEqual(["survey", "text-review"]);
    // Midnight in Berlin (summer time): 22:00 UTC the day before.
    const review = phases.find((p) => p.method === "text-review");
    expect(review?.startsAt.toISOString()).toBe("2026-04-30T22:00:00.000Z");
    expect(review?.endsAt.toISOString()).toBe("2026-05-20T22:00:00.000Z");
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.objectId, row?.id ?? ""));
    expect(audit.map((a) => a.action)).toEqual(["participation.process.create"]);

    const page = visible(await (await browser.get("/participation/mobilitaet-im-kiez?done=created")).text());
    expect(page).toContain("Das Verfahren ist angelegt.");
    expect(page).toContain("Phase 1 von 2: Entwurf kommentieren");
    expect(page).toContain("Aktuelle Phase");
    expect(page).toContain("Thema: Verkehr");
  });

  it("numbers the address when the title's is taken", async () => {
    const { browser } = await office();
    const response = await create(browser);
    expect(response.headers.get("location")).toBe("/participation/mobilitaet-im-kiez-2?done=created");
  });

  it("shows every mistake beside its field, keeps what was typed and stores nothing", async () => {
    const { browser } = await office();
    const before = await t.database.db.select({ id: participationProcesses.id }).from(participationProcesses);
    const response = await create(browser, {
      titleDe: "",
      slug: "Falsch Adresse",
      subjectKind: "measure",
      subjectMeasure: "",
      "phases.1.startDay": "2026-05-25",
      districts: ["mitte"],
    });
    expect(response.status).toBe(422);
    const html = await response.text();
    const text = visible(html);
    expect(text).toContain("Bitte geben Sie einen Titel ein.");
    expect(text).toContain("Die Adresse darf nur Kleinbuchstaben");
    expect(text).toContain("Bitte geben Sie die Adresse der Maßnahme an.");
    expect(text).toContain("Zwischen dieser und der vorigen Phase liegt eine Lücke.");
    expect(html).toContain('value="Falsch Adresse"');
    expect(html).toContain('value="2026-05-25"');
    expect(html).toMatch(/value="mitte" checked/);
    expect(html).toContain('href="#field-phases.1.startDay"');
    expect(await t.database.db.select({ id: participationProcesses.id }).from(participationProcesses)).toHaveLength(
      before.length,
    );
    expect(t.logger.entries.some((e) => e.message === "form refused" && !JSON.stringify(e).includes("stack"))).toBe(
      true,
    );
  });

  it("names an unknown invited address by its line, and invites known accounts", async () => {
    const { browser } = await office();
    const invitee = await signedIn(t);
    const email = await emailOf(invitee.userId);
    const refused = await create(browser, {
      slug: "nur-eingeladene",
      visibility: "invited",
      invited: `${email}\nniemand@example.org`,
    });
    expect(refused.status).toBe(422);
    expect(visible(await refused.text())).toContain("Zu Zeile 2 („niemand@example.org“) gibt es kein Konto.");
    const created = await create(browser, { slug: "nur-eingeladene", visibility: "invited", invited: email });
    expect(created.status).toBe(303);
    const [row] = await t.database.db
      .select()
      .from(participationProcesses)
      .where(eq(participationProcesses.slug, "nur-eingeladene"));
    const invitations = await t.database.db
      .select()
      .from(participationInvitations)
      .where(eq(participationInvitations.processId, row?.id ?? ""));
    expect(invitations.map((i) => i.accountId)).toEqual([invitee.userId]);

    const stranger = await signedIn(t);
    const page = visible(await (await stranger.browser.get("/participation/nur-eingeladene")).text());
    expect(page).toContain("Sie sind zu diesem Verfahren nicht eingeladen.");
    const invitedPage = visible(await (await invitee.browser.get("/participation/nur-eingeladene")).text());
    expect(invitedPage).not.toContain("Sie sind zu diesem Verfahren nicht eingeladen.");
  });

  it("adds a phase row without saving, keeping what was typed", async () => {
    const { browser } = await office();
    const response = await create(browser, { addPhase: "1", titleDe: "Noch nicht fertig" });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('name="phases.6.method"');
    expect(html).toContain('value="Noch nicht fertig"');
  });
});

describe("the office edits a process", () => {
  it("shows the stored values and saves changes with an audit entry", async () => {
    const { browser } = await office();
    const edit = await browser.get("/participation/mobilitaet-im-kiez/edit");
    expect(edit.status).toBe(200);
    const html = await edit.text();
    expect(html).toContain('value="2026-05-20"');
    const response = await browser.post("/participation/mobilitaet-im-kiez/edit", {
      ...form,
      slug: "mobilitaet-im-kiez",
      districts: ["pankow"],
      titleDe: "Mobilität im Kiez: neu",
      "phases.2.method": "closing-report",
      "phases.2.startDay": "2026-06-11",
      "phases.2.lastDay": "2026-06-30",
    });
    expect(response.status).toBe(303);
    const page = visible(await (await browser.get("/participation/mobilitaet-im-kiez")).text());
    expect(page).toContain("Mobilität im Kiez: neu");
    expect(page).toContain("Phase 3 von 3: Abschlussbericht");
    const resident = await signedIn(t);
    expect((await resident.browser.get("/participation/mobilitaet-im-kiez/edit")).status).toBe(403);
  });
});

describe("the list and the API", () => {
  it("lists processes with filters in the address, and the map", async () => {
    const html = await (await new BrowserClient(t.app).get("/participation?method=survey&district=pankow")).text();
    const text = visible(html);
    expect(text).toContain("Mobilität im Kiez: neu");
    expect(text).not.toContain("Nur für Eingeladene");
    expect(html).toContain('id="participation-map-title"');
    const none = visible(await (await new BrowserClient(t.app).get("/participation?when=past")).text());
    expect(none).toContain("Kein Verfahren passt zu Ihrer Auswahl.");
    const english = visible(await (await new BrowserClient(t.app).get("/participation?lang=en")).text());
    expect(english).toContain("Mobility in the neighbourhood");
  });

  it("answers the processes as JSON, by id or address, with phases and status", async () => {
    const list = await t.app.request("/api/v1/processes?method=survey&pageSize=2");
    expect(list.status).toBe(200);
    const body = (await list.json()) as { items: Array<{ id: string; slug: string }>; total: number; pageSize: number };
    expect(body.pageSize).toBe(2);
    expect(body.items.length).toBeGreaterThan(0);
    const bySlug = await t.app.request("/api/v1/processes/mobilitaet-im-kiez");
    const one = (await bySlug.json()) as {
      id: string;
      status: string;
      phases: Array<{ method: string; active: boolean }>;
    };
    expect(one.status).toBe("running");
    expect(one.phases.map((p) => p.method)).toEqual(["text-review", "survey", "closing-report"]);
    expect(one.phases[0]?.active).toBe(true);
    const byId = await t.app.request(`/api/v1/processes/${one.id}`);
    expect(((await byId.json()) as { id: string }).id).toBe(one.id);
    expect((await t.app.request("/api/v1/processes/gibt-es-nicht")).status).toBe(404);
    expect((await t.app.request("/api/v1/processes?method=tanz")).status).toBe(400);
  });
});

describe("announcing phases", () => {
  it("tells the followers once when a phase starts, and not what started before they could hear", async () => {
    const [row] = await t.database.db
      .select()
      .from(participationProcesses)
      .where(eq(participationProcesses.slug, "mobilitaet-im-kiez"));
    const processId = row?.id ?? "";
    const follower = await signedIn(t);
    await follower.browser.get("/participation/mobilitaet-im-kiez");
    const followed = await follower.browser.post("/notifications/follow", {
      resourceType: PROCESS_TYPE,
      resourceId: processId,
      returnTo: "/participation/mobilitaet-im-kiez",
    });
    expect(followed.status).toBe(303);
    const mine = () => t.database.db.select().from(notifications).where(eq(notifications.accountId, follower.userId));
    await announceStartedPhases(t.deps);
    // The text review runs: announced once, then no more.
    expect((await mine()).map((n) => n.messageKey)).toEqual(["participation.notify.phaseStarted.text-review"]);
    await announceStartedPhases(t.deps);
    expect(await mine()).toHaveLength(1);
    now = new Date("2026-05-22T10:00:00Z");
    await Promise.all([announceStartedPhases(t.deps), announceStartedPhases(t.deps)]);
    expect((await mine()).map((n) => n.messageKey).sort()).toEqual([
      "participation.notify.phaseStarted.survey",
      "participation.notify.phaseStarted.text-review",
    ]);
    now = new Date("2026-05-04T10:00:00Z");
  });
});

describe("personal data", () => {
  it("exports the invitations and removes them with the account, keeping the office's process", async () => {
    const [row] = await t.database.db
      .select()
      .from(participationProcesses)
      .where(eq(participationProcesses.slug, "nur-eingeladene"));
    const [invitation] = await t.database.db
      .select()
      .from(participationInvitations)
      .where(eq(participationInvitations.processId, row?.id ?? ""));
    const accountId = invitation?.accountId ?? "";
    const ctx = { deps: t.deps, now, t: (key: string) => key };
    const exported = (await participationPersonalData.export(t.database.db, accountId, ctx)) as {
      invitations: Array<{ address: string }>;
    };
    expect(exported.invitations.map((i) => i.address)).toEqual(["/participation/nur-eingeladene"]);
    await participationPersonalData.erase(t.database.db, accountId, ctx);
    expect(await participationPersonalData.export(t.database.db, accountId, ctx)).toBeNull();
    const creator = row?.createdBy ?? "";
    await participationPersonalData.erase(t.database.db, creator, ctx);
    const [kept] = await t.database.db
      .select()
      .from(participationProcesses)
      .where(eq(participationProcesses.slug, "nur-eingeladene"));
    expect(kept?.createdBy).toBeNull();
  });
});

describe("the kept process page", () => {
  it("gives each reader their own follow button and the current count, and shows a change at once", async () => {
    const { id, slug } = await insertProcess(t.database, { now });
    const path = `/participation/${slug}`;
    const first = await signedIn(t);
    const second = await signedIn(t);
    const page = async (browser?: BrowserClient) =>
      visible(await (await (browser ?? new BrowserClient(t.app)).get(path)).text());
    expect(await page(first.browser)).toContain("Folgen");
    expect(await page(second.browser)).toContain("0 Personen folgen");
    expect(await page()).toContain("Anmelden, um zu folgen");

    const followed = await first.browser.post("/notifications/follow", {
      resourceType: PROCESS_TYPE,
      resourceId: id,
      returnTo: path,
    });
    expect(followed.status).toBe(303);
    const [mine, theirs, visitors] = [await page(first.browser), await page(second.browser), await page()];
    expect(mine).toContain("Nicht mehr folgen");
    expect(theirs).not.toContain("Nicht mehr folgen");
    for (const text of [mine, theirs, visitors]) expect(text).toContain("Eine Person folgt");

    await t.database.db
      .update(participationProcesses)
      .set({ title: { de: "Strategie Smart City 2031", en: "Smart City Strategy 2031" }, updatedAt: now })
      .where(eq(participationProcesses.id, id));
    for (const text of [await page(second.browser), await page()]) expect(text).toContain("Strategie Smart City 2031");
  });
});
