import { describe, expect, it } from "vitest";
import type { ProposedChange } from "./logic-model";
import {
  checkReport,
  deadlineIssue,
  deadlineMoment,
  decideProposals,
  dueReminders,
  lessonTags,
  nextReminderAt,
  nextState,
  normaliseTag,
  openRoundInput,
  type ReportContent,
  reportStatus,
  statusCounts,
} from "./review-round";

const lowerTarget: ProposedChange = {
  kind: "change-target",
  indicator: "participants",
  period: "2026",
  to: 900,
  reason: "Fewer districts took part than planned",
};
const dropIndicator: ProposedChange = {
  kind: "remove-indicator",
  indicator: "visits",
  reason: "No longer measured anywhere",
};

const report = (overrides: Partial<ReportContent> = {}): ReportContent => ({
  valuesNote: "",
  narrative: "The first half year went as planned.",
  wentWell: "",
  lessons: [{ text: "Start the district talks earlier.", tags: ["participation"] }],
  risks: "",
  proposals: [],
  ...overrides,
});

describe("a round's states", () => {
  it("closes an open round and publishes a closed one, and nothing else", () => {
    expect(nextState("open", "close")).toBe("closed");
    expect(nextState("closed", "publish")).toBe("published");
    expect(nextState("open", "publish")).toBeNull();
    expect(nextState("closed", "close")).toBeNull();
    expect(nextState("published", "close")).toBeNull();
    expect(nextState("published", "publish")).toBeNull();
  });
});

describe("opening a round", () => {
  it("refuses a period that ends before it starts, on the end field", () => {
    const parsed = openRoundInput.safeParse({
      title: "Review 2026/1",
      periodFrom: "2026-01-01",
      periodTo: "2025-12-31",
      deadline: "2026-07-15",
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["periodTo"]);
    expect(parsed.error?.issues[0]?.message).toBe("monitoring.errors.periodOrder");
  });

  it("refuses a deadline in the past but takes today", () => {
    expect(deadlineIssue("2026-03-30", "2026-03-31")?.message).toBe("monitoring.errors.deadlinePast");
    expect(deadlineIssue("2026-03-31", "2026-03-31")).toBeNull();
  });

  it("counts the whole deadline day, up to midnight in Berlin", () => {
    expect(deadlineMoment("2026-07-15").toISOString()).toBe("2026-07-15T22:00:00.000Z");
    expect(deadlineMoment("2026-12-31").toISOString()).toBe("2026-12-31T23:00:00.000Z");
  });

  it("ends a deadline day right across the clock changes (a day of 23 and one of 25 hours)", () => {
    expect(deadlineMoment("2026-03-28").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(deadlineMoment("2026-03-29").toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(deadlineMoment("2026-10-24").toISOString()).toBe("2026-10-24T22:00:00.000Z");
    expect(deadlineMoment("2026-10-25").toISOString()).toBe("2026-10-25T23:00:00.000Z");
  });
});

describe("lesson tags", () => {
  it("keeps chosen topics first, then free tags made comparable, each once", () => {
    expect(lessonTags(["data", "staff"], " Open Data , staff,,kiez ")).toEqual({
      ok: true,
      tags: ["data", "staff", "open-data", "kiez"],
    });
  });

  it("refuses a topic outside the vocabulary and an unusable free tag", () => {
    expect(lessonTags(["magic"], "")).toEqual({ ok: false, message: "monitoring.errors.topic" });
    expect(lessonTags([], "a")).toEqual({ ok: false, message: "monitoring.errors.tag" });
    expect(normaliseTag("<script>")).toBeNull();
  });

  it("refuses more than eight tags", () => {
    expect(lessonTags([], "a1,a2,a3,a4,a5,a6,a7,a8,a9")).toEqual({
      ok: false,
      message: "monitoring.errors.tagsMany",
    });
  });
});

describe("checking a report", () => {
  it("saves a draft without a narrative or lessons", () => {
    expect(checkReport(report({ narrative: "", lessons: [] }), "draft").ok).toBe(true);
  });

  it("sends a report only with a narrative and at least one lesson", () => {
    expect(checkReport(report({ narrative: "short" }), "submit")).toEqual({
      ok: false,
      issue: { path: "narrative", message: "monitoring.errors.narrative" },
    });
    expect(checkReport(report({ lessons: [] }), "submit")).toEqual({
      ok: false,
      issue: { path: "lessons", message: "monitoring.errors.lessonMissing" },
    });
    expect(checkReport(report(), "submit").ok).toBe(true);
  });

  it("names the lesson whose text is too short", () => {
    const result = checkReport(report({ lessons: [{ text: "ok", tags: [] }] }), "draft");
    expect(result).toEqual({
      ok: false,
      issue: { path: "lessons.0.text", message: "monitoring.errors.lessonText" },
    });
  });

  it("trims the texts it keeps", () => {
    const result = checkReport(report({ risks: "  Staff may leave.  " }), "submit");
    expect(result.ok && result.content.risks).toBe("Staff may leave.");
  });
});

describe("deciding proposals", () => {
  const proposals = [
    { id: "a", change: lowerTarget, decision: null },
    { id: "b", change: dropIndicator, decision: null },
  ];

  it("makes one revision of the accepted changes whose reason names the round and each change's reason", () => {
    const result = decideProposals(
      proposals,
      [
        { id: "a", decision: "accepted", comment: "" },
        { id: "b", decision: "returned", comment: "Please keep it one more year." },
      ],
      "Review 2026/1",
    );
    expect(result).toEqual({
      ok: true,
      decided: [
        { id: "a", decision: "accepted", comment: "" },
        { id: "b", decision: "returned", comment: "Please keep it one more year." },
      ],
      revision: { reason: "Review 2026/1: Fewer districts took part than planned", changes: [lowerTarget] },
    });
  });

  it("makes no revision when everything is returned", () => {
    const result = decideProposals(
      proposals,
      proposals.map((p) => ({ id: p.id, decision: "returned" as const, comment: "Not in this round, sorry." })),
      "Review 2026/1",
    );
    expect(result.ok && result.revision).toBeNull();
  });

  it("asks for a comment when a proposal is returned, and for a decision on every open proposal", () => {
    expect(decideProposals(proposals, [{ id: "a", decision: "returned", comment: "no" }], "R")).toEqual({
      ok: false,
      issue: { path: "a.comment", message: "monitoring.errors.returnComment" },
    });
    expect(decideProposals(proposals, [{ id: "a", decision: "accepted", comment: "" }], "R")).toEqual({
      ok: false,
      issue: { path: "b.decision", message: "monitoring.errors.decisionMissing" },
    });
  });

  it("leaves decided proposals alone and refuses when nothing is open", () => {
    const decided = proposals.map((p) => ({ ...p, decision: "accepted" as const }));
    expect(decideProposals(decided, [], "R")).toEqual({
      ok: false,
      issue: { path: "form", message: "monitoring.errors.nothingToDecide" },
    });
  });
});

describe("who reported", () => {
  const deadline = deadlineMoment("2026-07-15");
  it("tells reported, late, draft and missing apart", () => {
    const inTime = { submittedAt: new Date("2026-07-15T20:00:00Z"), started: true };
    const late = { submittedAt: new Date("2026-07-16T08:00:00Z"), started: true };
    const draft = { submittedAt: null, started: true };
    const missing = { submittedAt: null, started: false };
    expect([inTime, late, draft, missing].map((r) => reportStatus(r, deadline))).toEqual([
      "reported",
      "late",
      "draft",
      "missing",
    ]);
    expect(statusCounts([inTime, late, late, missing], deadline)).toEqual({
      reported: 1,
      late: 2,
      draft: 0,
      missing: 1,
    });
  });

  it("counts a report sent after midnight in Berlin as late, though UTC still says the deadline day", () => {
    const lastSecond = { submittedAt: new Date("2026-07-15T21:59:59Z"), started: true };
    const afterMidnight = { submittedAt: new Date("2026-07-15T22:30:00Z"), started: true };
    expect(reportStatus(lastSecond, deadline)).toBe("reported");
    expect(reportStatus(afterMidnight, deadline)).toBe("late");
  });
});

describe("reminders", () => {
  const deadline = deadlineMoment("2026-07-15");
  it("reminds 14 and 3 days before the deadline, each once", () => {
    expect(dueReminders(deadline, new Date("2026-07-01T00:00:00Z"), [], false)).toEqual({ send: false, mark: [] });
    expect(dueReminders(deadline, new Date("2026-07-02T00:00:00Z"), [], false)).toEqual({ send: true, mark: [14] });
    expect(dueReminders(deadline, new Date("2026-07-05T00:00:00Z"), [14], false)).toEqual({ send: false, mark: [] });
    expect(dueReminders(deadline, new Date("2026-07-13T00:00:00Z"), [14], false)).toEqual({ send: true, mark: [3] });
  });

  it("sends one mail when the job comes late after both moments", () => {
    expect(dueReminders(deadline, new Date("2026-07-14T00:00:00Z"), [], false)).toEqual({ send: true, mark: [14, 3] });
  });

  it("sends nothing once the report is in or the deadline has passed", () => {
    expect(dueReminders(deadline, new Date("2026-07-14T00:00:00Z"), [], true).send).toBe(false);
    expect(dueReminders(deadline, new Date("2026-07-16T00:00:00Z"), [], false).send).toBe(false);
  });

  it("looks again at the next reminder moment, and not after the last", () => {
    // Midnight in Berlin at the start of 2 and 13 July: 14 and 3 days before the deadline day is over.
    expect(nextReminderAt(deadline, new Date("2026-06-01T00:00:00Z"))?.toISOString()).toBe("2026-07-01T22:00:00.000Z");
    expect(nextReminderAt(deadline, new Date("2026-07-02T00:00:00Z"))?.toISOString()).toBe("2026-07-12T22:00:00.000Z");
    expect(nextReminderAt(deadline, new Date("2026-07-13T00:00:00Z"))).toBeNull();
  });
});
