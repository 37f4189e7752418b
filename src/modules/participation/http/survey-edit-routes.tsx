import type { Hono } from "hono";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { pageContext } from "../../../ui/page-context";
import {
  applyOperation,
  draftFieldOfIssue,
  draftFromForm,
  draftFromQuestions,
  rawQuestionnaire,
  readAnsweredBy,
  readOperation,
} from "../domain/survey-builder";
import { readProfileQuestions } from "../domain/survey-profile";
import { editSurvey } from "../use-cases/edit-survey";
import { surveyForEditing } from "../use-cases/survey-access";
import { type SurveyEditorState, SurveyEditPage } from "../views/survey-edit-page";
import { surveyPath } from "../views/survey-parts";
import { refusedSurveyForm, sentFields, single } from "./survey-form-errors";

function editorOf(c: AppContext) {
  return surveyForEditing(c.get("state").actor, c.get("deps").database.db, c.req.param("slug") ?? "");
}

/** The office's questionnaire builder: the working copy travels in the form until it is saved. */
export function surveyEditRoutes(app: Hono<AppEnv>): void {
  app.get("/participation/:slug/survey/edit", async (c) => {
    const { process, survey, locked } = await editorOf(c);
    const state: SurveyEditorState = survey
      ? {
          draft: draftFromQuestions(survey.questions),
          answeredBy: survey.answeredBy,
          profileQuestions: survey.profileQuestions,
        }
      : { draft: [], answeredBy: "accounts", profileQuestions: [] };
    return c.html(
      <SurveyEditPage
        page={pageContext(c)}
        process={process}
        state={state}
        locked={locked}
        saved={c.req.query("done") === "saved"}
      />,
    );
  });

  app.post("/participation/:slug/survey/edit", async (c) => {
    const { process, locked } = await editorOf(c);
    const fields = await sentFields(c);
    const profile = [fields.profile ?? []].flat();
    const answeredBy = readAnsweredBy(single(fields.answeredBy));
    const draft = draftFromForm(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, single(v)])));
    const operation = readOperation(single(fields.op));
    const state: SurveyEditorState = {
      draft: applyOperation(draft, operation),
      answeredBy: answeredBy ?? "accounts",
      profileQuestions: readProfileQuestions(profile),
    };
    const page = (errors?: Record<string, string>) => (
      <SurveyEditPage page={pageContext(c)} process={process} state={state} locked={locked} errors={errors} />
    );
    if (operation.kind !== "save") return c.html(page());
    try {
      await editSurvey(c.get("deps"), invocation(c), {
        slug: process.slug,
        questions: rawQuestionnaire(draft),
        answeredBy: single(fields.answeredBy) as never,
        profileQuestions: profile,
      });
      return c.redirect(`${surveyPath(process)}/edit?done=saved`, 303);
    } catch (error) {
      const errors = refusedSurveyForm(c, error, "survey-edit", (path) =>
        path.startsWith("questions") ? draftFieldOfIssue(path) : path || "form",
      );
      return c.html(page(errors), 422);
    }
  });
}
