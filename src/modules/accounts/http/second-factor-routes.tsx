import type { Hono } from "hono";
import { clientAddress } from "../../../platform/http/client-address";
import { clearCookie, readCookie, writeCookie } from "../../../platform/http/cookies";
import type { AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { readPendingLogin } from "../../../platform/identity/pending-login";
import { newToken } from "../../../platform/security/tokens";
import { pageContext } from "../../../ui/page-context";
import { safeNextPath } from "../domain/next-path";
import { asTotpCode } from "../domain/two-factor";
import { useRecoveryCodeToSignIn } from "../use-cases/use-recovery-code";
import { SECOND_FACTOR_FAILED, verifySecondFactor } from "../use-cases/verify-second-factor";
import { SecondFactorPage } from "../views/two-factor";
import { attempt, formFields, noStore } from "./request";

/** Where the login sends an account with an authenticator app after the correct password. */
export function secondFactorPath(next: string | undefined): string {
  return next ? `/login/second-factor?next=${encodeURIComponent(next)}` : "/login/second-factor";
}

/** The second step of signing in: a code from the app, or a recovery code. */
export function secondFactorRoutes(app: Hono<AppEnv>): void {
  app.get("/login/second-factor", (c) => {
    const deps = c.get("deps");
    const next = safeNextPath(c.req.query("next"));
    noStore(c);
    if (!readPendingLogin(deps.csrfKey, readCookie(c, deps.config, "pendingLogin"), deps.clock())) {
      return c.redirect(next ? `/login?next=${encodeURIComponent(next)}` : "/login", 303);
    }
    return c.html(<SecondFactorPage page={pageContext(c)} next={next} />);
  });

  app.post("/login/second-factor", async (c) => {
    const deps = c.get("deps");
    const state = c.get("state");
    const fields = await formFields(c);
    const next = safeNextPath(fields.next);
    noStore(c);
    const pendingLogin = readCookie(c, deps.config, "pendingLogin") ?? "";
    if (!readPendingLogin(deps.csrfKey, pendingLogin, deps.clock())) {
      clearCookie(c, deps.config, "pendingLogin");
      const errors = { form: state.t("auth.secondFactor.expired") };
      return c.html(<SecondFactorPage page={pageContext(c)} next={next} errors={errors} expired />, 422);
    }
    const code = fields.code ?? "";
    const byApp = asTotpCode(code) !== null || code.trim() === "";
    const input = {
      pendingLogin,
      code,
      clientAddress: clientAddress(c),
      previousSessionIdHash: state.sessionIdHash,
    };
    const outcome = await attempt(c, () =>
      byApp ? verifySecondFactor(deps, invocation(c), input) : useRecoveryCodeToSignIn(deps, invocation(c), input),
    );
    if (!outcome.ok || !outcome.value.ok) {
      const errors = outcome.ok ? { code: state.t(SECOND_FACTOR_FAILED) } : outcome.errors;
      return c.html(
        <SecondFactorPage page={pageContext(c)} next={next} errors={errors} />,
        outcome.ok ? 422 : outcome.status,
      );
    }
    clearCookie(c, deps.config, "pendingLogin");
    writeCookie(c, deps.config, "session", outcome.value.sessionToken);
    // A new CSRF secret too: nothing a page saw before the login is good after it.
    writeCookie(c, deps.config, "csrf", newToken(deps.random, 16));
    if (!byApp) return c.redirect("/profile/two-factor?notice=recoveryUsed", 303);
    return c.redirect(next ?? "/", 303);
  });
}
