import { Conflict } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { publishLessons, updateRound } from "../data/reviews";
import { publishRoundInput } from "../domain/review-inputs";
import { nextState } from "../domain/review-round";
import { roundOf, roundResourceOf } from "./review-access";

/**
 * The strategy office publishes a closed round with its answer and, when the citizen panel gave
 * one, the panel's recommendation (the panel has no accounts here, so the office records it in the
 * panel's name, with the day it was given). Reports, decisions and lessons are public from then on.
 */
export const publishReviewRound = defineUseCase({
  action: "monitoring.review.publish",
  input: publishRoundInput,
  resource: roundResourceOf,
  run: async (ctx, input) => {
    const round = await roundOf(ctx.tx, input.round, true);
    const state = nextState(round.state, "publish");
    if (!state) throw new Conflict("monitoring.errors.roundNotClosed");
    const panel =
      input.panelRecommendation === ""
        ? { name: "", recommendation: "", on: null }
        : { name: input.panelName, recommendation: input.panelRecommendation, on: input.panelRecommendedOn };
    await updateRound(ctx.tx, round.id, { state, now: ctx.now, officeAnswer: input.officeAnswer, panel });
    await publishLessons(ctx.tx, round.id, ctx.now);
    return {
      result: { round: round.id },
      audit: {
        action: "monitoring.review.publish",
        objectType: "monitoring_review",
        objectId: round.id,
        after: { officeAnswer: input.officeAnswer, panel },
      },
    };
  },
});
