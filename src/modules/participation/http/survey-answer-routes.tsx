import type { Hono } from "hono";
import { Invalid, NotFound } from "../../../platform/errors/errors";
import { clientAddress } from "../../../platform/http/client-address";
import { readCookie, writeCookie } from "../../../platform/http/cookies";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { hmac, newToken } from "../../../platform/security/tokens";
import { pageContext } from "../../../ui/page-context";
import type { StoredProcess } from "../domain/stored-process";
import { type Answers, checkAnswers, isShown, surveyPages } from "../domain/survey";
import { answerFields, keptFields, nextPage, previousPage, sentAnswers } from "../domain/survey-form";
import { answerSurvey } from "../use-cases/answer-survey";
import { answeringGate, type StoredSurvey, surveyOrNotFound } from "../use-cases/survey-access";
import { type AnswerPageState, SurveyAnswerPage, SurveyMessagePage } from "../views/survey-answer-page";
import { surveyPath } from "../views/survey-parts";
import { refusedSurveyForm, sentFields, single } from "./survey-form-errors";

const ONE_YEAR = 365 * 24 * 60 * 60;

/** This browser's digest for the survey: a keyed hash of its random key, different for every survey. */
function browserDigest(c: AppContext, survey: StoredSurvey, create: boolean): string | null {
  const config = c.get("deps").config;
  let key = readCookie(c, config, "surveyKey");
  if (!key || !/^[A-Za-z0-9_-]{16,100}$/.test(key)) {
    if (!create) return null;
    key = newToken(c.get("deps").random, 24);
    writeCookie(c, config, "surveyKey", key, ONE_YEAR);
  }
  return hmac(key, `participation-survey:${survey.id}`);
}

type Gate = { open: true; preview: boolean } | { open: false; response: Response | Promise<Response> };

/** The answer page's gate (use-cases/survey-access.ts), or the page that explains why it is closed. */
async function gate(c: AppContext, process: StoredProcess, survey: StoredSurvey): Promise<Gate> {
  const { actor, t } = c.get("state");
  const page = pageContext(c);
  const message = (title: string, text: string, extra: Partial<Parameters<typeof SurveyMessagePage>[0]> = {}) =>
    c.html(<SurveyMessagePage page={page} process={process} title={title} text={text} {...extra} />);
  const found = await answeringGate(c.get("deps"), actor, process, survey, () => browserDigest(c, survey, true));
  if (found.kind === "open") return { open: true, preview: found.preview };
  if (found.kind === "signIn")
    return {
      open: false,
      response: message(t("participation.survey.closedTitle"), t("participation.survey.signIn"), { signIn: true }),
    };
  if (found.kind === "closed")
    return {
      open: false,
      response: message(t("participation.survey.closedTitle"), t(found.reason), {
        resultsLink: survey.resultsPublishedAt !== null,
      }),
    };
  return {
    open: false,
    response: message(t("participation.survey.alreadyTitle"), t("participation.survey.alreadyText"), {
      status: "success",
    }),
  };
}

interface Step {
  index: number;
  values?: Record<string, string[]>;
  answers: Answers;
  errors?: Record<string, string>;
}

/** One step of the survey: the page's questions that show, earlier answers carried along. */
function stepPage(c: AppContext, process: StoredProcess, survey: StoredSurvey, step: Step, status: 200 | 422 = 200) {
  const pages = surveyPages(survey.questions);
  const profile = survey.profileQuestions;
  const last = step.index >= pages.length;
  const questions = last ? [] : (pages[step.index] ?? []).filter((q) => isShown(q, step.answers));
  const before = pages.slice(0, Math.min(step.index, pages.length)).flat();
  const state: AnswerPageState = {
    index: step.index,
    steps: pages.length + (profile.length > 0 ? 1 : 0),
    questions,
    carried: answerFields(before, step.answers),
    values: step.values ?? {},
    profile: last ? profile : null,
    hasBack: previousPage(pages, step.index, step.answers) !== null,
    errors: step.errors,
  };
  return c.html(
    <SurveyAnswerPage
      page={pageContext(c)}
      process={process}
      anonymous={survey.answeredBy === "anonymous"}
      state={state}
    />,
    status,
  );
}

/** Answering a survey page by page, without JavaScript, and the thank-you page. */
export function surveyAnswerRoutes(app: Hono<AppEnv>): void {
  app.get("/participation/:slug/survey", async (c) => {
    const { process, survey } = await surveyOrNotFound(c.get("deps").database.db, c.req.param("slug"));
    const allowed = await gate(c, process, survey);
    if (!allowed.open) return allowed.response;
    const first = nextPage(surveyPages(survey.questions), -1, {}) ?? surveyPages(survey.questions).length;
    return stepPage(c, process, survey, { index: first, answers: {} });
  });

  app.post("/participation/:slug/survey", async (c) => {
    const { process, survey } = await surveyOrNotFound(c.get("deps").database.db, c.req.param("slug"));
    const allowed = await gate(c, process, survey);
    if (!allowed.open) return allowed.response;
    const form = await sentFields(c);
    const pages = surveyPages(survey.questions);
    const index = Math.min(pages.length, Math.max(0, Number.parseInt(single(form.step), 10) || 0));
    const before = pages.slice(0, index).flat();
    const earlier = checkAnswers(before, sentAnswers(before, form));
    if (!earlier.ok) {
      // Answers of an earlier page that no longer pass (changed on the way): back to that page.
      const wrong = earlier.issues[0]?.path ?? "";
      const at = pages.findIndex((p) => p.some((q) => q.id === wrong));
      return stepPage(c, process, survey, { index: Math.max(0, at), answers: {}, values: keptFields(before, form) });
    }
    if (single(form.op) === "back") {
      const back = previousPage(pages, index, earlier.answers) ?? 0;
      const keptBefore = pages.slice(0, back).flat();
      const onBack = pages[back] ?? [];
      return stepPage(c, process, survey, {
        index: back,
        answers: Object.fromEntries(
          Object.entries(earlier.answers).filter(([id]) => keptBefore.some((q) => q.id === id)),
        ),
        values: Object.fromEntries(
          answerFields(onBack, earlier.answers).reduce((all, [name, value]) => {
            all.set(name, [...(all.get(name) ?? []), value]);
            return all;
          }, new Map<string, string[]>()),
        ),
      });
    }
    let answers = earlier.answers;
    if (index < pages.length) {
      const current = pages[index] ?? [];
      const checked = checkAnswers(current, sentAnswers(current, form), answers);
      if (!checked.ok) {
        const errors = refusedSurveyForm(
          c,
          new Invalid("errors.invalidInput", checked.issues),
          "survey-answer",
          (path) => `a-${path}`,
        );
        return stepPage(c, process, survey, { index, answers, values: keptFields(current, form), errors }, 422);
      }
      answers = { ...answers, ...checked.answers };
      const next = nextPage(pages, index, answers);
      if (next !== null) return stepPage(c, process, survey, { index: next, answers });
      if (survey.profileQuestions.length > 0 || index < pages.length - 1) {
        return stepPage(c, process, survey, { index: pages.length, answers });
      }
    }
    if (allowed.preview) throw new NotFound("participation.errors.noSurvey");
    try {
      await answerSurvey(c.get("deps"), invocation(c), {
        slug: process.slug,
        form: { ...form },
        browserKey: survey.answeredBy === "anonymous" ? browserDigest(c, survey, true) : null,
        clientAddress: clientAddress(c),
      });
      return c.redirect(`${surveyPath(process)}/thanks`, 303);
    } catch (error) {
      const errors = refusedSurveyForm(c, error, "survey-answer");
      const onQuestion = Object.keys(errors).find((field) => field.startsWith("a-"));
      const at = onQuestion ? pages.findIndex((p) => p.some((q) => `a-${q.id}` === onQuestion)) : pages.length;
      const values = at < pages.length ? keptFields(pages[at] ?? [], form) : keptFields([], form);
      if (at >= pages.length) {
        for (const field of ["stakeholderGroup", "district", "ageGroup"]) {
          const value = single(form[field]);
          if (value) values[field] = [value];
        }
      }
      const carriedAnswers = Object.fromEntries(
        Object.entries(answers).filter(([id]) =>
          pages
            .slice(0, Math.max(0, at))
            .flat()
            .some((q) => q.id === id),
        ),
      );
      return stepPage(c, process, survey, { index: Math.max(0, at), answers: carriedAnswers, values, errors }, 422);
    }
  });

  app.get("/participation/:slug/survey/thanks", async (c) => {
    const { process, survey } = await surveyOrNotFound(c.get("deps").database.db, c.req.param("slug"));
    const { t } = c.get("state");
    return c.html(
      <SurveyMessagePage
        page={pageContext(c)}
        process={process}
        title={t("participation.survey.thanksTitle")}
        text={t("participation.survey.thanksText")}
        status="success"
        resultsLink={survey.resultsPublishedAt !== null}
      />,
    );
  });
}
