import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import {
  Checkbox,
  ErrorSummary,
  Form,
  Notice,
  SelectField,
  SubmitButton,
  TextField,
} from "../../../ui/components/form";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { PanelRow } from "../use-cases/show-panel";
import { panelName } from "./components";

/** Field names of the feature questions: `feature.<index>` keeps names with spaces out of the ids. */
export function featureField(index: number): string {
  return `feature.${index}`;
}

function EasyExplanation(props: { page: PageContext }) {
  const { t } = props.page;
  return (
    <section class="panel-easy" aria-labelledby="easy-heading" lang={props.page.locale}>
      <h2 id="easy-heading">{t("panel.register.easyTitle")}</h2>
      <ul>
        {[1, 2, 3, 4, 5, 6, 7].map((n) => (
          <li>{t(`panel.register.easy${n}`)}</li>
        ))}
      </ul>
    </section>
  );
}

export function RegisterPage(props: {
  page: PageContext;
  panel: PanelRow;
  errors?: FieldErrors;
  values?: FormValues;
  pseudonym?: string;
}) {
  const { page, panel, errors, values } = props;
  const { t } = page;
  const open = panel.status === "registration";
  const labels: Record<string, string> = {
    code: t("panel.register.code"),
    name: t("panel.register.name"),
    email: t("panel.register.email"),
    consent: t("panel.register.consent"),
  };
  panel.features.forEach((f, i) => {
    labels[featureField(i)] = f.name;
  });
  return (
    <Layout page={page} title={t("panel.register.title")} section="panels">
      <p>
        <a href={`/panels/${panel.id}`}>{panelName(t, panel)}</a>
      </p>
      <h1>{props.pseudonym ? t("panel.register.doneTitle") : t("panel.register.title")}</h1>
      {props.pseudonym ? (
        <Notice kind="success">
          <p>{t("panel.register.done", { pseudonym: props.pseudonym })}</p>
        </Notice>
      ) : (
        <>
          <p class="lead">{t("panel.register.lead")}</p>
          <EasyExplanation page={page} />
          {!open ? (
            <Notice kind="warning">{t("panel.register.closed")}</Notice>
          ) : (
            <>
              <ErrorSummary page={page} errors={errors} labels={labels} />
              <Form page={page} action={`/panels/${panel.id}/register`}>
                <TextField
                  name="code"
                  label={labels.code as string}
                  hint={t("panel.register.codeHint")}
                  errors={errors}
                  values={values}
                  autocomplete="off"
                  required
                />
                <TextField
                  name="name"
                  label={labels.name as string}
                  hint={t("panel.register.nameHint")}
                  errors={errors}
                  values={values}
                  autocomplete="name"
                  required
                />
                <TextField
                  name="email"
                  type="email"
                  label={labels.email as string}
                  hint={t("panel.register.emailHint")}
                  errors={errors}
                  values={values}
                  autocomplete="email"
                  required
                />
                <SelectField
                  name="locale"
                  label={t("panel.register.locale")}
                  options={[
                    { value: "de", label: "Deutsch" },
                    { value: "en", label: "English" },
                  ]}
                  value={values?.locale ?? page.locale}
                />
                <fieldset>
                  <legend>{t("panel.register.questions")}</legend>
                  <p class="hint">{t("panel.register.questionsHint")}</p>
                  {panel.features.map((f, i) => (
                    <SelectField
                      name={featureField(i)}
                      label={f.name}
                      options={f.values.map((v) => ({ value: v.name, label: v.name }))}
                      emptyLabel={t("panel.register.choose")}
                      errors={errors}
                      values={values}
                      required
                    />
                  ))}
                </fieldset>
                {errors?.consent && (
                  <p class="field-error" id="error-consent">
                    {errors.consent}
                  </p>
                )}
                <Checkbox
                  name="consent"
                  label={labels.consent as string}
                  hint={t("panel.register.consentHint")}
                  checked={values?.consent === "on"}
                />
                <SubmitButton>{t("panel.register.submit")}</SubmitButton>
              </Form>
            </>
          )}
        </>
      )}
    </Layout>
  );
}
