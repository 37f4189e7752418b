import { z } from "zod";
import { Invalid, NotFound } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { lockSurvey, markResultsPublished } from "../data/surveys";
import { processOrNotFound } from "./process-access";
import { surveyPhaseEnded } from "./survey-access";

/** The office makes a survey's results public, once the survey's phase has ended (not before: answers would be swayed). */
export const publishSurveyResults = defineUseCase({
  action: "participation.manage",
  input: z.object({ slug: z.string().max(100) }),
  run: async (ctx, input) => {
    const process = await processOrNotFound(ctx.tx, input.slug);
    const survey = await lockSurvey(ctx.tx, process.id);
    if (!survey) throw new NotFound("participation.errors.noSurvey");
    if (!surveyPhaseEnded(process, ctx.now)) {
      throw new Invalid("participation.errors.surveyRunning", [
        { path: "form", message: "participation.errors.surveyRunning" },
      ]);
    }
    const publishedAt = survey.resultsPublishedAt ?? ctx.now;
    if (!survey.resultsPublishedAt) await markResultsPublished(ctx.tx, survey.id, ctx.now);
    return {
      result: { publishedAt },
      audit: {
        action: "participation.survey.publish",
        objectType: "participation_survey",
        objectId: survey.id,
        after: { publishedAt: publishedAt.toISOString() },
      },
    };
  },
});
