import { describe, expect, it } from "vitest";
import { cityDay, startOfCityDay } from "../../../platform/reference-data";
import {
  lastDayOf,
  type PhaseRow,
  phaseRowCount,
  readInvited,
  readPhases,
  readProcessForm,
  slugFromTitle,
} from "./process-input";

const row = (method: string, startDay: string, lastDay: string): PhaseRow => ({
  method,
  startDay,
  lastDay,
  descriptionDe: "",
  descriptionEn: "",
});
const empty = row("", "", "");

describe("the process form's phases", () => {
  it("reads days in the city's time: a phase ends at midnight after its last day", () => {
    expect(startOfCityDay("2026-05-01", "Europe/Berlin").toISOString()).toBe("2026-04-30T22:00:00.000Z");
    expect(startOfCityDay("2026-01-15", "Europe/Berlin").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    // The day the clocks go forward.
    expect(startOfCityDay("2026-03-30", "Europe/Berlin").toISOString()).toBe("2026-03-29T22:00:00.000Z");
    const read = readPhases([row("survey", "2026-05-01", "2026-05-20")]);
    expect(read.ok && read.phases[0]?.endsAt.toISOString()).toBe("2026-05-20T22:00:00.000Z");
    expect(read.ok && lastDayOf(read.phases[0]?.endsAt ?? new Date())).toBe("2026-05-20");
    expect(cityDay(startOfCityDay("2026-10-25", "Europe/Berlin"), "Europe/Berlin")).toBe("2026-10-25");
  });

  it("ignores empty rows and names a mistake by the row as shown", () => {
    const rows = [row("text-review", "2026-05-01", "2026-05-20"), empty, row("survey", "2026-05-22", "2026-06-01")];
    const read = readPhases(rows);
    expect(read).toEqual({
      ok: false,
      issue: { path: "phases.2.startDay", message: "participation.errors.phaseGap" },
    });
    const fixed = readPhases([rows[0] ?? empty, empty, row("survey", "2026-05-21", "2026-06-01")]);
    expect(fixed.ok && fixed.phases.map((p) => p.method)).toEqual(["text-review", "survey"]);
  });

  it("asks for a method and real days, and for one phase at least", () => {
    expect(readPhases([row("", "2026-05-01", "2026-05-20")])).toMatchObject({ issue: { path: "phases.0.method" } });
    expect(readPhases([row("survey", "2026-02-30", "2026-05-20")])).toMatchObject({
      issue: { path: "phases.0.startDay", message: "participation.errors.phaseStart" },
    });
    expect(readPhases([empty, empty])).toMatchObject({ issue: { path: "phases" } });
  });

  it("shows six rows at first and one more when asked, never more than twelve", () => {
    expect(phaseRowCount(undefined, false)).toBe(6);
    expect(phaseRowCount("6", true)).toBe(7);
    expect(phaseRowCount("12", true)).toBe(12);
    expect(phaseRowCount("99", false)).toBe(12);
  });
});

describe("the process form's other fields", () => {
  it("makes an address from the title", () => {
    expect(slugFromTitle("Mobilität im Kiez: Ihre Ideen!")).toBe("mobilitaet-im-kiez-ihre-ideen");
    expect(slugFromTitle("Straße & Café")).toBe("strasse-cafe");
    expect(slugFromTitle("!!!")).toBe("");
  });

  it("reads the invited addresses one per line, naming a line that is none", () => {
    expect(readInvited("a@example.org\n\nA@example.org\nb@example.org")).toEqual({
      ok: true,
      emails: [
        { email: "a@example.org", line: 1 },
        { email: "b@example.org", line: 4 },
      ],
    });
    expect(readInvited("a@example.org\nkeine adresse")).toEqual({
      ok: false,
      issue: { path: "invited.2", message: "participation.errors.invitedNoAddress" },
    });
  });

  it("reports every mistake of a send at once", () => {
    const read = readProcessForm({ subjectKind: "measure", visibility: "public", districts: ["atlantis"] }, ["mitte"]);
    expect(read.ok).toBe(false);
    const paths = read.ok ? [] : read.issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "titleDe",
        "summaryDe",
        "organisation",
        "contact",
        "subjectMeasure",
        "districts",
        "phases",
      ]),
    );
  });
});
