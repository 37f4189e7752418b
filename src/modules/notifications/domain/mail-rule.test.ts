import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Delivery, decideDelivery, MAILS_PER_DAY, type MailMode, type MailTally, mailModes } from "./mail-rule";

/** A day of notifications for one account: its mode and address may change between them. */
const notificationArb = fc.record({
  day: fc.integer({ min: 0, max: 4 }),
  mode: fc.constantFrom<MailMode>(...mailModes),
  canMail: fc.boolean(),
});

/** Runs the rule over notifications in time order, keeping the tally as the database does. */
function run(events: Array<{ day: number; mode: MailMode; canMail: boolean }>) {
  const sorted = [...events].sort((a, b) => a.day - b.day);
  let tally: MailTally = { day: null, mailsThatDay: 0 };
  return sorted.map((event) => {
    const today = `2026-12-0${event.day + 1}`;
    const answer = decideDelivery({ mode: event.mode, canMail: event.canMail, tally, today });
    tally = answer.tally;
    return { ...event, today, delivery: answer.delivery };
  });
}

describe("the mail rule", () => {
  it("never mails more than five at once on one day", () => {
    fc.assert(
      fc.property(fc.array(notificationArb, { maxLength: 60 }), (events) => {
        const perDay = new Map<string, number>();
        for (const r of run(events)) if (r.delivery === "mail") perDay.set(r.today, (perDay.get(r.today) ?? 0) + 1);
        for (const count of perDay.values()) expect(count).toBeLessThanOrEqual(MAILS_PER_DAY);
      }),
    );
  });

  it("loses nothing: each notification is mailed, digested, or in-app only by the person's choice or missing address", () => {
    fc.assert(
      fc.property(fc.array(notificationArb, { maxLength: 60 }), (events) => {
        for (const r of run(events)) {
          const allowed: Delivery[] =
            !r.canMail || r.mode === "none" ? ["in_app"] : r.mode === "digest" ? ["digest"] : ["mail", "digest"];
          expect(allowed).toContain(r.delivery);
        }
      }),
    );
  });

  it("delays nobody who chose every mail until the day's five are used", () => {
    fc.assert(
      fc.property(fc.array(notificationArb, { maxLength: 60 }), (events) => {
        const mailed = new Map<string, number>();
        for (const r of run(events)) {
          const before = mailed.get(r.today) ?? 0;
          if (r.mode === "each" && r.canMail) expect(r.delivery).toBe(before < MAILS_PER_DAY ? "mail" : "digest");
          if (r.delivery === "mail") mailed.set(r.today, before + 1);
        }
      }),
    );
  });

  it("starts a new count on a new day", () => {
    const first = decideDelivery({
      mode: "each",
      canMail: true,
      tally: { day: "2026-12-01", mailsThatDay: 5 },
      today: "2026-12-01",
    });
    expect(first.delivery).toBe("digest");
    const next = decideDelivery({ mode: "each", canMail: true, tally: first.tally, today: "2026-12-02" });
    expect(next).toEqual({ delivery: "mail", tally: { day: "2026-12-02", mailsThatDay: 1 } });
  });
});
