import type { Hono } from "hono";
import { Conflict, Invalid, NotFound } from "../../../platform/errors/errors";
import { fieldErrors, formValues } from "../../../platform/forms/forms";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { pageContext } from "../../../ui/page-context";
import { actionFieldChoices } from "../../strategy";
import { phaseOf, resultsPublished } from "../use-cases/ballot-rules";
import { type BudgetRow, findProject, headingsOf, type ProjectRow } from "../use-cases/queries";
import { projectResultsPath, turnProjectIntoMeasure } from "../use-cases/turn-into-measure";
import { MeasureFormPage } from "../views/measure";
import { invocation, loadBudget, requireAction } from "./context";

/** A funded project becomes a measure of the strategy catalogue (strategy office), once. */
export function budgetMeasureRoutes(app: Hono<AppEnv>): void {
  async function load(c: AppContext): Promise<{ budget: BudgetRow; project: ProjectRow }> {
    requireAction(c, "budget.manage");
    requireAction(c, "strategy.measure.create");
    const budget = await loadBudget(c);
    if (!resultsPublished(phaseOf(budget, c.get("deps").clock()))) throw new Conflict("budget.measure.notYet");
    const project = await findProject(c.get("deps").database.db, budget.id, c.req.param("projectId") ?? "");
    if (!project) throw new NotFound("budget.errors.projectNotFound");
    if (project.measureSlug) throw new Conflict("budget.measure.already");
    return { budget, project };
  }

  async function render(
    c: AppContext,
    budget: BudgetRow,
    project: ProjectRow,
    form: { values: Record<string, string>; chosen: string[]; errors?: Record<string, string> },
  ) {
    const page = pageContext(c);
    const actionFields = await actionFieldChoices(c.get("deps").database.db, page.locale);
    return c.html(
      <MeasureFormPage page={page} budget={budget} project={project} actionFields={actionFields} {...form} />,
      form.errors ? 422 : 200,
    );
  }

  app.get("/budgets/:slug/projects/:projectId/measure", async (c) => {
    const { budget, project } = await load(c);
    const heading = (await headingsOf(c.get("deps").database.db, budget.id)).find((h) => h.id === project.headingId);
    const values = {
      title: project.title,
      description: project.description,
      district: heading?.district ?? "",
      cost: String(project.officialCost ?? project.estimatedCost),
    };
    // The proposer's action fields are free words; those the catalogue knows are chosen already.
    return render(c, budget, project, { values, chosen: project.actionFields });
  });

  app.post("/budgets/:slug/projects/:projectId/measure", async (c) => {
    const { budget, project } = await load(c);
    const body = await c.req.parseBody({ all: true });
    const raw = body.actionFields;
    const chosen = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
      (v): v is string => typeof v === "string",
    );
    try {
      await turnProjectIntoMeasure(c.get("deps"), invocation(c), {
        ...(formValues(body) as Record<string, string>),
        actionFields: chosen,
        budgetId: budget.id,
        projectId: project.id,
      } as never);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      // The catalogue names its field `action_fields`; on this form it is `actionFields`.
      const issues = error.issues.map((i) =>
        i.path === "action_fields"
          ? { path: "actionFields", message: "budget.measure.unknownActionField" }
          : { ...i, path: i.path.split(".")[0] ?? i.path },
      );
      const values = formValues(body) as Record<string, string>;
      return render(c, budget, project, { values, chosen, errors: fieldErrors(issues, c.get("state").t) });
    }
    return c.redirect(`${projectResultsPath(budget.slug, project.id).replace("#", "?done=measure#")}`, 303);
  });
}
