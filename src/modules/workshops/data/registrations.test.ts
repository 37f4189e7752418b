import { and, asc, eq } from "drizzle-orm";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "../../../../tests/support/accounts";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { testDatabaseKinds } from "../../../../tests/support/database";
import { mailsTo } from "../../../../tests/support/mailbox";
import { translator } from "../../../platform/i18n/i18n";
import type { Actor } from "../../../platform/permissions/permissions";
import { cancelRegistration } from "../use-cases/cancel-registration";
import { createWorkshop } from "../use-cases/create-workshop";
import { eraseEventAccessNeeds } from "../use-cases/jobs";
import { workshopsPersonalData } from "../use-cases/personal-data";
import { registerForWorkshop } from "../use-cases/register";
import { cancelToken } from "./cancel-token";
import { workshopRegistrations } from "./schema";

const now = new Date("2026-05-01T08:00:00Z");
const system: Actor = { kind: "system", label: "test" };
const seats = 10;
const people = 100;

describe.each(testDatabaseKinds)("registration for the last seats on $kind", ({ open }) => {
  let t: TestApp;
  let workshopId = "";
  const accounts: string[] = [];
  const actor = (id: string): Actor => ({ kind: "user", id, label: id, grants: [] });

  beforeAll(async () => {
    t = await createTestApp({ database: await open(), deps: { clock: () => now } });
    for (let i = 0; i < people; i++)
      accounts.push(await createAccount(t.deps, { email: `person${i}@example.org`, displayName: `Person ${i}` }));
    ({ id: workshopId } = await createWorkshop(
      t.deps,
      { actor: system },
      {
        title: "Werkstatt mit zehn Plätzen",
        format: "on_site",
        day: "2026-05-20",
        startTime: "18:00",
        endTime: "20:00",
        venue: "Kiezladen, Beispielstraße 1",
        accessibility: "Ebenerdiger Eingang",
        capacityOnSite: String(seats),
      },
    ));
  }, 120_000);
  afterAll(async () => t?.close());

  async function rows() {
    return t.database.db
      .select()
      .from(workshopRegistrations)
      .where(eq(workshopRegistrations.workshopId, workshopId))
      .orderBy(asc(workshopRegistrations.arrival));
  }

  it("ends 100 parallel registrations for 10 seats with 10 registered and 90 waiting, in order of arrival", async () => {
    const answers = await Promise.all(
      accounts.map((id) => registerForWorkshop(t.deps, { actor: actor(id) }, { id: workshopId, needs: ["childcare"] })),
    );
    expect(answers.filter((a) => a.status === "registered")).toHaveLength(seats);
    expect(answers.filter((a) => a.status === "waiting")).toHaveLength(people - seats);
    const stored = await rows();
    // Every arrival has its own number, 1 to 100, and the first ten arrivals hold the seats.
    expect(stored.map((r) => r.arrival)).toEqual(Array.from({ length: people }, (_, i) => i + 1));
    expect(stored.slice(0, seats).every((r) => r.status === "registered")).toBe(true);
    expect(stored.slice(seats).every((r) => r.status === "waiting")).toBe(true);
    // Each waiting person was told their place, 1 for the first to wait.
    const places = answers.filter((a) => a.status === "waiting").map((a) => a.waitingPlace);
    expect([...places].sort((a = 0, b = 0) => a - b)).toEqual(Array.from({ length: people - seats }, (_, i) => i + 1));
  }, 120_000);

  it("moves the first on the waiting list up when a seat is given back, and mails them the calendar file", async () => {
    const stored = await rows();
    const leaving = stored[3];
    const next = stored[seats];
    if (!leaving || !next) throw new Error("the registrations are missing");
    const token = await cancelToken(t.database.db, leaving.id, t.deps.random);
    const result = await cancelRegistration(t.deps, { actor: { kind: "guest" } }, { token });
    expect(result.changed).toBe(true);
    const after = await t.database.db
      .select({ status: workshopRegistrations.status })
      .from(workshopRegistrations)
      .where(and(eq(workshopRegistrations.workshopId, workshopId), eq(workshopRegistrations.status, "registered")));
    expect(after).toHaveLength(seats);
    const [movedUp] = (await rows()).filter((r) => r.id === next.id);
    expect(movedUp?.status).toBe("registered");
    const mails = await mailsTo(t.database, `person${accounts.indexOf(next.accountId)}@example.org`);
    expect(mails.map((m) => m.subject)).toEqual([
      "Sie stehen auf der Warteliste",
      "Ein Platz ist frei geworden – Sie sind dabei",
    ]);
    const [file] = mails[1]?.attachments ?? [];
    expect(file?.contentType).toContain("text/calendar");
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(file?.content ?? "")).getFirstSubcomponent("vevent") ?? undefined,
    );
    expect(event.summary).toBe("Werkstatt mit zehn Plätzen");
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-05-20T16:00:00.000Z");
    // The same link again changes nothing and moves nobody else up.
    expect((await cancelRegistration(t.deps, { actor: { kind: "guest" } }, { token })).changed).toBe(false);
    expect((await rows()).filter((r) => r.status === "registered")).toHaveLength(seats);
  }, 60_000);

  it("exports a person's registration with their access needs, and deleting the account passes their seat on", async () => {
    const deliveries: Array<() => Promise<void>> = [];
    const ctx = {
      deps: t.deps,
      now,
      t: translator("de"),
      afterCommit: (effect: () => Promise<void>) => deliveries.push(effect),
    };
    const seated = (await rows()).find((r) => r.status === "registered");
    const firstWaiting = (await rows()).find((r) => r.status === "waiting");
    if (!seated || !firstWaiting) throw new Error("the registrations are missing");
    expect(await workshopsPersonalData.export(t.database.db, seated.accountId, ctx)).toMatchObject({
      registrations: [{ event: "Werkstatt mit zehn Plätzen", status: "registered", accessNeeds: ["childcare"] }],
    });
    const movedUpAddress = `person${accounts.indexOf(firstWaiting.accountId)}@example.org`;
    const mailsBefore = (await mailsTo(t.database, movedUpAddress)).length;
    await t.database.db.transaction((tx) => workshopsPersonalData.erase(tx, seated.accountId, ctx));
    // The person who moved up is told, with the calendar file, once the deletion committed.
    expect(deliveries).toHaveLength(1);
    const mails = await mailsTo(t.database, movedUpAddress);
    expect(mails.slice(mailsBefore).map((m) => m.subject)).toEqual(["Ein Platz ist frei geworden – Sie sind dabei"]);
    expect(mails.at(-1)?.attachments?.[0]?.contentType).toContain("text/calendar");
    expect(await workshopsPersonalData.export(t.database.db, seated.accountId, ctx)).toBeNull();
    const after = await rows();
    expect(after.find((r) => r.id === firstWaiting.id)?.status).toBe("registered");
    expect(after.filter((r) => r.status === "registered")).toHaveLength(seats);
  }, 60_000);

  it("erases the access needs when the retention after the event has passed, not before", async () => {
    const at = (iso: string) => ({ ...t.deps, clock: () => new Date(iso) });
    // The event ends on 20 May at 18:00 UTC; 14 days later is 3 June, 18:00 UTC.
    const early = await eraseEventAccessNeeds(at("2026-06-03T17:59:00Z"), { actor: system }, { id: workshopId });
    expect(early.next?.toISOString()).toBe("2026-06-03T18:00:00.000Z");
    expect((await rows()).some((r) => r.accessNeeds.length > 0)).toBe(true);
    const due = await eraseEventAccessNeeds(at("2026-06-03T18:00:00Z"), { actor: system }, { id: workshopId });
    expect(due.next).toBeNull();
    expect((await rows()).every((r) => r.accessNeeds.length === 0 && r.accessNeedOther === null)).toBe(true);
  }, 60_000);
});
