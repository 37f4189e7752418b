import { ConfirmStep } from "../../../ui/components/confirm-step";
import type { PageContext } from "../../../ui/page-context";
import type { UserSummary } from "../domain/accounts";
import { AdminFrame, roleName, scopeText } from "./admin-frame";

/** Asks before a role is taken away: whose, which, and what the account can no longer do. */
export function ConfirmRevokePage(props: {
  page: PageContext;
  user: UserSummary;
  grant: { role: string; scopeType: string | null; scopeId: string | null };
}) {
  const { page, user, grant } = props;
  const { t } = page;
  const role = roleName(t, grant.role);
  const title = t("admin.confirmRevoke.title");
  const hidden: Record<string, string> = { role: grant.role, confirm: "yes" };
  if (grant.scopeType) hidden.scopeType = grant.scopeType;
  if (grant.scopeId) hidden.scopeId = grant.scopeId;
  return (
    <AdminFrame page={page} title={title} area="users">
      <ConfirmStep
        page={page}
        title={title}
        consequences={
          <>
            <p>
              {t("admin.confirmRevoke.what", {
                role,
                scope: scopeText(t, grant),
                name: user.displayName,
              })}
            </p>
            <p>{t("admin.confirmRevoke.after")}</p>
          </>
        }
        action={`/admin/users/${user.id}/roles/revoke`}
        hidden={hidden}
        confirmLabel={t("admin.confirmRevoke.confirm", { role })}
        cancelHref={`/admin/users/${user.id}#roles`}
        danger
      />
    </AdminFrame>
  );
}

/** Asks before an account's authenticator app is reset. */
export function ConfirmTwoFactorResetPage(props: { page: PageContext; user: UserSummary }) {
  const { page, user } = props;
  const { t } = page;
  const title = t("admin.confirmTwoFactor.title");
  return (
    <AdminFrame page={page} title={title} area="users">
      <ConfirmStep
        page={page}
        title={title}
        consequences={
          <>
            <p>{t("admin.confirmTwoFactor.what", { name: user.displayName })}</p>
            <p>{t("admin.confirmTwoFactor.after")}</p>
          </>
        }
        action={`/admin/users/${user.id}/two-factor/reset`}
        hidden={{ confirm: "yes" }}
        confirmLabel={t("admin.confirmTwoFactor.confirm")}
        cancelHref={`/admin/users/${user.id}#two-factor`}
        danger
      />
    </AdminFrame>
  );
}
