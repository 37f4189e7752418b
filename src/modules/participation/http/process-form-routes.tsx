import type { Hono } from "hono";
import { Invalid } from "../../../platform/errors/errors";
import { type FieldErrors, fieldErrors, formValues } from "../../../platform/forms/forms";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { pageContext } from "../../../ui/page-context";
import { DEFAULT_PHASE_ROWS, phaseRowCount } from "../domain/process-input";
import { processPath } from "../domain/process-path";
import { createProcess } from "../use-cases/create-process";
import { editProcess } from "../use-cases/edit-process";
import { processFormChoices, processToEdit } from "../use-cases/show-process-form";
import { ProcessFormPage, type ProcessFormState, processFormState } from "../views/process-form";

type Body = Record<string, unknown>;

/** The body as sent: every field once, except the districts, which are a list. */
async function formBody(c: AppContext): Promise<Body> {
  const body = (await c.req.parseBody({ all: true })) as Body;
  return Object.fromEntries(
    Object.entries(body).map(([key, value]) => [key, key === "districts" ? [value].flat() : [value].flat()[0]]),
  );
}

/** The form as sent, shown again: what was typed, and one more phase row when asked. */
function sentState(body: Body, errors?: FieldErrors): ProcessFormState {
  const { districts, ...rest } = body;
  return {
    values: formValues(rest),
    districts: [districts ?? []].flat().filter((d): d is string => typeof d === "string"),
    phaseRows: phaseRowCount(body.phaseRows, body.addPhase !== undefined && errors === undefined),
    errors,
  };
}

/**
 * The refusal's messages beside their fields, logged as one line naming the fields, not what was
 * typed. A line of the invited people is quoted ("line 3: …") in the field's message.
 */
function refusedErrors(c: AppContext, error: unknown, body: Body): FieldErrors {
  if (!(error instanceof Invalid)) throw error;
  const { t, requestId } = c.get("state");
  c.get("deps").logger.info("form refused", {
    requestId,
    form: "participation-process",
    fields: error.issues.map((issue) => issue.path || "form"),
  });
  if (error.issues.length === 0) return { form: t(error.message) };
  const lines = typeof body.invited === "string" ? body.invited.split(/\r?\n/) : [];
  const issues = error.issues.map((issue) => {
    const match = /^invited\.(\d+)$/.exec(issue.path);
    if (!match) return issue;
    const line = Number(match[1]);
    return { path: "invited", message: t(issue.message, { number: line, line: (lines[line - 1] ?? "").trim() }) };
  });
  return fieldErrors(issues, t);
}

/** The office's pages to open and change a process. */
export function processFormRoutes(app: Hono<AppEnv>): void {
  const render = async (c: AppContext, action: string, state: ProcessFormState, status: 200 | 422, slug?: string) => {
    const page = pageContext(c);
    const { actionFields, process } = await processFormChoices(c.get("deps"), page.locale, slug);
    return c.html(
      <ProcessFormPage page={page} action={action} process={process} state={state} actionFields={actionFields} />,
      status,
    );
  };

  app.get("/participation/new", async (c) => {
    requirePermission(c.get("state").actor, "participation.manage");
    const state = {
      values: { subjectKind: "measure", visibility: "public" },
      districts: [],
      phaseRows: DEFAULT_PHASE_ROWS,
    };
    return render(c, "/participation/new", state, 200);
  });
  app.post("/participation/new", async (c) => {
    requirePermission(c.get("state").actor, "participation.manage");
    const body = await formBody(c);
    if (body.addPhase !== undefined) return render(c, "/participation/new", sentState(body), 200);
    try {
      const { slug } = await createProcess(c.get("deps"), invocation(c), body);
      return c.redirect(`${processPath(slug)}?done=created`, 303);
    } catch (error) {
      return render(c, "/participation/new", sentState(body, refusedErrors(c, error, body)), 422);
    }
  });
  app.get("/participation/:slug/edit", async (c) => {
    const { process, invited } = await processToEdit(c.get("deps"), c.get("state").actor, c.req.param("slug"));
    const action = `${processPath(process.slug)}/edit`;
    return render(
      c,
      action,
      processFormState(process, invited, DEFAULT_PHASE_ROWS, c.get("deps").city.timeZone),
      200,
      process.slug,
    );
  });
  app.post("/participation/:slug/edit", async (c) => {
    const { process } = await processToEdit(c.get("deps"), c.get("state").actor, c.req.param("slug"));
    const body = await formBody(c);
    const action = `${processPath(process.slug)}/edit`;
    if (body.addPhase !== undefined) return render(c, action, sentState(body), 200, process.slug);
    try {
      const { slug } = await editProcess(c.get("deps"), invocation(c), { ...body, processId: process.id });
      return c.redirect(`${processPath(slug)}?done=saved`, 303);
    } catch (error) {
      return render(c, action, sentState(body, refusedErrors(c, error, body)), 422, process.slug);
    }
  });
}
