import type { Hono } from "hono";
import { pageQuery } from "../../../platform/api/pagination";
import { requestCounters } from "../../../platform/cache/change-counters";
import { cachedPage } from "../../../platform/http/page-cache";
import { Invalid } from "../../../platform/errors/errors";
import { fieldErrors, formValues, parseForm } from "../../../platform/forms/forms";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { can } from "../../../platform/permissions/permissions";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { pageContext } from "../../../ui/page-context";
import { proposalInput } from "../domain/inputs";
import { proposeProject } from "../use-cases/propose-project";
import { listBudgetSummaries, showBudget } from "../use-cases/show-budget";
import { showProposalForm } from "../use-cases/show-proposal-form";
import { BudgetDetailPage } from "../views/detail";
import { money } from "../views/format";
import { BudgetListPage } from "../views/list";
import { noticeOf } from "../views/notices";
import { ProposePage } from "../views/propose";

/** The list of budgets, a budget's page with its projects, and proposing a project. */
export function budgetProposalRoutes(app: Hono<AppEnv>): void {
  app.get("/budgets", async (c) => {
    const p = pageQuery((name) => c.req.query(name));
    const { items, total } = await listBudgetSummaries(c.get("deps"), p);
    const page = pageContext(c);
    return c.html(
      <BudgetListPage
        page={page}
        budgets={items}
        total={total}
        current={p.page}
        pageSize={p.pageSize}
        canManage={can(c.get("state").actor, "budget.manage")}
        money={(n) => money(n, page.locale)}
      />,
    );
  });

  // Kept per process until a budget, heading or project changes (the budget counter; a ballot does
  // not change this page), and made afresh every second at least, since the phase follows the clock.
  app.get("/budgets/:slug", async (c) =>
    cachedPage(c, { scope: "budget", version: (await requestCounters(c)).budget, maxAgeMs: 1_000 }, () =>
      budgetPage(c),
    ),
  );
  const budgetPage = async (c: AppContext) => {
    const p = pageQuery((name) => c.req.query(name));
    const { budget, phase, headings, projects } = await showBudget(c.get("deps"), c.req.param("slug") ?? "", {
      projects: p,
    });
    const { actor } = c.get("state");
    return c.html(
      <BudgetDetailPage
        page={pageContext(c)}
        budget={budget}
        phase={phase}
        headings={headings}
        projects={projects?.rows ?? []}
        totalProjects={projects?.total ?? 0}
        current={p.page}
        pageSize={p.pageSize}
        canManage={can(actor, "budget.manage") || can(actor, "budget.review")}
        notice={noticeOf(c.req.query("done"))}
      />,
    );
  };

  app.get("/budgets/:slug/propose", async (c) => {
    const { budget, headings } = await showProposalForm(c.get("deps"), c.get("state").actor, c.req.param("slug"));
    return c.html(<ProposePage page={pageContext(c)} budget={budget} headings={headings} />);
  });

  app.post("/budgets/:slug/propose", async (c) => {
    // Permission first: the form is checked (and drawn again with its errors) only for those who may propose.
    requirePermission(c.get("state").actor, "budget.propose");
    const { budget, headings } = await showBudget(c.get("deps"), c.req.param("slug"));
    const body = await c.req.parseBody();
    const page = pageContext(c);
    const form = parseForm(proposalInput, { ...body, budgetId: budget.id }, page.t);
    if (!form.ok)
      return c.html(
        <ProposePage page={page} budget={budget} headings={headings} errors={form.errors} values={form.values} />,
        422,
      );
    try {
      await proposeProject(c.get("deps"), invocation(c), form.data);
    } catch (error) {
      if (error instanceof Invalid) {
        return c.html(
          <ProposePage
            page={page}
            budget={budget}
            headings={headings}
            errors={fieldErrors(error.issues, page.t)}
            values={formValues(body)}
          />,
          422,
        );
      }
      throw error;
    }
    return c.redirect(`/budgets/${budget.slug}?done=proposed`, 303);
  });
}
