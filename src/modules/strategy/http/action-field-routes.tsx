import type { Context, Hono } from "hono";
import { Conflict, Invalid } from "../../../platform/errors/errors";
import { fieldErrors } from "../../../platform/forms/forms";
import type { AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { can } from "../../../platform/permissions/permissions";
import { pageContext } from "../../../ui/page-context";
import { pageNumberOf } from "../domain/filters";
import { createActionField } from "../use-cases/create-action-field";
import { editActionField } from "../use-cases/edit-action-field";
import { openActionFieldEditor, openNewActionFieldForm } from "../use-cases/open-action-field-form";
import { readReferenceTables } from "../use-cases/read-strategy-overview";
import { showActionField } from "../use-cases/show-action-field";
import { ActionFieldFormPage, ActionFieldPage } from "../views/catalogue-pages";
import { type FlatForm, flatFormOf, formInput } from "../views/edit-forms";
import { cachedAnswer } from "./page-cache";

type C = Context<AppEnv>;

async function actionFieldEditPage(
  c: C,
  form?: FlatForm,
  errors?: Record<string, string>,
  conflict = false,
  status: 200 | 409 | 422 = 200,
) {
  const { field, reference } = await openActionFieldEditor(
    c.get("deps"),
    c.get("state").actor,
    c.req.param("id") ?? "",
  );
  const saved: FlatForm = {
    cluster: field.clusterId,
    name_de: field.name.de,
    name_en: field.name.en,
    description_de: field.description.de,
    description_en: field.description.en,
  };
  return c.html(
    <ActionFieldFormPage
      page={pageContext(c)}
      reference={reference}
      field={field}
      form={form ?? saved}
      errors={errors}
      conflict={conflict}
    />,
    status,
  );
}

/** An action field's page, and creating and editing action fields (the office). */
export function actionFieldRoutes(app: Hono<AppEnv>): void {
  app.get("/action-fields/new", async (c) => {
    const reference = await openNewActionFieldForm(c.get("deps"), c.get("state").actor);
    return c.html(<ActionFieldFormPage page={pageContext(c)} reference={reference} field={null} form={{}} />);
  });

  app.post("/action-fields/new", async (c) => {
    const form = flatFormOf(await c.req.parseBody({ all: true }));
    try {
      const created = await createActionField(c.get("deps"), invocation(c), formInput(form));
      return c.redirect(`/action-fields/${encodeURIComponent(created.id)}?saved=1`, 303);
    } catch (error) {
      if (!(error instanceof Invalid) || error.status !== 422) throw error;
      const reference = await readReferenceTables(c.get("deps"));
      return c.html(
        <ActionFieldFormPage
          page={pageContext(c)}
          reference={reference}
          field={null}
          form={form}
          errors={fieldErrors(error.issues, c.get("state").t)}
        />,
        422,
      );
    }
  });

  app.get("/action-fields/:id", (c) =>
    cachedAnswer(c, async (version) => {
      const { field, reference, measures } = await showActionField(
        c.get("deps"),
        c.req.param("id"),
        pageNumberOf(c.req.query("page")),
        c.get("state").locale,
        version,
      );
      return c.html(
        <ActionFieldPage
          page={pageContext(c)}
          reference={reference}
          field={field}
          measures={measures}
          canEdit={can(c.get("state").actor, "strategy.actionField.save")}
          saved={c.req.query("saved") === "1"}
        />,
      );
    }),
  );

  app.get("/action-fields/:id/edit", (c) => actionFieldEditPage(c));
  app.post("/action-fields/:id/edit", async (c) => {
    const body = await c.req.parseBody({ all: true });
    const form = flatFormOf(body);
    try {
      await editActionField(
        c.get("deps"),
        invocation(c),
        formInput({ ...form, id: c.req.param("id"), version: body.version }),
      );
      return c.redirect(`/action-fields/${encodeURIComponent(c.req.param("id"))}?saved=1`, 303);
    } catch (error) {
      if (error instanceof Conflict) return actionFieldEditPage(c, form, undefined, true, 409);
      if (error instanceof Invalid && error.status === 422) {
        return actionFieldEditPage(c, form, fieldErrors(error.issues, c.get("state").t), false, 422);
      }
      throw error;
    }
  });
}
