import type { FieldErrors } from "../../../platform/forms/forms";
import { ErrorSummary, Form, SubmitButton, TextField } from "../../../ui/components/form";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";

export function DeleteAccountPage(props: { page: PageContext; errors?: FieldErrors }) {
  const { page } = props;
  const { t } = page;
  return (
    <Layout page={page} title={t("auth.delete.title")}>
      <p>
        <a href="/profile">{t("auth.profile.backLink")}</a>
      </p>
      <h1>{t("auth.delete.title")}</h1>
      <ErrorSummary page={page} errors={props.errors} />
      <div class="prose">
        <p>{t("auth.delete.intro")}</p>
        <ul>
          <li>{t("auth.delete.point.data")}</li>
          <li>{t("auth.delete.point.sessions")}</li>
          <li>{t("auth.delete.point.contributions")}</li>
        </ul>
        <p>
          <strong>{t("auth.delete.irreversible")}</strong> <a href="/profile/data">{t("auth.profile.dataLink")}</a>
        </p>
      </div>
      <Form page={page} action="/profile/delete">
        <TextField
          name="password"
          type="password"
          label={t("auth.password.currentLabel")}
          hint={t("auth.delete.passwordHint")}
          autocomplete="current-password"
          required
          errors={props.errors}
        />
        <SubmitButton variant="danger">{t("auth.delete.submit")}</SubmitButton>
      </Form>
    </Layout>
  );
}
