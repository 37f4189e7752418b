import { isUuid } from "../../../platform/ids";
import { DataTable } from "../../../ui/components/data-table";
import type { PageContext } from "../../../ui/page-context";
import type { AuditListItem } from "../domain/accounts";
import { changedValues } from "../domain/change-summary";
import { systemActorGroup } from "../domain/system-actors";
import { formatDateTime } from "../domain/time";
import { auditValue, fieldLabel } from "./audit-values";

function labelOr(t: PageContext["t"], key: string, fallback: string): string {
  const text = t(key);
  return text === key ? fallback : text;
}

function Change(props: { page: PageContext; entry: AuditListItem }) {
  const { t } = props.page;
  const rows = changedValues(props.entry.before, props.entry.after);
  if (rows.length === 0) return <span>{t("admin.audit.noDetails")}</span>;
  const empty = t("admin.audit.empty");
  return (
    <dl class="change-list">
      {rows.map((row) => {
        const before = auditValue(t, row.field, row.before);
        const after = auditValue(t, row.field, row.after);
        return (
          <>
            <dt>{row.field ? fieldLabel(t, row.field) : t("admin.audit.value")}</dt>
            <dd>
              {before !== null && (
                <>
                  <span class="change-before">{t("admin.audit.before", { value: before })}</span>{" "}
                </>
              )}
              <span class="change-after">{t("admin.audit.after", { value: after ?? empty })}</span>
            </dd>
          </>
        );
      })}
    </dl>
  );
}

function Who(props: { page: PageContext; entry: AuditListItem }) {
  const { t } = props.page;
  const { entry } = props;
  if (!entry.actorId) {
    return (
      <span>
        {entry.actorLabel === "guest"
          ? t("admin.audit.guestActor")
          : t("admin.audit.systemActor", {
              name: t(`admin.audit.system.${systemActorGroup(entry.actorLabel) ?? "other"}`),
            })}
      </span>
    );
  }
  return (
    <span>
      <a href={`/admin/users/${entry.actorId}`}>{entry.actorLabel}</a>
      {entry.actorEmail && (
        <>
          <br />
          <span class="muted">{entry.actorEmail}</span>
        </>
      )}
    </span>
  );
}

function What(props: { page: PageContext; entry: AuditListItem }) {
  const { t } = props.page;
  const { entry } = props;
  const type = labelOr(t, `audit.objectType.${entry.objectType}`, entry.objectType);
  if (entry.objectType === "user" && entry.objectId) {
    return (
      <span>
        {type}: <a href={`/admin/users/${entry.objectId}`}>{entry.objectEmail ?? t("admin.users.deletedAccount")}</a>
      </span>
    );
  }
  const page = entry.objectId ? objectPage(entry.objectType, entry.objectId) : null;
  if (page)
    return (
      <span>
        {type}: <a href={page}>{t("admin.audit.objectPage")}</a>
      </span>
    );
  return (
    <span>
      {type}
      {entry.objectId && (
        <>
          : <code>{entry.objectId}</code>
        </>
      )}
    </span>
  );
}

/** The page of an object people can open, instead of its stored identifier; null where there is none. */
function objectPage(type: string, id: string): string | null {
  const encoded = encodeURIComponent(id);
  if (type === "panel" && isUuid(id)) return `/panels/${encoded}`;
  if (type === "budget") return `/budgets/${encoded}`;
  if (type === "measure") return `/measures/${encoded}`;
  return null;
}

/** The action's name for people; a test makes sure every recorded action has one. */
function ActionName(props: { page: PageContext; action: string }) {
  return <>{labelOr(props.page.t, `audit.action.${props.action}`, props.action)}</>;
}

/** Audit entries as a table: when, who, what was done, to which object, and what changed. */
export function AuditTable(props: { page: PageContext; entries: AuditListItem[]; caption: string }) {
  const { t, locale, city } = props.page;
  return (
    <DataTable
      caption={props.caption}
      hideCaption
      columns={[
        t("admin.audit.column.at"),
        t("admin.audit.column.actor"),
        t("admin.audit.column.action"),
        t("admin.audit.column.object"),
        t("admin.audit.column.change"),
      ]}
    >
      {props.entries.map((entry) => (
        <tr>
          <td>
            <time datetime={entry.at.toISOString()}>{formatDateTime(entry.at, locale, city.timeZone)}</time>
          </td>
          <td>
            <Who page={props.page} entry={entry} />
          </td>
          <td>
            <ActionName page={props.page} action={entry.action} />
          </td>
          <td>
            <What page={props.page} entry={entry} />
          </td>
          <td>
            <Change page={props.page} entry={entry} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
