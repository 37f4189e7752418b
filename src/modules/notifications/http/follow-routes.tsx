import type { Hono } from "hono";
import type { AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { followResource } from "../use-cases/follow-resource";
import { unfollowResource } from "../use-cases/unfollow-resource";

/** The follow button's two posts; both go back to the page the button was on. */
export function followRoutes(app: Hono<AppEnv>): void {
  app.post("/notifications/follow", async (c) => {
    const body = await c.req.parseBody();
    const { returnTo } = await followResource(c.get("deps"), invocation(c), body as never);
    return c.redirect(returnTo, 303);
  });

  app.post("/notifications/unfollow", async (c) => {
    const body = await c.req.parseBody();
    const { returnTo } = await unfollowResource(c.get("deps"), invocation(c), body as never);
    return c.redirect(returnTo, 303);
  });
}
