import type { Hono } from "hono";
import { formValues } from "../../../platform/forms/forms";
import { clientAddress } from "../../../platform/http/client-address";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { pageContext } from "../../../ui/page-context";
import { EmailFormPage } from "../views/email-form-page";
import { MessagePage } from "../views/message-page";
import { attempt, formFields } from "./request";

/** The shape of a token in a mailed link; anything else is refused without asking the database. */
export const LINK_TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

/** The page for a mailed link that is malformed, used up or expired, with the way to a new one. */
export function invalidLinkPage(
  c: AppContext,
  next: { href: string; label: string; primary?: boolean },
  status: 400 | 409 = 400,
  text = "auth.link.invalidText",
) {
  const page = pageContext(c);
  const { t } = page;
  return c.html(
    <MessagePage
      page={page}
      title={t("auth.verify.invalidTitle")}
      paragraphs={[t(text)]}
      links={[{ href: next.href, label: t(next.label), primary: next.primary }]}
    />,
    status,
  );
}

/** Message keys of one e-mail form and of the page shown after it was sent. */
interface EmailFormMessages {
  title: string;
  intro: string;
  submit: string;
  sentTitle: string;
  sentText: string;
}

/**
 * "Forgot password" and "send the confirmation link again" work the same way: a form with one
 * e-mail field, a use case that may send a mail, then a redirect to `?sent=1`, which says the same
 * whether or not an account has that address (so the form cannot be used to probe for accounts).
 */
export function emailFormRoutes(
  app: Hono<AppEnv>,
  path: string,
  messages: EmailFormMessages,
  send: (c: AppContext, input: { email: string; clientAddress: string }) => Promise<unknown>,
): void {
  const form = (
    c: AppContext,
    extra: Partial<Parameters<typeof EmailFormPage>[0]> = {},
    status: 200 | 422 | 429 = 200,
  ) => {
    const page = pageContext(c);
    const { t } = page;
    return c.html(
      <EmailFormPage
        page={page}
        action={path}
        title={t(messages.title)}
        intro={t(messages.intro)}
        submit={t(messages.submit)}
        {...extra}
      />,
      status,
    );
  };

  app.get(path, (c) => {
    if (c.req.query("sent") === "1") {
      const page = pageContext(c);
      const { t } = page;
      return c.html(
        <MessagePage
          page={page}
          title={t(messages.sentTitle)}
          paragraphs={[t(messages.sentText)]}
          links={[{ href: "/login", label: t("auth.forgot.backToLogin") }]}
        />,
      );
    }
    return form(c);
  });

  app.post(path, async (c) => {
    const fields = await formFields(c);
    const outcome = await attempt(c, () => send(c, { email: fields.email ?? "", clientAddress: clientAddress(c) }));
    if (!outcome.ok) return form(c, { errors: outcome.errors, values: formValues(fields) }, outcome.status);
    return c.redirect(`${path}?sent=1`, 303);
  });
}
