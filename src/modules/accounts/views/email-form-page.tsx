import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import { ErrorSummary, Form, SubmitButton, TextField } from "../../../ui/components/form";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";

/** A page with one e-mail field: "forgot password" and "send the confirmation link again". */
export function EmailFormPage(props: {
  page: PageContext;
  action: string;
  title: string;
  intro: string;
  submit: string;
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { page } = props;
  const { t } = page;
  return (
    <Layout page={page} title={props.title}>
      <h1>{props.title}</h1>
      <p class="lead">{props.intro}</p>
      <ErrorSummary page={page} errors={props.errors} />
      <Form page={page} action={props.action}>
        <TextField
          name="email"
          type="email"
          label={t("auth.email.label")}
          autocomplete="email"
          required
          errors={props.errors}
          values={props.values}
        />
        <SubmitButton>{props.submit}</SubmitButton>
      </Form>
      <p>
        <a href="/login">{t("auth.forgot.backToLogin")}</a>
      </p>
    </Layout>
  );
}
