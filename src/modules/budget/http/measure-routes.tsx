import type { Hono } from "hono";
import { Invalid } from "../../../platform/errors/errors";
import { fieldErrors, formValues } from "../../../platform/forms/forms";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { pageContext } from "../../../ui/page-context";
import { projectResultsPath } from "../domain/results";
import { type MeasureForm, showMeasureForm } from "../use-cases/show-measure-form";
import { turnProjectIntoMeasure } from "../use-cases/turn-into-measure";
import { MeasureFormPage } from "../views/measure";

/** A funded project becomes a measure of the strategy catalogue (strategy office), once. */
export function budgetMeasureRoutes(app: Hono<AppEnv>): void {
  function load(c: AppContext): Promise<MeasureForm> {
    return showMeasureForm(c.get("deps"), c.get("state").actor, {
      budget: c.req.param("slug") ?? "",
      projectId: c.req.param("projectId") ?? "",
      locale: c.get("state").locale,
    });
  }

  function render(
    c: AppContext,
    shown: MeasureForm,
    form: { values: Record<string, string>; chosen: string[]; errors?: Record<string, string> },
  ) {
    const { budget, project, actionFields } = shown;
    return c.html(
      <MeasureFormPage page={pageContext(c)} budget={budget} project={project} actionFields={actionFields} {...form} />,
      form.errors ? 422 : 200,
    );
  }

  app.get("/budgets/:slug/projects/:projectId/measure", async (c) => {
    const shown = await load(c);
    const { project, heading } = shown;
    const values = {
      title: project.title,
      description: project.description,
      district: heading?.district ?? "",
      cost: String(project.officialCost ?? project.estimatedCost),
    };
    // The proposer's action fields are free words; those the catalogue knows are chosen already.
    return render(c, shown, { values, chosen: project.actionFields });
  });

  app.post("/budgets/:slug/projects/:projectId/measure", async (c) => {
    const shown = await load(c);
    const { budget, project } = shown;
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
      return render(c, shown, { values, chosen, errors: fieldErrors(issues, c.get("state").t) });
    }
    return c.redirect(`${projectResultsPath(budget.slug, project.id).replace("#", "?done=measure#")}`, 303);
  });
}
