import type { Hono } from "hono";
import { pageQuery } from "../../../platform/api/pagination";
import { Invalid, Unauthenticated } from "../../../platform/errors/errors";
import { type FieldErrors, type FormValues, fieldErrors } from "../../../platform/forms/forms";
import { clientAddress } from "../../../platform/http/client-address";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { renderLettersPdf } from "../../../platform/letters/pdf-letters";
import { pageContext } from "../../../ui/page-context";
import { showDeclaration } from "../use-cases/check-eligibility";
import { correctResidence } from "../use-cases/correct-residence";
import { declareResidence } from "../use-cases/declare-residence";
import { issueVerificationLetters } from "../use-cases/issue-verification-letters";
import { matchEligibilityList } from "../use-cases/match-eligibility-list";
import { prepareBallot, votingBudget } from "../use-cases/prepare-ballot";
import { redeemVerificationCode } from "../use-cases/redeem-verification-code";
import { findBudgetOrFail } from "../use-cases/show-budget";
import { showManagement } from "../use-cases/show-management";
import { EligibilityListRefused, uploadEligibilityList } from "../use-cases/upload-eligibility-list";
import { DeclarePage } from "../views/eligibility";
import { VoteStartPage } from "../views/vote";
import { renderManage } from "./management";

type Body = Record<string, string | File>;

function text(body: Body, key: string): string {
  const value = body[key];
  return typeof value === "string" ? value : "";
}

/** An uploaded file's text ("" when none was chosen). */
async function fileText(body: Body, key: string): Promise<string> {
  const value = body[key];
  if (typeof value === "string") return value;
  return value ? await value.text() : "";
}

/** A refusal is the person's input, not a fault: one warn line, no stack, nothing stored. */
function warnRefused(c: AppContext, what: string, error: Invalid): void {
  c.get("deps").logger.warn("budget eligibility refused", {
    what,
    reason: error.issues[0]?.message ?? error.message,
  });
}

/** The first voting step again, with the errors of the declaration or verification form. */
async function renderStart(c: AppContext, slug: string, errors: FieldErrors, values: FormValues) {
  const step = await prepareBallot(c.get("deps"), invocation(c), { budget: slug });
  if (step.page !== "start") return c.redirect(`/budgets/${slug}/vote`, 303);
  return c.html(
    <VoteStartPage
      page={pageContext(c)}
      budget={step.budget}
      headings={step.headings}
      accountNote={step.accountNote}
      accountStatus={step.accountStatus}
      eligibilityErrors={errors}
      eligibilityValues={values}
    />,
    422,
  );
}

/** The manage page again with the error of a refused list or address file. */
async function renderManageRefused(c: AppContext, slug: string, errors: FieldErrors) {
  const management = await showManagement(
    c.get("deps"),
    c.get("state").actor,
    slug,
    pageQuery((name) => c.req.query(name)),
  );
  return renderManage(c, management, { eligibilityErrors: errors }, 422);
}

/**
 * Who may vote: declaring where one lives, confirming it with a verification letter's code or the
 * eligibility list (residents), and the office's verification letters and list upload.
 */
export function budgetEligibilityRoutes(app: Hono<AppEnv>): void {
  app.get("/budgets/:slug/vote/residence", async (c) => {
    const deps = c.get("deps");
    const budget = await votingBudget(deps, c.req.param("slug"));
    const shown = await showDeclaration(deps, c.get("state").actor, budget.id);
    return c.html(<DeclarePage page={pageContext(c)} {...shown} />);
  });

  app.post("/budgets/:slug/vote/residence", async (c) => {
    // Permission first: only an account declares where it lives; a guest is asked to sign in.
    if (c.get("state").actor.kind !== "user") throw new Unauthenticated("errors.unauthenticated");
    const deps = c.get("deps");
    const budget = await votingBudget(deps, c.req.param("slug"));
    const body = (await c.req.parseBody()) as Body;
    try {
      await declareResidence(deps, invocation(c), { budgetId: budget.id, headingId: text(body, "headingId") });
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      warnRefused(c, "declaration", error);
      const errors = fieldErrors(error.issues, c.get("state").t);
      // From the change page, or when the account can vote already (a ballot fixed the heading).
      const start = await prepareBallot(deps, invocation(c), { budget: budget.slug });
      if (text(body, "from") === "change" || start.page !== "start") {
        const shown = await showDeclaration(deps, c.get("state").actor, budget.id);
        return c.html(<DeclarePage page={pageContext(c)} {...shown} errors={errors} />, 422);
      }
      return renderStart(c, budget.slug, errors, {});
    }
    return c.redirect(`/budgets/${budget.slug}/vote`, 303);
  });

  app.post("/budgets/:slug/vote/verify-letter", async (c) => {
    const deps = c.get("deps");
    const budget = await votingBudget(deps, c.req.param("slug"));
    const body = (await c.req.parseBody()) as Body;
    const code = text(body, "verificationCode");
    try {
      await redeemVerificationCode(deps, invocation(c), {
        budgetId: budget.id,
        code,
        clientAddress: clientAddress(c),
      });
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      warnRefused(c, "verification letter", error);
      const issues = error.issues.map((i) => ({ ...i, path: i.path === "code" ? "verificationCode" : i.path }));
      return renderStart(c, budget.slug, fieldErrors(issues, c.get("state").t), { verificationCode: code });
    }
    return c.redirect(`/budgets/${budget.slug}/vote`, 303);
  });

  app.post("/budgets/:slug/vote/verify-list", async (c) => {
    const deps = c.get("deps");
    const budget = await votingBudget(deps, c.req.param("slug"));
    const body = (await c.req.parseBody()) as Body;
    const entered = { name: text(body, "name"), birthDate: text(body, "birthDate"), postcode: text(body, "postcode") };
    try {
      await matchEligibilityList(deps, invocation(c), {
        budgetId: budget.id,
        ...entered,
        clientAddress: clientAddress(c),
      });
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      warnRefused(c, "eligibility list", error);
      return renderStart(c, budget.slug, fieldErrors(error.issues, c.get("state").t), entered);
    }
    return c.redirect(`/budgets/${budget.slug}/vote`, 303);
  });

  app.post("/budgets/:slug/verification-letters", async (c) => {
    const deps = c.get("deps");
    const budget = await findBudgetOrFail(deps, c.req.param("slug"));
    const body = (await c.req.parseBody()) as Body;
    let issued: Awaited<ReturnType<typeof issueVerificationLetters>>;
    try {
      issued = await issueVerificationLetters(deps, invocation(c), {
        budgetId: budget.id,
        headingId: text(body, "headingId"),
        addresses: await fileText(body, "addresses"),
      });
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      warnRefused(c, "verification letters", error);
      return renderManageRefused(c, budget.slug, fieldErrors(error.issues, c.get("state").t));
    }
    const { t, locale } = c.get("state");
    const voteUrl = `${deps.config.baseUrl}/budgets/${budget.slug}/vote`;
    const pdf = await renderLettersPdf(
      issued.letters.map((letter) => ({
        recipient: letter.address,
        reference: t("budget.codes.letterReference", { heading: issued.heading, batch: issued.batch }),
        heading: budget.title,
        paragraphs: [t("budget.letters.letterText", { heading: issued.heading })],
        codeLabel: t("budget.letters.letterCode"),
        code: letter.code,
        urlLabel: t("budget.codes.letterAddress"),
        url: voteUrl,
        closing: [t("budget.letters.letterOnce")],
      })),
      { title: t("budget.letters.pdfTitle", { batch: issued.batch }), language: locale },
    );
    return c.body(new Uint8Array(pdf), 200, {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${budget.slug}-verification-${issued.batch}.pdf"`,
      "Cache-Control": "no-store",
    });
  });

  app.post("/budgets/:slug/residences", async (c) => {
    const deps = c.get("deps");
    const budget = await findBudgetOrFail(deps, c.req.param("slug"));
    const body = (await c.req.parseBody()) as Body;
    try {
      await correctResidence(deps, invocation(c), {
        budgetId: budget.id,
        email: text(body, "email"),
        headingId: text(body, "headingId"),
      });
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      warnRefused(c, "residence correction", error);
      return renderManageRefused(c, budget.slug, fieldErrors(error.issues, c.get("state").t));
    }
    return c.redirect(`/budgets/${budget.slug}/manage?done=corrected`, 303);
  });

  app.post("/budgets/:slug/eligibility-list", async (c) => {
    const deps = c.get("deps");
    const budget = await findBudgetOrFail(deps, c.req.param("slug"));
    const body = (await c.req.parseBody()) as Body;
    try {
      await uploadEligibilityList(deps, invocation(c), {
        budgetId: budget.id,
        headingId: text(body, "headingId"),
        list: await fileText(body, "list"),
      });
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      warnRefused(c, "eligibility list upload", error);
      const { t } = c.get("state");
      const errors =
        error instanceof EligibilityListRefused ? { list: listProblemText(t, error) } : fieldErrors(error.issues, t);
      return renderManageRefused(c, budget.slug, errors);
    }
    return c.redirect(`/budgets/${budget.slug}/manage?done=list`, 303);
  });
}

function listProblemText(t: AppContext["var"]["state"]["t"], error: EligibilityListRefused): string {
  const p = error.problem;
  const column = "column" in p ? t(`budget.list.column.${p.column}`) : "";
  return t(`budget.list.problem.${p.problem}`, {
    column,
    row: "row" in p ? p.row : "",
    limit: "limit" in p ? p.limit : "",
  });
}
