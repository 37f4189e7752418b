import type { Hono } from "hono";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { pageContext } from "../../../ui/page-context";
import { isValidUnsubscribeToken, unsubscribe } from "../use-cases/unsubscribe";
import { UnsubscribePage } from "../views/unsubscribe-page";

/**
 * The unsubscribe link of the mails: works without signing in. The token in the address is a key
 * to the account's mail setting, so these answers are never stored and never sent on as referrer.
 */
export function unsubscribeRoutes(app: Hono<AppEnv>): void {
  const privateAnswer = (c: AppContext) => {
    c.header("Cache-Control", "no-store");
    c.header("Referrer-Policy", "no-referrer");
  };

  app.get("/notifications/unsubscribe", async (c) => {
    privateAnswer(c);
    const token = c.req.query("token");
    const valid = await isValidUnsubscribeToken(c.get("deps"), token);
    return c.html(<UnsubscribePage page={pageContext(c)} token={valid ? (token ?? null) : null} />, valid ? 200 : 404);
  });

  app.post("/notifications/unsubscribe", async (c) => {
    privateAnswer(c);
    const body = await c.req.parseBody();
    const token = c.req.query("token") ?? body.token;
    await unsubscribe(c.get("deps"), invocation(c), { token } as never);
    return c.html(<UnsubscribePage page={pageContext(c)} token={null} done />);
  });
}
