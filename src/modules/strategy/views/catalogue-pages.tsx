import type { Child } from "hono/jsx";
import type { FieldErrors } from "../../../platform/forms/forms";
import { stakeholderGroupOptions } from "../../../platform/reference-data";
import {
  ErrorSummary,
  Form,
  Notice,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from "../../../ui/components/form";
import { Pagination } from "../../../ui/components/pagination";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { MeasureListItem, Reference, StoredOrganisation } from "../domain/catalogue";
import type { ActionField } from "../domain/model";
import type { FlatForm } from "./edit-forms";
import { localizedText, pick, stakeholderLabel } from "./format";
import { MeasureList } from "./measure-list";

interface MeasuresOf {
  items: MeasureListItem[];
  total: number;
  page: number;
  pageSize: number;
}

export function MeasuresSection(props: {
  page: PageContext;
  reference: Reference;
  measures: MeasuresOf;
  listHref: string;
}) {
  const { t } = props.page;
  const { measures } = props;
  return (
    <>
      <h2>
        {t(measures.total === 1 ? "strategy.measures.countOne" : "strategy.measures.count", { count: measures.total })}
      </h2>
      {measures.items.length === 0 ? (
        <p>{t("strategy.measures.none")}</p>
      ) : (
        <MeasureList page={props.page} items={measures.items} reference={props.reference} />
      )}
      <Pagination page={props.page} current={measures.page} pageSize={measures.pageSize} total={measures.total} />
      <p>
        <a href={props.listHref}>{t("strategy.measures.filterLink")}</a>
      </p>
    </>
  );
}

export function ActionFieldPage(props: {
  page: PageContext;
  reference: Reference;
  field: ActionField;
  measures: MeasuresOf;
  canEdit: boolean;
  saved?: boolean;
}) {
  const { page, field, reference } = props;
  const { t, locale } = page;
  const cluster = reference.clusters.find((c) => c.id === field.clusterId);
  const name = localizedText(field.name, locale);
  const description = localizedText(field.description, locale);
  return (
    <Layout page={page} title={name.text} section="strategy">
      <p class="breadcrumb">
        <a href="/strategy#action-fields">{t("strategy.overview.title")}</a>
      </p>
      <h1 lang={name.lang}>{name.text}</h1>
      {props.saved && <Notice kind="success">{t("strategy.edit.saved")}</Notice>}
      {description.text && (
        <p class="lead" lang={description.lang}>
          {description.text}
        </p>
      )}
      <dl class="facts">
        <dt>{t("strategy.field.cluster")}</dt>
        <dd>
          {cluster ? (
            <a href={`/measures?cluster=${encodeURIComponent(cluster.id)}`}>{pick(cluster.name, locale)}</a>
          ) : (
            field.clusterId
          )}
        </dd>
        <dt>{t("strategy.field.code")}</dt>
        <dd>{field.id}</dd>
        <dt>{t("strategy.field.sourceStatus")}</dt>
        <dd>{t(`strategy.sourceStatus.${field.sourceStatus}`)}</dd>
      </dl>
      {props.canEdit && (
        <p class="actions">
          <a class="button button-secondary" href={`/action-fields/${encodeURIComponent(field.id)}/edit`}>
            {t("strategy.actionField.edit")}
          </a>
        </p>
      )}
      <MeasuresSection
        page={page}
        reference={reference}
        measures={props.measures}
        listHref={`/measures?actionField=${encodeURIComponent(field.id)}`}
      />
    </Layout>
  );
}

export function OrganisationPage(props: {
  page: PageContext;
  reference: Reference;
  organisation: StoredOrganisation;
  measures: MeasuresOf;
  canEdit: boolean;
  saved?: boolean;
}) {
  const { page, organisation } = props;
  const { t, locale } = page;
  const name = localizedText(organisation.name, locale);
  return (
    <Layout page={page} title={name.text} section="strategy">
      <h1 lang={name.lang}>{name.text}</h1>
      {props.saved && <Notice kind="success">{t("strategy.edit.saved")}</Notice>}
      {organisation.sourceStatus === "demo" && (
        <p class="badges">
          <span class="badge badge-demo">{t("strategy.badge.demo")}</span>
        </p>
      )}
      {organisation.kind && (
        <dl class="facts">
          <dt>{t("strategy.field.stakeholderGroup")}</dt>
          <dd>{stakeholderLabel(t, page.city, locale, organisation.kind)}</dd>
        </dl>
      )}
      {props.canEdit && (
        <p class="actions">
          <a class="button button-secondary" href={`/organisations/${encodeURIComponent(organisation.id)}/edit`}>
            {t("strategy.organisation.edit")}
          </a>
        </p>
      )}
      <p>{t("strategy.organisation.measuresIntro")}</p>
      <MeasuresSection page={page} reference={props.reference} measures={props.measures} listHref="/measures" />
    </Layout>
  );
}

/** One field of the form as text; a list field shows its first entry. */
function formValue(form: FlatForm, name: string): string {
  const x = form[name];
  return Array.isArray(x) ? (x[0] ?? "") : (x ?? "");
}

/**
 * What the action field and organisation forms share around their fields: the heading, the notice
 * that someone else saved in between, the error summary and the save button.
 */
function CatalogueFormPage(props: {
  page: PageContext;
  title: string;
  action: string;
  errors?: FieldErrors;
  conflict?: boolean;
  children: Child;
}) {
  const { page, errors } = props;
  const { t } = page;
  const labels = Object.fromEntries(Object.keys(errors ?? {}).map((k) => [k, t(`strategy.form.${k}`)]));
  return (
    <Layout page={page} title={props.title} section="strategy">
      <h1>{props.title}</h1>
      {props.conflict && (
        <div class="conflict" role="alert">
          <p>{t("strategy.conflict.simple")}</p>
        </div>
      )}
      <ErrorSummary page={page} errors={errors} labels={labels} />
      <Form page={page} action={props.action}>
        {props.children}
        <SubmitButton>{t("strategy.form.save")}</SubmitButton>
      </Form>
    </Layout>
  );
}

/** Create or edit an action field (the office). */
export function ActionFieldFormPage(props: {
  page: PageContext;
  reference: Reference;
  field: (ActionField & { version: number }) | null;
  form: FlatForm;
  errors?: FieldErrors;
  conflict?: boolean;
}) {
  const { page, reference, field, form, errors } = props;
  const { t, locale } = page;
  const v = (name: string) => formValue(form, name);
  const title = field
    ? t("strategy.actionField.editTitle", { name: pick(field.name, locale) })
    : t("strategy.actionField.createTitle");
  return (
    <CatalogueFormPage
      page={page}
      title={title}
      action={field ? `/action-fields/${encodeURIComponent(field.id)}/edit` : "/action-fields/new"}
      errors={errors}
      conflict={props.conflict}
    >
      {field ? (
        <input type="hidden" name="version" value={String(field.version)} />
      ) : (
        <TextField
          name="id"
          label={t("strategy.form.id")}
          hint={t("strategy.form.idHint")}
          value={v("id")}
          errors={errors}
          required
        />
      )}
      <SelectField
        name="cluster"
        label={t("strategy.form.cluster")}
        value={v("cluster")}
        errors={errors}
        options={reference.clusters.map((c) => ({ value: c.id, label: pick(c.name, locale) }))}
        required
      />
      <TextField name="name_de" label={t("strategy.form.name_de")} value={v("name_de")} errors={errors} required />
      <TextField name="name_en" label={t("strategy.form.name_en")} value={v("name_en")} errors={errors} />
      <TextArea
        name="description_de"
        label={t("strategy.form.description_de")}
        value={v("description_de")}
        errors={errors}
        rows={4}
      />
      <TextArea
        name="description_en"
        label={t("strategy.form.description_en")}
        value={v("description_en")}
        errors={errors}
        rows={4}
      />
    </CatalogueFormPage>
  );
}

/** Create or edit an organisation (the office). */
export function OrganisationFormPage(props: {
  page: PageContext;
  organisation: StoredOrganisation | null;
  form: FlatForm;
  errors?: FieldErrors;
  conflict?: boolean;
}) {
  const { page, organisation, form, errors } = props;
  const { t, locale } = page;
  const title = organisation
    ? t("strategy.organisation.editTitle", { name: pick(organisation.name, locale) })
    : t("strategy.organisation.createTitle");
  const v = (name: string) => formValue(form, name);
  return (
    <CatalogueFormPage
      page={page}
      title={title}
      action={organisation ? `/organisations/${encodeURIComponent(organisation.id)}/edit` : "/organisations/new"}
      errors={errors}
      conflict={props.conflict}
    >
      {organisation ? (
        <input type="hidden" name="version" value={String(organisation.version)} />
      ) : (
        <TextField
          name="id"
          label={t("strategy.form.id")}
          hint={t("strategy.form.orgIdHint")}
          value={v("id")}
          errors={errors}
        />
      )}
      <TextField name="name_de" label={t("strategy.form.name_de")} value={v("name_de")} errors={errors} required />
      <TextField name="name_en" label={t("strategy.form.name_en")} value={v("name_en")} errors={errors} />
      <SelectField
        name="kind"
        label={t("strategy.form.kind")}
        value={v("kind")}
        errors={errors}
        emptyLabel={t("strategy.notStated")}
        options={stakeholderGroupOptions(page.city, locale)}
      />
    </CatalogueFormPage>
  );
}
