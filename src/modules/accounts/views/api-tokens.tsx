import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import { Alert } from "../../../ui/components/content";
import { DataTable } from "../../../ui/components/data-table";
import { ErrorSummary, Form, Notice, SubmitButton, TextField } from "../../../ui/components/form";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { ApiTokenSummary } from "../domain/api-tokens";
import { formatDateTime } from "./format";

export function ApiTokensPage(props: {
  page: PageContext;
  tokens: ApiTokenSummary[];
  created?: { name: string; token: string };
  revokedName?: string;
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { page, tokens } = props;
  const { t, locale, city } = page;
  return (
    <Layout page={page} title={t("auth.tokens.title")}>
      <p>
        <a href="/profile">{t("auth.profile.backLink")}</a>
      </p>
      <h1>{t("auth.tokens.title")}</h1>
      <p class="lead">{t("auth.tokens.intro")}</p>
      {props.revokedName && <Notice kind="success">{t("auth.tokens.revoked", { name: props.revokedName })}</Notice>}
      {props.created && (
        <Alert tone="success" title={t("auth.tokens.createdHeading", { name: props.created.name })}>
          <p>{t("auth.tokens.createdText")}</p>
          <p>
            <code class="token-value">{props.created.token}</code>
          </p>
          <p>{t("auth.tokens.createdUsage")}</p>
        </Alert>
      )}
      <ErrorSummary page={page} errors={props.errors} />

      <h2>{t("auth.tokens.listHeading")}</h2>
      {tokens.length === 0 ? (
        <p>{t("auth.tokens.none")}</p>
      ) : (
        <DataTable
          columns={[
            t("auth.tokens.column.name"),
            t("auth.tokens.column.created"),
            t("auth.tokens.column.lastUsed"),
            t("auth.tokens.column.action"),
          ]}
        >
          {tokens.map((token) => (
            <tr>
              <td class="long-text">{token.name}</td>
              <td>{formatDateTime(token.createdAt, locale, city.timeZone)}</td>
              <td>
                {token.lastUsedAt
                  ? formatDateTime(token.lastUsedAt, locale, city.timeZone)
                  : t("auth.tokens.neverUsed")}
              </td>
              <td>
                <Form page={page} action={`/profile/tokens/${token.id}/revoke`} class="inline-form">
                  <button type="submit" class="button button-secondary">
                    {t("auth.tokens.revoke")}
                    <span class="visually-hidden"> {t("auth.tokens.revokeTarget", { name: token.name })}</span>
                  </button>
                </Form>
              </td>
            </tr>
          ))}
        </DataTable>
      )}

      <h2>{t("auth.tokens.createHeading")}</h2>
      <Form page={page} action="/profile/tokens">
        <TextField
          name="name"
          label={t("auth.tokens.name.label")}
          hint={t("auth.tokens.name.hint")}
          autocomplete="off"
          required
          errors={props.errors}
          values={props.values}
        />
        <SubmitButton>{t("auth.tokens.create")}</SubmitButton>
      </Form>
    </Layout>
  );
}
