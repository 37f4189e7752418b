import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import { Alert, Badge } from "../../../ui/components/content";
import { DataTable } from "../../../ui/components/data-table";
import { ErrorSummary, Form, SelectField, SubmitButton, TextArea, TextField } from "../../../ui/components/form";
import { Pagination } from "../../../ui/components/pagination";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import { indicatorDirections, indicatorLevels, spatialUnits, valueKinds } from "../domain/indicator";
import type { StoredDefinition } from "../domain/monitoring-view";
import { frequencies } from "../domain/periods";
import { commonUnits } from "../domain/units";
import { CATALOGUE_PAGE_SIZE } from "../use-cases/list-indicators";
import { localized, unitLabel } from "./format";

/** The indicator catalogue: every definition with its unit, frequency and direction. Public. */
export function CataloguePage(props: {
  page: PageContext;
  items: StoredDefinition[];
  total: number;
  current: number;
  canDefine: boolean;
  notice?: string;
}) {
  const { page, items } = props;
  const { t, locale } = page;
  return (
    <Layout page={page} title={t("monitoring.catalogue.title")} section="monitoring">
      <h1>{t("monitoring.catalogue.title")}</h1>
      {props.notice && <Alert tone="success">{t(`monitoring.notice.${props.notice}`)}</Alert>}
      <p class="lead">{t("monitoring.catalogue.lead")}</p>
      {props.canDefine && (
        <p class="actions">
          <a class="button button-secondary" href="/monitoring/indicators/new">
            {t("monitoring.catalogue.add")}
          </a>
        </p>
      )}
      <p>{t("monitoring.catalogue.count", { count: props.total })}</p>
      {items.length === 0 ? (
        <p>{t("monitoring.catalogue.empty")}</p>
      ) : (
        <DataTable
          caption={t("monitoring.catalogue.caption")}
          hideCaption
          columns={[
            t("monitoring.catalogue.name"),
            t("monitoring.catalogue.level"),
            t("monitoring.indicator.unit"),
            t("monitoring.indicator.frequency"),
            t("monitoring.indicator.better"),
          ]}
        >
          {items.map((definition) => {
            const name = localized(definition.name, locale);
            const about = localized(definition.definition, locale);
            return (
              <tr>
                <td>
                  <strong lang={name.lang}>{name.text}</strong>
                  {definition.demo && (
                    <>
                      {" "}
                      <Badge tone="demo">{t("monitoring.demoShort")}</Badge>
                    </>
                  )}
                  {about.text && (
                    <>
                      <br />
                      <span lang={about.lang}>{about.text}</span>
                    </>
                  )}
                  {props.canDefine && (
                    <>
                      <br />
                      <a href={`/monitoring/indicators/${encodeURIComponent(definition.key)}/edit`}>
                        {t("monitoring.catalogue.edit", { name: name.text })}
                      </a>
                    </>
                  )}
                </td>
                <td>{t(`monitoring.level.${definition.level}`)}</td>
                <td>
                  {definition.valueKind === "yes-no"
                    ? t("monitoring.valueKind.yes-no")
                    : unitLabel(locale, definition.unit)}
                </td>
                <td>{t(`monitoring.frequency.${definition.frequency}`)}</td>
                <td>{t(`monitoring.direction.${definition.direction}`)}</td>
              </tr>
            );
          })}
        </DataTable>
      )}
      <Pagination page={page} current={props.current} pageSize={CATALOGUE_PAGE_SIZE} total={props.total} />
    </Layout>
  );
}

/** The form values of a stored definition, for the form that changes it. */
export function formValuesOf(definition: StoredDefinition): FormValues {
  return {
    key: definition.key,
    name_de: definition.name.de,
    name_en: definition.name.en,
    definition_de: definition.definition.de,
    definition_en: definition.definition.en,
    level: definition.level,
    unit: definition.unit,
    valueKind: definition.valueKind,
    direction: definition.direction,
    dataSource: definition.dataSource,
    frequency: definition.frequency,
    spatialUnit: definition.spatialUnit,
    sdgTarget: definition.sdgTarget ?? "",
    standardReference: definition.standardReference ?? "",
    version: String(definition.version),
  };
}

/** The office's form for a new or a changed definition of the catalogue. */
export function IndicatorFormPage(props: {
  page: PageContext;
  /** The definition being changed; null for a new one. */
  definition: StoredDefinition | null;
  /** Whether a measure uses it (frequency, kind of value and unit are then fixed). */
  used: boolean;
  errors?: FieldErrors;
  values: FormValues;
}) {
  const { page, definition, errors, values } = props;
  const { t, locale } = page;
  const title = definition
    ? t("monitoring.definitionForm.editTitle", { name: localized(definition.name, locale).text })
    : t("monitoring.definitionForm.newTitle");
  const action = definition
    ? `/monitoring/indicators/${encodeURIComponent(definition.key)}/edit`
    : "/monitoring/indicators/new";
  const options = (list: readonly string[], prefix: string) =>
    list.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
  const labels: Record<string, string> = {
    key: t("monitoring.definitionForm.key"),
    name_de: t("monitoring.definitionForm.nameDe"),
    name_en: t("monitoring.definitionForm.nameEn"),
    unit: t("monitoring.definitionForm.unit"),
  };
  const fixedHint = props.used ? t("monitoring.definitionForm.fixedHint") : undefined;
  const field = { errors, values };
  return (
    <Layout page={page} title={title} section="monitoring">
      <p class="breadcrumb">
        <a href="/monitoring/indicators">{t("monitoring.catalogue.title")}</a>
      </p>
      <h1>{title}</h1>
      <p>{t("monitoring.definitionForm.lead")}</p>
      <Form page={page} action={action}>
        <ErrorSummary page={page} errors={errors} labels={labels} />
        {definition ? (
          <input type="hidden" name="version" value={String(definition.version)} />
        ) : (
          <TextField
            name="key"
            label={labels.key ?? ""}
            hint={t("monitoring.definitionForm.keyHint")}
            required
            {...field}
          />
        )}
        <TextField name="name_de" label={labels.name_de ?? ""} required {...field} />
        <TextField
          name="name_en"
          label={labels.name_en ?? ""}
          hint={t("monitoring.definitionForm.nameEnHint")}
          {...field}
        />
        <TextArea
          name="definition_de"
          label={t("monitoring.definitionForm.definitionDe")}
          hint={t("monitoring.definitionForm.definitionHint")}
          rows={4}
          {...field}
        />
        <TextArea name="definition_en" label={t("monitoring.definitionForm.definitionEn")} rows={4} {...field} />
        <SelectField
          name="level"
          label={t("monitoring.definitionForm.level")}
          options={options(indicatorLevels, "monitoring.level")}
          {...field}
        />
        <TextField
          name="unit"
          label={labels.unit ?? ""}
          hint={`${t("monitoring.definitionForm.unitHint", {
            examples: commonUnits()
              .slice(0, 8)
              .map((unit) => `\`${unit.code}\` (${unit.label[locale]})`)
              .join(", "),
          })}${fixedHint ? ` ${fixedHint}` : ""}`}
          required
          {...field}
        />
        <SelectField
          name="valueKind"
          label={t("monitoring.definitionForm.valueKind")}
          hint={fixedHint}
          options={options(valueKinds, "monitoring.valueKind")}
          {...field}
        />
        <SelectField
          name="direction"
          label={t("monitoring.indicator.better")}
          options={options(indicatorDirections, "monitoring.direction")}
          {...field}
        />
        <SelectField
          name="frequency"
          label={t("monitoring.indicator.frequency")}
          hint={fixedHint}
          options={options(frequencies, "monitoring.frequency")}
          {...field}
        />
        <SelectField
          name="spatialUnit"
          label={t("monitoring.definitionForm.spatialUnit")}
          options={options(spatialUnits, "monitoring.spatialUnit")}
          {...field}
        />
        <TextField
          name="dataSource"
          label={t("monitoring.indicator.source")}
          hint={t("monitoring.definitionForm.dataSourceHint")}
          {...field}
        />
        <TextField
          name="sdgTarget"
          label={t("monitoring.definitionForm.sdgTarget")}
          hint={t("monitoring.definitionForm.sdgTargetHint")}
          {...field}
        />
        <TextField
          name="standardReference"
          label={t("monitoring.definitionForm.standardReference")}
          hint={t("monitoring.definitionForm.standardReferenceHint")}
          {...field}
        />
        <SubmitButton>
          {t(definition ? "monitoring.definitionForm.save" : "monitoring.definitionForm.create")}
        </SubmitButton>
      </Form>
    </Layout>
  );
}
