import type { Hono } from "hono";
import { Conflict, Invalid } from "../../../platform/errors/errors";
import { formValues } from "../../../platform/forms/forms";
import { clientAddress } from "../../../platform/http/client-address";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { pageContext } from "../../../ui/page-context";
import { confirmEmailChange } from "../use-cases/confirm-email-change";
import { mailLinkPurpose } from "../use-cases/find-mail-link";
import { register } from "../use-cases/register";
import { resendVerification } from "../use-cases/resend-verification";
import { verifyEmail } from "../use-cases/verify-email";
import { MessagePage } from "../views/message-page";
import { RegisterPage } from "../views/register";
import { emailFormRoutes, invalidLinkPage, LINK_TOKEN } from "./email-pages";
import { attempt, formFields } from "./request";

/** The page for a confirmation link that cannot be used: the way on is asking for a new one. */
function invalidVerifyLink(c: AppContext, status: 400 | 409 = 400, text = "auth.link.invalidText") {
  return invalidLinkPage(c, { href: "/verify/resend", label: "auth.login.resendLink" }, status, text);
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
    if (!LINK_TOKEN.test(token)) return invalidVerifyLink(c);
    const purpose = await mailLinkPurpose(deps, token, ["verifyEmail", "changeEmail"]);
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
      if (error instanceof Conflict) return invalidVerifyLink(c, 409, "auth.verify.takenText");
      if (!(error instanceof Invalid)) throw error;
    }
    return invalidVerifyLink(c);
  });

  emailFormRoutes(
    app,
    "/verify/resend",
    {
      title: "auth.resend.title",
      intro: "auth.resend.intro",
      submit: "auth.resend.submit",
      sentTitle: "auth.resend.sentTitle",
      sentText: "auth.resend.sentText",
    },
    (c, input) => resendVerification(c.get("deps"), invocation(c), input),
  );
}
