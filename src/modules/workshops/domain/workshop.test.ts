import { describe, expect, it } from "vitest";
import { accessNeedCounts, accessNeedsErasedAt } from "./access-needs";
import { modesOf, ONLINE_LINK_OPENS_BEFORE_MS, onlineLinkVisible, registrationOpen } from "./workshop";

const event = { startsAt: new Date("2026-05-12T16:00:00Z"), endsAt: new Date("2026-05-12T18:00:00Z") };
const at = (iso: string) => new Date(iso);

describe("an event's formats", () => {
  it("offers seats on site, online or both", () => {
    expect(modesOf("on_site")).toEqual(["on_site"]);
    expect(modesOf("online")).toEqual(["online"]);
    expect(modesOf("hybrid")).toEqual(["on_site", "online"]);
  });
});

describe("the online link", () => {
  const online = { status: "registered" as const, mode: "online" as const };
  it("shows to a registered online participant from half an hour before the start until the end", () => {
    const opens = new Date(event.startsAt.getTime() - ONLINE_LINK_OPENS_BEFORE_MS);
    expect(onlineLinkVisible(event, online, new Date(opens.getTime() - 1))).toBe(false);
    expect(onlineLinkVisible(event, online, opens)).toBe(true);
    expect(onlineLinkVisible(event, online, at("2026-05-12T18:00:00Z"))).toBe(true);
    expect(onlineLinkVisible(event, online, at("2026-05-12T18:00:01Z"))).toBe(false);
  });

  it("never shows to the waiting list, to people on site or to visitors", () => {
    const during = at("2026-05-12T16:30:00Z");
    expect(onlineLinkVisible(event, { status: "waiting", mode: "online" }, during)).toBe(false);
    expect(onlineLinkVisible(event, { status: "registered", mode: "on_site" }, during)).toBe(false);
    expect(onlineLinkVisible(event, null, during)).toBe(false);
  });
});

describe("registration", () => {
  it("is open until the start, and not for a called-off event", () => {
    expect(registrationOpen({ ...event, cancelledAt: null }, at("2026-05-12T15:59:59Z"))).toBe(true);
    expect(registrationOpen({ ...event, cancelledAt: null }, event.startsAt)).toBe(false);
    expect(registrationOpen({ ...event, cancelledAt: at("2026-05-01T00:00:00Z") }, at("2026-05-02T00:00:00Z"))).toBe(
      false,
    );
  });
});

describe("access needs", () => {
  it("are counted per need, each registration once per need, unknown words ignored", () => {
    const counts = accessNeedCounts([
      { needs: ["sign_language", "childcare"] },
      { needs: ["childcare", "childcare"] },
      { needs: ["teleport"] },
      { needs: [] },
    ]);
    expect(counts).toEqual({
      sign_language: 1,
      step_free: 0,
      childcare: 2,
      plain_language: 0,
      hearing_loop: 0,
      other: 0,
    });
  });

  it("are erased the set number of days after the event", () => {
    expect(accessNeedsErasedAt(event.endsAt, 14).toISOString()).toBe("2026-05-26T18:00:00.000Z");
    expect(accessNeedsErasedAt(event.endsAt, 0)).toEqual(event.endsAt);
  });
});
