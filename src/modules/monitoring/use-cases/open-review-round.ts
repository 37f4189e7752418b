import { schedule } from "../../../platform/jobs/scheduled";
import { cityDay } from "../../../platform/reference-data";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { findMeasureReferencesByIds } from "../../strategy";
import { insertRound, measuresWithModel } from "../data/reviews";
import { deadlineIssue, deadlineMoment, nextReminderAt, openRoundInput } from "../domain/review-round";
import { accountOf, refused } from "./measure-access";
import { REVIEW_REMINDER_JOB } from "./remind-review-teams";

/**
 * The strategy office opens a review round: every measure with a logic model gets a report to
 * fill in by the deadline, and the reminders are scheduled.
 */
export const openReviewRound = defineUseCase({
  action: "monitoring.review.open",
  input: openRoundInput,
  run: async (ctx, input) => {
    const { timeZone } = ctx.deps.city;
    const issue = deadlineIssue(input.deadline, cityDay(ctx.now, timeZone));
    if (issue) throw refused(issue.path, issue.message);
    const measures = await findMeasureReferencesByIds(ctx.tx, [...(await measuresWithModel(ctx.tx))]);
    const id = await insertRound(ctx.tx, input, measures, { now: ctx.now, by: accountOf(ctx.actor) });
    const remindAt = nextReminderAt(deadlineMoment(input.deadline, timeZone), ctx.now);
    if (remindAt) await schedule(ctx.tx, { name: REVIEW_REMINDER_JOB, key: id, runAt: remindAt });
    return {
      result: { id },
      audit: {
        action: "monitoring.review.open",
        objectType: "monitoring_review",
        objectId: id,
        after: { ...input, measures: measures.length },
      },
    };
  },
});
