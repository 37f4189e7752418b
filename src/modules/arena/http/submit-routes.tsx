import type { Hono } from "hono";
import { Invalid } from "../../../platform/errors/errors";
import { fieldErrors, formValues } from "../../../platform/forms/forms";
import { clientAddress } from "../../../platform/http/client-address";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { pageContext } from "../../../ui/page-context";
import { isHoneypotFilled } from "../../moderation";
import { type SubmissionStep, submissionSteps } from "../domain/inputs";
import { entryFormChoices } from "../use-cases/form-choices";
import { saveDraftStep } from "../use-cases/save-draft-step";
import { ideaCallChoices, showDraft, showNewEntry } from "../use-cases/show-draft";
import { startDraft } from "../use-cases/start-draft";
import { submitDraft } from "../use-cases/submit-draft";
import { NewEntryPage, SubmissionStepPage } from "../views/submit-pages";
import { groupIssues, sentLists } from "./step-form";

function stepOf(c: AppContext): SubmissionStep | undefined {
  return submissionSteps.find((s) => s === c.req.param("step"));
}

/** The step page, from the saved draft or with what was just sent and its mistakes. */
export async function stepPage(
  c: AppContext,
  step: SubmissionStep,
  sent?: { errors: Record<string, string>; body: Record<string, unknown> },
) {
  const deps = c.get("deps");
  const page = pageContext(c);
  const { draft, similar, attachments } = await showDraft(
    deps,
    c.get("state").actor,
    c.req.param("id") ?? "",
    step === "review",
  );
  const [{ actionFields, compassValues }, ideaCalls] = await Promise.all([
    entryFormChoices(deps, page.locale),
    // The calls for ideas open now are offered with the place and named in the summary.
    step === "place" || step === "review"
      ? ideaCallChoices(deps, c.get("state").actor, page.locale)
      : Promise.resolve([]),
  ]);
  return c.html(
    <SubmissionStepPage
      page={page}
      draftId={draft.id}
      step={step}
      reached={draft.step}
      content={draft.content}
      actionFields={actionFields}
      compassValues={compassValues}
      ideaCalls={ideaCalls}
      similar={similar}
      attachments={attachments}
      errors={sent?.errors}
      sent={sent ? formValues(sent.body) : undefined}
      sentLists={sent ? sentLists(sent.body) : undefined}
    />,
    sent ? 422 : 200,
  );
}

/**
 * Bringing in an entry, step by step. Every step is saved in a draft on the server, so the work
 * survives signing out and an expired session; all of it works without JavaScript.
 */
export function submitRoutes(app: Hono<AppEnv>): void {
  // `?call=<key>` comes from a call for ideas (a participation process's page): the new draft is meant for it.
  app.get("/arena/new", async (c) => {
    const page = pageContext(c);
    const { drafts, refusal, call } = await showNewEntry(c.get("deps"), c.get("state").actor, {
      call: c.req.query("call"),
      locale: page.locale,
    });
    return c.html(<NewEntryPage page={page} drafts={drafts} refusal={refusal ? page.t(refusal) : null} call={call} />);
  });

  app.post("/arena/new", async (c) => {
    requirePermission(c.get("state").actor, "arena.submit");
    const { call } = (await c.req.parseBody()) as Record<string, unknown>;
    const { id } = await startDraft(c.get("deps"), invocation(c), { call: typeof call === "string" ? call : "" });
    return c.redirect(`/arena/drafts/${id}/problem`, 303);
  });

  app.get("/arena/drafts/:id/:step", async (c) => {
    const step = stepOf(c);
    if (!step) return c.notFound();
    return stepPage(c, step);
  });

  app.post("/arena/drafts/:id/submit", async (c) => {
    requirePermission(c.get("state").actor, "arena.submit");
    const body = (await c.req.parseBody()) as Record<string, unknown>;
    const draftId = c.req.param("id");
    // A filled hidden field is a program, not a person: nothing is stored, and it learns nothing.
    if (isHoneypotFilled(body)) return c.redirect("/arena?done=received", 303);
    try {
      const { number } = await submitDraft(c.get("deps"), invocation(c), { draftId, clientAddress: clientAddress(c) });
      return c.redirect(`/arena/${number}?done=submitted`, 303);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      const { t } = c.get("state");
      return stepPage(c, "review", { errors: { form: t(error.message), ...fieldErrors(error.issues, t) }, body: {} });
    }
  });

  app.post("/arena/drafts/:id/:step", async (c) => {
    requirePermission(c.get("state").actor, "arena.submit");
    const step = stepOf(c);
    if (!step || step === "review") return c.notFound();
    const body = (await c.req.parseBody({ all: true })) as Record<string, unknown>;
    const { go, _csrf, ...fields } = body;
    try {
      const { next } = await saveDraftStep(c.get("deps"), invocation(c), {
        draftId: c.req.param("id"),
        step,
        fields,
        language: c.get("state").locale,
      });
      const back = submissionSteps[Math.max(0, submissionSteps.indexOf(step) - 1)];
      return c.redirect(`/arena/drafts/${c.req.param("id")}/${go === "back" ? back : next}`, 303);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return stepPage(c, step, { errors: fieldErrors(groupIssues(error.issues), c.get("state").t), body });
    }
  });
}
