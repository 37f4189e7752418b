import type { Hono } from "hono";
import { requestCounters } from "../../../platform/cache/change-counters";
import { clientAddress } from "../../../platform/http/client-address";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { cachedPage } from "../../../platform/http/page-cache";
import { pageContext } from "../../../ui/page-context";
import type { BallotForm } from "../domain/ballot";
import { checkReceipt } from "../use-cases/check-receipt";
import { fillInBallot } from "../use-cases/fill-in-ballot";
import { type BallotStep, prepareBallot, prepareBallotChange } from "../use-cases/prepare-ballot";
import { findBudgetOrFail } from "../use-cases/show-budget";
import { ChangeStartPage } from "../views/change";
import { CheckPage } from "../views/check";
import { receiptFile } from "../views/receipt-file";
import { BallotPage, ConfirmPage, ReceiptPage, VoteStartPage } from "../views/vote";

type Body = Record<string, string | File | (string | File)[]>;

function text(body: Body, key: string): string | undefined {
  const value = body[key];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" ? first : undefined;
}

/** The ballot fields of a submitted form: checked projects and points per project, in form order. */
function ballotForm(body: Body): BallotForm {
  const raw = body.project;
  const projects = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
    (id): id is string => typeof id === "string",
  );
  const points: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(body))
    if (key.startsWith("points-") && typeof value === "string") points.push([key.slice("points-".length), value]);
  return { projects, points };
}

/** Draws a step of voting. */
function render(c: AppContext, step: BallotStep) {
  const page = pageContext(c);
  const { t } = page;
  const translated = (errors: Record<string, string> | undefined) =>
    errors && Object.fromEntries(Object.entries(errors).map(([field, message]) => [field, t(message)]));
  switch (step.page) {
    case "start":
      return c.html(
        <VoteStartPage
          page={page}
          budget={step.budget}
          headings={step.headings}
          accountNote={step.accountNote}
          accountStatus={step.accountStatus}
          errors={translated(step.errors)}
          values={step.values}
        />,
        step.status,
      );
    case "change":
      return c.html(
        <ChangeStartPage page={page} budget={step.budget} errors={translated(step.errors)} values={step.values} />,
        step.status,
      );
    case "ballot": {
      const errors = step.errors ? { choices: step.errors.map((message) => t(message)).join(" ") } : undefined;
      return c.html(
        <BallotPage page={page} {...step.ballot} errors={errors} hasBallot={step.hasBallot} />,
        step.status,
      );
    }
    case "confirm":
      return c.html(<ConfirmPage page={page} {...step.ballot} idempotencyKey={step.idempotencyKey} />);
    case "receipt":
      c.header("Cache-Control", "no-store");
      return c.html(
        <ReceiptPage
          page={page}
          budget={step.budget}
          receipt={step.receipt}
          replaced={step.replaced}
          withCode={step.withCode}
        />,
      );
  }
}

/** Voting with a code or an account, changing a ballot cast with a code, and checking a receipt. */
export function budgetVotingRoutes(app: Hono<AppEnv>): void {
  // The ballot page depends on who asks (where they vote, whether they voted, their account): it is
  // kept per person until the budget, any voter or any account changes, and at most a second, since
  // voting ends at a set time.
  app.get("/budgets/:slug/vote", async (c) => {
    const { budget, voters, identity } = await requestCounters(c);
    return cachedPage(
      c,
      { scope: "ballot", version: `${budget}.${voters}.${identity}`, maxAgeMs: 1_000, perPerson: true },
      async () => render(c, await prepareBallot(c.get("deps"), invocation(c), { budget: c.req.param("slug") })),
    );
  });

  app.get("/budgets/:slug/vote/change", async (c) =>
    render(c, await prepareBallotChange(c.get("deps"), { budget: c.req.param("slug") })),
  );

  app.post("/budgets/:slug/vote", async (c) => {
    const slug = c.req.param("slug");
    const body = (await c.req.parseBody({ all: true })) as Body;
    const step = await fillInBallot(c.get("deps"), invocation(c), {
      budget: slug,
      step: text(body, "step") ?? "code",
      code: text(body, "code"),
      receipt: text(body, "receipt"),
      form: ballotForm(body),
      idempotencyKey: text(body, "idempotencyKey") ?? "",
      clientAddress: clientAddress(c),
    });
    return render(c, step);
  });

  // The receipt as a small text file; the code comes from the receipt page's form (never stored).
  app.post("/budgets/:slug/receipt", async (c) => {
    const deps = c.get("deps");
    const budget = await findBudgetOrFail(deps, c.req.param("slug"));
    const body = await c.req.parseBody();
    const { t } = pageContext(c);
    const file = receiptFile(t, budget, typeof body.receipt === "string" ? body.receipt : "", deps.config.baseUrl);
    if (!file) return c.text(t("budget.receipt.fileInvalid"), 422);
    c.header("Cache-Control", "no-store");
    return c.body(file, 200, {
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Disposition": `attachment; filename="${budget.slug}-quittung.txt"`,
    });
  });

  app.get("/budgets/:slug/check", async (c) => {
    const budget = await findBudgetOrFail(c.get("deps"), c.req.param("slug"));
    return c.html(<CheckPage page={pageContext(c)} budget={budget} />);
  });

  app.post("/budgets/:slug/check", async (c) => {
    const budget = await findBudgetOrFail(c.get("deps"), c.req.param("slug"));
    const body = await c.req.parseBody();
    const page = pageContext(c);
    const typed = typeof body.receipt === "string" ? body.receipt : "";
    const checked = await checkReceipt(c.get("deps"), {
      budgetId: budget.id,
      receipt: typed,
      clientAddress: clientAddress(c),
    });
    if (checked.status === "malformed" || checked.status === "unknown") {
      const message = checked.status === "malformed" ? "budget.check.format" : "budget.check.unknown";
      return c.html(
        <CheckPage page={page} budget={budget} errors={{ receipt: page.t(message) }} values={{ receipt: typed }} />,
        checked.status === "malformed" ? 422 : 404,
      );
    }
    return c.html(<CheckPage page={page} budget={budget} outcome={checked} />);
  });
}
