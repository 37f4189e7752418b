import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import { ErrorSummary, Form, Notice, SubmitButton, TextField } from "../../../ui/components/form";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";

export type LoginNotice = "verified" | "passwordReset" | "loggedOut" | "loginRequired";

export function LoginPage(props: {
  page: PageContext;
  next?: string;
  errors?: FieldErrors;
  values?: FormValues;
  notice?: LoginNotice;
  unverified?: boolean;
}) {
  const { page } = props;
  const { t } = page;
  return (
    <Layout page={page} title={t("auth.login.title")}>
      <h1>{t("auth.login.title")}</h1>
      {props.notice && (
        <Notice kind={props.notice === "loginRequired" ? "info" : "success"}>
          {t(`auth.login.notice.${props.notice}`)}
        </Notice>
      )}
      <ErrorSummary page={page} errors={props.errors} />
      {props.unverified && (
        <Notice kind="warning">
          <a href="/verify/resend">{t("auth.login.resendLink")}</a>
        </Notice>
      )}
      <Form page={page} action="/login">
        {props.next && <input type="hidden" name="next" value={props.next} />}
        <TextField
          name="email"
          type="email"
          label={t("auth.email.label")}
          autocomplete="email"
          required
          errors={props.errors}
          values={props.values}
        />
        <TextField
          name="password"
          type="password"
          label={t("auth.password.label")}
          autocomplete="current-password"
          required
          errors={props.errors}
        />
        <p class="actions">
          <SubmitButton>{t("auth.login.submit")}</SubmitButton>
          <a href="/forgot-password">{t("auth.login.forgot")}</a>
        </p>
      </Form>
      <p>
        {t("auth.login.noAccount")} <a href="/register">{t("auth.login.registerLink")}</a>
      </p>
    </Layout>
  );
}
