import type { Hono } from "hono";
import { Invalid } from "../../../platform/errors/errors";
import { fieldErrors, formValues } from "../../../platform/forms/forms";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { pageContext } from "../../../ui/page-context";
import { phaseDateFields } from "../domain/phases";
import { editBudget } from "../use-cases/edit-budget";
import { type BudgetEdit, showBudgetEdit } from "../use-cases/show-budget-edit";
import { EditBudgetPage, editValues } from "../views/edit";

/** Editing a budget (strategy office): `/budgets/{id}/edit`. */
export function budgetEditRoutes(app: Hono<AppEnv>): void {
  function render(
    c: AppContext,
    edit: BudgetEdit,
    form?: { values: Record<string, string>; errors: Record<string, string> },
  ) {
    const { budget, headings } = edit;
    return c.html(
      <EditBudgetPage
        page={pageContext(c)}
        budget={budget}
        phase={edit.phase}
        headings={headings}
        ballotOpen={edit.ballotOpen}
        now={edit.now}
        values={form?.values ?? editValues(budget, headings)}
        errors={form?.errors}
      />,
      form ? 422 : 200,
    );
  }

  app.get("/budgets/:slug/edit", async (c) =>
    render(c, await showBudgetEdit(c.get("deps"), c.get("state").actor, c.req.param("slug"))),
  );

  app.post("/budgets/:slug/edit", async (c) => {
    const edit = await showBudgetEdit(c.get("deps"), c.get("state").actor, c.req.param("slug"));
    const { budget, headings } = edit;
    const body = await c.req.parseBody();
    const field = (name: string) => (typeof body[name] === "string" ? (body[name] as string) : undefined);
    // The form sends the ballot part only while it may change, and dates only of later phases.
    const input = {
      budgetId: budget.id,
      title: field("title") ?? "",
      description: field("description") ?? "",
      ballot:
        field("editBallot") === "1"
          ? {
              rule: field("ballot.rule"),
              ballotType: field("ballot.ballotType"),
              maxProjects: field("ballot.maxProjects"),
              knapsack: field("ballot.knapsack") ?? "",
              pointsTotal: field("ballot.pointsTotal"),
              eligibility: field("ballot.eligibility") || undefined,
              amounts: headings.map((_, i) => ({
                headingId: field(`ballot.amounts.${i}.headingId`),
                amount: field(`ballot.amounts.${i}.amount`),
              })),
            }
          : undefined,
      dates: Object.fromEntries(phaseDateFields.map((f) => [f, field(`dates.${f}`)])),
    };
    try {
      await editBudget(c.get("deps"), invocation(c), input as never);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      const values = { ...editValues(budget, headings), ...formValues(body) };
      if (input.ballot) values["ballot.knapsack"] = field("ballot.knapsack") ?? "";
      return render(c, edit, { values, errors: fieldErrors(error.issues, c.get("state").t) });
    }
    return c.redirect(`/budgets/${budget.slug}/manage?done=edited`, 303);
  });
}
