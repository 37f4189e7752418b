import type { Hono } from "hono";
import { Invalid } from "../../../platform/errors/errors";
import { fieldErrors, formValues } from "../../../platform/forms/forms";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { pageContext } from "../../../ui/page-context";
import { editEntry } from "../use-cases/edit-entry";
import { entryFormChoices } from "../use-cases/form-choices";
import { showEdit } from "../use-cases/show-edit";
import { EditEntryPage } from "../views/submit-pages";
import { groupIssues, sentLists } from "./step-form";

async function editPage(c: AppContext, sent?: { errors: Record<string, string>; body: Record<string, unknown> }) {
  const deps = c.get("deps");
  const page = pageContext(c);
  const { entry, content } = await showEdit(deps, c.get("state").actor, c.req.param("number"));
  const { actionFields, compassValues } = await entryFormChoices(deps, page.locale);
  return c.html(
    <EditEntryPage
      page={page}
      number={entry.number}
      content={content}
      actionFields={actionFields}
      compassValues={compassValues}
      errors={sent?.errors}
      sent={sent ? formValues(sent.body) : undefined}
      sentLists={sent ? sentLists(sent.body) : undefined}
    />,
    sent ? 422 : 200,
  );
}

/** The author edits the entry in one form (every step's fields) until the office starts to qualify it. */
export function editRoutes(app: Hono<AppEnv>): void {
  app.get("/arena/:number/edit", (c) => editPage(c));
  app.post("/arena/:number/edit", async (c) => {
    requirePermission(c.get("state").actor, "arena.edit");
    const deps = c.get("deps");
    const { entry } = await showEdit(deps, c.get("state").actor, c.req.param("number"));
    const body = (await c.req.parseBody({ all: true })) as Record<string, unknown>;
    const { _csrf, ...fields } = body;
    try {
      await editEntry(deps, invocation(c), { entryId: entry.id, fields });
      return c.redirect(`/arena/${entry.number}?done=edited`, 303);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return editPage(c, { errors: fieldErrors(groupIssues(error.issues), c.get("state").t), body });
    }
  });
}
