import { eq } from "drizzle-orm";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { signedIn } from "../../../../tests/support/budget";
import { visibleText as visible } from "../../../../tests/support/html";
import { linkIn, mailsTo } from "../../../../tests/support/mailbox";
import { demoMonitoringApp, teamMemberOf } from "../../../../tests/support/monitoring";
import { users } from "../../../platform/identity/schema";
import { workshopRegistrations, workshops } from "../data/schema";

let t: TestApp;
let slug = "";
let now = new Date("2026-05-04T10:00:00Z");

const form = {
  title: "Werkstatt: Daten im Kiez",
  description: "Wir sammeln Fragen und Ideen.",
  agenda: "18:00 Ankommen\n18:15 Kleingruppen\n19:30 Ergebnisse",
  format: "hybrid",
  day: "2026-05-20",
  startTime: "18:00",
  endTime: "20:00",
  venue: "Kiezladen, Beispielstraße 1, 10115 Berlin",
  accessibility: "Ebenerdiger Eingang, barrierefreie Toilette",
  onlineUrl: "https://meet.example.org/daten",
  capacityOnSite: "1",
  capacityOnline: "5",
  groups: "Verkehrsdaten\nUmweltdaten",
  arenaEntry: "",
};

beforeAll(async () => {
  ({ t, slug } = await demoMonitoringApp(() => now));
}, 300_000);
afterAll(async () => t?.close());

async function emailOf(userId: string): Promise<string> {
  const [row] = await t.database.db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  return row?.email ?? "";
}

/** Creates an event as the measure's team through the form; answers its page's address. */
async function createAsTeam(fields: Record<string, string> = {}): Promise<string> {
  const { browser } = await teamMemberOf(t, slug);
  await browser.get(`/workshops/new?measure=${slug}`);
  const response = await browser.post("/workshops/new", { ...form, measure: slug, ...fields });
  expect(response.status).toBe(303);
  return (response.headers.get("location") ?? "").split("?")[0] ?? "";
}

describe("creating an event", () => {
  it("lets the measure's team create one for their measure, and refuses a resident and another measure", async () => {
    const resident = await signedIn(t);
    expect((await resident.browser.get(`/workshops/new?measure=${slug}`)).status).toBe(403);
    const { browser } = await teamMemberOf(t, "another-measure");
    expect((await browser.get(`/workshops/new?measure=${slug}`)).status).toBe(403);
    const page = await createAsTeam();
    expect(page).toMatch(/^\/workshops\/[0-9a-f-]{36}$/);
  });

  it("shows every mistake beside its field, keeps what was typed and stores nothing", async () => {
    const { browser } = await teamMemberOf(t, slug);
    await browser.get(`/workshops/new?measure=${slug}`);
    const before = await t.database.db.select({ id: workshops.id }).from(workshops);
    const response = await browser.post("/workshops/new", {
      ...form,
      measure: slug,
      venue: "",
      onlineUrl: "http://unsicher.example",
      endTime: "17:00",
      capacityOnline: "viele",
    });
    expect(response.status).toBe(422);
    const html = await response.text();
    const text = visible(html);
    expect(text).toContain("Bitte geben Sie Ort und Anschrift an.");
    expect(text).toContain("Bitte geben Sie einen Link an, der mit https:// beginnt.");
    expect(text).toContain("Bitte geben Sie eine ganze Zahl zwischen 1 und 10000 ein.");
    expect(html).toContain('value="http://unsicher.example"');
    expect(html).toContain("Verkehrsdaten\nUmweltdaten</textarea>");
    expect(await t.database.db.select({ id: workshops.id }).from(workshops)).toHaveLength(before.length);
    expect(t.logger.entries.some((e) => e.message === "form refused" && !JSON.stringify(e).includes("stack"))).toBe(
      true,
    );
  });
});

describe("registering", () => {
  let page = "";
  beforeAll(async () => {
    page = await createAsTeam();
  });

  it("shows the event to visitors with its agenda, groups, seats and calendar link, but never the online link", async () => {
    const html = await (await new BrowserClient(t.app).get(page)).text();
    const text = visible(html);
    expect(text).toContain("Werkstatt: Daten im Kiez");
    expect(text).toContain("Mittwoch, 20. Mai 2026, 18:00 – 20:00");
    expect(text).toContain("Ebenerdiger Eingang, barrierefreie Toilette");
    expect(text).toContain("18:15 Kleingruppen");
    expect(text).toContain("Umweltdaten");
    expect(text).toContain("Vor Ort: Noch 1 von 1 Plätzen frei");
    expect(html).toContain(`href="${page}/calendar.ics"`);
    expect(html).not.toContain("meet.example.org");
  });

  it("sends a guest to sign in, and asks a resident how they take part, keeping their choices after a mistake", async () => {
    const guest = new BrowserClient(t.app);
    const refused = await guest.get(`${page}/register`);
    expect([302, 303, 401]).toContain(refused.status);
    const { browser } = await signedIn(t);
    await browser.get(`${page}/register`);
    const unnamed = await browser.post(`${page}/register`, { needs: ["sign_language", "other"], needsOther: "" });
    expect(unnamed.status).toBe(422);
    const html = await unnamed.text();
    expect(visible(html)).toContain("Bitte schreiben Sie, was Sie brauchen.");
    expect(html).toMatch(/value="sign_language" checked/);
    const noMode = await browser.post(`${page}/register`, { needs: ["other"], needsOther: "Pausen" });
    expect(noMode.status).toBe(422);
    const again = await noMode.text();
    expect(visible(again)).toContain("Bitte wählen Sie, ob Sie vor Ort oder online teilnehmen.");
    expect(again).toContain('value="Pausen"');
    expect(await t.database.db.select().from(workshopRegistrations)).toHaveLength(0);
  });

  it("registers with an access need and sends the confirmation with the calendar file; the next one waits", async () => {
    const first = await signedIn(t, { name: "Ada Erste" });
    await first.browser.get(`${page}/register`);
    const group = first.browser.lastHtml.match(/<option value="([0-9a-f-]{36})"[^>]*>Umweltdaten/)?.[1] ?? "";
    const done = await first.browser.post(`${page}/register`, { mode: "on_site", group, needs: ["step_free"] });
    expect(done.status).toBe(303);
    const own = visible(await (await first.browser.get(done.headers.get("location") ?? "")).text());
    expect(own).toContain("Sie sind angemeldet. Wir haben Ihnen eine E-Mail mit einem Kalendereintrag geschickt.");
    expect(own).toContain("Ihre Kleingruppe: Umweltdaten");
    const [mail] = await mailsTo(t.database, await emailOf(first.userId));
    expect(mail?.subject).toBe("Sie sind angemeldet");
    expect(mail?.text).toContain("Wo: Kiezladen, Beispielstraße 1, 10115 Berlin");
    const file = mail?.attachments?.[0];
    expect(file?.filename).toBe("veranstaltung.ics");
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(file?.content ?? "")).getFirstSubcomponent("vevent") ?? undefined,
    );
    expect(event.summary).toBe("Werkstatt: Daten im Kiez");

    const second = await signedIn(t, { name: "Bo Zweite" });
    await second.browser.get(`${page}/register`);
    const waiting = await second.browser.post(`${page}/register`, { mode: "on_site", needs: ["childcare"] });
    expect(waiting.headers.get("location")).toContain("done=waiting");
    expect(visible(await (await second.browser.get(page)).text())).toContain(
      "Sie stehen auf der Warteliste, an Stelle 1.",
    );

    // The organisers see how many need what, never who.
    const { browser: team } = await teamMemberOf(t, slug);
    const teamPage = visible(await (await team.get(page)).text());
    expect(teamPage).toContain("Stufenloser Zugang 1 0");
    expect(teamPage).toContain("Kinderbetreuung 0 1");
    expect(teamPage).not.toContain("Ada Erste");

    // The first gives the seat back with the link from the mail, without signing in; the second moves up.
    const guest = new BrowserClient(t.app);
    const cancelPath = linkIn(mail, "/workshops/cancel?token=");
    expect(visible(await (await guest.get(cancelPath)).text())).toContain("Möchten Sie Ihre Anmeldung");
    const token = new URL(`http://x${cancelPath}`).searchParams.get("token") ?? "";
    const cancelled = await guest.post("/workshops/cancel", { token });
    expect(visible(await cancelled.text())).toContain("ist zurückgegeben");
    const moved = await mailsTo(t.database, await emailOf(second.userId));
    expect(moved.map((m) => m.subject)).toContain("Ein Platz ist frei geworden – Sie sind dabei");
    expect(visible(await (await second.browser.get(page)).text())).toContain(
      "Sie sind angemeldet und haben einen Platz vor Ort.",
    );
  });

  it("shows the online link to a registered online participant only from half an hour before the start", async () => {
    // Today at 13:00 in Berlin (11:00 UTC); it is 12:00 now.
    const today = await createAsTeam({
      title: "Sprechstunde heute",
      day: "2026-05-04",
      startTime: "13:00",
      endTime: "14:00",
    });
    const online = await signedIn(t);
    await online.browser.get(`${today}/register`);
    await online.browser.post(`${today}/register`, { mode: "online" });
    expect(await (await online.browser.get(today)).text()).not.toContain("meet.example.org");
    const saved = now;
    now = new Date("2026-05-04T10:45:00Z");
    try {
      expect(await (await online.browser.get(today)).text()).toContain('href="https://meet.example.org/daten"');
    } finally {
      now = saved;
    }
  });
});

describe("after the event", () => {
  it("lets the team record attendance, results and follow-ups, which show on the event and the measure's journey", async () => {
    // Today from 12:30 to 13:00 in Berlin; it is 12:00 now.
    const page = await createAsTeam({
      title: "Werkstatt zum Rückblick",
      day: "2026-05-04",
      startTime: "12:30",
      endTime: "13:00",
    });
    const { browser } = await teamMemberOf(t, slug);
    await browser.get(`${page}/documentation`);
    const early = await browser.post(`${page}/documentation`, { summary: "Gut besucht." });
    expect(visible(await early.text())).toContain("Festhalten können Sie erst, wenn die Veranstaltung begonnen hat.");
    const saved = now;
    now = new Date("2026-05-04T11:30:00Z");
    try {
      await browser.get(`${page}/documentation`);
      const response = await browser.post(`${page}/documentation`, {
        attendedOnSite: "14",
        attendedOnline: "6",
        summary: "Gut besucht.",
        results: "Drei Ideen für offene Verkehrsdaten.",
        followUps: "Datenkatalog prüfen\nNächste Werkstatt im Juni",
      });
      expect(response.status).toBe(303);
      const text = visible(await (await new BrowserClient(t.app).get(page)).text());
      expect(text).toContain("Teilnehmende vor Ort 14");
      expect(text).toContain("Nächste Werkstatt im Juni");
      const journey = visible(await (await new BrowserClient(t.app).get(`/measures/${slug}`)).text());
      expect(journey).toContain("Ergebnisse einer Veranstaltung");
      expect(journey).toContain("Werkstatt zum Rückblick");
    } finally {
      now = saved;
    }
  });
});

describe("lists, calendars and the API", () => {
  it("lists the events with a month calendar that works without JavaScript", async () => {
    const html = await (await new BrowserClient(t.app).get("/workshops?month=2026-05")).text();
    const text = visible(html);
    expect(text).toContain("Kalender: Mai 2026");
    expect(html).toContain('href="/workshops/feed.ics"');
    expect(html).toContain('href="/workshops?month=2026-06#workshops-month"');
    expect(text).toMatch(/18:00 Werkstatt: Daten im Kiez/);
  });

  it("answers valid calendar feeds for all events and for the measure", async () => {
    for (const path of ["/workshops/feed.ics", `/measures/${slug}/workshops.ics`]) {
      const response = await new BrowserClient(t.app).get(path);
      expect(response.headers.get("content-type")).toContain("text/calendar");
      const events = new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents("vevent");
      expect(events.map((e) => e.getFirstPropertyValue("summary"))).toContain("Werkstatt: Daten im Kiez");
    }
    expect((await new BrowserClient(t.app).get("/measures/no-such-measure/workshops.ics")).status).toBe(404);
  });

  it("lists the events in the API without the online link or anyone's registration", async () => {
    const list = (await (await t.app.request("/api/v1/workshops")).json()) as {
      items: Array<{ id: string; title: string; seats: Array<{ mode: string; capacity: number }> }>;
      total: number;
    };
    const event = list.items.find((item) => item.title === "Werkstatt: Daten im Kiez");
    expect(event?.seats.map((s) => [s.mode, s.capacity])).toEqual([
      ["on_site", 1],
      ["online", 5],
    ]);
    const detail = await (await t.app.request(`/api/v1/workshops/${event?.id}`)).text();
    expect(detail).toContain("Umweltdaten");
    expect(detail).not.toContain("meet.example.org");
    expect((await t.app.request("/api/v1/workshops/00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });
});
