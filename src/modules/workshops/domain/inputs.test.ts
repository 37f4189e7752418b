import { describe, expect, it } from "vitest";
import { documentationInput, registrationInput, workshopInput } from "./inputs";

const onSite = {
  title: "Werkstatt Mobilitätsdaten",
  description: "Wir sammeln Fragen.",
  agenda: "18:00 Ankommen\n18:15 Arbeit in Gruppen",
  format: "on_site",
  day: "2026-05-12",
  startTime: "18:00",
  endTime: "20:30",
  venue: "Rathaus Mitte, Karl-Marx-Allee 31",
  accessibility: "Eingang ebenerdig, Aufzug, barrierefreie Toilette",
  onlineUrl: "",
  capacityOnSite: "25",
  capacityOnline: "",
  groups: "Daten\n\nVerkehr\n",
  measure: "",
  arenaEntry: "",
};

const messages = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("the event form", () => {
  it("reads an event on site: local times as instants, seats, one group per line", () => {
    const parsed = workshopInput.parse(onSite);
    expect(parsed.startsAt.toISOString()).toBe("2026-05-12T16:00:00.000Z");
    expect(parsed.endsAt.toISOString()).toBe("2026-05-12T18:30:00.000Z");
    expect(parsed.capacities).toEqual({ onSite: 25, online: null });
    expect(parsed.groups).toEqual(["Daten", "Verkehr"]);
    expect(parsed.onlineUrl).toBeNull();
    expect(parsed.measure).toBeNull();
  });

  it("asks for what the format needs, each at its field", () => {
    const result = workshopInput.safeParse({ ...onSite, format: "hybrid", venue: " ", accessibility: "" });
    expect(messages(result)).toEqual({
      venue: "workshops.errors.venue",
      accessibility: "workshops.errors.accessibility",
      onlineUrl: "workshops.errors.onlineUrl",
      capacityOnline: "workshops.errors.capacityMissing",
    });
  });

  it("refuses an end before the start, a link that is not https and seats that are no whole number", () => {
    const result = workshopInput.safeParse({
      ...onSite,
      format: "online",
      endTime: "17:00",
      onlineUrl: "http://meet.example/room",
      capacityOnline: "zehn",
    });
    expect(messages(result)).toMatchObject({
      onlineUrl: "workshops.errors.onlineUrl",
      capacityOnline: "workshops.errors.capacityNumber",
    });
    expect(messages(workshopInput.safeParse({ ...onSite, endTime: "17:00" }))).toEqual({
      endTime: "workshops.errors.endBeforeStart",
    });
  });

  it("forgets what the format does not use", () => {
    const parsed = workshopInput.parse({
      ...onSite,
      format: "online",
      onlineUrl: "https://meet.example/room",
      capacityOnline: "40",
    });
    expect(parsed).toMatchObject({ venue: null, accessibility: null, capacities: { onSite: null, online: 40 } });
  });

  it("refuses a day that does not exist", () => {
    expect(messages(workshopInput.safeParse({ ...onSite, day: "2026-02-30" }))).toEqual({
      day: "workshops.errors.day",
    });
  });
});

describe("the registration form", () => {
  const id = "4f6c7c1e-2d7a-4b55-9a53-1f1d7c0e2a10";
  it("reads the needs as a list, once each, and the other need only when it is chosen", () => {
    expect(
      registrationInput.parse({ id, needs: ["childcare", "childcare", "plain_language"], needsOther: "Hund" }),
    ).toEqual({ id, group: null, needs: ["childcare", "plain_language"], needsOther: null });
    expect(registrationInput.parse({ id, needs: "other", needsOther: "Pausen" }).needsOther).toBe("Pausen");
  });

  it("asks what the other need is, and refuses needs it does not know", () => {
    expect(messages(registrationInput.safeParse({ id, needs: ["other"] }))).toEqual({
      needsOther: "workshops.errors.needsOther",
    });
    expect(registrationInput.safeParse({ id, needs: ["jetpack"] }).success).toBe(false);
  });
});

describe("the documentation form", () => {
  it("reads counts and one follow-up per line, and refuses an empty form", () => {
    expect(
      documentationInput.parse({ attendedOnSite: "18", attendedOnline: "", summary: " Gut ", followUps: "A\n\nB" }),
    ).toEqual({ attendedOnSite: 18, attendedOnline: null, summary: "Gut", results: null, followUps: ["A", "B"] });
    expect(messages(documentationInput.safeParse({}))).toEqual({ summary: "workshops.errors.documentationEmpty" });
    expect(messages(documentationInput.safeParse({ attendedOnSite: "-3" }))).toEqual({
      attendedOnSite: "workshops.errors.attendance",
    });
  });
});
