import type { Context, Hono } from "hono";
import { Conflict, Invalid } from "../../../platform/errors/errors";
import { fieldErrors } from "../../../platform/forms/forms";
import type { AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { can } from "../../../platform/permissions/permissions";
import { pageContext } from "../../../ui/page-context";
import { pageNumberOf } from "../domain/filters";
import { createOrganisation } from "../use-cases/create-organisation";
import { editOrganisation } from "../use-cases/edit-organisation";
import { openNewOrganisationForm, openOrganisationEditor } from "../use-cases/open-organisation-form";
import { showOrganisation } from "../use-cases/show-organisation";
import { OrganisationFormPage, OrganisationPage } from "../views/catalogue-pages";
import { type FlatForm, flatFormOf, formInput } from "../views/edit-forms";
import { cachedAnswer } from "./page-cache";

type C = Context<AppEnv>;

async function organisationEditPage(
  c: C,
  form?: FlatForm,
  errors?: Record<string, string>,
  conflict = false,
  status: 200 | 409 | 422 = 200,
) {
  const organisation = await openOrganisationEditor(c.get("deps"), c.get("state").actor, c.req.param("id") ?? "");
  const saved: FlatForm = {
    name_de: organisation.name.de,
    name_en: organisation.name.en,
    kind: organisation.kind ?? "",
  };
  return c.html(
    <OrganisationFormPage
      page={pageContext(c)}
      organisation={organisation}
      form={form ?? saved}
      errors={errors}
      conflict={conflict}
    />,
    status,
  );
}

/** An organisation's page, and creating and editing organisations (the office). */
export function organisationRoutes(app: Hono<AppEnv>): void {
  app.get("/organisations/new", (c) => {
    openNewOrganisationForm(c.get("state").actor);
    return c.html(<OrganisationFormPage page={pageContext(c)} organisation={null} form={{}} />);
  });

  app.post("/organisations/new", async (c) => {
    const form = flatFormOf(await c.req.parseBody({ all: true }));
    try {
      const created = await createOrganisation(c.get("deps"), invocation(c), formInput(form));
      return c.redirect(`/organisations/${encodeURIComponent(created.id)}?saved=1`, 303);
    } catch (error) {
      if (!(error instanceof Invalid) || error.status !== 422) throw error;
      return c.html(
        <OrganisationFormPage
          page={pageContext(c)}
          organisation={null}
          form={form}
          errors={fieldErrors(error.issues, c.get("state").t)}
        />,
        422,
      );
    }
  });

  app.get("/organisations/:id", (c) =>
    cachedAnswer(c, async (version) => {
      const { organisation, reference, measures } = await showOrganisation(
        c.get("deps"),
        c.req.param("id"),
        pageNumberOf(c.req.query("page")),
        c.get("state").locale,
        version,
      );
      return c.html(
        <OrganisationPage
          page={pageContext(c)}
          reference={reference}
          organisation={organisation}
          measures={measures}
          canEdit={can(c.get("state").actor, "strategy.organisation.save")}
          saved={c.req.query("saved") === "1"}
        />,
      );
    }),
  );

  app.get("/organisations/:id/edit", (c) => organisationEditPage(c));
  app.post("/organisations/:id/edit", async (c) => {
    const body = await c.req.parseBody({ all: true });
    const form = flatFormOf(body);
    try {
      await editOrganisation(
        c.get("deps"),
        invocation(c),
        formInput({ ...form, id: c.req.param("id"), version: body.version }),
      );
      return c.redirect(`/organisations/${encodeURIComponent(c.req.param("id"))}?saved=1`, 303);
    } catch (error) {
      if (error instanceof Conflict) return organisationEditPage(c, form, undefined, true, 409);
      if (error instanceof Invalid && error.status === 422) {
        return organisationEditPage(c, form, fieldErrors(error.issues, c.get("state").t), false, 422);
      }
      throw error;
    }
  });
}
