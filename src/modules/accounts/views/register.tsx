import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import { ErrorSummary, Form, SubmitButton, TextField } from "../../../ui/components/form";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";

export function RegisterPage(props: { page: PageContext; errors?: FieldErrors; values?: FormValues }) {
  const { page } = props;
  const { t } = page;
  return (
    <Layout page={page} title={t("auth.register.title")}>
      <h1>{t("auth.register.title")}</h1>
      <p class="lead">{t("auth.register.intro")}</p>
      <ErrorSummary page={page} errors={props.errors} />
      <Form page={page} action="/register">
        <TextField
          name="email"
          type="email"
          label={t("auth.email.label")}
          hint={t("auth.register.emailHint")}
          autocomplete="email"
          required
          errors={props.errors}
          values={props.values}
        />
        <TextField
          name="displayName"
          label={t("auth.displayName.label")}
          hint={t("auth.displayName.hint")}
          autocomplete="nickname"
          required
          errors={props.errors}
          values={props.values}
        />
        <TextField
          name="password"
          type="password"
          label={t("auth.password.label")}
          hint={t("auth.password.hint")}
          autocomplete="new-password"
          required
          errors={props.errors}
        />
        <p>
          {t("auth.register.privacy")} <a href="/datenschutz">{t("auth.register.privacyLink")}</a>.
        </p>
        <SubmitButton>{t("auth.register.submit")}</SubmitButton>
      </Form>
      <p>
        {t("auth.register.haveAccount")} <a href="/login">{t("auth.register.loginLink")}</a>
      </p>
    </Layout>
  );
}
