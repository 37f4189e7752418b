import type { Hono } from "hono";
import { formValues } from "../../../platform/forms/forms";
import { clientAddress } from "../../../platform/http/client-address";
import { clearCookie, writeCookie } from "../../../platform/http/cookies";
import type { AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { rememberBrowserLanguage } from "../../../platform/http/request-state";
import { PENDING_LOGIN_SECONDS } from "../../../platform/identity/pending-login";
import { newToken } from "../../../platform/security/tokens";
import { pageContext } from "../../../ui/page-context";
import { safeNextPath } from "../domain/next-path";
import { LOGIN_UNVERIFIED, logIn } from "../use-cases/log-in";
import { logOut } from "../use-cases/log-out";
import { type LoginNotice, LoginPage } from "../views/login";
import { attempt, formFields } from "./request";
import { secondFactorPath } from "./second-factor-routes";

const notices: LoginNotice[] = ["verified", "passwordReset", "loggedOut", "loginRequired"];

export function sessionRoutes(app: Hono<AppEnv>): void {
  app.get("/login", (c) => {
    const next = safeNextPath(c.req.query("next"));
    if (c.get("state").user) return c.redirect(next ?? "/profile", 303);
    const notice = notices.find((n) => n === c.req.query("notice"));
    return c.html(<LoginPage page={pageContext(c)} next={next} notice={notice} />);
  });

  app.post("/login", async (c) => {
    const deps = c.get("deps");
    const state = c.get("state");
    const fields = await formFields(c);
    const next = safeNextPath(fields.next);
    const outcome = await attempt(c, () =>
      logIn(deps, invocation(c), {
        email: fields.email ?? "",
        password: fields.password ?? "",
        clientAddress: clientAddress(c),
        previousSessionIdHash: state.sessionIdHash,
      }),
    );
    if (!outcome.ok) {
      return c.html(
        <LoginPage
          page={pageContext(c)}
          next={next}
          errors={outcome.errors}
          values={formValues(fields, ["password"])}
          unverified={outcome.message === LOGIN_UNVERIFIED}
        />,
        outcome.status,
      );
    }
    if (outcome.value.pendingLogin !== null) {
      writeCookie(c, deps.config, "pendingLogin", outcome.value.pendingLogin, PENDING_LOGIN_SECONDS);
      return c.redirect(secondFactorPath(next), 303);
    }
    writeCookie(c, deps.config, "session", outcome.value.sessionToken);
    // A new CSRF secret too: nothing a page saw before the login is good after it.
    writeCookie(c, deps.config, "csrf", newToken(deps.random, 16));
    return c.redirect(next ?? "/", 303);
  });

  app.post("/logout", async (c) => {
    const deps = c.get("deps");
    const state = c.get("state");
    if (state.user && state.sessionIdHash) {
      await logOut(deps, invocation(c), { sessionIdHash: state.sessionIdHash });
    }
    clearCookie(c, deps.config, "session");
    // The farewell page and what follows stay in the language the person was reading.
    if (state.user) rememberBrowserLanguage(c, state.locale);
    return c.redirect(state.user ? "/login?notice=loggedOut" : "/", 303);
  });
}
