import type { PageContext } from "../../../ui/page-context";
import type { AuditListItem } from "../domain/accounts";
import { AdminFrame } from "./admin-frame";
import { AuditTable } from "./audit-table";

export function OverviewPage(props: {
  page: PageContext;
  accounts: number;
  administrators: number;
  recent: AuditListItem[];
}) {
  const { t } = props.page;
  return (
    <AdminFrame page={props.page} title={t("admin.overview.title")} area="overview">
      <h1>{t("admin.overview.title")}</h1>
      <p class="lead">{t("admin.overview.lead")}</p>
      <ul class="cards">
        <li class="card">
          <h2>
            <a href="/admin/users">{t("admin.nav.users")}</a>
          </h2>
          <p>{t("admin.overview.usersText", { accounts: props.accounts, administrators: props.administrators })}</p>
        </li>
        <li class="card">
          <h2>
            <a href="/admin/audit">{t("admin.nav.audit")}</a>
          </h2>
          <p>{t("admin.overview.auditText")}</p>
        </li>
      </ul>
      <h2>{t("admin.overview.recentHeading")}</h2>
      {props.recent.length === 0 ? (
        <p>{t("admin.audit.none")}</p>
      ) : (
        <AuditTable page={props.page} entries={props.recent} caption={t("admin.overview.recentHeading")} />
      )}
    </AdminFrame>
  );
}
