import { eq } from "drizzle-orm";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../tests/support/app";
import { signedIn } from "../../../../tests/support/budget";
import { visibleText as visible } from "../../../../tests/support/html";
import { mailsTo } from "../../../../tests/support/mailbox";
import { demoMonitoringApp, teamMemberOf } from "../../../../tests/support/monitoring";
import { users } from "../../../platform/identity/schema";

let t: TestApp;
let slug = "";
const now = new Date("2026-05-04T10:00:00Z");

const form = {
  title: "Werkstatt, die ausfällt",
  description: "Wir sammeln Fragen.",
  agenda: "",
  format: "on_site",
  day: "2026-05-20",
  startTime: "18:00",
  endTime: "20:00",
  venue: "Kiezladen, Beispielstraße 1, 10115 Berlin",
  accessibility: "Ebenerdiger Eingang",
  onlineUrl: "",
  capacityOnSite: "1",
  capacityOnline: "",
  groups: "",
  arenaEntry: "",
};

beforeAll(async () => {
  ({ t, slug } = await demoMonitoringApp(() => now));
}, 300_000);
afterAll(async () => t?.close());

describe("calling an event off", () => {
  it("asks for confirmation, then tells everyone registered or waiting with a calendar cancellation", async () => {
    const { browser: team } = await teamMemberOf(t, slug);
    await team.get(`/workshops/new?measure=${slug}`);
    const created = await team.post("/workshops/new", { ...form, measure: slug });
    expect(created.status).toBe(303);
    const page = (created.headers.get("location") ?? "").split("?")[0] ?? "";

    const seated = await signedIn(t, { name: "Sitzende" });
    await seated.browser.get(`${page}/register`);
    expect((await seated.browser.post(`${page}/register`, { mode: "on_site" })).status).toBe(303);
    const waiting = await signedIn(t, { name: "Wartende" });
    await waiting.browser.get(`${page}/register`);
    expect((await waiting.browser.post(`${page}/register`, { mode: "on_site" })).status).toBe(303);

    // A resident may neither see the confirmation nor call the event off.
    expect((await seated.browser.get(`${page}/call-off`)).status).toBe(403);

    const confirmation = await team.get(`${page}/call-off`);
    expect(confirmation.status).toBe(200);
    expect(visible(await confirmation.text())).toContain("Alle 2 Angemeldeten und Wartenden bekommen eine E-Mail");

    // Without the tick nothing changes.
    const unconfirmed = await team.post(`${page}/call-off`, {});
    expect(unconfirmed.status).toBe(422);
    expect(visible(await unconfirmed.text())).toContain(
      "Bitte bestätigen Sie, dass Sie die Veranstaltung absagen möchten.",
    );
    expect(visible(await (await team.get(page)).text())).not.toContain("Diese Veranstaltung ist abgesagt.");

    const done = await team.post(`${page}/call-off`, { confirm: "yes" });
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe(`${page}?done=calledOff`);
    const shown = visible(await (await seated.browser.get(page)).text());
    expect(shown).toContain("Diese Veranstaltung ist abgesagt.");
    expect(shown).not.toContain("Jetzt anmelden");

    for (const person of [seated, waiting]) {
      const mails = await mailsTo(t.database, await emailOf(person.userId));
      const last = mails.at(-1);
      expect(last?.subject).toBe("Eine Veranstaltung fällt aus");
      expect(last?.text).toContain("„Werkstatt, die ausfällt“ aus");
      const file = last?.attachments?.[0];
      expect(file?.contentType).toContain("text/calendar");
      const calendar = new ICAL.Component(ICAL.parse(file?.content ?? ""));
      expect(calendar.getFirstPropertyValue("method")).toBe("CANCEL");
      expect(calendar.getFirstSubcomponent("vevent")?.getFirstPropertyValue("status")).toBe("CANCELLED");
    }

    // A second time is refused, and registering is no longer possible.
    expect((await team.post(`${page}/call-off`, { confirm: "yes" })).status).toBe(422);
    const late = await signedIn(t, { name: "Späte" });
    await late.browser.get(`${page}/register`);
    const refused = await late.browser.post(`${page}/register`, { mode: "on_site" });
    expect(refused.status).not.toBe(303);
  }, 120_000);
});

async function emailOf(userId: string): Promise<string> {
  const [row] = await t.database.db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  return row?.email ?? "";
}
