import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import { DataTable } from "../../../ui/components/data-table";
import {
  describedBy,
  ErrorSummary,
  FieldMessages,
  Form,
  Notice,
  SelectField,
  SubmitButton,
} from "../../../ui/components/form";
import type { PageContext } from "../../../ui/page-context";
import type { StoredGrant, UserSummary } from "../domain/accounts";
import { formatDate, formatDateTime } from "../domain/time";
import type { ScopeGroup } from "../use-cases/list-role-scopes";
import { AdminFrame, roleName, scopeText } from "./admin-frame";

export interface UserDetailProps {
  page: PageContext;
  user: UserSummary;
  grants: StoredGrant[];
  /** Whether the account has an authenticator app set up. */
  twoFactor: boolean;
  assignableRoles: readonly string[];
  /** The objects scoped roles can be granted on, by type. */
  scopes: ScopeGroup[];
  notice?: string;
  errors?: FieldErrors;
  values?: FormValues;
}

function RevokeForm(props: { page: PageContext; userId: string; grant: StoredGrant; label: string }) {
  return (
    <Form page={props.page} action={`/admin/users/${props.userId}/roles/revoke`} class="inline-form">
      <input type="hidden" name="role" value={props.grant.role} />
      {props.grant.scopeType && <input type="hidden" name="scopeType" value={props.grant.scopeType} />}
      {props.grant.scopeId && <input type="hidden" name="scopeId" value={props.grant.scopeId} />}
      <SubmitButton variant="secondary">
        {props.page.t("admin.roles.revoke")}
        <span class="visually-hidden">: {props.label}</span>
      </SubmitButton>
    </Form>
  );
}

/** The object a scoped role applies to, chosen by name from a list grouped by kind (measures, …). */
function ScopeObjectField(props: {
  page: PageContext;
  scopes: ScopeGroup[];
  label: string;
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { t } = props.page;
  const name = "scopeObject";
  const error = props.errors?.[name];
  const selected = props.values?.[name] ?? "";
  const hint = t("admin.roles.scopeObjectHint");
  return (
    <div class={error ? "field has-error" : "field"}>
      <label for={`field-${name}`}>
        {props.label}
        <span aria-hidden="true"> *</span>
      </label>
      <FieldMessages name={name} hint={hint} error={error} />
      <select
        id={`field-${name}`}
        name={name}
        required
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy(name, hint, error)}
      >
        <option value="">{t("admin.roles.choose")}</option>
        {props.scopes
          .filter((scope) => scope.objects.length > 0)
          .map((scope) => (
            <optgroup label={scopeGroupName(t, scope.type)}>
              {scope.objects.map((object) => {
                const value = `${scope.type}/${object.id}`;
                return (
                  <option value={value} selected={value === selected}>
                    {object.name}
                  </option>
                );
              })}
            </optgroup>
          ))}
      </select>
    </div>
  );
}

function scopeGroupName(t: PageContext["t"], type: string): string {
  const key = `admin.roles.scopeGroup.${type}`;
  return t(key) === key ? type : t(key);
}

export function UserDetailPage(props: UserDetailProps) {
  const { page, user, grants } = props;
  const { t, locale } = page;
  const title = user.deletedAt ? t("admin.users.deletedAccount") : user.displayName;
  const labels = {
    role: t("admin.roles.globalRoleLabel"),
    scopedRole: t("admin.roles.scopedRoleLabel"),
    scopeObject: t("admin.roles.scopeObjectLabel"),
  };
  const scopedRoles = [...new Set(props.scopes.flatMap((scope) => scope.roles))];
  const objectNames = new Map(
    props.scopes.flatMap((scope) => scope.objects.map((o) => [`${scope.type}/${o.id}`, o.name] as const)),
  );
  const scopeOf = (grant: StoredGrant) =>
    scopeText(t, grant, objectNames.get(`${grant.scopeType ?? ""}/${grant.scopeId ?? ""}`));
  // Every field of the two grant forms shows its own error and keeps what was entered.
  const bound = { errors: props.errors, values: props.values };
  return (
    <AdminFrame page={page} title={title} area="users">
      <p>
        <a href="/admin/users">{t("admin.users.backToList")}</a>
      </p>
      <h1>{title}</h1>
      <ErrorSummary page={page} errors={props.errors} labels={labels} />
      {props.notice && <Notice kind="success">{t(`admin.notice.${props.notice}`)}</Notice>}
      <dl class="facts">
        <dt>{t("admin.users.column.email")}</dt>
        <dd>{user.email ?? t("admin.users.deletedAccount")}</dd>
        <dt>{t("admin.users.emailVerified")}</dt>
        <dd>
          {user.emailVerifiedAt
            ? formatDateTime(user.emailVerifiedAt, locale, page.city.timeZone)
            : t("admin.users.notVerified")}
        </dd>
        <dt>{t("admin.users.column.created")}</dt>
        <dd>{formatDate(user.createdAt, locale, page.city.timeZone)}</dd>
        <dt>{t("admin.users.accountId")}</dt>
        <dd>
          <code>{user.id}</code>
        </dd>
        {user.deletedAt && (
          <>
            <dt>{t("admin.users.deletedAt")}</dt>
            <dd>{formatDate(user.deletedAt, locale, page.city.timeZone)}</dd>
          </>
        )}
      </dl>
      <p>
        {/* By e-mail address, which the filter then shows; a deleted account is found by its id. */}
        <a href={`/admin/audit?actor=${encodeURIComponent(user.deletedAt || !user.email ? user.id : user.email)}`}>
          {t("admin.users.auditByUser")}
        </a>
      </p>

      <h2 id="two-factor">{t("admin.twoFactor.heading")}</h2>
      <p>{t(props.twoFactor ? "admin.twoFactor.on" : "admin.twoFactor.off")}</p>
      {props.twoFactor && (
        <>
          <p>{t("admin.twoFactor.resetText")}</p>
          <Form page={page} action={`/admin/users/${user.id}/two-factor/reset`}>
            <SubmitButton variant="danger">{t("admin.twoFactor.reset")}</SubmitButton>
          </Form>
        </>
      )}

      <h2 id="roles">{t("admin.roles.heading")}</h2>
      <DataTable
        caption={t("admin.roles.heading")}
        hideCaption
        columns={[
          t("admin.roles.column.role"),
          t("admin.roles.column.scope"),
          t("admin.roles.column.since"),
          t("admin.roles.column.actions"),
        ]}
      >
        <tr>
          <td>{roleName(t, "resident")}</td>
          <td>{t("admin.roles.scopeGlobal")}</td>
          <td>{formatDate(user.createdAt, locale, page.city.timeZone)}</td>
          <td>{t("admin.roles.residentImplicitNote")}</td>
        </tr>
        {grants.map((grant) => {
          const label = grant.scopeType ? `${roleName(t, grant.role)} (${scopeOf(grant)})` : roleName(t, grant.role);
          return (
            <tr>
              <td>{roleName(t, grant.role)}</td>
              <td>{scopeOf(grant)}</td>
              <td>{formatDate(grant.createdAt, locale, page.city.timeZone)}</td>
              <td>
                <RevokeForm page={page} userId={user.id} grant={grant} label={label} />
              </td>
            </tr>
          );
        })}
      </DataTable>

      {!user.deletedAt && (
        <>
          <h2>{t("admin.roles.grantGlobalHeading")}</h2>
          <Form page={page} action={`/admin/users/${user.id}/roles`}>
            <input type="hidden" name="kind" value="global" />
            <SelectField
              name="role"
              label={labels.role}
              hint={t("admin.roles.globalRoleHint")}
              options={props.assignableRoles.map((r) => ({ value: r, label: roleName(t, r) }))}
              {...bound}
              required
            />
            <SubmitButton>{t("admin.roles.grantSubmit")}</SubmitButton>
          </Form>

          <h2>{t("admin.roles.grantScopedHeading")}</h2>
          <p>{t("admin.roles.grantScopedText")}</p>
          {props.scopes.every((scope) => scope.objects.length === 0) ? (
            <p>{t("admin.roles.noScopeObjects")}</p>
          ) : (
            <Form page={page} action={`/admin/users/${user.id}/roles`}>
              <input type="hidden" name="kind" value="scoped" />
              <SelectField
                name="scopedRole"
                label={labels.scopedRole}
                emptyLabel={t("admin.roles.choose")}
                options={scopedRoles.map((r) => ({ value: r, label: roleName(t, r) }))}
                {...bound}
                required
              />
              <ScopeObjectField page={page} scopes={props.scopes} label={labels.scopeObject} {...bound} />
              <SubmitButton>{t("admin.roles.grantSubmit")}</SubmitButton>
            </Form>
          )}
        </>
      )}
    </AdminFrame>
  );
}
