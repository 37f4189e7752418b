import type { Hono } from "hono";
import { pageQuery } from "../../../platform/api/pagination";
import { requestCounters } from "../../../platform/cache/change-counters";
import { Invalid } from "../../../platform/errors/errors";
import { fieldErrors, formValues, parseForm } from "../../../platform/forms/forms";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { cachedPage } from "../../../platform/http/page-cache";
import { can } from "../../../platform/permissions/permissions";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { pageContext } from "../../../ui/page-context";
import { proposalInput } from "../domain/inputs";
import { proposeProject } from "../use-cases/propose-project";
import { listBudgetSummaries, showBudget } from "../use-cases/show-budget";
import { proposalActionFields, showProposalForm } from "../use-cases/show-proposal-form";
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
    const { budget, headings, actionFields } = await showProposalForm(
      c.get("deps"),
      c.get("state").actor,
      c.req.param("slug"),
      c.get("state").locale,
    );
    return c.html(
      <ProposePage page={pageContext(c)} budget={budget} headings={headings} actionFields={actionFields} />,
    );
  });

  app.post("/budgets/:slug/propose", async (c) => {
    // Permission first: the form is checked (and drawn again with its errors) only for those who may propose.
    requirePermission(c.get("state").actor, "budget.propose");
    const deps = c.get("deps");
    const { budget, headings } = await showBudget(deps, c.req.param("slug"));
    const body = await c.req.parseBody({ all: true });
    const page = pageContext(c);
    // Ticked action fields come as one value per box; every other field as one text.
    const raw = body.actionFields;
    const chosen = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
      (v): v is string => typeof v === "string",
    );
    const again = async (errors: Record<string, string>) =>
      c.html(
        <ProposePage
          page={page}
          budget={budget}
          headings={headings}
          actionFields={await proposalActionFields(deps, page.locale)}
          errors={errors}
          values={formValues(body)}
          chosen={chosen}
        />,
        422,
      );
    const form = parseForm(proposalInput, { ...body, budgetId: budget.id, language: page.locale }, page.t);
    if (!form.ok) return again(byField(form.errors));
    try {
      await proposeProject(deps, invocation(c), form.data);
    } catch (error) {
      if (error instanceof Invalid) return again(byField(fieldErrors(error.issues, page.t)));
      throw error;
    }
    return c.redirect(`/budgets/${budget.slug}?done=proposed`, 303);
  });
}

/** An error about one of several values ("actionFields.2") belongs to its field. */
function byField(errors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors)) out[key.split(".")[0] ?? key] ??= message;
  return out;
}
