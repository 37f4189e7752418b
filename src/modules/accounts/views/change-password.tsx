import type { FieldErrors } from "../../../platform/forms/forms";
import { ErrorSummary, Form, Notice, SubmitButton, TextField } from "../../../ui/components/form";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import { NewPasswordField } from "./new-password-field";

export function ChangePasswordPage(props: { page: PageContext; errors?: FieldErrors; done?: boolean }) {
  const { page } = props;
  const { t } = page;
  return (
    <Layout page={page} title={t("auth.changePassword.title")}>
      <p>
        <a href="/profile">{t("auth.profile.backLink")}</a>
      </p>
      <h1>{t("auth.changePassword.title")}</h1>
      {props.done && <Notice kind="success">{t("auth.changePassword.done")}</Notice>}
      <p class="lead">{t("auth.changePassword.intro")}</p>
      <ErrorSummary page={page} errors={props.errors} />
      <Form page={page} action="/profile/password">
        <TextField
          name="currentPassword"
          type="password"
          label={t("auth.password.currentLabel")}
          autocomplete="current-password"
          required
          errors={props.errors}
        />
        <NewPasswordField page={page} name="newPassword" errors={props.errors} />
        <SubmitButton>{t("auth.changePassword.submit")}</SubmitButton>
      </Form>
    </Layout>
  );
}
