import type { FieldErrors } from "../../../platform/forms/forms";
import { ErrorSummary, Form, SubmitButton } from "../../../ui/components/form";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import { NewPasswordField } from "./new-password-field";

export function ResetPasswordPage(props: { page: PageContext; token: string; errors?: FieldErrors }) {
  const { page } = props;
  const { t } = page;
  return (
    <Layout page={page} title={t("auth.reset.title")}>
      <h1>{t("auth.reset.title")}</h1>
      <p class="lead">{t("auth.reset.intro")}</p>
      <ErrorSummary page={page} errors={props.errors} />
      <Form page={page} action="/reset-password">
        <input type="hidden" name="token" value={props.token} />
        <NewPasswordField page={page} name="password" errors={props.errors} />
        <SubmitButton>{t("auth.reset.submit")}</SubmitButton>
      </Form>
    </Layout>
  );
}
