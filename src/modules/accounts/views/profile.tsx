import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import { districtOptions, stakeholderGroupOptions } from "../../../platform/reference-data";
import { ErrorSummary, Form, Notice, SelectField, SubmitButton, TextField } from "../../../ui/components/form";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";

export interface ProfileView {
  email: string;
  displayName: string;
  locale: string;
  district: string | null;
  stakeholderGroup: string | null;
  activeTokens: number;
}

const languageOptions = [
  { value: "de", label: "Deutsch" },
  { value: "en", label: "English" },
];

export function ProfilePage(props: {
  page: PageContext;
  profile: ProfileView;
  errors?: FieldErrors;
  values?: FormValues;
  notice?: string;
}) {
  const { page, profile } = props;
  const { t, locale } = page;
  const values: FormValues = props.values ?? {
    displayName: profile.displayName,
    locale: profile.locale,
    district: profile.district ?? "",
    stakeholderGroup: profile.stakeholderGroup ?? "",
  };
  return (
    <Layout page={page} title={t("auth.profile.title")}>
      <h1>{t("auth.profile.title")}</h1>
      <p class="lead">{t("auth.profile.intro")}</p>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      <ErrorSummary page={page} errors={props.errors} />

      <section aria-labelledby="profile-details">
        <h2 id="profile-details">{t("auth.profile.detailsHeading")}</h2>
        <Form page={page} action="/profile">
          <TextField
            name="displayName"
            label={t("auth.displayName.label")}
            hint={t("auth.displayName.hint")}
            autocomplete="nickname"
            required
            errors={props.errors}
            values={values}
          />
          <SelectField
            name="locale"
            label={t("auth.profile.language.label")}
            hint={t("auth.profile.language.hint")}
            options={languageOptions}
            errors={props.errors}
            values={values}
          />
          <SelectField
            name="district"
            label={t("auth.profile.district.label")}
            hint={t("auth.profile.district.hint")}
            emptyLabel={t("auth.profile.noAnswer")}
            options={districtOptions(page.city, locale)}
            errors={props.errors}
            values={values}
          />
          <SelectField
            name="stakeholderGroup"
            label={t("auth.profile.stakeholderGroup.label")}
            hint={t("auth.profile.stakeholderGroup.hint")}
            emptyLabel={t("auth.profile.noAnswer")}
            options={stakeholderGroupOptions(page.city, locale)}
            errors={props.errors}
            values={values}
          />
          <SubmitButton>{t("auth.profile.save")}</SubmitButton>
        </Form>
      </section>

      <section aria-labelledby="profile-email">
        <h2 id="profile-email">{t("auth.profile.emailHeading")}</h2>
        <p class="long-text">{t("auth.profile.emailCurrent", { email: profile.email })}</p>
        <p>
          <a href="/profile/email">{t("auth.profile.emailChangeLink")}</a>
        </p>
      </section>

      <section aria-labelledby="profile-password">
        <h2 id="profile-password">{t("auth.profile.passwordHeading")}</h2>
        <p>
          <a href="/profile/password">{t("auth.profile.passwordChangeLink")}</a>
        </p>
      </section>

      <section aria-labelledby="profile-two-factor">
        <h2 id="profile-two-factor">{t("auth.profile.twoFactorHeading")}</h2>
        <p>{t("auth.profile.twoFactorText")}</p>
        <p>
          <a href="/profile/two-factor">{t("auth.profile.twoFactorLink")}</a>
        </p>
      </section>

      <section aria-labelledby="profile-tokens">
        <h2 id="profile-tokens">{t("auth.profile.tokensHeading")}</h2>
        <p>{t("auth.profile.tokensText", { count: profile.activeTokens })}</p>
        <p>
          <a href="/profile/tokens">{t("auth.profile.tokensLink")}</a>
        </p>
      </section>

      <section aria-labelledby="profile-data">
        <h2 id="profile-data">{t("auth.profile.dataHeading")}</h2>
        <p>{t("auth.profile.dataText")}</p>
        <p>
          <a href="/profile/data" download="gemeinsam-my-data.json">
            {t("auth.profile.dataLink")}
          </a>
        </p>
      </section>

      <section aria-labelledby="profile-delete">
        <h2 id="profile-delete">{t("auth.profile.deleteHeading")}</h2>
        <p>{t("auth.profile.deleteText")}</p>
        <p>
          <a href="/profile/delete">{t("auth.profile.deleteLink")}</a>
        </p>
      </section>
    </Layout>
  );
}
