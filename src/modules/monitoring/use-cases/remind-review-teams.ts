import { z } from "zod";
import type { ScheduledJobHandler } from "../../../platform/jobs/scheduled";
import { exponentialBackOff } from "../../../platform/jobs/scheduled";
import type { Actor } from "../../../platform/permissions/permissions";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { notify } from "../../notifications";
import { measureScope } from "../../strategy";
import { holdersOfScopedRole, markReminders, reportsOfRound } from "../data/reviews";
import { deadlineMoment, dueReminders, nextReminderAt } from "../domain/review-round";
import { roundOf } from "./review-access";

/**
 * Reminders before a round's deadline (`monitoring.review-reminders`, keyed by the round): 14 and
 * 3 days before it, each once, to the team members of every measure whose report is not sent yet,
 * by the notifications module (in-app, and by mail as each person chose). Which reminders went out
 * is written with the notifications in one transaction, so a repeated run sends nothing twice.
 */
export const REVIEW_REMINDER_JOB = "monitoring.review-reminders";

const reminderActor: Actor = { kind: "system", label: "review round reminders" };

const remindTeams = defineUseCase({
  action: "monitoring.review.remind",
  input: z.object({ round: z.string() }),
  rateLimit: () => null,
  run: async (ctx, input) => {
    const round = await roundOf(ctx.tx, input.round, true);
    const deadline = deadlineMoment(round.deadline, ctx.deps.city.timeZone);
    const reminded: string[] = [];
    if (round.state === "open") {
      for (const report of await reportsOfRound(ctx.tx, round.id)) {
        const due = dueReminders(deadline, ctx.now, report.remindersSent, report.submittedAt !== null);
        if (due.mark.length === 0) continue;
        await markReminders(ctx.tx, report.id, due.mark);
        if (!due.send) continue;
        const team = await holdersOfScopedRole(ctx.tx, "team_member", measureScope(report.measureSlug));
        await notify(ctx, {
          resource: { type: "monitoring_review", id: round.id },
          messageKey: "monitoring.review.reminder",
          params: {
            round: round.title,
            measure: report.measureTitle.de || report.measureTitle.en,
            deadline: round.deadline,
          },
          href: `/reviews/${round.id}/measures/${encodeURIComponent(report.measureSlug)}`,
          accounts: team,
        });
        reminded.push(report.measureSlug);
      }
    }
    const next = round.state === "open" ? nextReminderAt(deadline, ctx.now) : null;
    return {
      result: { next },
      audit: {
        action: "monitoring.review.remind",
        objectType: "monitoring_review",
        objectId: round.id,
        after: { reminded },
      },
    };
  },
});

export const reviewReminderHandler: ScheduledJobHandler = {
  name: REVIEW_REMINDER_JOB,
  leaseMs: 5 * 60 * 1000,
  backOff: exponentialBackOff(5 * 60 * 1000, 6 * 60 * 60 * 1000),
  run: async (deps, job) => {
    const { next } = await remindTeams(deps, { actor: reminderActor }, { round: job.key });
    return { nextRunAt: next };
  },
};
