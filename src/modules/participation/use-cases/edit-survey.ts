import { z } from "zod";
import { Invalid } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { hasResponses } from "../data/survey-responses";
import { lockSurvey, saveSurvey } from "../data/surveys";
import { checkQuestionnaire } from "../domain/survey";
import { answeredByOptions } from "../domain/survey-builder";
import { readProfileQuestions } from "../domain/survey-profile";
import { processOrNotFound } from "./process-access";

const input = z.object({
  slug: z.string().max(100),
  /** The questionnaire as `rawQuestionnaire` builds it from the form; `checkQuestionnaire` reads it. */
  questions: z.array(z.unknown()).max(100),
  answeredBy: z.enum(answeredByOptions, { error: "participation.errors.answeredBy" }),
  profileQuestions: z.array(z.string().max(40)).max(10),
});

/**
 * The office saves a process's questionnaire and how it is answered. Once the first answer has
 * arrived nothing of it changes any more: answers would no longer fit their questions, and people
 * answered anonymously or with their account on the promise the survey made them.
 */
export const editSurvey = defineUseCase({
  action: "participation.manage",
  input,
  run: async (ctx, input) => {
    const process = await processOrNotFound(ctx.tx, input.slug);
    const checked = checkQuestionnaire(input.questions);
    if (!checked.ok) throw new Invalid("errors.invalidInput", [checked.issue]);
    const before = await lockSurvey(ctx.tx, process.id);
    if (before && (await hasResponses(ctx.tx, before.id))) {
      throw new Invalid("participation.errors.surveyAnswered", [
        { path: "form", message: "participation.errors.surveyAnswered" },
      ]);
    }
    const profileQuestions = readProfileQuestions(input.profileQuestions);
    const id = await saveSurvey(
      ctx.tx,
      process.id,
      { questions: checked.questions, answeredBy: input.answeredBy, profileQuestions },
      ctx.now,
    );
    return {
      result: { id },
      audit: {
        action: "participation.survey.edit",
        objectType: "participation_survey",
        objectId: id,
        before: before
          ? { questions: before.questions.length, answeredBy: before.answeredBy, profile: before.profileQuestions }
          : null,
        after: { questions: checked.questions.length, answeredBy: input.answeredBy, profile: profileQuestions },
      },
    };
  },
});
