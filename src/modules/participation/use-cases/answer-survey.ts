import { z } from "zod";
import { Invalid, NotFound, Unauthenticated } from "../../../platform/errors/errors";
import { districtKeysOf, stakeholderGroupKeysOf } from "../../../platform/reference-data";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { insertResponse, type Respondent } from "../data/survey-responses";
import { findSurvey, markResultsChanged } from "../data/surveys";
import { checkAnswers } from "../domain/survey";
import { answerField, sentAnswers } from "../domain/survey-form";
import { checkProfile } from "../domain/survey-profile";
import { processOrNotFound, requireParticipation } from "./process-access";

/** Answers from one client address per hour: a school class or a library's visitors, not a flood. */
const PER_ADDRESS = { limit: 100, windowSeconds: 60 * 60 };
const DAY_MS = 24 * 60 * 60 * 1000;

const input = z.object({
  slug: z.string().max(100),
  /** The whole answering form as sent: every page's answers and the profile. */
  form: z.record(z.string().max(200), z.union([z.string().max(10_000), z.array(z.string().max(10_000)).max(100)])),
  /** The digest of this browser's survey key (anonymous surveys). */
  browserKey: z.string().max(200).nullable(),
  clientAddress: z.string().max(100).default("unknown"),
});

/**
 * Someone answers a survey: every question that shows (given the earlier answers) checked again as
 * a whole, the optional profile beside it. With accounts one answer per account; anonymously one
 * per browser, and nothing stored links the answer to an account: no account id, the day instead of
 * the moment of answering, and an audit entry that names the survey but not the answer.
 */
export const answerSurvey = defineUseCase({
  action: "participation.answer",
  input,
  rateLimit: (input, actor) => [
    { key: `participation-survey:address:${input.clientAddress}`, rule: PER_ADDRESS },
    ...(actor.kind === "user"
      ? [{ key: `participation-survey:account:${actor.id}`, rule: { limit: 30, windowSeconds: 60 * 60 } }]
      : []),
  ],
  run: async (ctx, input) => {
    const process = await processOrNotFound(ctx.tx, input.slug);
    const survey = await findSurvey(ctx.tx, process.id);
    if (!survey) throw new NotFound("participation.errors.noSurvey");
    if (survey.answeredBy === "accounts" && ctx.actor.kind !== "user") {
      throw new Unauthenticated("participation.errors.signInToAnswer");
    }
    await requireParticipation(ctx.tx, ctx.actor, process, "answer-survey", "participation.answer", ctx.now);
    let respondent: Respondent;
    if (survey.answeredBy === "accounts" && ctx.actor.kind === "user") respondent = { accountId: ctx.actor.id };
    else if (input.browserKey) respondent = { browserKey: input.browserKey };
    else
      throw new Invalid("participation.errors.cookieNeeded", [
        { path: "form", message: "participation.errors.cookieNeeded" },
      ]);
    const answers = checkAnswers(survey.questions, sentAnswers(survey.questions, input.form));
    const profile = checkProfile(survey.profileQuestions, input.form, {
      stakeholderGroups: stakeholderGroupKeysOf(ctx.deps.city),
      districts: districtKeysOf(ctx.deps.city),
    });
    const issues = [
      ...(answers.ok ? [] : answers.issues.map((issue) => ({ ...issue, path: answerField(issue.path) }))),
      ...(profile.ok ? [] : profile.issues),
    ];
    if (!answers.ok || !profile.ok) throw new Invalid("errors.invalidInput", issues);
    const anonymous = "browserKey" in respondent;
    const responseId = await insertResponse(ctx.tx, {
      surveyId: survey.id,
      respondent,
      answers: answers.answers,
      profile: profile.profile,
      submittedAt: anonymous ? new Date(Math.floor(ctx.now.getTime() / DAY_MS) * DAY_MS) : ctx.now,
    });
    if (responseId) await markResultsChanged(ctx.tx, survey.id, ctx.now);
    if (!responseId) {
      throw new Invalid("participation.errors.alreadyAnswered", [
        { path: "form", message: "participation.errors.alreadyAnswered" },
      ]);
    }
    return {
      result: { surveyId: survey.id },
      audit: {
        action: "participation.survey.answer",
        objectType: "participation_survey",
        objectId: survey.id,
        after: { answeredBy: survey.answeredBy },
      },
    };
  },
});
