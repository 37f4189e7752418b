import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import { ErrorSummary, SelectField, SubmitButton, TextField } from "../../../ui/components/form";
import { Pagination } from "../../../ui/components/pagination";
import type { PageContext } from "../../../ui/page-context";
import type { AuditListItem, Page } from "../domain/accounts";
import { systemActorGroupNames } from "../domain/system-actors";
import { AdminFrame } from "./admin-frame";
import { auditDetailMessages } from "./audit-messages";
import { AuditTable } from "./audit-table";

/** The kinds of object the log names in words; an entry of another kind is still found by its code. */
const objectTypes = [
  "user",
  ...Object.keys(auditDetailMessages.de)
    .filter((key) => key.startsWith("audit.objectType."))
    .map((key) => key.slice("audit.objectType.".length)),
];

export function AuditPage(props: {
  page: PageContext;
  values: FormValues;
  result: Page<AuditListItem> | null;
  errors?: FieldErrors;
}) {
  const { t, locale } = props.page;
  const { result } = props;
  const labels = {
    actor: t("admin.audit.filter.actor"),
    system: t("admin.audit.filter.system"),
    objectType: t("admin.audit.filter.objectType"),
    from: t("admin.audit.filter.from"),
    to: t("admin.audit.filter.to"),
  };
  const chosenType = props.values.objectType;
  const typeOptions = objectTypes
    .map((value) => ({ value, label: t(`audit.objectType.${value}`) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  // A kind given in the address that has no name yet stays chosen, shown as it is stored.
  if (chosenType && !objectTypes.includes(chosenType)) typeOptions.push({ value: chosenType, label: chosenType });
  const filtered = ["actor", "system", "objectType", "from", "to"].some((k) => props.values[k]);
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
            <SelectField
              name="system"
              label={labels.system}
              emptyLabel={t("admin.audit.filter.anySystem")}
              options={systemActorGroupNames.map((value) => ({ value, label: t(`admin.audit.system.${value}`) }))}
              {...bound}
            />
            <SelectField
              name="objectType"
              label={labels.objectType}
              emptyLabel={t("admin.audit.filter.anyObjectType")}
              options={typeOptions}
              {...bound}
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
