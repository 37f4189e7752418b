import type { Hono } from "hono";
import { Invalid } from "../../../platform/errors/errors";
import { fieldErrors, formValues } from "../../../platform/forms/forms";
import type { AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { pageContext } from "../../../ui/page-context";
import { giveFeedback, officialFeedbackFor } from "../use-cases/feedback";
import { showFeedbackTarget } from "../use-cases/show-report-form";
import { FeedbackPage } from "../views/feedback";

const text = (value: unknown) => (typeof value === "string" ? value : "");

/** Official feedback: published from the form under an object's page, back to that page. */
export function feedbackRoutes(app: Hono<AppEnv>): void {
  app.post("/moderation/feedback", async (c) => {
    requirePermission(c.get("state").actor, "moderation.feedback");
    const deps = c.get("deps");
    const page = pageContext(c);
    const body = await c.req.parseBody();
    const target = await showFeedbackTarget(deps, text(body.type), text(body.id), page.locale);
    try {
      await giveFeedback(deps, invocation(c), {
        type: target.resource.type,
        id: target.resource.id,
        body: text(body.body),
        language: page.locale,
      });
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      const items = await officialFeedbackFor(deps.database.db, target.resource);
      return c.html(
        <FeedbackPage
          page={page}
          {...target}
          items={items}
          errors={fieldErrors(error.issues, page.t)}
          values={formValues(body)}
        />,
        422,
      );
    }
    return c.redirect(`${target.href}#official-feedback`, 303);
  });
}
