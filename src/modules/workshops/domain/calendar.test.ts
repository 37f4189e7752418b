import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { type CalendarEvent, workshopCalendar } from "./calendar";

const event: CalendarEvent = {
  id: "4f6c7c1e-2d7a-4b55-9a53-1f1d7c0e2a10",
  title: "Werkstatt: Digitale Kompetenzen, Teil 2",
  description: "Wir sammeln Ideen; bringen Sie Fragen mit.\nMehr: https://gemeinsam.example/workshops/4f6c",
  startsAt: new Date("2026-05-12T16:00:00Z"),
  endsAt: new Date("2026-05-12T18:30:00Z"),
  location: "Rathaus Mitte, Karl-Marx-Allee 31, 10178 Berlin",
  url: "https://gemeinsam.example/workshops/4f6c7c1e-2d7a-4b55-9a53-1f1d7c0e2a10",
  cancelled: false,
  updatedAt: new Date("2026-04-01T08:00:00Z"),
};

function parsed(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  return { component, events: component.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)) };
}

describe("the iCalendar file of events", () => {
  it("parses back with the title, times, place, page and a stable identifier", () => {
    const text = workshopCalendar([event], { name: "Werkstätten", host: "gemeinsam.example", method: "request" });
    const { component, events } = parsed(text);
    expect(component.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(events).toHaveLength(1);
    const [only] = events;
    expect(only?.summary).toBe(event.title);
    expect(only?.description).toBe(event.description);
    expect(only?.location).toBe(event.location);
    expect(only?.uid).toBe(`${event.id}@gemeinsam.example`);
    expect(only?.startDate.toJSDate().toISOString()).toBe("2026-05-12T16:00:00.000Z");
    expect(only?.endDate.toJSDate().toISOString()).toBe("2026-05-12T18:30:00.000Z");
    expect(only?.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
  });

  it("is the same file for the same events (no clock inside), and marks a called-off event", () => {
    const options = { name: "Alle Veranstaltungen", host: "gemeinsam.example", method: "publish" as const };
    const two = [event, { ...event, id: "b2", title: "Online-Sprechstunde", cancelled: true, location: "Online" }];
    expect(workshopCalendar(two, options)).toBe(workshopCalendar(two, options));
    const { component, events } = parsed(workshopCalendar(two, options));
    expect(component.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(events.map((e) => e.component.getFirstPropertyValue("status"))).toEqual(["CONFIRMED", "CANCELLED"]);
  });

  it("is a valid calendar without events", () => {
    const { events } = parsed(workshopCalendar([], { name: "Leer", host: "x.example", method: "publish" }));
    expect(events).toEqual([]);
  });
});
