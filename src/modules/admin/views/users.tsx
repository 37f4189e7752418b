import { DataTable } from "../../../ui/components/data-table";
import { SubmitButton, TextField } from "../../../ui/components/form";
import { Pagination } from "../../../ui/components/pagination";
import type { PageContext } from "../../../ui/page-context";
import type { Page, UserListItem } from "../domain/accounts";
import type { UserSearch } from "../domain/filters";
import { formatDate } from "../domain/time";
import { AdminFrame, roleName, scopeText } from "./admin-frame";

export function UsersPage(props: { page: PageContext; search: UserSearch; result: Page<UserListItem> }) {
  const { t, locale, city } = props.page;
  const { result } = props;
  return (
    <AdminFrame page={props.page} title={t("admin.users.title")} area="users">
      <h1>{t("admin.users.title")}</h1>
      <form method="get" action="/admin/users" class="form search-form">
        <TextField
          name="q"
          type="search"
          label={t("admin.users.searchLabel")}
          hint={t("admin.users.searchHint")}
          value={props.search.q ?? ""}
        />
        <SubmitButton>{t("admin.users.searchSubmit")}</SubmitButton>
      </form>
      <p role="status">
        {props.search.q
          ? t("admin.users.foundFor", { total: result.total, query: props.search.q })
          : t("admin.users.found", { total: result.total })}
      </p>
      {result.items.length > 0 && (
        <DataTable
          caption={t("admin.users.title")}
          hideCaption
          columns={[
            t("admin.users.column.name"),
            t("admin.users.column.email"),
            t("admin.users.column.roles"),
            t("admin.users.column.created"),
          ]}
        >
          {result.items.map((user) => (
            <tr>
              <td>
                <a href={`/admin/users/${user.id}`}>{user.displayName}</a>
              </td>
              <td>{user.deletedAt ? t("admin.users.deletedAccount") : user.email}</td>
              <td>
                <ul class="plain-list">
                  <li>{roleName(t, "resident")}</li>
                  {user.grants.map((g) => (
                    <li>{g.scopeType ? `${roleName(t, g.role)} (${scopeText(t, g)})` : roleName(t, g.role)}</li>
                  ))}
                </ul>
              </td>
              <td>
                <time datetime={user.createdAt.toISOString()}>{formatDate(user.createdAt, locale, city.timeZone)}</time>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination page={props.page} current={result.page} pageSize={result.pageSize} total={result.total} />
    </AdminFrame>
  );
}
