import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkReport,
  editPoints,
  MAX_POINTS,
  mayPublishReport,
  type PointFields,
  pointCommandOf,
  pointsByOutcome,
  readReportFields,
} from "./report";

const point = (fields: Partial<PointFields> = {}): PointFields => ({
  heardDe: "Mehr Sitzbänke",
  heardEn: "More benches",
  outcome: "taken-into-measure",
  responseDe: "",
  responseEn: "",
  ...fields,
});

describe("reading the report form", () => {
  it("reads as many points as the form says, each field as text, and ignores other fields", () => {
    const fields = readReportFields({
      summaryDe: "Danke",
      summaryEn: "Thanks",
      pointCount: "2",
      "point-0-heardDe": "A",
      "point-1-outcome": "not-taken-up",
      "point-5-heardDe": "never read",
    });
    expect(fields.summaryDe).toBe("Danke");
    expect(fields.points).toHaveLength(2);
    expect(fields.points[0]?.heardDe).toBe("A");
    expect(fields.points[1]).toEqual({
      heardDe: "",
      heardEn: "",
      outcome: "not-taken-up",
      responseDe: "",
      responseEn: "",
    });
  });

  it("reads no points from a missing, negative or absurd count beyond the limit", () => {
    expect(readReportFields({}).points).toHaveLength(0);
    expect(readReportFields({ pointCount: "-3" }).points).toHaveLength(0);
    expect(readReportFields({ pointCount: "100000" }).points).toHaveLength(MAX_POINTS);
  });

  it("tells which point button was pressed", () => {
    expect(pointCommandOf({ add: "" })).toEqual({ kind: "add" });
    expect(pointCommandOf({ remove: "2" })).toEqual({ kind: "remove", index: 2 });
    expect(pointCommandOf({ down: "0" })).toEqual({ kind: "down", index: 0 });
    expect(pointCommandOf({ up: "x" })).toBeNull();
    expect(pointCommandOf({ save: "" })).toBeNull();
  });
});

describe("checking the report", () => {
  it("accepts a draft without introduction and keeps texts trimmed", () => {
    const result = checkReport(
      { summaryDe: "", summaryEn: "", points: [point({ heardDe: "  Mehr Bänke " })] },
      { publishing: false },
    );
    expect(result).toEqual({
      ok: true,
      report: {
        summary: { de: "", en: "" },
        points: [
          {
            heard: { de: "Mehr Bänke", en: "More benches" },
            outcome: "taken-into-measure",
            response: { de: "", en: "" },
          },
        ],
      },
    });
  });

  it("requires the reason of a point not taken up, in both languages", () => {
    const result = checkReport(
      { summaryDe: "", summaryEn: "", points: [point({ outcome: "not-taken-up", responseDe: "Zu teuer" })] },
      { publishing: false },
    );
    expect(result).toEqual({
      ok: false,
      issues: [{ path: "point-0-responseEn", message: "participation.errors.reportReason" }],
    });
  });

  it("requires what was heard and an outcome, and a response in the other language once one is given", () => {
    const result = checkReport(
      { summaryDe: "", summaryEn: "", points: [point({ heardEn: " ", outcome: "maybe", responseEn: "Later" })] },
      { publishing: false },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { path: "point-0-heardEn", message: "participation.errors.reportHeard" },
      { path: "point-0-outcome", message: "participation.errors.reportOutcome" },
      { path: "point-0-responseDe", message: "participation.errors.reportResponseLanguage" },
    ]);
  });

  it("needs an introduction in both languages and at least one point to publish", () => {
    const result = checkReport({ summaryDe: "Danke", summaryEn: "", points: [] }, { publishing: true });
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: "summaryEn", message: "participation.errors.reportSummary" },
        { path: "points", message: "participation.errors.reportPointsNone" },
      ],
    });
  });
});

describe("adding, removing and moving points", () => {
  const commands = fc.oneof(
    fc.constant({ kind: "add" as const }),
    fc.record({ kind: fc.constantFrom("remove" as const, "up" as const, "down" as const), index: fc.nat(45) }),
  );

  it("adds at the end, removes one, and moving swaps neighbours only", () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: MAX_POINTS }), commands, (points, command) => {
        const next = editPoints(points, command, -1);
        if (command.kind === "add") {
          expect(next).toEqual(points.length < MAX_POINTS ? [...points, -1] : points);
        } else if (command.kind === "remove") {
          expect(next.length).toBe(command.index < points.length ? points.length - 1 : points.length);
        } else {
          // Moving keeps every point, and changes at most the two positions it names.
          expect([...next].sort()).toEqual([...points].sort());
          const changed = next.flatMap((value, i) => (Object.is(value, points[i]) ? [] : [i]));
          expect(changed.length === 0 || changed.length === 2).toBe(true);
        }
      }),
    );
  });

  it("moves a point up and down, and leaves the first and last where they are at the edge", () => {
    expect(editPoints(["a", "b", "c"], { kind: "up", index: 2 }, "")).toEqual(["a", "c", "b"]);
    expect(editPoints(["a", "b", "c"], { kind: "down", index: 0 }, "")).toEqual(["b", "a", "c"]);
    expect(editPoints(["a", "b"], { kind: "up", index: 0 }, "")).toEqual(["a", "b"]);
    expect(editPoints(["a", "b"], { kind: "down", index: 1 }, "")).toEqual(["a", "b"]);
  });
});

describe("publishing and showing", () => {
  const day = 86_400_000;
  const start = Date.UTC(2027, 0, 1);
  const phases = [
    { method: "survey" as const, startsAt: new Date(start), endsAt: new Date(start + 10 * day) },
    { method: "closing-report" as const, startsAt: new Date(start + 10 * day), endsAt: new Date(start + 20 * day) },
  ];

  it("may be published in the closing-report phase or after the end, not before", () => {
    expect(mayPublishReport(phases, new Date(start - day))).toBe(false);
    expect(mayPublishReport(phases, new Date(start + 5 * day))).toBe(false);
    expect(mayPublishReport(phases, new Date(start + 10 * day))).toBe(true);
    expect(mayPublishReport(phases, new Date(start + 30 * day))).toBe(true);
  });

  it("groups points by outcome, keeping the office's order within each", () => {
    const grouped = pointsByOutcome([
      { outcome: "not-taken-up" as const, n: 1 },
      { outcome: "taken-into-measure" as const, n: 2 },
      { outcome: "not-taken-up" as const, n: 3 },
    ]);
    expect(grouped.map(([outcome, points]) => [outcome, points.map((p) => p.n)])).toEqual([
      ["taken-into-measure", [2]],
      ["not-taken-up", [1, 3]],
    ]);
  });
});
