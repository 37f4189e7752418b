import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import { ErrorSummary, SubmitButton, TextField } from "../../../ui/components/form";
import { Pagination } from "../../../ui/components/pagination";
import type { PageContext } from "../../../ui/page-context";
import type { AuditListItem, Page } from "../domain/accounts";
import { AdminFrame } from "./admin-frame";
import { AuditTable } from "./audit-table";

export function AuditPage(props: {
  page: PageContext;
  values: FormValues;
  result: Page<AuditListItem> | null;
  errors?: FieldErrors;
}) {
  const { t } = props.page;
  const { result } = props;
  const labels = {
    actor: t("admin.audit.filter.actor"),
    objectType: t("admin.audit.filter.objectType"),
    from: t("admin.audit.filter.from"),
    to: t("admin.audit.filter.to"),
  };
  const filtered = ["actor", "objectType", "from", "to"].some((k) => props.values[k]);
  // Every filter shows its own error and keeps what was entered.
  const bound = { errors: props.errors, values: props.values };
  return (
    <AdminFrame page={props.page} title={t("admin.audit.title")} area="audit">
      <h1>{t("admin.audit.title")}</h1>
      <p class="lead">{t("admin.audit.lead")}</p>
      <ErrorSummary page={props.page} errors={props.errors} labels={labels} />
      <form method="get" action="/admin/audit" class="audit-filter" novalidate>
        <fieldset>
          <legend>{t("admin.audit.filter.legend")}</legend>
          <div class="filters">
            <TextField
              name="actor"
              label={labels.actor}
              hint={t("admin.audit.filter.actorHint")}
              {...bound}
              autocomplete="off"
            />
            <TextField
              name="objectType"
              label={labels.objectType}
              hint={t("admin.audit.filter.objectTypeHint")}
              {...bound}
              autocomplete="off"
            />
            <TextField name="from" type="date" label={labels.from} hint={t("admin.audit.filter.dateHint")} {...bound} />
            <TextField name="to" type="date" label={labels.to} hint={t("admin.audit.filter.dateHint")} {...bound} />
          </div>
          <p class="actions">
            <SubmitButton>{t("admin.audit.filter.submit")}</SubmitButton>
            {filtered && <a href="/admin/audit">{t("admin.audit.filter.reset")}</a>}
          </p>
        </fieldset>
      </form>
      {result && (
        <>
          <p role="status">{t("admin.audit.count", { total: result.total })}</p>
          {result.items.length > 0 && (
            <AuditTable page={props.page} entries={result.items} caption={t("admin.audit.title")} />
          )}
          <Pagination page={props.page} current={result.page} pageSize={result.pageSize} total={result.total} />
        </>
      )}
    </AdminFrame>
  );
}
