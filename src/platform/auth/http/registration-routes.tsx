import type { Hono } from "hono";
import { pageContext } from "../../../ui/page-context";
import { Conflict, Invalid } from "../../errors/errors";
import { formValues } from "../../forms/forms";
import type { AppContext, AppEnv } from "../../http/env";
import { confirmEmailChange } from "../use-cases/confirm-email-change";
import { findUsableEmailToken, purposeOf } from "../use-cases/queries";
import { register } from "../use-cases/register";
import { resendVerification } from "../use-cases/resend-verification";
import { verifyEmail } from "../use-cases/verify-email";
import { EmailFormPage } from "../views/email-form-page";
import { MessagePage } from "../views/message-page";
import { RegisterPage } from "../views/register";
import { attempt, clientAddress, formFields, invocation } from "./request";

const LINK_TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

function invalidLinkPage(c: AppContext, status: 400 | 409 = 400, text = "auth.link.invalidText") {
  const page = pageContext(c);
  const { t } = page;
  return c.html(
    <MessagePage
      page={page}
      title={t("auth.verify.invalidTitle")}
      paragraphs={[t(text)]}
      links={[{ href: "/verify/resend", label: t("auth.login.resendLink") }]}
    />,
    status,
  );
}

function resendForm(
  c: AppContext,
  extra: Partial<Parameters<typeof EmailFormPage>[0]> = {},
  status: 200 | 422 | 429 = 200,
) {
  const page = pageContext(c);
  const { t } = page;
  return c.html(
    <EmailFormPage
      page={page}
      action="/verify/resend"
      title={t("auth.resend.title")}
      intro={t("auth.resend.intro")}
      submit={t("auth.resend.submit")}
      {...extra}
    />,
    status,
  );
}

export function registrationRoutes(app: Hono<AppEnv>): void {
  app.get("/register", (c) => {
    if (c.get("state").user) return c.redirect("/profile", 303);
    return c.html(<RegisterPage page={pageContext(c)} />);
  });

  app.post("/register", async (c) => {
    const fields = await formFields(c);
    const outcome = await attempt(c, () =>
      register(c.get("deps"), invocation(c), {
        email: fields.email ?? "",
        displayName: fields.displayName ?? "",
        password: fields.password ?? "",
        locale: c.get("state").locale,
        clientAddress: clientAddress(c),
      }),
    );
    if (!outcome.ok) {
      return c.html(
        <RegisterPage page={pageContext(c)} errors={outcome.errors} values={formValues(fields, ["password"])} />,
        outcome.status,
      );
    }
    return c.redirect("/register/check-mail", 303);
  });

  app.get("/register/check-mail", (c) => {
    const page = pageContext(c);
    const { t } = page;
    return c.html(
      <MessagePage
        page={page}
        title={t("auth.checkMail.title")}
        paragraphs={[
          t("auth.checkMail.text"),
          t("auth.checkMail.existingHint"),
          <>
            {t("auth.checkMail.noMail")} <a href="/verify/resend">{t("auth.checkMail.resendLink")}</a>.
          </>,
        ]}
      />,
    );
  });

  // The link in the mails: confirms a new account's address, or a new address of an account.
  app.get("/verify", async (c) => {
    const deps = c.get("deps");
    const token = c.req.query("token") ?? "";
    if (!LINK_TOKEN.test(token)) return invalidLinkPage(c);
    const link = await findUsableEmailToken(deps.database.db, token, ["verifyEmail", "changeEmail"], deps.clock());
    const purpose = link ? purposeOf(link) : null;
    const page = pageContext(c);
    const { t } = page;
    try {
      if (purpose === "changeEmail") {
        await confirmEmailChange(deps, invocation(c), { token, clientAddress: clientAddress(c) });
        return c.html(
          <MessagePage
            page={page}
            title={t("auth.verify.changedTitle")}
            paragraphs={[t("auth.verify.changedText")]}
            links={[{ href: "/profile", label: t("auth.verify.profileLink"), primary: true }]}
          />,
        );
      }
      if (purpose === "verifyEmail") {
        await verifyEmail(deps, invocation(c), { token, clientAddress: clientAddress(c) });
        const signedIn = c.get("state").user !== null;
        return c.html(
          <MessagePage
            page={page}
            title={t("auth.verify.title")}
            paragraphs={[t("auth.verify.text")]}
            links={[
              signedIn
                ? { href: "/profile", label: t("auth.verify.profileLink"), primary: true }
                : { href: "/login?notice=verified", label: t("auth.verify.loginLink"), primary: true },
            ]}
          />,
        );
      }
    } catch (error) {
      if (error instanceof Conflict) return invalidLinkPage(c, 409, "auth.verify.takenText");
      if (!(error instanceof Invalid)) throw error;
    }
    return invalidLinkPage(c);
  });

  app.get("/verify/resend", (c) => {
    if (c.req.query("sent") === "1") {
      const page = pageContext(c);
      const { t } = page;
      return c.html(
        <MessagePage
          page={page}
          title={t("auth.resend.sentTitle")}
          paragraphs={[t("auth.resend.sentText")]}
          links={[{ href: "/login", label: t("auth.forgot.backToLogin") }]}
        />,
      );
    }
    return resendForm(c);
  });

  app.post("/verify/resend", async (c) => {
    const fields = await formFields(c);
    const outcome = await attempt(c, () =>
      resendVerification(c.get("deps"), invocation(c), { email: fields.email ?? "", clientAddress: clientAddress(c) }),
    );
    if (!outcome.ok) return resendForm(c, { errors: outcome.errors, values: formValues(fields) }, outcome.status);
    return c.redirect("/verify/resend?sent=1", 303);
  });
}
