import type { Child } from "hono/jsx";
import type { FieldErrors } from "../../../platform/forms/forms";
import { DataTable } from "../../../ui/components/data-table";
import { ErrorSummary, Form, SubmitButton } from "../../../ui/components/form";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { Reference, StoredMeasure } from "../domain/catalogue";
import type { EditPermissions, MeasureStatus } from "../domain/model";
import { measureTypes } from "../domain/model";
import { allowedStatuses } from "../domain/transitions";
import { boundFields, labelOf } from "./bound-fields";
import { differingFields, type EditPart, type FlatForm } from "./edit-forms";
import { localizedText, pick, statusLabel, typeLabel } from "./format";
import {
  AssessmentFields,
  actionFieldGroups,
  DetailsFields,
  StatusFields,
  TeamFields,
  TextsFields,
} from "./measure-edit-fields";

/** What the page shows for the form that was just sent: its entries, its errors, or a conflict. */
export interface SubmittedPart {
  part: EditPart;
  form: FlatForm;
  errors?: FieldErrors;
  /** The form was opened on an older version; `saved` is that part as saved now. */
  conflict?: { saved: FlatForm; savedVersion: number };
}

interface MeasureEditPageProps {
  page: PageContext;
  measure: StoredMeasure;
  reference: Reference;
  organisations: Array<{ id: string; name: { de: string; en: string } }>;
  forms: Record<EditPart, FlatForm>;
  permissions: EditPermissions;
  submitted?: SubmittedPart;
  /** The part asked for (`?part=`); the page shows one part's form at a time, so one save never drops entries of another. */
  part?: string;
}

function Section(props: { id: string; title: string; intro?: string; children: Child }) {
  return (
    <section class="edit-section" aria-labelledby={`${props.id}-heading`}>
      <h2 id={`${props.id}-heading`}>{props.title}</h2>
      {props.intro && <p>{props.intro}</p>}
      {props.children}
    </section>
  );
}

function ConflictNotice(props: {
  page: PageContext;
  mine: FlatForm;
  saved: FlatForm;
  savedVersion: number;
  display: (name: string, value: string | string[] | undefined) => string;
}) {
  const { t } = props.page;
  const fields = differingFields(props.mine, props.saved);
  return (
    <div class="conflict" role="alert" tabindex={-1} data-error-summary>
      <h3>{t("strategy.conflict.heading")}</h3>
      <p>{t("strategy.conflict.text", { version: props.savedVersion })}</p>
      {fields.length > 0 ? (
        <DataTable
          caption={t("strategy.conflict.caption")}
          columns={[t("strategy.history.field"), t("strategy.conflict.mine"), t("strategy.conflict.saved")]}
        >
          {fields.map((name) => (
            <tr>
              <th scope="row">{labelOf(t, name)}</th>
              <td class="conflict-mine">{props.display(name, props.mine[name])}</td>
              <td class="conflict-saved">{props.display(name, props.saved[name])}</td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <p>{t("strategy.conflict.same")}</p>
      )}
      <p>{t("strategy.conflict.choose")}</p>
    </div>
  );
}

/** Each part of the measure: its fields, whether it has an introduction, and its save button. */
const parts: Array<{ part: EditPart; Fields: typeof TextsFields; intro: boolean }> = [
  { part: "texts", Fields: TextsFields, intro: true },
  { part: "status", Fields: StatusFields, intro: true },
  { part: "details", Fields: DetailsFields, intro: false },
  { part: "team", Fields: TeamFields, intro: true },
  { part: "assessment", Fields: AssessmentFields, intro: true },
];

const saveLabel: Record<EditPart, string> = {
  texts: "strategy.edit.saveTexts",
  status: "strategy.edit.saveStatus",
  details: "strategy.edit.saveDetails",
  team: "strategy.edit.saveTeam",
  assessment: "strategy.edit.saveAssessment",
};

/** The measure's edit page: one form per part, each shown to those who may change it. */
export function MeasureEditPage(props: MeasureEditPageProps) {
  const { page, measure, reference, permissions, submitted } = props;
  const { t, locale } = page;
  const title = localizedText(measure.content.title, locale);
  const formFor = (part: EditPart): FlatForm => (submitted?.part === part ? submitted.form : props.forms[part]);
  const errorsFor = (part: EditPart): FieldErrors | undefined =>
    submitted?.part === part ? submitted.errors : undefined;
  const orgName = (id: string) => {
    const o = props.organisations.find((x) => x.id === id);
    return o ? pick(o.name, locale) : id;
  };
  const display = (name: string, value: string | string[] | undefined): string => {
    const values = Array.isArray(value) ? value : value ? [value] : [];
    if (values.length === 0) return t("strategy.history.empty");
    if (name === "involved" || name === "responsible" || name.endsWith(".organisation"))
      return values.map(orgName).join(", ");
    if (name === "action_fields")
      return values
        .map((id) => pick(reference.actionFields.find((a) => a.id === id)?.name ?? { de: id, en: id }, locale))
        .join(", ");
    if (name === "status") return values.map((s) => statusLabel(t, s as MeasureStatus)).join(", ");
    return values.join(", ");
  };
  const orgOptions = props.organisations.map((o) => ({ value: o.id, label: pick(o.name, locale) }));
  const action = `/measures/${measure.slug}/edit`;
  const permitted = parts.filter(({ part }) => permissions[part]);
  // One form per page: the part that was sent (with its entries, errors or conflict), else the part
  // asked for, else the first one this person may change.
  const current =
    permitted.find(({ part }) => part === submitted?.part) ??
    permitted.find(({ part }) => part === props.part) ??
    permitted[0];

  return (
    <Layout page={page} title={t("strategy.edit.title", { title: title.text })} section="measures">
      <p class="breadcrumb">
        <a href={`/measures/${measure.slug}`}>{t("strategy.edit.back", { title: title.text })}</a>
      </p>
      <h1>{t("strategy.edit.heading", { title: title.text })}</h1>
      <p>{t("strategy.edit.intro", { version: measure.version })}</p>
      <p>{t("strategy.edit.onePart")}</p>
      <nav aria-label={t("strategy.edit.parts")} class="sub-nav">
        <ul>
          {permitted.map(({ part }) => (
            <li>
              <a href={`${action}?part=${part}`} aria-current={part === current?.part ? "page" : undefined}>
                {t(`strategy.edit.${part}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      {(current ? [current] : []).map(({ part, Fields, intro }) => {
        const form = formFor(part);
        const errors = errorsFor(part);
        const conflict = submitted?.part === part ? submitted.conflict : undefined;
        const labels = Object.fromEntries(Object.keys(errors ?? {}).map((k) => [k, labelOf(t, k)]));
        return (
          <Section
            id={part}
            title={t(`strategy.edit.${part}`)}
            intro={intro ? t(`strategy.edit.${part}Intro`) : undefined}
          >
            {conflict && (
              <ConflictNotice
                page={page}
                mine={form}
                saved={conflict.saved}
                savedVersion={conflict.savedVersion}
                display={display}
              />
            )}
            <ErrorSummary page={page} errors={errors} labels={labels} />
            <Form page={page} action={action} id={`form-${part}`}>
              <input type="hidden" name="part" value={part} />
              <input type="hidden" name="version" value={String(conflict ? conflict.savedVersion : measure.version)} />
              <Fields
                page={page}
                fields={boundFields(t, form, errors)}
                form={form}
                measure={measure}
                reference={reference}
                orgOptions={orgOptions}
              />
              <SubmitButton>{t(saveLabel[part])}</SubmitButton>
            </Form>
          </Section>
        );
      })}
    </Layout>
  );
}

/** The form for a new measure: the essentials, the rest follows on the edit page. */
export function MeasureNewPage(props: {
  page: PageContext;
  reference: Reference;
  organisations: Array<{ id: string; name: { de: string; en: string } }>;
  form: FlatForm;
  errors?: FieldErrors;
}) {
  const { page, reference, form, errors } = props;
  const { t, locale } = page;
  const f = boundFields(t, form, errors);
  const labels = Object.fromEntries(Object.keys(errors ?? {}).map((k) => [k, labelOf(t, k)]));
  return (
    <Layout page={page} title={t("strategy.new.title")} section="measures">
      <h1>{t("strategy.new.title")}</h1>
      <p>{t("strategy.new.intro")}</p>
      <ErrorSummary page={page} errors={errors} labels={labels} />
      <Form page={page} action="/measures/new">
        <f.Text name="title_de" required />
        <f.Text name="title_en" />
        <f.Text name="slug" hint={t("strategy.form.slugHint")} />
        <f.Area name="summary_de" rows={3} />
        <f.Area name="summary_en" rows={3} />
        <f.Select name="type" options={measureTypes.map((x) => ({ value: x, label: typeLabel(t, x) }))} required />
        <f.Select
          name="status"
          value={form.status ? undefined : "planned"}
          options={allowedStatuses(null).map((s) => ({ value: s, label: statusLabel(t, s) }))}
          required
        />
        <f.Select
          name="responsible"
          emptyLabel={t("strategy.notStated")}
          options={props.organisations.map((o) => ({ value: o.id, label: pick(o.name, locale) }))}
        />
        <f.Checkboxes
          name="action_fields"
          hint={t("strategy.form.actionFieldsHint")}
          options={[]}
          groups={actionFieldGroups(reference, locale)}
        />
        <SubmitButton>{t("strategy.new.submit")}</SubmitButton>
      </Form>
    </Layout>
  );
}
