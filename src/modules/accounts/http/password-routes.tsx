import type { Hono } from "hono";
import { clientAddress } from "../../../platform/http/client-address";
import { clearCookie } from "../../../platform/http/cookies";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { pageContext } from "../../../ui/page-context";
import { mailLinkPurpose } from "../use-cases/find-mail-link";
import { requestPasswordReset } from "../use-cases/request-password-reset";
import { INVALID_LINK, resetPassword } from "../use-cases/reset-password";
import { ResetPasswordPage } from "../views/reset-password";
import { emailFormRoutes, invalidLinkPage, LINK_TOKEN } from "./email-pages";
import { attempt, formFields } from "./request";

/** The page for a reset link that cannot be used: the way on is asking for a new one. */
function invalidResetLink(c: AppContext) {
  return invalidLinkPage(c, { href: "/forgot-password", label: "auth.reset.newLink", primary: true });
}

export function passwordRoutes(app: Hono<AppEnv>): void {
  emailFormRoutes(
    app,
    "/forgot-password",
    {
      title: "auth.forgot.title",
      intro: "auth.forgot.intro",
      submit: "auth.forgot.submit",
      sentTitle: "auth.forgot.sentTitle",
      sentText: "auth.forgot.sentText",
    },
    (c, input) => requestPasswordReset(c.get("deps"), invocation(c), input),
  );

  app.get("/reset-password", async (c) => {
    const deps = c.get("deps");
    const token = c.req.query("token") ?? "";
    if (!LINK_TOKEN.test(token)) return invalidResetLink(c);
    if (!(await mailLinkPurpose(deps, token, ["resetPassword"]))) return invalidResetLink(c);
    return c.html(<ResetPasswordPage page={pageContext(c)} token={token} />);
  });

  app.post("/reset-password", async (c) => {
    const deps = c.get("deps");
    const fields = await formFields(c);
    const token = fields.token ?? "";
    const outcome = await attempt(c, () =>
      resetPassword(deps, invocation(c), { token, password: fields.password ?? "", clientAddress: clientAddress(c) }),
    );
    if (!outcome.ok) {
      if (outcome.message === INVALID_LINK || "token" in outcome.errors) return invalidResetLink(c);
      return c.html(<ResetPasswordPage page={pageContext(c)} token={token} errors={outcome.errors} />, outcome.status);
    }
    // Every session of the account ended, this browser's too.
    clearCookie(c, deps.config, "session");
    return c.redirect("/login?notice=passwordReset", 303);
  });
}
