import type { Hono } from "hono";
import { formValues } from "../../../platform/forms/forms";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { pageContext } from "../../../ui/page-context";
import { workshopPath } from "../domain/workshop";
import { scopeOfWorkshop } from "../use-cases/access";
import { createWorkshop } from "../use-cases/create-workshop";
import { documentWorkshop } from "../use-cases/document-workshop";
import { editWorkshop } from "../use-cases/edit-workshop";
import { openOrganiserForm, requireOrganiserOf } from "../use-cases/organiser-access";
import { EditorPage, editorValues } from "../views/form-pages";
import { refusedFormErrors, singleValues } from "./form-errors";
import { documentationPage } from "./photo-routes";

async function formBody(c: AppContext): Promise<Record<string, unknown>> {
  return singleValues((await c.req.parseBody()) as Record<string, unknown>);
}

/** The organisers' pages: a new event, changing one, and its documentation after it took place. */
export function organiserRoutes(app: Hono<AppEnv>): void {
  app.get("/workshops/new", (c) => {
    const measure = c.req.query("measure");
    requireOrganiserOf(c.get("state").actor, measure);
    const process = c.req.query("process") ?? "";
    return c.html(
      <EditorPage
        page={pageContext(c)}
        action="/workshops/new"
        values={{ format: "on_site", measure: measure ?? "", process }}
      />,
    );
  });
  app.post("/workshops/new", async (c) => {
    const body = await formBody(c);
    try {
      const { id } = await createWorkshop(c.get("deps"), invocation(c), body as never);
      return c.redirect(`${workshopPath(id)}?done=created`, 303);
    } catch (error) {
      const errors = refusedFormErrors(c, error, "workshop");
      return c.html(
        <EditorPage page={pageContext(c)} action="/workshops/new" values={formValues(body)} errors={errors} />,
        422,
      );
    }
  });
  app.get("/workshops/:id/edit", async (c) => {
    const { workshop, groups, day, times } = await openOrganiserForm(
      c.get("deps"),
      c.get("state").actor,
      c.req.param("id"),
    );
    const action = `${workshopPath(workshop.id)}/edit`;
    return c.html(
      <EditorPage
        page={pageContext(c)}
        action={action}
        workshop={workshop}
        values={editorValues(workshop, groups, day, times)}
      />,
    );
  });
  app.post("/workshops/:id/edit", async (c) => {
    const { workshop } = await openOrganiserForm(c.get("deps"), c.get("state").actor, c.req.param("id"));
    const body = await formBody(c);
    const action = `${workshopPath(workshop.id)}/edit`;
    try {
      await editWorkshop(c.get("deps"), invocation(c), {
        ...body,
        id: workshop.id,
        scope: scopeOfWorkshop(workshop),
      } as never);
      return c.redirect(`${workshopPath(workshop.id)}?done=saved`, 303);
    } catch (error) {
      const errors = refusedFormErrors(c, error, "workshop");
      return c.html(
        <EditorPage
          page={pageContext(c)}
          action={action}
          workshop={workshop}
          values={formValues(body)}
          errors={errors}
        />,
        422,
      );
    }
  });
  app.get("/workshops/:id/documentation", async (c) => {
    const { workshop } = await openOrganiserForm(c.get("deps"), c.get("state").actor, c.req.param("id"));
    return documentationPage(c, workshop);
  });
  app.post("/workshops/:id/documentation", async (c) => {
    const { workshop } = await openOrganiserForm(c.get("deps"), c.get("state").actor, c.req.param("id"));
    const body = await formBody(c);
    try {
      await documentWorkshop(c.get("deps"), invocation(c), {
        ...body,
        id: workshop.id,
        scope: scopeOfWorkshop(workshop),
      } as never);
      return c.redirect(`${workshopPath(workshop.id)}?done=documented#documentation`, 303);
    } catch (error) {
      const errors = refusedFormErrors(c, error, "documentation");
      return documentationPage(c, workshop, { values: formValues(body), errors });
    }
  });
}
