import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ProposedChange } from "./logic-model";
import {
  type DecisionInput,
  decideProposals,
  dueReminders,
  nextReminderAt,
  REMINDER_DAYS,
  reportStatus,
  statusCounts,
} from "./review-round";

const DAY_MS = 24 * 60 * 60 * 1000;
const deadline = new Date("2026-07-16T00:00:00Z");

describe("reminders over any sequence of job runs", () => {
  it("send each reminder at most once, never after the deadline or once the report is in", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -40 * DAY_MS, max: 5 * DAY_MS }), { maxLength: 30 }),
        fc.option(fc.integer({ min: -40 * DAY_MS, max: 5 * DAY_MS }), { nil: null }),
        (offsets, submittedOffset) => {
          const runs = [...offsets].sort((a, b) => a - b).map((offset) => new Date(deadline.getTime() + offset));
          const sent: number[] = [];
          let mails = 0;
          for (const now of runs) {
            const submitted = submittedOffset !== null && deadline.getTime() + submittedOffset <= now.getTime();
            const due = dueReminders(deadline, now, sent, submitted);
            if (due.send) {
              mails += 1;
              expect(submitted).toBe(false);
              expect(now.getTime()).toBeLessThan(deadline.getTime());
            }
            sent.push(...due.mark);
          }
          expect(new Set(sent).size).toBe(sent.length);
          expect(mails).toBeLessThanOrEqual(REMINDER_DAYS.length);
        },
      ),
    );
  });

  it("are found again by the next look the job schedules", () => {
    fc.assert(
      fc.property(fc.integer({ min: -60 * DAY_MS, max: 0 }), (offset) => {
        const now = new Date(deadline.getTime() + offset);
        const next = nextReminderAt(deadline, now);
        if (next === null) return;
        expect(next.getTime()).toBeGreaterThan(now.getTime());
        expect(dueReminders(deadline, next, [], false).send).toBe(true);
      }),
    );
  });
});

describe("the who-reported overview", () => {
  it("counts every report exactly once", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            submittedAt: fc.option(fc.integer({ min: -DAY_MS * 30, max: DAY_MS * 30 }), { nil: null }),
            started: fc.boolean(),
          }),
        ),
        (raw) => {
          const reports = raw.map((r) => ({
            started: r.started || r.submittedAt !== null,
            submittedAt: r.submittedAt === null ? null : new Date(deadline.getTime() + r.submittedAt),
          }));
          const counts = statusCounts(reports, deadline);
          expect(counts.reported + counts.late + counts.draft + counts.missing).toBe(reports.length);
          for (const status of ["reported", "late", "draft", "missing"] as const)
            expect(counts[status]).toBe(reports.filter((r) => reportStatus(r, deadline) === status).length);
        },
      ),
    );
  });
});

describe("deciding proposals", () => {
  const change = (i: number): ProposedChange => ({
    kind: "remove-indicator",
    indicator: `indicator-${i}`,
    reason: `Reason number ${i} of the team`,
  });

  it("decides every open proposal once, and revises with exactly the accepted changes in their order", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 10 }), (accepts) => {
        const proposals = accepts.map((_, i) => ({ id: `p${i}`, change: change(i), decision: null }));
        const decisions: DecisionInput[] = accepts.map((accept, i) => ({
          id: `p${i}`,
          decision: accept ? "accepted" : "returned",
          comment: accept ? "" : "Returned with a reason.",
        }));
        const result = decideProposals(proposals, [...decisions].reverse(), "Round");
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.decided.map((d) => d.id).sort()).toEqual(proposals.map((p) => p.id).sort());
        const accepted = proposals.filter((_, i) => accepts[i]).map((p) => p.change);
        expect(result.revision?.changes ?? []).toEqual(accepted);
        if (result.revision) expect(result.revision.reason.startsWith("Round: ")).toBe(true);
      }),
    );
  });
});
