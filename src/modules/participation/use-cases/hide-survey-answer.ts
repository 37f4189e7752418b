import { z } from "zod";
import { Invalid, NotFound } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { findResponseAnswers, hideAnswer } from "../data/survey-responses";
import { findSurvey, markResultsChanged } from "../data/surveys";
import { processOrNotFound } from "./process-access";

const input = z.object({
  slug: z.string().max(100),
  responseId: z.string().max(40),
  questionId: z.string().max(40),
  reason: z
    .string()
    .trim()
    .min(1, { error: "participation.errors.hideReason" })
    .max(300, { error: "participation.errors.hideReason" }),
});

/**
 * The office hides a free-text answer from the results (it names a person, insults someone): the
 * public sees the reason instead. The answer itself stays counted and stored.
 */
export const hideSurveyAnswer = defineUseCase({
  action: "participation.manage",
  input,
  run: async (ctx, input) => {
    const process = await processOrNotFound(ctx.tx, input.slug);
    const survey = await findSurvey(ctx.tx, process.id);
    if (!survey) throw new NotFound("participation.errors.noSurvey");
    const question = survey.questions.find((q) => q.id === input.questionId);
    const answers = await findResponseAnswers(ctx.tx, survey.id, input.responseId);
    const text = answers?.[input.questionId];
    if (!question || (question.kind !== "short-text" && question.kind !== "long-text") || typeof text !== "string") {
      throw new Invalid("participation.errors.answerUnknown", [
        { path: "form", message: "participation.errors.answerUnknown" },
      ]);
    }
    await hideAnswer(
      ctx.tx,
      { responseId: input.responseId, questionId: input.questionId, reason: input.reason },
      ctx.now,
    );
    await markResultsChanged(ctx.tx, survey.id, ctx.now);
    return {
      result: { surveyId: survey.id },
      audit: {
        action: "participation.survey.hideAnswer",
        objectType: "participation_survey_response",
        objectId: input.responseId,
        after: { question: input.questionId, reason: input.reason },
      },
    };
  },
});
