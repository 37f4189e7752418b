import type { Hono } from "hono";
import type { AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { pageContext } from "../../../ui/page-context";
import { workshopPath } from "../domain/workshop";
import { scopeOfWorkshop } from "../use-cases/access";
import { callOffForm, callOffWorkshop } from "../use-cases/call-off-workshop";
import { CallOffPage } from "../views/call-off-page";
import { refusedFormErrors, singleValues } from "./form-errors";

/** Calling an event off: a confirmation page for the organisers, then the mails to everyone registered. */
export function callOffRoutes(app: Hono<AppEnv>): void {
  app.get("/workshops/:id/call-off", async (c) => {
    const { workshop, people } = await callOffForm(c.get("deps"), c.get("state").actor, c.req.param("id"));
    return c.html(<CallOffPage page={pageContext(c)} workshop={workshop} people={people} />);
  });
  app.post("/workshops/:id/call-off", async (c) => {
    const { workshop, people } = await callOffForm(c.get("deps"), c.get("state").actor, c.req.param("id"));
    const body = singleValues((await c.req.parseBody()) as Record<string, unknown>);
    try {
      await callOffWorkshop(c.get("deps"), invocation(c), {
        confirm: body.confirm,
        id: workshop.id,
        scope: scopeOfWorkshop(workshop),
      } as never);
      return c.redirect(`${workshopPath(workshop.id)}?done=calledOff`, 303);
    } catch (error) {
      const errors = refusedFormErrors(c, error, "workshop-call-off");
      return c.html(<CallOffPage page={pageContext(c)} workshop={workshop} people={people} errors={errors} />, 422);
    }
  });
}
