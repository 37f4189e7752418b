import type { Hono } from "hono";
import { offsetOf, paginationQuery } from "../../../platform/api/pagination";
import { Conflict, Forbidden, Invalid, NotFound } from "../../../platform/errors/errors";
import { fieldErrors, formValues, parseForm } from "../../../platform/forms/forms";
import { clientAddress } from "../../../platform/http/client-address";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { can } from "../../../platform/permissions/permissions";
import { newToken } from "../../../platform/security/tokens";
import { pageContext } from "../../../ui/page-context";
import {
  type BallotTotals,
  ballotTotals,
  codePattern,
  hashCode,
  normaliseCode,
  phaseOf,
} from "../use-cases/ballot-rules";
import { castBallot } from "../use-cases/cast-ballot";
import { changeRefusals, checkBallotChange } from "../use-cases/code-change";
import { createBudget } from "../use-cases/create-budget";
import { generateVotingCodes } from "../use-cases/generate-codes";
import { proposalInput } from "../use-cases/inputs";
import { proposeProject } from "../use-cases/propose-project";
import {
  accountVoter,
  type BudgetRow,
  ballotCounts,
  ballotProjects,
  ballotSources,
  budgetResults,
  checkVotingCode,
  codeCounts,
  findBallotByReceipt,
  type HeadingRow,
  headingsOf,
  listBudgets,
  listProjects,
  type ProjectRow,
  resultsCsv,
} from "../use-cases/queries";
import { reviewProject } from "../use-cases/review-project";
import { startNextPhase } from "../use-cases/start-next-phase";
import { ChangeStartPage } from "../views/change";
import { CheckPage } from "../views/check";
import { CreateBudgetPage, HEADING_ROWS } from "../views/create";
import { BudgetDetailPage } from "../views/detail";
import { money } from "../views/format";
import { BudgetListPage } from "../views/list";
import { CodesPrintPage, ManagePage } from "../views/manage";
import { ProposePage } from "../views/propose";
import { ResultsPage } from "../views/results";
import { BallotPage, ConfirmPage, ReceiptPage, VoteStartPage } from "../views/vote";
import { codesPdfResponse } from "./codes-pdf";
import { invocation, loadBudget, requireAction } from "./context";
import { budgetEditRoutes } from "./edit-routes";
import { budgetMeasureRoutes } from "./measure-routes";

const notices: Record<string, string> = {
  proposed: "budget.notice.proposed",
  reviewed: "budget.notice.reviewed",
  phase: "budget.notice.phase",
  created: "budget.notice.created",
  edited: "budget.notice.edited",
  measure: "budget.notice.measure",
};

function pageOf(c: AppContext) {
  const parsed = paginationQuery.safeParse({ page: c.req.query("page"), pageSize: c.req.query("pageSize") });
  return parsed.success ? parsed.data : { page: 1, pageSize: 20 };
}

type Body = Record<string, string | File | (string | File)[]>;

function text(body: Body, key: string): string | undefined {
  const value = body[key];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" ? first : undefined;
}

/** The choices of a submitted ballot form: checked projects (approval) or points per project. */
function choicesOf(body: Body, points: boolean): Map<string, number> {
  const choice = new Map<string, number>();
  if (points) {
    for (const [key, value] of Object.entries(body)) {
      if (!key.startsWith("points-") || typeof value !== "string") continue;
      const n = Number(value.trim() === "" ? "0" : value);
      choice.set(key.slice("points-".length), Number.isInteger(n) && n >= 0 ? n : -1);
    }
  } else {
    const raw = body.project;
    for (const id of Array.isArray(raw) ? raw : raw === undefined ? [] : [raw])
      if (typeof id === "string") choice.set(id, 1);
  }
  return choice;
}

interface Voter {
  heading: HeadingRow;
  code?: string;
  receipt?: string;
}

function limitsOf(budget: BudgetRow, heading: HeadingRow) {
  return {
    ballotType: budget.ballotType === "points" ? ("points" as const) : ("approval" as const),
    maxProjects: budget.maxProjects,
    knapsack: budget.knapsack,
    pointsTotal: budget.pointsTotal,
    amount: heading.amount,
  };
}

function totalsOf(
  budget: BudgetRow,
  heading: HeadingRow,
  projects: ProjectRow[],
  choice: Map<string, number>,
): BallotTotals {
  return ballotTotals(
    limitsOf(budget, heading),
    projects.map((p) => ({ id: p.id, cost: p.officialCost ?? p.estimatedCost })),
    choice,
  );
}

export function budgetRoutes(app: Hono<AppEnv>): void {
  budgetEditRoutes(app);
  budgetMeasureRoutes(app);
  app.get("/budgets", async (c) => {
    const { db } = c.get("deps").database;
    const now = c.get("deps").clock();
    const p = pageOf(c);
    const { rows, total } = await listBudgets(db, { limit: p.pageSize, offset: offsetOf(p) });
    const items = [];
    for (const budget of rows) {
      const headings = await headingsOf(db, budget.id);
      items.push({ budget, phase: phaseOf(budget, now), total: headings.reduce((s, h) => s + h.amount, 0) });
    }
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

  // Setting up a budget (strategy office)
  app.get("/budgets/new", (c) => {
    requireAction(c, "budget.manage");
    return c.html(<CreateBudgetPage page={pageContext(c)} />);
  });

  app.post("/budgets/new", async (c) => {
    requireAction(c, "budget.manage");
    const body = await c.req.parseBody();
    const field = (name: string) => (typeof body[name] === "string" ? (body[name] as string) : "");
    // Rows left empty are not headings; error paths are mapped back to the row on the page.
    const rows: number[] = [];
    for (let i = 0; i < HEADING_ROWS; i++) {
      if (i === 0 || field(`headings.${i}.name`).trim() || field(`headings.${i}.amount`).trim()) rows.push(i);
    }
    const input = {
      slug: field("slug"),
      title: field("title"),
      description: field("description"),
      rule: field("rule"),
      ballotType: field("ballotType"),
      maxProjects: field("maxProjects"),
      knapsack: field("knapsack"),
      pointsTotal: field("pointsTotal"),
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
        />,
        422,
      );
    }
  });

  app.get("/budgets/:slug", async (c) => {
    const { db } = c.get("deps").database;
    const budget = await loadBudget(c);
    const p = pageOf(c);
    const headings = await headingsOf(db, budget.id);
    const { rows, total } = await listProjects(db, budget.id, { limit: p.pageSize, offset: offsetOf(p) });
    const { actor } = c.get("state");
    return c.html(
      <BudgetDetailPage
        page={pageContext(c)}
        budget={budget}
        phase={phaseOf(budget, c.get("deps").clock())}
        headings={headings}
        projects={rows}
        totalProjects={total}
        current={p.page}
        pageSize={p.pageSize}
        canManage={can(actor, "budget.manage") || can(actor, "budget.review")}
        notice={notices[c.req.query("done") ?? ""]}
      />,
    );
  });

  // Proposals
  app.get("/budgets/:slug/propose", async (c) => {
    requireAction(c, "budget.propose");
    const budget = await loadBudget(c);
    if (phaseOf(budget, c.get("deps").clock()) !== "proposals") throw new Conflict("budget.propose.closed");
    const headings = await headingsOf(c.get("deps").database.db, budget.id);
    return c.html(<ProposePage page={pageContext(c)} budget={budget} headings={headings} />);
  });

  app.post("/budgets/:slug/propose", async (c) => {
    const budget = await loadBudget(c);
    const body = await c.req.parseBody();
    const page = pageContext(c);
    const headings = await headingsOf(c.get("deps").database.db, budget.id);
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

  // Administration: phases, review, voting codes
  async function renderManage(
    c: AppContext,
    budget: BudgetRow,
    extra: {
      review?: { projectId: string; errors: Record<string, string>; values: Record<string, string> };
      codeErrors?: Record<string, string>;
    } = {},
    status: 200 | 422 = 200,
  ) {
    const { db } = c.get("deps").database;
    const p = pageOf(c);
    const headings = await headingsOf(db, budget.id);
    const { rows, total } = await listProjects(db, budget.id, { limit: p.pageSize, offset: offsetOf(p) });
    const sameHeading = new Map<string, ProjectRow[]>();
    for (const project of rows) {
      const { rows: others } = await listProjects(db, budget.id, {
        headingId: project.headingId,
        statuses: ["proposed", "feasible", "not_feasible"],
        limit: 100,
        offset: 0,
      });
      sameHeading.set(
        project.id,
        others.filter((o) => o.id !== project.id),
      );
    }
    const counts = await ballotCounts(db, budget.id);
    return c.html(
      <ManagePage
        page={pageContext(c)}
        budget={budget}
        phase={phaseOf(budget, c.get("deps").clock())}
        headings={headings}
        projects={rows}
        sameHeading={sameHeading}
        totalProjects={total}
        current={p.page}
        pageSize={p.pageSize}
        codes={await codeCounts(db, budget.id)}
        ballots={[...counts.values()].reduce((s, n) => s + n, 0)}
        notice={notices[c.req.query("done") ?? ""]}
        {...extra}
      />,
      status,
    );
  }

  app.get("/budgets/:slug/manage", async (c) => {
    const { actor } = c.get("state");
    if (!can(actor, "budget.manage") && !can(actor, "budget.review")) requireAction(c, "budget.manage");
    return renderManage(c, await loadBudget(c));
  });

  app.post("/budgets/:slug/manage/phase", async (c) => {
    const budget = await loadBudget(c);
    await startNextPhase(c.get("deps"), invocation(c), { budgetId: budget.id });
    return c.redirect(`/budgets/${budget.slug}/manage?done=phase`, 303);
  });

  app.post("/budgets/:slug/projects/:projectId/review", async (c) => {
    const budget = await loadBudget(c);
    const body = await c.req.parseBody();
    const projectId = c.req.param("projectId");
    try {
      await reviewProject(c.get("deps"), invocation(c), { ...body, budgetId: budget.id, projectId } as never);
    } catch (error) {
      if (error instanceof Invalid && !(error.issues.length === 1 && error.issues[0]?.path === "projectId")) {
        const t = c.get("state").t;
        return renderManage(
          c,
          budget,
          { review: { projectId, errors: fieldErrors(error.issues, t), values: formValues(body) } },
          422,
        );
      }
      throw error;
    }
    return c.redirect(`/budgets/${budget.slug}/manage?done=reviewed#project-${projectId}`, 303);
  });

  app.post("/budgets/:slug/codes", async (c) => {
    const budget = await loadBudget(c);
    const body = await c.req.parseBody();
    let generated: { batch: number; heading: string; codes: string[] };
    try {
      generated = await generateVotingCodes(c.get("deps"), invocation(c), {
        budgetId: budget.id,
        headingId: String(body.headingId ?? ""),
        count: String(body.count ?? ""),
      } as never);
    } catch (error) {
      if (error instanceof Invalid)
        return renderManage(c, budget, { codeErrors: fieldErrors(error.issues, c.get("state").t) }, 422);
      throw error;
    }
    const voteUrl = `${c.get("deps").config.baseUrl}/budgets/${budget.slug}/vote`;
    c.header("Cache-Control", "no-store");
    if (body.format === "pdf") return codesPdfResponse(c, budget, generated, voteUrl);
    if (body.format === "csv") {
      const lines = [
        "budget,heading,batch,code,address",
        ...generated.codes.map((code) =>
          [budget.slug, `"${generated.heading.replace(/"/g, '""')}"`, generated.batch, code, voteUrl].join(","),
        ),
      ];
      return c.body(`${lines.join("\r\n")}\r\n`, 200, {
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
      />,
    );
  });

  // Voting
  async function voterFromCode(
    c: AppContext,
    budget: BudgetRow,
    code: string,
  ): Promise<Voter | "unknown" | "malformed" | "used"> {
    const deps = c.get("deps");
    const checked = await checkVotingCode(deps, { budgetId: budget.id, code, clientAddress: clientAddress(c) });
    if (checked.status !== "ok") return checked.status;
    const heading = (await headingsOf(deps.database.db, budget.id)).find((h) => h.id === checked.headingId);
    if (!heading) throw new NotFound("budget.errors.notFound");
    return { heading, code };
  }

  /** A code holder changing a confirmed ballot: the code and the receipt must belong together. */
  async function voterFromChange(
    c: AppContext,
    budget: BudgetRow,
    code: string,
    receipt: string,
  ): Promise<Voter | { refusal: { path: string; message: string } }> {
    const deps = c.get("deps");
    const checked = await checkBallotChange(deps, {
      budgetId: budget.id,
      code,
      receipt,
      clientAddress: clientAddress(c),
    });
    if (checked.status !== "ok") return { refusal: changeRefusals[checked.status] };
    const heading = (await headingsOf(deps.database.db, budget.id)).find((h) => h.id === checked.headingId);
    if (!heading) throw new NotFound("budget.errors.notFound");
    return { heading, code, receipt };
  }

  function votingOpen(c: AppContext, budget: BudgetRow): void {
    if (phaseOf(budget, c.get("deps").clock()) !== "voting") throw new Conflict("budget.vote.closed");
  }

  app.get("/budgets/:slug/vote", async (c) => {
    const budget = await loadBudget(c);
    votingOpen(c, budget);
    const deps = c.get("deps");
    const headings = await headingsOf(deps.database.db, budget.id);
    const { user } = c.get("state");
    let accountNote: string | undefined;
    if (user) {
      const voter = await accountVoter(deps.database.db, deps, budget.id, user.id);
      if (voter.status === "ok") {
        const projects = await ballotProjects(deps.database.db, voter.heading.id);
        const choice = new Map<string, number>();
        return c.html(
          <BallotPage
            page={pageContext(c)}
            budget={budget}
            heading={voter.heading}
            projects={projects}
            choice={choice}
            totals={totalsOf(budget, voter.heading, projects, choice)}
            hasBallot
          />,
        );
      }
      accountNote = `budget.vote.account.${voter.status}`;
    }
    return c.html(
      <VoteStartPage page={pageContext(c)} budget={budget} headings={headings} accountNote={accountNote} />,
    );
  });

  app.get("/budgets/:slug/vote/change", async (c) => {
    const budget = await loadBudget(c);
    votingOpen(c, budget);
    return c.html(<ChangeStartPage page={pageContext(c)} budget={budget} />);
  });

  app.post("/budgets/:slug/vote", async (c) => {
    const budget = await loadBudget(c);
    votingOpen(c, budget);
    const deps = c.get("deps");
    const page = pageContext(c);
    const { t } = page;
    const body = (await c.req.parseBody({ all: true })) as Body;
    const step = text(body, "step") ?? "code";
    const code = text(body, "code");
    // Present only when a code holder changes a confirmed ballot (code and receipt together).
    const receipt = code === undefined ? undefined : text(body, "receipt");
    const points = budget.ballotType === "points";

    // Confirmation first, straight to the use case: it checks the code, the voter, the limits and
    // a repeated submission itself, in one transaction. Only a refusal needs the ballot page again.
    let refusal: Invalid | null = null;
    if (step === "confirm") {
      const submitted = choicesOf(body, points);
      if (![...submitted.values()].some((n) => n < 0)) {
        try {
          const cast = await castBallot(deps, invocation(c), {
            budgetId: budget.id,
            code,
            receipt,
            choices: [...submitted].map(([projectId, n]) => ({ projectId, points: n })),
            idempotencyKey: text(body, "idempotencyKey") ?? "",
            clientAddress: clientAddress(c),
          });
          c.header("Cache-Control", "no-store");
          return c.html(
            <ReceiptPage
              page={page}
              budget={budget}
              receipt={cast.receipt}
              replaced={cast.replaced}
              withCode={code !== undefined}
            />,
          );
        } catch (error) {
          if (!(error instanceof Invalid)) throw error;
          refusal = error;
        }
      }
    }
    const headings = await headingsOf(deps.database.db, budget.id);
    const codeIssue = refusal?.issues.find((i) => i.path === "code" || i.path === "receipt");
    if (codeIssue && receipt !== undefined) {
      // Counted as a wrong pair by the use case already, when it may be a guess.
      return c.html(
        <ChangeStartPage
          page={page}
          budget={budget}
          errors={{ [codeIssue.path]: t(codeIssue.message) }}
          values={{ code: code ?? "", receipt }}
        />,
        422,
      );
    }
    if (codeIssue) {
      // Counted as a wrong code by the use case already.
      return c.html(
        <VoteStartPage
          page={page}
          budget={budget}
          headings={headings}
          errors={{ code: t(codeIssue.message) }}
          values={{ code: code ?? "" }}
        />,
        422,
      );
    }

    let voter: Voter;
    if (code !== undefined && receipt !== undefined) {
      const found = await voterFromChange(c, budget, code, receipt);
      if ("refusal" in found)
        return c.html(
          <ChangeStartPage
            page={page}
            budget={budget}
            errors={{ [found.refusal.path]: t(found.refusal.message) }}
            values={{ code, receipt }}
          />,
          422,
        );
      voter = found;
    } else if (code !== undefined) {
      const found = await voterFromCode(c, budget, code);
      if (typeof found === "string") {
        const message =
          found === "used"
            ? "budget.vote.codeUsed"
            : found === "malformed"
              ? "budget.vote.codeFormat"
              : "budget.vote.codeUnknown";
        return c.html(
          <VoteStartPage
            page={page}
            budget={budget}
            headings={headings}
            errors={{ code: t(message) }}
            values={{ code }}
          />,
          found === "used" ? 409 : 422,
        );
      }
      voter = found;
    } else {
      const { user } = c.get("state");
      if (!user)
        return c.html(
          <VoteStartPage
            page={page}
            budget={budget}
            headings={headings}
            errors={{ code: t("budget.vote.codeMissing") }}
          />,
          422,
        );
      const found = await accountVoter(deps.database.db, deps, budget.id, user.id);
      if (found.status !== "ok") throw new Forbidden(`budget.vote.account.${found.status}`);
      voter = { heading: found.heading };
    }

    const projects = await ballotProjects(deps.database.db, voter.heading.id);
    const choice = step === "code" || step === "change" ? new Map<string, number>() : choicesOf(body, points);
    const totals = totalsOf(budget, voter.heading, projects, choice);
    const view = {
      page,
      budget,
      heading: voter.heading,
      projects,
      choice,
      totals,
      code: voter.code,
      receipt: voter.receipt,
    };
    const onBallot = new Set(projects.map((p) => p.id));
    const foreign = [...choice.keys()].some((id) => !onBallot.has(id));
    const invalidPoints = [...choice.values()].some((n) => n < 0);

    if (step === "code" || step === "change" || step === "update" || step === "edit") {
      const errors = totals.problems.length ? { choices: totals.problems.map((p) => t(p)).join(" ") } : undefined;
      return c.html(<BallotPage {...view} errors={errors} />);
    }
    if (foreign) return c.html(<BallotPage {...view} errors={{ choices: t("budget.vote.otherDistrict") }} />, 422);
    if (invalidPoints)
      return c.html(<BallotPage {...view} errors={{ choices: t("budget.ballot.pointsInvalid") }} />, 422);
    if (totals.problems.length > 0 || totals.count === 0) {
      const errors = {
        choices: totals.count === 0 ? t("budget.ballot.empty") : totals.problems.map((p) => t(p)).join(" "),
      };
      return c.html(<BallotPage {...view} errors={errors} />, 422);
    }
    if (step === "review") {
      return c.html(<ConfirmPage {...view} idempotencyKey={newToken(deps.random, 16)} />);
    }
    if (step !== "confirm") throw new Invalid("errors.invalidInput");
    // The use case refused something the checks above did not see (e.g. the ballot changed meanwhile).
    const message = refusal?.issues[0]?.message ?? refusal?.message ?? "errors.invalidInput";
    return c.html(<BallotPage {...view} errors={{ choices: t(message) }} />, 422);
  });

  // Receipt check
  app.get("/budgets/:slug/check", async (c) => {
    const budget = await loadBudget(c);
    return c.html(<CheckPage page={pageContext(c)} budget={budget} />);
  });

  app.post("/budgets/:slug/check", async (c) => {
    const budget = await loadBudget(c);
    const body = await c.req.parseBody();
    const page = pageContext(c);
    const typed = typeof body.receipt === "string" ? body.receipt : "";
    const canonical = normaliseCode(typed);
    if (!codePattern.test(canonical)) {
      return c.html(
        <CheckPage
          page={page}
          budget={budget}
          errors={{ receipt: page.t("budget.check.format") }}
          values={{ receipt: typed }}
        />,
        422,
      );
    }
    const found = await findBallotByReceipt(c.get("deps").database.db, budget.id, hashCode(canonical));
    if (!found) {
      return c.html(
        <CheckPage
          page={page}
          budget={budget}
          errors={{ receipt: page.t("budget.check.unknown") }}
          values={{ receipt: typed }}
        />,
        404,
      );
    }
    const outcome = found.replacedAt
      ? { status: "replaced" as const, at: found.replacedAt }
      : { status: "counted" as const, at: found.createdAt };
    return c.html(<CheckPage page={page} budget={budget} outcome={outcome} />);
  });

  // Results
  async function publishedResults(c: AppContext) {
    const budget = await loadBudget(c);
    const phase = phaseOf(budget, c.get("deps").clock());
    if (phase !== "results" && phase !== "implementation") throw new Conflict("budget.results.notYet");
    return { budget, results: await budgetResults(c.get("deps").database.db, budget) };
  }

  app.get("/budgets/:slug/results", async (c) => {
    const { budget, results } = await publishedResults(c);
    const { db } = c.get("deps").database;
    return c.html(
      <ResultsPage
        page={pageContext(c)}
        budget={budget}
        results={results}
        sources={await ballotSources(db, budget.id)}
        codesIssued={(await codeCounts(db, budget.id)).issued}
        canMakeMeasures={
          can(c.get("state").actor, "budget.manage") && can(c.get("state").actor, "strategy.measure.create")
        }
        notice={notices[c.req.query("done") ?? ""]}
      />,
    );
  });

  app.get("/budgets/:slug/results.csv", async (c) => {
    const { budget, results } = await publishedResults(c);
    return c.body(resultsCsv(results), 200, {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${budget.slug}-results.csv"`,
    });
  });
}
