import { describe, expect, it } from "vitest";
import { checkPhases, mayDo, type Phase, processState } from "./process";

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const phases: Phase[] = [
  { method: "information", startsAt: day("2027-01-01"), endsAt: day("2027-01-15") },
  { method: "text-review", startsAt: day("2027-01-15"), endsAt: day("2027-02-15") },
  { method: "survey", startsAt: day("2027-02-15"), endsAt: day("2027-03-01") },
  { method: "closing-report", startsAt: day("2027-03-01"), endsAt: day("2027-04-01") },
];

describe("the phases of a process", () => {
  it("accepts phases that follow one another without gap or overlap", () => {
    expect(checkPhases(phases)).toEqual({ ok: true, phases });
  });

  it("names the phase that leaves a gap, overlaps, ends before it starts, or follows the closing report", () => {
    const gap = phases.map((p, i) => (i === 2 ? { ...p, startsAt: day("2027-02-16") } : p));
    expect(checkPhases(gap)).toEqual({
      ok: false,
      issue: { path: "phases.2.startsAt", message: "participation.errors.phaseGap" },
    });
    const overlap = phases.map((p, i) => (i === 1 ? { ...p, startsAt: day("2027-01-10") } : p));
    expect(checkPhases(overlap)).toMatchObject({
      ok: false,
      issue: { path: "phases.1.startsAt", message: "participation.errors.phaseOverlap" },
    });
    expect(checkPhases([{ method: "survey", startsAt: day("2027-02-01"), endsAt: day("2027-01-01") }])).toMatchObject({
      ok: false,
      issue: { path: "phases.0.endsAt", message: "participation.errors.phaseEndBeforeStart" },
    });
    const afterReport = [
      { method: "closing-report", startsAt: day("2027-01-01"), endsAt: day("2027-02-01") },
      { method: "survey", startsAt: day("2027-02-01"), endsAt: day("2027-03-01") },
    ];
    expect(checkPhases(afterReport)).toMatchObject({
      ok: false,
      issue: { path: "phases.0.method", message: "participation.errors.closingReportLast" },
    });
    expect(checkPhases([{ method: "voting", startsAt: day("2027-01-01"), endsAt: day("2027-02-01") }])).toMatchObject({
      ok: false,
      issue: { path: "phases.0.method", message: "participation.errors.method" },
    });
    expect(checkPhases([])).toMatchObject({ ok: false, issue: { message: "participation.errors.phasesNone" } });
  });

  it("tells where a process stands: upcoming, the active phase, or finished", () => {
    expect(processState(phases, day("2026-12-31"))).toEqual({ kind: "upcoming", startsAt: day("2027-01-01") });
    expect(processState(phases, day("2027-01-01"))).toEqual({ kind: "running", phase: 0 });
    expect(processState(phases, day("2027-01-15"))).toEqual({ kind: "running", phase: 1 });
    expect(processState(phases, new Date("2027-03-31T23:59:59Z"))).toEqual({ kind: "running", phase: 3 });
    expect(processState(phases, day("2027-04-01"))).toEqual({ kind: "finished", endedAt: day("2027-04-01") });
  });

  it("lets the active phase decide what people can do, and an invited process only its invited", () => {
    const open = { phases, visibility: "public" as const };
    const everyone = { invited: false };
    expect(mayDo(open, everyone, "comment", day("2027-01-20"))).toEqual({ ok: true });
    expect(mayDo(open, everyone, "answer-survey", day("2027-01-20"))).toEqual({
      ok: false,
      reason: "participation.errors.notInThisPhase",
    });
    expect(mayDo(open, everyone, "answer-survey", day("2027-02-20"))).toEqual({ ok: true });
    expect(mayDo(open, everyone, "comment", day("2027-01-02"))).toMatchObject({ ok: false });
    expect(mayDo(open, everyone, "comment", day("2026-12-01"))).toEqual({
      ok: false,
      reason: "participation.errors.notStarted",
    });
    expect(mayDo(open, everyone, "comment", day("2027-05-01"))).toEqual({
      ok: false,
      reason: "participation.errors.finished",
    });
    const closed = { phases, visibility: "invited" as const };
    expect(mayDo(closed, everyone, "comment", day("2027-01-20"))).toEqual({
      ok: false,
      reason: "participation.errors.notInvited",
    });
    expect(mayDo(closed, { invited: true }, "comment", day("2027-01-20"))).toEqual({ ok: true });
  });
});
