import type { Hono } from "hono";
import { pageQuery } from "../../../platform/api/pagination";
import { Invalid } from "../../../platform/errors/errors";
import { fieldErrors, formValues } from "../../../platform/forms/forms";
import type { AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { reviewProject } from "../use-cases/review-project";
import { findBudgetOrFail } from "../use-cases/show-budget";
import { managementOf } from "../use-cases/show-management";
import { renderManage } from "./management";

/** The feasibility review of a proposed project (strategy office). */
export function budgetReviewRoutes(app: Hono<AppEnv>): void {
  app.post("/budgets/:slug/projects/:projectId/review", async (c) => {
    const deps = c.get("deps");
    const budget = await findBudgetOrFail(deps, c.req.param("slug"));
    const body = await c.req.parseBody();
    const projectId = c.req.param("projectId");
    try {
      await reviewProject(deps, invocation(c), { ...body, budgetId: budget.id, projectId } as never);
    } catch (error) {
      if (error instanceof Invalid && !(error.issues.length === 1 && error.issues[0]?.path === "projectId")) {
        const t = c.get("state").t;
        const management = await managementOf(
          deps,
          c.get("state").actor,
          budget,
          pageQuery((name) => c.req.query(name)),
        );
        return renderManage(
          c,
          management,
          { review: { projectId, errors: fieldErrors(error.issues, t), values: formValues(body) } },
          422,
        );
      }
      throw error;
    }
    return c.redirect(`/budgets/${budget.slug}/manage?done=reviewed#project-${projectId}`, 303);
  });
}
