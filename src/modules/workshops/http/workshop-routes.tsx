import type { Hono } from "hono";
import { formValues } from "../../../platform/forms/forms";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { pageContext } from "../../../ui/page-context";
import { workshopPath } from "../domain/workshop";
import { cancelPreview, cancelRegistration } from "../use-cases/cancel-registration";
import { registerForWorkshop } from "../use-cases/register";
import { registrationForm } from "../use-cases/registration-form";
import { showWorkshop } from "../use-cases/show-workshop";
import { CancelPage, RegisterPage, type SentForm } from "../views/form-pages";
import { WorkshopPageView } from "../views/workshop-page";
import { refusedFormErrors, singleValues } from "./form-errors";

const notices = ["registered", "waiting", "created", "saved", "documented", "calledOff"] as const;

async function registerPage(c: AppContext, form?: SentForm) {
  const { workshop, groups } = await registrationForm(c.get("deps"), c.req.param("id") ?? "");
  return c.html(
    <RegisterPage page={pageContext(c)} workshop={workshop} groups={groups} form={form} />,
    form ? 422 : 200,
  );
}

/**
 * An event's page (public; personal parts for the signed-in viewer, so not kept), registration for
 * signed-in residents, and the personal cancel link, which works without signing in.
 */
export function workshopRoutes(app: Hono<AppEnv>): void {
  app.get("/workshops/cancel", async (c) => {
    const token = c.req.query("token") ?? "";
    const preview = await cancelPreview(c.get("deps"), token);
    const page = pageContext(c);
    if (!preview)
      return c.html(
        <CancelPage page={page} token="" title={null} error={page.t("workshops.errors.cancelLink")} />,
        404,
      );
    return c.html(<CancelPage page={page} token={token} title={preview.title} done={preview.cancelled} />);
  });
  app.post("/workshops/cancel", async (c) => {
    const body = singleValues((await c.req.parseBody()) as Record<string, unknown>);
    const page = pageContext(c);
    try {
      const result = await cancelRegistration(c.get("deps"), invocation(c), { token: body.token as string });
      return c.html(<CancelPage page={page} token="" title={result.title} done />);
    } catch (error) {
      const errors = refusedFormErrors(c, error, "cancel");
      return c.html(<CancelPage page={page} token="" title={null} error={Object.values(errors)[0]} />, 422);
    }
  });
  app.get("/workshops/:id", async (c) => {
    const state = c.get("state");
    const view = await showWorkshop(c.get("deps"), state.actor, c.req.param("id"), state.locale);
    const done = c.req.query("done");
    const notice = notices.find((n) => n === done);
    return c.html(<WorkshopPageView page={pageContext(c)} view={view} notice={notice} />);
  });
  app.get("/workshops/:id/register", async (c) => {
    requirePermission(c.get("state").actor, "workshops.register");
    return registerPage(c);
  });
  app.post("/workshops/:id/register", async (c) => {
    requirePermission(c.get("state").actor, "workshops.register");
    const body = (await c.req.parseBody({ all: true })) as Record<string, unknown>;
    const { needs, ...single } = body;
    const fields = { ...singleValues(single), needs: [needs ?? []].flat().map(String) };
    try {
      const result = await registerForWorkshop(c.get("deps"), invocation(c), {
        ...fields,
        id: c.req.param("id"),
      } as never);
      return c.redirect(`${workshopPath(result.workshopId)}?done=${result.status}`, 303);
    } catch (error) {
      const errors = refusedFormErrors(c, error, "register");
      return registerPage(c, { errors, values: formValues(singleValues(single)), lists: { needs: fields.needs } });
    }
  });
}
