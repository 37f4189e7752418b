import type { Hono } from "hono";
import { requestCounters } from "../../../platform/cache/change-counters";
import { csvText } from "../../../platform/csv/csv-writer";
import { NotFound } from "../../../platform/errors/errors";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { cachedDownload, cachedPage } from "../../../platform/http/page-cache";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { districtKeysOf, stakeholderGroupKeysOf } from "../../../platform/reference-data";
import { pageContext } from "../../../ui/page-context";
import type { StoredProcess } from "../domain/stored-process";
import { readFilter } from "../domain/survey-profile";
import { hideSurveyAnswer } from "../use-cases/hide-survey-answer";
import { publishSurveyResults } from "../use-cases/publish-survey-results";
import {
  resultsHeadOrNotFound,
  type StoredSurvey,
  surveyOrNotFound,
  surveyPhase,
  surveyPhaseEnded,
} from "../use-cases/survey-access";
import {
  RESULTS_MAX_AGE_MS,
  surveyDownloadRows,
  surveyResponsesForDownload,
  surveyResultsView,
} from "../use-cases/survey-evaluation";
import { SurveyResultsPage, SurveyTextsPage } from "../views/survey-results-page";
import { refusedSurveyForm, sentFields, single } from "./survey-form-errors";

/**
 * What a results address needs before a kept page may answer: who may see it, the filter of the
 * query, and the page's version (the survey's results, the process, and whether the survey has
 * ended: the office's page then offers to publish). One small query.
 */
async function openResults(c: AppContext) {
  const deps = c.get("deps");
  const counters = await requestCounters(c);
  const { process, head, office } = await resultsHeadOrNotFound(
    deps,
    c.get("state").actor,
    c.req.param("slug") ?? "",
    counters.participation,
  );
  const filter = readFilter(
    head.profileQuestions,
    { group: c.req.query("group"), district: c.req.query("district") },
    { stakeholderGroups: stakeholderGroupKeysOf(deps.city), districts: districtKeysOf(deps.city) },
  );
  const ended = surveyPhaseEnded(process, deps.clock());
  return { head, office, filter, pageVersion: `${head.version}.${counters.participation}.${ended ? 1 : 0}` };
}

type Opened = Awaited<ReturnType<typeof openResults>>;

/** The process and its survey, read when a page is made rather than served from memory. */
async function loaded(c: AppContext): Promise<{ process: StoredProcess; survey: StoredSurvey }> {
  return surveyOrNotFound(c.get("deps").database.db, c.req.param("slug") ?? "");
}

async function resultsPage(c: AppContext, opened: Opened, extra: { errors?: Record<string, string> } = {}) {
  const { process, survey } = await loaded(c);
  const { filter, office } = opened;
  const view = await surveyResultsView(c.get("deps"), survey, opened.head.version, filter);
  const ended = surveyPhaseEnded(process, c.get("deps").clock());
  const done = c.req.query("done");
  return c.html(
    <SurveyResultsPage
      page={pageContext(c)}
      process={process}
      questions={survey.questions}
      profileQuestions={survey.profileQuestions}
      view={view}
      filter={filter}
      office={office}
      publishedAt={survey.resultsPublishedAt}
      publishableFrom={ended ? null : (surveyPhase(process)?.endsAt ?? new Date(8.64e15))}
      notice={done === "published" || done === "hidden" ? done : undefined}
      errors={extra.errors}
    />,
    extra.errors ? 422 : 200,
  );
}

function downloadName(process: StoredProcess, extension: string): string {
  return `attachment; filename="umfrage-${process.slug}.${extension}"`;
}

function questionsForDownload(survey: StoredSurvey) {
  return survey.questions.map((q) => ({
    id: q.id,
    kind: q.kind,
    text: q.text,
    required: q.required,
    choices: q.choices,
    rows: q.rows,
    scaleLabels: q.scaleLabels,
    showIf: q.showIf,
  }));
}

/** The results pages (the office's at any time, everyone's after publication), downloads and moderation. */
export function surveyResultsRoutes(app: Hono<AppEnv>): void {
  app.get("/participation/:slug/survey/results", async (c) => {
    const opened = await openResults(c);
    const options = {
      scope: "participation-survey-results",
      version: opened.pageVersion,
      maxAgeMs: RESULTS_MAX_AGE_MS,
    };
    return cachedPage(c, options, () => resultsPage(c, opened));
  });

  app.get("/participation/:slug/survey/results.csv", async (c) => {
    const opened = await openResults(c);
    const { filter, office } = opened;
    const scope = office ? "participation-survey-csv-office" : "participation-survey-csv";
    return cachedDownload(c, { scope, version: opened.pageVersion, maxAgeMs: RESULTS_MAX_AGE_MS }, async () => {
      const { process, survey } = await loaded(c);
      const version = opened.head.version;
      const { t, locale } = c.get("state");
      const rows = await surveyDownloadRows(c.get("deps"), survey, version, {
        locale,
        filter,
        hiddenText: (reason) => t("participation.survey.results.csvHidden", { reason }),
        withProfile: office
          ? [
              t("participation.survey.profile.stakeholderGroup"),
              t("participation.survey.profile.district"),
              t("participation.survey.profile.ageGroup"),
            ]
          : null,
      });
      return c.body(csvText(rows), 200, {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": downloadName(process, "csv"),
      });
    });
  });

  app.get("/participation/:slug/survey/results.json", async (c) => {
    const opened = await openResults(c);
    const { filter } = opened;
    const options = { scope: "participation-survey-json", version: opened.pageVersion, maxAgeMs: RESULTS_MAX_AGE_MS };
    return cachedDownload(c, options, async () => {
      const { process, survey } = await loaded(c);
      const version = opened.head.version;
      const view = await surveyResultsView(c.get("deps"), survey, version, filter);
      const responses = await surveyResponsesForDownload(c.get("deps"), survey, version, filter);
      const body = {
        process: { id: process.id, slug: process.slug, title: process.title },
        publishedAt: survey.resultsPublishedAt?.toISOString() ?? null,
        filter,
        total: view.total,
        questions: questionsForDownload(survey),
        results: view.results,
        responses,
      };
      return c.body(JSON.stringify(body), 200, {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": downloadName(process, "json"),
      });
    });
  });

  app.get("/participation/:slug/survey/results/texts/:question", async (c) => {
    const opened = await openResults(c);
    const current = Math.max(1, Number.parseInt(c.req.query("page") ?? "1", 10) || 1);
    const options = { scope: "participation-survey-texts", version: opened.pageVersion, maxAgeMs: RESULTS_MAX_AGE_MS };
    return cachedPage(c, options, async () => {
      const { process, survey } = await loaded(c);
      const question = survey.questions.find(
        (q) => q.id === c.req.param("question") && (q.kind === "short-text" || q.kind === "long-text"),
      );
      if (!question) throw new NotFound("participation.errors.answerUnknown");
      const view = await surveyResultsView(c.get("deps"), survey, opened.head.version, opened.filter);
      return c.html(
        <SurveyTextsPage
          page={pageContext(c)}
          process={process}
          question={question}
          texts={view.texts[question.id] ?? []}
          current={current}
          office={opened.office}
        />,
      );
    });
  });

  app.post("/participation/:slug/survey/results/publish", async (c) => {
    requirePermission(c.get("state").actor, "participation.manage");
    const opened = await openResults(c);
    try {
      await publishSurveyResults(c.get("deps"), invocation(c), { slug: c.req.param("slug") });
      return c.redirect(`/participation/${c.req.param("slug")}/survey/results?done=published`, 303);
    } catch (error) {
      return resultsPage(c, opened, { errors: refusedSurveyForm(c, error, "survey-publish") });
    }
  });

  app.post("/participation/:slug/survey/results/hide", async (c) => {
    requirePermission(c.get("state").actor, "participation.manage");
    const opened = await openResults(c);
    const fields = await sentFields(c);
    const responseId = single(fields.responseId);
    const questionId = single(fields.questionId);
    try {
      await hideSurveyAnswer(c.get("deps"), invocation(c), {
        slug: c.req.param("slug"),
        responseId,
        questionId,
        reason: single(fields[`reason-${responseId}-${questionId}`]),
      });
      return c.redirect(`/participation/${c.req.param("slug")}/survey/results?done=hidden`, 303);
    } catch (error) {
      return resultsPage(c, opened, { errors: refusedSurveyForm(c, error, "survey-hide", () => "form") });
    }
  });
}
