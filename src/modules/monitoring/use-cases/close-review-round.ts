import { Conflict } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { updateRound } from "../data/reviews";
import { closeRoundInput } from "../domain/review-inputs";
import { nextState } from "../domain/review-round";
import { roundOf, roundResourceOf } from "./review-access";

/** The strategy office ends the reporting of a round (after confirming); reports are final from then on. */
export const closeReviewRound = defineUseCase({
  action: "monitoring.review.publish",
  input: closeRoundInput,
  resource: roundResourceOf,
  run: async (ctx, input) => {
    const round = await roundOf(ctx.tx, input.round, true);
    const state = nextState(round.state, "close");
    if (!state) throw new Conflict("monitoring.errors.roundNotOpen");
    await updateRound(ctx.tx, round.id, { state, now: ctx.now });
    return {
      result: { round: round.id },
      audit: { action: "monitoring.review.close", objectType: "monitoring_review", objectId: round.id },
    };
  },
});
