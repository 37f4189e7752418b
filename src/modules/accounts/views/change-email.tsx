import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import { ErrorSummary, Form, Notice, SubmitButton, TextField } from "../../../ui/components/form";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";

export function ChangeEmailPage(props: {
  page: PageContext;
  currentEmail: string;
  errors?: FieldErrors;
  values?: FormValues;
  sent?: boolean;
}) {
  const { page } = props;
  const { t } = page;
  return (
    <Layout page={page} title={t("auth.changeEmail.title")}>
      <p>
        <a href="/profile">{t("auth.profile.backLink")}</a>
      </p>
      <h1>{t("auth.changeEmail.title")}</h1>
      {props.sent && <Notice kind="success">{t("auth.changeEmail.sent")}</Notice>}
      <p class="lead long-text">{t("auth.changeEmail.intro", { email: props.currentEmail })}</p>
      <ErrorSummary page={page} errors={props.errors} />
      <Form page={page} action="/profile/email">
        <TextField
          name="newEmail"
          type="email"
          label={t("auth.changeEmail.newLabel")}
          autocomplete="email"
          required
          errors={props.errors}
          values={props.values}
        />
        <TextField
          name="currentPassword"
          type="password"
          label={t("auth.password.currentLabel")}
          hint={t("auth.changeEmail.passwordHint")}
          autocomplete="current-password"
          required
          errors={props.errors}
        />
        <SubmitButton>{t("auth.changeEmail.submit")}</SubmitButton>
      </Form>
    </Layout>
  );
}
