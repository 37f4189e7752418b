import { ErrorSummary, Form, SelectField, SubmitButton, TextField } from "../../../ui/components/form";
import type { PageContext } from "../../../ui/page-context";
import { timeFormats } from "../domain/json-source";
import { aggregations } from "../domain/periods";
import type { SentForm } from "./team-forms";

/**
 * The form that sets an indicator's automatic data source (a SensorThings Datastream or a JSON
 * address) or removes it. One form for both kinds, so it works without JavaScript: the fields of
 * the kind not chosen are left empty and ignored.
 */
export function SourceForm(props: {
  page: PageContext;
  action: string;
  indicatorOptions: Array<{ value: string; label: string }>;
  form?: SentForm;
}) {
  const { t } = props.page;
  const sent = props.form;
  const field = { errors: sent?.errors, values: sent?.values };
  return (
    <Form page={props.page} action={props.action}>
      <p>{t("monitoring.source.lead")}</p>
      <p>{t("monitoring.source.precedence")}</p>
      <ErrorSummary page={props.page} errors={sent?.errors} />
      <SelectField
        name="source-indicator"
        label={t("monitoring.forms.indicator")}
        options={props.indicatorOptions}
        required
        {...field}
      />
      <SelectField
        name="source-kind"
        label={t("monitoring.source.kind")}
        options={(["sensorthings", "json", "none"] as const).map((kind) => ({
          value: kind,
          label: t(`monitoring.sourceKind.${kind}`),
        }))}
        required
        {...field}
      />
      <SelectField
        name="source-aggregation"
        label={t("monitoring.source.aggregation")}
        options={aggregations.map((aggregation) => ({
          value: aggregation,
          label: t(`monitoring.aggregation.${aggregation}`),
        }))}
        {...field}
      />
      <TextField
        name="source-base"
        label={t("monitoring.source.base")}
        hint={t("monitoring.source.baseHint")}
        type="url"
        {...field}
      />
      <TextField
        name="source-datastreamId"
        label={t("monitoring.source.datastreamId")}
        hint={t("monitoring.source.datastreamIdHint")}
        {...field}
      />
      <TextField
        name="source-url"
        label={t("monitoring.source.url")}
        hint={t("monitoring.source.urlHint")}
        type="url"
        {...field}
      />
      <TextField
        name="source-items"
        label={t("monitoring.source.items")}
        hint={t("monitoring.source.itemsHint")}
        {...field}
      />
      <TextField name="source-time" label={t("monitoring.source.time")} {...field} />
      <TextField name="source-value" label={t("monitoring.source.value")} {...field} />
      <SelectField
        name="source-timeFormat"
        label={t("monitoring.source.timeFormat")}
        options={timeFormats.map((format) => ({ value: format, label: t(`monitoring.timeFormat.${format}`) }))}
        {...field}
      />
      <p class="hint">{t("monitoring.source.removeHint")}</p>
      <SubmitButton>{t("monitoring.source.save")}</SubmitButton>
    </Form>
  );
}
