import type { Hono } from "hono";
import { pageContext } from "../../../ui/page-context";
import { formValues } from "../../forms/forms";
import { clearCookie } from "../../http/cookies";
import type { AppContext, AppEnv } from "../../http/env";
import { findUsableEmailToken } from "../use-cases/queries";
import { requestPasswordReset } from "../use-cases/request-password-reset";
import { INVALID_LINK, resetPassword } from "../use-cases/reset-password";
import { EmailFormPage } from "../views/email-form-page";
import { MessagePage } from "../views/message-page";
import { ResetPasswordPage } from "../views/reset-password";
import { attempt, clientAddress, formFields, invocation } from "./request";

const LINK_TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

function forgotForm(
  c: AppContext,
  extra: Partial<Parameters<typeof EmailFormPage>[0]> = {},
  status: 200 | 422 | 429 = 200,
) {
  const page = pageContext(c);
  const { t } = page;
  return c.html(
    <EmailFormPage
      page={page}
      action="/forgot-password"
      title={t("auth.forgot.title")}
      intro={t("auth.forgot.intro")}
      submit={t("auth.forgot.submit")}
      {...extra}
    />,
    status,
  );
}

function invalidResetLink(c: AppContext) {
  const page = pageContext(c);
  const { t } = page;
  return c.html(
    <MessagePage
      page={page}
      title={t("auth.verify.invalidTitle")}
      paragraphs={[t("auth.link.invalidText")]}
      links={[{ href: "/forgot-password", label: t("auth.reset.newLink"), primary: true }]}
    />,
    400,
  );
}

export function passwordRoutes(app: Hono<AppEnv>): void {
  app.get("/forgot-password", (c) => {
    if (c.req.query("sent") === "1") {
      const page = pageContext(c);
      const { t } = page;
      return c.html(
        <MessagePage
          page={page}
          title={t("auth.forgot.sentTitle")}
          paragraphs={[t("auth.forgot.sentText")]}
          links={[{ href: "/login", label: t("auth.forgot.backToLogin") }]}
        />,
      );
    }
    return forgotForm(c);
  });

  app.post("/forgot-password", async (c) => {
    const fields = await formFields(c);
    const outcome = await attempt(c, () =>
      requestPasswordReset(c.get("deps"), invocation(c), {
        email: fields.email ?? "",
        clientAddress: clientAddress(c),
      }),
    );
    if (!outcome.ok) return forgotForm(c, { errors: outcome.errors, values: formValues(fields) }, outcome.status);
    return c.redirect("/forgot-password?sent=1", 303);
  });

  app.get("/reset-password", async (c) => {
    const deps = c.get("deps");
    const token = c.req.query("token") ?? "";
    if (!LINK_TOKEN.test(token)) return invalidResetLink(c);
    const link = await findUsableEmailToken(deps.database.db, token, ["resetPassword"], deps.clock());
    if (!link) return invalidResetLink(c);
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
