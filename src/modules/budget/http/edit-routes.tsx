import type { Hono } from "hono";
import { Invalid } from "../../../platform/errors/errors";
import { fieldErrors, formValues } from "../../../platform/forms/forms";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { pageContext } from "../../../ui/page-context";
import { phaseDateFields, phaseOf } from "../use-cases/ballot-rules";
import { ballotEditable } from "../use-cases/budget-edit-rules";
import { editBudget } from "../use-cases/edit-budget";
import { type BudgetRow, ballotCounts, headingsOf } from "../use-cases/queries";
import { EditBudgetPage, editValues } from "../views/edit";
import { invocation, loadBudget, requireAction } from "./context";

/** Editing a budget (strategy office): `/budgets/{id}/edit`. */
export function budgetEditRoutes(app: Hono<AppEnv>): void {
  async function render(
    c: AppContext,
    budget: BudgetRow,
    form?: { values: Record<string, string>; errors: Record<string, string> },
  ) {
    const deps = c.get("deps");
    const now = deps.clock();
    const headings = await headingsOf(deps.database.db, budget.id);
    const ballots = [...(await ballotCounts(deps.database.db, budget.id)).values()].reduce((s, n) => s + n, 0);
    const phase = phaseOf(budget, now);
    return c.html(
      <EditBudgetPage
        page={pageContext(c)}
        budget={budget}
        phase={phase}
        headings={headings}
        ballotOpen={ballotEditable(phase, ballots > 0)}
        now={now}
        values={form?.values ?? editValues(budget, headings)}
        errors={form?.errors}
      />,
      form ? 422 : 200,
    );
  }

  app.get("/budgets/:slug/edit", async (c) => {
    requireAction(c, "budget.manage");
    return render(c, await loadBudget(c));
  });

  app.post("/budgets/:slug/edit", async (c) => {
    requireAction(c, "budget.manage");
    const budget = await loadBudget(c);
    const body = await c.req.parseBody();
    const field = (name: string) => (typeof body[name] === "string" ? (body[name] as string) : undefined);
    const headings = await headingsOf(c.get("deps").database.db, budget.id);
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
      return render(c, budget, { values, errors: fieldErrors(error.issues, c.get("state").t) });
    }
    return c.redirect(`/budgets/${budget.slug}/manage?done=edited`, 303);
  });
}
