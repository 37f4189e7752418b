import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { signedIn } from "../../../../tests/support/budget";
import { visibleText } from "../../../../tests/support/html";
import { type ReportFixture, reportFixture } from "../../../../tests/support/participation-report";
import { auditLog } from "../../../platform/audit/schema";
import { notifications } from "../../notifications/data/schema";
import { participationProcesses, participationReportPoints } from "../data/schema";

let t: TestApp;
let office: BrowserClient;
let closing: ReportFixture;
let running: ReportFixture;

beforeAll(async () => {
  t = await createTestApp();
  ({ browser: office } = await signedIn(t, { roles: ["strategy_office"], name: "Olga Office" }));
  closing = await reportFixture(t.deps);
  running = await reportFixture(t.deps, { running: true, title: "Spielplätze" });
}, 120_000);
afterAll(async () => t?.close());

const editPath = (f: ReportFixture) => `/participation/${f.slug}/report/edit`;
const reportPath = (f: ReportFixture) => `/participation/${f.slug}/report`;

const points = {
  pointCount: "2",
  "point-0-heardDe": "Mehr Abstellplätze für Lastenräder",
  "point-0-heardEn": "More parking for cargo bikes",
  "point-0-outcome": "taken-into-measure",
  "point-0-responseDe": "Kommt in die Maßnahme Radparken.",
  "point-0-responseEn": "Goes into the bike parking measure.",
  "point-1-heardDe": "Radweg auf dem Gehweg",
  "point-1-heardEn": "Bike lane on the pavement",
  "point-1-outcome": "not-taken-up",
  "point-1-responseDe": "Der Gehweg bleibt den Menschen zu Fuß.",
  "point-1-responseEn": "The pavement stays with people on foot.",
};
const summary = { summaryDe: "Danke an alle, die mitgemacht haben.", summaryEn: "Thanks to everyone who took part." };

async function storedPoints(f: ReportFixture) {
  return t.database.db
    .select()
    .from(participationReportPoints)
    .where(eq(participationReportPoints.processId, f.processId))
    .orderBy(asc(participationReportPoints.position));
}

async function notificationsAbout(f: ReportFixture) {
  return t.database.db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.resourceId, f.processId),
        eq(notifications.messageKey, "participation.notification.reportPublished"),
      ),
    );
}

describe("who may see and edit the closing report", () => {
  it("is not found for the public before publication, and a preview for the office", async () => {
    expect((await new BrowserClient(t.app).get(reportPath(closing))).status).toBe(404);
    const { browser: resident } = await signedIn(t);
    expect((await resident.get(reportPath(closing))).status).toBe(404);
    const preview = await office.get(reportPath(closing));
    expect(preview.status).toBe(200);
    expect(visibleText(await preview.text())).toContain("Vorschau: Dieser Bericht ist noch nicht veröffentlicht.");
  });

  it("lets only the office open the form", async () => {
    const { browser: resident } = await signedIn(t);
    expect((await resident.get(editPath(closing))).status).toBe(403);
    const guest = await new BrowserClient(t.app).get(editPath(closing));
    expect([302, 303, 401]).toContain(guest.status);
    expect((await office.get("/participation/gibt-es-nicht/report/edit")).status).toBe(404);
  });
});

describe("editing the points without JavaScript", () => {
  it("adds, moves and removes points in the form, keeping what was typed and saving nothing", async () => {
    await office.get(editPath(closing));
    const added = await office.post(editPath(closing), { ...summary, ...points, add: "1" });
    expect(added.status).toBe(200);
    const html = await added.text();
    expect(visibleText(html)).toContain("Noch nicht gespeichert");
    expect(html).toContain('name="pointCount" value="3"');
    expect(html).toContain("Punkt 3 entfernen");
    expect(html).toContain("Der Gehweg bleibt den Menschen zu Fuß.</textarea>");

    const moved = await office.post(editPath(closing), { ...summary, ...points, up: "1" });
    const order = await moved.text();
    expect(order.indexOf("Radweg auf dem Gehweg")).toBeLessThan(order.indexOf("Mehr Abstellplätze"));
    expect(order).toMatch(/id="field-point-0-outcome"[\s\S]*?<option value="not-taken-up" selected/);

    const removed = await office.post(editPath(closing), { ...summary, ...points, remove: "0" });
    const left = await removed.text();
    expect(left).toContain('name="pointCount" value="1"');
    expect(left).not.toContain("Mehr Abstellplätze");
    expect(await storedPoints(closing)).toHaveLength(0);
  });

  it("refuses a point not taken up without its reason, names the field, keeps the values and stores nothing", async () => {
    await office.get(editPath(closing));
    const response = await office.post(editPath(closing), {
      ...summary,
      ...points,
      "point-1-responseEn": "",
      save: "1",
    });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(visibleText(html)).toContain(
      "Punkt 2 – Antwort oder Grund, auf Englisch: Bitte schreiben Sie, warum der Punkt nicht übernommen wird.",
    );
    expect(html).toContain('href="#field-point-1-responseEn"');
    expect(html).toContain("Der Gehweg bleibt den Menschen zu Fuß.</textarea>");
    expect(await storedPoints(closing)).toHaveLength(0);
    expect(t.logger.entries.some((e) => e.message === "form refused" && !JSON.stringify(e).includes("stack"))).toBe(
      true,
    );
  });

  it("saves the report as a draft, in the office's order", async () => {
    await office.get(editPath(closing));
    const response = await office.post(editPath(closing), { ...summary, ...points, save: "1" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${editPath(closing)}?done=saved`);
    const stored = await storedPoints(closing);
    expect(stored.map((p) => [p.outcome, p.heard.de])).toEqual([
      ["taken-into-measure", "Mehr Abstellplätze für Lastenräder"],
      ["not-taken-up", "Radweg auf dem Gehweg"],
    ]);
    const page = visibleText(await (await office.get(`${editPath(closing)}?done=saved`)).text());
    expect(page).toContain("Der Bericht ist gespeichert.");
    expect(page).toContain("Speichern und veröffentlichen");
  });
});

describe("publishing", () => {
  it("is refused while the process is still in its text review, and offers no button there", async () => {
    const form = await office.get(editPath(running));
    const text = visibleText(await form.text());
    expect(text).toContain("Veröffentlichen können Sie, sobald das Verfahren beim Abschlussbericht angekommen");
    expect(text).not.toContain("Speichern und veröffentlichen");
    const response = await office.post(editPath(running), { ...summary, ...points, publish: "1" });
    expect(response.status).toBe(422);
    expect(visibleText(await response.text())).toContain("Der Bericht kann erst veröffentlicht werden");
    const [process] = await t.database.db
      .select({ at: participationProcesses.reportPublishedAt })
      .from(participationProcesses)
      .where(eq(participationProcesses.id, running.processId));
    expect(process?.at).toBeNull();
  });

  it("needs an introduction in both languages", async () => {
    await office.get(editPath(closing));
    const response = await office.post(editPath(closing), {
      ...points,
      summaryDe: "Danke",
      summaryEn: "",
      publish: "1",
    });
    expect(response.status).toBe(422);
    expect(visibleText(await response.text())).toContain(
      "Bitte schreiben Sie eine Einleitung, auf Deutsch und auf Englisch.",
    );
  });

  it("makes the report public with its figures and points, and tells every participant and follower once", async () => {
    await office.get(editPath(closing));
    const response = await office.post(editPath(closing), { ...summary, ...points, publish: "1" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${editPath(closing)}?done=published`);

    const page = await new BrowserClient(t.app).get(reportPath(closing));
    expect(page.status).toBe(200);
    const text = visibleText(await page.text());
    expect(text).toContain("Danke an alle, die mitgemacht haben.");
    // Six accounts took part (the commenter also answered the survey); the cancelled registration does not count.
    expect(text).toMatch(/Menschen mit Konto haben mitgemacht\s*6/);
    expect(text).toMatch(/Antworten ohne Konto in der Umfrage\s*2/);
    expect(text).toMatch(/Kommentare zum Entwurf\s*2/);
    expect(text).toMatch(/Antworten in der Umfrage\s*4/);
    expect(text).toMatch(/Veranstaltungen\s*1/);
    expect(text).toMatch(/Teilnahmen an Veranstaltungen\s*17/);
    const group = t.deps.city.stakeholderGroups[0]?.name.de ?? "";
    expect(text).toContain(`${group} 2`);
    expect(text).toContain("Fließt in die Maßnahme ein");
    expect(text).toContain("Nicht übernommen");
    expect(text).toContain("Darum nicht: Der Gehweg bleibt den Menschen zu Fuß.");
    expect(text).toContain("Werkstatt Radwege");
    expect(text).not.toContain("Abgesagte Werkstatt");
    expect(text).not.toContain("Vorschau");

    const told = (await notificationsAbout(closing)).map((n) => n.accountId).sort();
    expect(told).toEqual([...Object.values(closing.people), closing.follower].sort());
    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.objectId, closing.processId), eq(auditLog.action, "participation.report.publish")));
    expect(entry?.after).toMatchObject({ points: 2, notTakenUp: 1, participantsTold: 6 });
  });

  it("lets the office change the published report without telling anyone again", async () => {
    await office.get(editPath(closing));
    const form = visibleText(office.lastHtml);
    expect(form).toContain("Der Bericht ist veröffentlicht.");
    expect(form).not.toContain("Speichern und veröffentlichen");
    const response = await office.post(editPath(closing), {
      ...summary,
      ...points,
      "point-0-responseDe": "Kommt 2027 in die Maßnahme Radparken.",
      publish: "1",
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${editPath(closing)}?done=saved`);
    expect(await notificationsAbout(closing)).toHaveLength(7);
    const english = visibleText(await (await new BrowserClient(t.app).get(`${reportPath(closing)}?lang=en`)).text());
    expect(english).toContain("Closing report");
    expect(english).toContain("Why not: The pavement stays with people on foot.");
    const unpublishing = await office.post(editPath(closing), { ...points, summaryDe: "", summaryEn: "", save: "1" });
    expect(unpublishing.status).toBe(422);
  });
});
