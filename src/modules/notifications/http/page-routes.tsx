import type { Hono } from "hono";
import { pageQuery } from "../../../platform/api/pagination";
import { Invalid } from "../../../platform/errors/errors";
import { fieldErrors } from "../../../platform/forms/forms";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { pageContext } from "../../../ui/page-context";
import { changeMailSetting } from "../use-cases/change-mail-setting";
import { markAllNotificationsRead } from "../use-cases/mark-all-read";
import { showNotifications } from "../use-cases/show-notifications";
import { NotificationsPage } from "../views/notifications-page";

/**
 * The person's own notifications page and its two forms. Never kept in the page cache: it is
 * personal and changes with every notification.
 */
export function notificationPageRoutes(app: Hono<AppEnv>): void {
  const render = async (c: AppContext, extra: { done?: string; errors?: Record<string, string> }, status = 200) => {
    const state = c.get("state");
    const view = await showNotifications(
      c.get("deps"),
      state.actor,
      state.locale,
      pageQuery((name) => c.req.query(name)),
    );
    return c.html(<NotificationsPage page={pageContext(c)} view={view} {...extra} />, status as 200);
  };

  app.get("/notifications", (c) => render(c, { done: c.req.query("done") }));

  app.post("/notifications/settings", async (c) => {
    const body = await c.req.parseBody();
    try {
      await changeMailSetting(c.get("deps"), invocation(c), body as never);
    } catch (error) {
      if (error instanceof Invalid) return render(c, { errors: fieldErrors(error.issues, c.get("state").t) }, 422);
      throw error;
    }
    return c.redirect("/notifications?done=settings#settings", 303);
  });

  app.post("/notifications/read", async (c) => {
    await markAllNotificationsRead(c.get("deps"), invocation(c), {});
    return c.redirect("/notifications?done=read", 303);
  });
}
