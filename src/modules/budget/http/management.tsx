import type { Hono } from "hono";
import { pageQuery } from "../../../platform/api/pagination";
import { csvText } from "../../../platform/csv/csv-writer";
import { Conflict, Invalid } from "../../../platform/errors/errors";
import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import { fieldErrors, formValues } from "../../../platform/forms/forms";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { pageContext } from "../../../ui/page-context";
import { MAX_HEADINGS } from "../domain/inputs";
import { createBudget } from "../use-cases/create-budget";
import { generateVotingCodes } from "../use-cases/generate-codes";
import { findBudgetOrFail } from "../use-cases/show-budget";
import { type Management, managementOf, showManagement } from "../use-cases/show-management";
import { showPhaseStep } from "../use-cases/show-phase-step";
import { startNextPhase } from "../use-cases/start-next-phase";
import { CreateBudgetPage, HEADING_ROWS } from "../views/create";
import { CodesPrintPage, ManagePage } from "../views/manage";
import { noticeOf } from "../views/notices";
import { PhaseStepPage } from "../views/phase-step";
import { codesPdfResponse, letterSender } from "./codes-pdf";

/** The management page, drawn again with the errors of a refused review or batch of codes. */
export function renderManage(
  c: AppContext,
  management: Management,
  extra: {
    review?: { projectId: string; errors: FieldErrors; values: FormValues };
    codeErrors?: FieldErrors;
    eligibilityErrors?: FieldErrors;
  } = {},
  status: 200 | 422 = 200,
) {
  const p = pageQuery((name) => c.req.query(name));
  return c.html(
    <ManagePage
      page={pageContext(c)}
      {...management}
      current={p.page}
      pageSize={p.pageSize}
      notice={noticeOf(c.req.query("done"))}
      {...extra}
    />,
    status,
  );
}

/** Setting up a budget, its management page, the next phase and voting codes (strategy office). */
export function budgetManagementRoutes(app: Hono<AppEnv>): void {
  app.get("/budgets/new", (c) => {
    requirePermission(c.get("state").actor, "budget.manage");
    return c.html(<CreateBudgetPage page={pageContext(c)} />);
  });

  app.post("/budgets/new", async (c) => {
    requirePermission(c.get("state").actor, "budget.manage");
    const body = await c.req.parseBody();
    const field = (name: string) => (typeof body[name] === "string" ? (body[name] as string) : "");
    // The form says how many rows for areas it had; a number out of range counts as the nearest allowed.
    const shown = Math.min(MAX_HEADINGS, Math.max(HEADING_ROWS, Number.parseInt(field("headingRows"), 10) || 0));
    if (body.addHeading !== undefined) {
      // "Add another area": the same form again with one more empty row, nothing created yet.
      const full = shown >= MAX_HEADINGS;
      return c.html(
        <CreateBudgetPage
          page={pageContext(c)}
          values={formValues(body)}
          rows={full ? shown : shown + 1}
          focusRow={full ? undefined : shown}
          errors={full ? { headings: c.get("state").t("budget.errors.headingsMax") } : undefined}
        />,
        full ? 422 : 200,
      );
    }
    // Rows left empty are not headings; error paths are mapped back to the row on the page.
    const rows: number[] = [];
    for (let i = 0; i < shown; i++) {
      if (i === 0 || field(`headings.${i}.name`).trim() || field(`headings.${i}.amount`).trim()) rows.push(i);
    }
    const input = {
      slug: field("slug"),
      title: field("title"),
      description: field("description"),
      // Written in the language of the page the form was filled in on.
      language: c.get("state").locale,
      rule: field("rule"),
      ballotType: field("ballotType"),
      maxProjects: field("maxProjects"),
      knapsack: field("knapsack"),
      pointsTotal: field("pointsTotal"),
      eligibility: field("eligibility") || undefined,
      proposalsStart: field("proposalsStart"),
      reviewStart: field("reviewStart"),
      votingStart: field("votingStart"),
      resultsStart: field("resultsStart"),
      implementationStart: field("implementationStart"),
      headings: rows.map((i) => ({
        name: field(`headings.${i}.name`),
        district: field(`headings.${i}.district`),
        amount: field(`headings.${i}.amount`),
      })),
    };
    try {
      const created = await createBudget(c.get("deps"), invocation(c), input as never);
      return c.redirect(`/budgets/${created.slug}?done=created`, 303);
    } catch (error) {
      if (!(error instanceof Invalid) && !(error instanceof Conflict)) throw error;
      const issues =
        error instanceof Invalid
          ? error.issues.map((issue) => ({
              ...issue,
              path: issue.path.replace(/^headings\.(\d+)/, (_, n: string) => `headings.${rows[Number(n)] ?? 0}`),
            }))
          : [{ path: "slug", message: error.message }];
      return c.html(
        <CreateBudgetPage
          page={pageContext(c)}
          errors={fieldErrors(issues, c.get("state").t)}
          values={formValues(body)}
          rows={shown}
        />,
        422,
      );
    }
  });

  app.get("/budgets/:slug/manage", async (c) => {
    const p = pageQuery((name) => c.req.query(name));
    return renderManage(c, await showManagement(c.get("deps"), c.get("state").actor, c.req.param("slug"), p));
  });

  // The next phase starts only from the confirmation page: a POST without `confirm=yes` for the
  // current phase shows that page and changes nothing.
  app.get("/budgets/:slug/manage/phase", async (c) => {
    const step = await showPhaseStep(c.get("deps"), c.get("state").actor, c.req.param("slug"));
    return c.html(<PhaseStepPage page={pageContext(c)} {...step} />);
  });

  app.post("/budgets/:slug/manage/phase", async (c) => {
    const deps = c.get("deps");
    const step = await showPhaseStep(deps, c.get("state").actor, c.req.param("slug"));
    const body = await c.req.parseBody();
    if (body.confirm !== "yes" || body.from !== step.phase || !step.next)
      return c.html(<PhaseStepPage page={pageContext(c)} {...step} />);
    await startNextPhase(deps, invocation(c), { budgetId: step.budget.id, from: step.phase });
    return c.redirect(`/budgets/${step.budget.slug}/manage?done=phase`, 303);
  });

  app.post("/budgets/:slug/codes", async (c) => {
    const deps = c.get("deps");
    const budget = await findBudgetOrFail(deps, c.req.param("slug"));
    const body = await c.req.parseBody();
    let generated: { batch: number; heading: string; codes: string[] };
    try {
      generated = await generateVotingCodes(deps, invocation(c), {
        budgetId: budget.id,
        headingId: String(body.headingId ?? ""),
        count: String(body.count ?? ""),
      } as never);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      const management = await managementOf(
        deps,
        c.get("state").actor,
        budget,
        pageQuery((name) => c.req.query(name)),
      );
      return renderManage(c, management, { codeErrors: fieldErrors(error.issues, c.get("state").t) }, 422);
    }
    const voteUrl = `${deps.config.baseUrl}/budgets/${budget.slug}/vote`;
    c.header("Cache-Control", "no-store");
    if (body.format === "pdf") return codesPdfResponse(c, budget, generated, voteUrl);
    if (body.format === "csv") {
      const rows = [
        ["budget", "heading", "batch", "code", "address"],
        ...generated.codes.map((code) => [budget.slug, generated.heading, generated.batch, code, voteUrl]),
      ];
      return c.body(csvText(rows), 200, {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${budget.slug}-codes-${generated.batch}.csv"`,
      });
    }
    return c.html(
      <CodesPrintPage
        page={pageContext(c)}
        budget={budget}
        heading={generated.heading}
        batch={generated.batch}
        codes={generated.codes}
        voteUrl={voteUrl}
        sender={await letterSender(c)}
      />,
    );
  });
}
