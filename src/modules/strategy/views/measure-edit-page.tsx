import type { Child } from "hono/jsx";
import type { FieldErrors } from "../../../platform/forms/forms";
import type { Locale, Translate } from "../../../platform/i18n/i18n";
import { berlinDistricts, stakeholderGroups } from "../../../platform/reference-data";
import { ErrorSummary, Form, SelectField, SubmitButton, TextArea, TextField } from "../../../ui/components/form";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { Reference } from "../data/catalogue";
import type { StoredMeasure } from "../data/measures";
import type { MeasureStatus } from "../domain/model";
import { measureOrigins, measureTypes } from "../domain/model";
import { allowedPhases, allowedStatuses } from "../domain/transitions";
import { differingFields, type EditPart, type FlatForm, rowCount } from "./edit-forms";
import { localizedText, originLabel, pick, statusLabel, typeLabel } from "./format";

const BLANK_ROWS = 2;

export interface EditPermissions {
  texts: boolean;
  status: boolean;
  details: boolean;
  team: boolean;
  assessment: boolean;
}

/** What the page shows for the form that was just sent: its entries, its errors, or a conflict. */
export interface SubmittedPart {
  part: EditPart;
  form: FlatForm;
  errors?: FieldErrors;
  /** The form was opened on an older version; `saved` is that part as saved now. */
  conflict?: { saved: FlatForm; savedVersion: number };
}

export interface MeasureEditPageProps {
  page: PageContext;
  measure: StoredMeasure;
  reference: Reference;
  organisations: Array<{ id: string; name: { de: string; en: string } }>;
  forms: Record<EditPart, FlatForm>;
  permissions: EditPermissions;
  submitted?: SubmittedPart;
}

const str = (form: FlatForm, name: string): string => {
  const v = form[name];
  return Array.isArray(v) ? (v[0] ?? "") : (v ?? "");
};
const list = (form: FlatForm, name: string): string[] => {
  const v = form[name];
  return Array.isArray(v) ? v : v ? [v] : [];
};

/** Labels of the fields, for the error summary and the conflict view. */
function labelOf(t: Translate, name: string): string {
  const row = /^(\w+)\.(\d+)\.(\w+)$/.exec(name);
  if (row)
    return t("strategy.edit.rowField", {
      table: t(`strategy.edit.table.${row[1]}`),
      n: Number(row[2]) + 1,
      field: t(`strategy.form.${row[3]}`),
    });
  return t(`strategy.form.${name}`);
}

function CheckboxGroup(props: {
  name: string;
  legend: string;
  hint?: string;
  options: Array<{ value: string; label: string }>;
  checked: string[];
  error?: string;
  groups?: Array<{ label: string; options: Array<{ value: string; label: string }> }>;
}) {
  const describedBy = [props.hint ? `hint-${props.name}` : null, props.error ? `error-${props.name}` : null]
    .filter(Boolean)
    .join(" ");
  const box = (o: { value: string; label: string }, i: number, prefix: string) => {
    const id = `field-${props.name}-${prefix}${i}`;
    return (
      <div class="field checkbox">
        <input type="checkbox" id={id} name={props.name} value={o.value} checked={props.checked.includes(o.value)} />
        <label for={id}>{o.label}</label>
      </div>
    );
  };
  return (
    <fieldset
      id={`field-${props.name}`}
      class={props.error ? "checkbox-group has-error" : "checkbox-group"}
      aria-describedby={describedBy || undefined}
      tabindex={-1}
    >
      <legend>{props.legend}</legend>
      {props.hint && (
        <p class="hint" id={`hint-${props.name}`}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p class="field-error" id={`error-${props.name}`}>
          {props.error}
        </p>
      )}
      {props.options.map((o, i) => box(o, i, ""))}
      {props.groups?.map((g, gi) => (
        <div class="checkbox-subgroup">
          <p class="checkbox-subgroup-label">{g.label}</p>
          {g.options.map((o, i) => box(o, i, `${gi}-`))}
        </div>
      ))}
    </fieldset>
  );
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
        <div class="table-wrap">
          <table>
            <caption>{t("strategy.conflict.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("strategy.history.field")}</th>
                <th scope="col">{t("strategy.conflict.mine")}</th>
                <th scope="col">{t("strategy.conflict.saved")}</th>
              </tr>
            </thead>
            <tbody>
              {fields.map((name) => (
                <tr>
                  <th scope="row">{labelOf(t, name)}</th>
                  <td class="conflict-mine">{props.display(name, props.mine[name])}</td>
                  <td class="conflict-saved">{props.display(name, props.saved[name])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("strategy.conflict.same")}</p>
      )}
      <p>{t("strategy.conflict.choose")}</p>
    </div>
  );
}

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

  const Conflict = ({ part }: { part: EditPart }) =>
    submitted?.part === part && submitted.conflict ? (
      <ConflictNotice
        page={page}
        mine={submitted.form}
        saved={submitted.conflict.saved}
        savedVersion={submitted.conflict.savedVersion}
        display={display}
      />
    ) : null;
  const Summary = ({ part }: { part: EditPart }) => {
    const errors = errorsFor(part);
    if (!errors) return null;
    const labels = Object.fromEntries(Object.keys(errors).map((k) => [k, labelOf(t, k)]));
    return <ErrorSummary page={page} errors={errors} labels={labels} />;
  };
  const Hidden = ({ part }: { part: EditPart }) => (
    <>
      <input type="hidden" name="part" value={part} />
      <input
        type="hidden"
        name="version"
        value={String(
          submitted?.part === part && submitted.conflict ? submitted.conflict.savedVersion : measure.version,
        )}
      />
    </>
  );
  const action = `/measures/${measure.slug}/edit`;

  const texts = formFor("texts");
  const status = formFor("status");
  const details = formFor("details");
  const team = formFor("team");
  const assessment = formFor("assessment");
  const teamRows = rowCount(team, "team") + BLANK_ROWS;
  const resourceRows = rowCount(details, "resources") + 1;
  const linkRows = rowCount(details, "links") + 1;
  const scale = reference.strategy?.scale[locale] ?? ["0", "1", "2", "3"];

  const sections = [
    permissions.texts && { id: "texts", label: t("strategy.edit.texts") },
    permissions.status && { id: "status", label: t("strategy.edit.status") },
    permissions.details && { id: "details", label: t("strategy.edit.details") },
    permissions.team && { id: "team", label: t("strategy.edit.team") },
    permissions.assessment && { id: "assessment", label: t("strategy.edit.assessment") },
  ].filter((x): x is { id: string; label: string } => Boolean(x));

  return (
    <Layout page={page} title={t("strategy.edit.title", { title: title.text })} section="measures">
      <p class="breadcrumb">
        <a href={`/measures/${measure.slug}`}>{t("strategy.edit.back", { title: title.text })}</a>
      </p>
      <h1>{t("strategy.edit.heading", { title: title.text })}</h1>
      <p>{t("strategy.edit.intro", { version: measure.version })}</p>
      <nav aria-label={t("strategy.edit.parts")}>
        <ul>
          {sections.map((s) => (
            <li>
              <a href={`#${s.id}-heading`}>{s.label}</a>
            </li>
          ))}
        </ul>
      </nav>

      {permissions.texts && (
        <Section id="texts" title={t("strategy.edit.texts")} intro={t("strategy.edit.textsIntro")}>
          <Conflict part="texts" />
          <Summary part="texts" />
          <Form page={page} action={action} id="form-texts">
            <Hidden part="texts" />
            {(["de", "en"] as const).map((lang) => (
              <fieldset lang={lang}>
                <legend>{t(`strategy.language.${lang}`)}</legend>
                <TextField
                  name={`title_${lang}`}
                  label={t(`strategy.form.title_${lang}`)}
                  value={str(texts, `title_${lang}`)}
                  errors={errorsFor("texts")}
                  required={lang === "de"}
                />
                <TextArea
                  name={`summary_${lang}`}
                  label={t(`strategy.form.summary_${lang}`)}
                  hint={t("strategy.form.summaryHint")}
                  value={str(texts, `summary_${lang}`)}
                  errors={errorsFor("texts")}
                  rows={3}
                />
                <TextArea
                  name={`description_${lang}`}
                  label={t(`strategy.form.description_${lang}`)}
                  hint={t("strategy.form.descriptionHint")}
                  value={str(texts, `description_${lang}`)}
                  errors={errorsFor("texts")}
                  rows={10}
                />
                {(["output", "outcome", "impact"] as const).map((g) => (
                  <TextArea
                    name={`goal_${g}_${lang}`}
                    label={t(`strategy.form.goal_${g}_${lang}`)}
                    hint={t(`strategy.form.goalHint.${g}`)}
                    value={str(texts, `goal_${g}_${lang}`)}
                    errors={errorsFor("texts")}
                    rows={2}
                  />
                ))}
              </fieldset>
            ))}
            <SubmitButton>{t("strategy.edit.saveTexts")}</SubmitButton>
          </Form>
        </Section>
      )}

      {permissions.status && (
        <Section id="status" title={t("strategy.edit.status")} intro={t("strategy.edit.statusIntro")}>
          <Conflict part="status" />
          <Summary part="status" />
          <Form page={page} action={action} id="form-status">
            <Hidden part="status" />
            <SelectField
              name="status"
              label={t("strategy.form.status")}
              hint={t("strategy.form.statusHint")}
              value={str(status, "status")}
              errors={errorsFor("status")}
              emptyLabel={measure.content.status === null ? t("strategy.notStated") : undefined}
              options={allowedStatuses(measure.content.status).map((s) => ({ value: s, label: statusLabel(t, s) }))}
            />
            <SelectField
              name="phase"
              label={t("strategy.form.phase")}
              hint={t("strategy.form.phaseHint")}
              value={str(status, "phase")}
              errors={errorsFor("status")}
              emptyLabel={measure.content.phaseId === null ? t("strategy.notStated") : undefined}
              options={allowedPhases(reference.phases, measure.content.status, measure.content.phaseId).map((p) => ({
                value: p.id,
                label: pick(p.name, locale),
              }))}
            />
            <SubmitButton>{t("strategy.edit.saveStatus")}</SubmitButton>
          </Form>
        </Section>
      )}

      {permissions.details && (
        <Section id="details" title={t("strategy.edit.details")}>
          <Conflict part="details" />
          <Summary part="details" />
          <Form page={page} action={action} id="form-details">
            <Hidden part="details" />
            <SelectField
              name="type"
              label={t("strategy.form.type")}
              value={str(details, "type")}
              errors={errorsFor("details")}
              options={measureTypes.map((x) => ({ value: x, label: typeLabel(t, x) }))}
            />
            <CheckboxGroup
              name="pilot"
              legend={t("strategy.form.pilotLegend")}
              options={[{ value: "on", label: t("strategy.form.pilot") }]}
              checked={list(details, "pilot")}
            />
            <SelectField
              name="origin"
              label={t("strategy.form.origin")}
              value={str(details, "origin")}
              errors={errorsFor("details")}
              options={measureOrigins.map((x) => ({ value: x, label: originLabel(t, x) }))}
            />
            <TextField
              name="origin_ref"
              label={t("strategy.form.origin_ref")}
              hint={t("strategy.form.originRefHint")}
              value={str(details, "origin_ref")}
              errors={errorsFor("details")}
            />
            <SelectField
              name="responsible"
              label={t("strategy.form.responsible")}
              value={str(details, "responsible")}
              errors={errorsFor("details")}
              emptyLabel={t("strategy.notStated")}
              options={orgOptions}
            />
            <CheckboxGroup
              name="involved"
              legend={t("strategy.form.involved")}
              options={orgOptions}
              checked={list(details, "involved")}
              error={errorsFor("details")?.involved}
            />
            <CheckboxGroup
              name="city_wide"
              legend={t("strategy.form.placeLegend")}
              options={[{ value: "on", label: t("strategy.form.city_wide") }]}
              checked={list(details, "city_wide")}
            />
            <CheckboxGroup
              name="districts"
              legend={t("strategy.form.districts")}
              options={berlinDistricts.map((d) => ({ value: d.key, label: d.name[locale] }))}
              checked={list(details, "districts")}
              error={errorsFor("details")?.districts}
            />
            <TextField
              name="period_start"
              label={t("strategy.form.period_start")}
              hint={t("strategy.form.dateHint")}
              value={str(details, "period_start")}
              errors={errorsFor("details")}
            />
            <TextField
              name="period_end"
              label={t("strategy.form.period_end")}
              hint={t("strategy.form.dateHint")}
              value={str(details, "period_end")}
              errors={errorsFor("details")}
            />
            <TextField
              name="period_note_de"
              label={t("strategy.form.period_note_de")}
              value={str(details, "period_note_de")}
              errors={errorsFor("details")}
            />
            <TextField
              name="period_note_en"
              label={t("strategy.form.period_note_en")}
              value={str(details, "period_note_en")}
              errors={errorsFor("details")}
            />
            <CheckboxGroup
              name="action_fields"
              legend={t("strategy.form.action_fields")}
              hint={t("strategy.form.actionFieldsHint")}
              options={[]}
              groups={reference.clusters.map((c) => ({
                label: pick(c.name, locale),
                options: reference.actionFields
                  .filter((a) => a.clusterId === c.id)
                  .map((a) => ({ value: a.id, label: pick(a.name, locale) })),
              }))}
              checked={list(details, "action_fields")}
              error={errorsFor("details")?.action_fields}
            />
            <CheckboxGroup
              name="spatial_levels"
              legend={t("strategy.form.spatial_levels")}
              options={reference.spatialLevels.map((l) => ({ value: l.id, label: pick(l.name, locale) }))}
              checked={list(details, "spatial_levels")}
              error={errorsFor("details")?.spatial_levels}
            />
            <TextField
              name="contact_name"
              label={t("strategy.form.contact_name")}
              value={str(details, "contact_name")}
              errors={errorsFor("details")}
            />
            <TextField
              name="contact_email"
              type="email"
              label={t("strategy.form.contact_email")}
              value={str(details, "contact_email")}
              errors={errorsFor("details")}
            />
            <fieldset>
              <legend>{t("strategy.edit.table.resources")}</legend>
              <p class="hint">{t("strategy.form.rowsHint")}</p>
              {Array.from({ length: resourceRows }, (_, i) => (
                <fieldset class="row-fieldset">
                  <legend>{t("strategy.edit.row", { table: t("strategy.edit.table.resources"), n: i + 1 })}</legend>
                  {(["amount_eur", "source_de", "source_en", "funding_programme"] as const).map((f) => (
                    <TextField
                      name={`resources.${i}.${f}`}
                      label={t(`strategy.form.${f}`)}
                      value={str(details, `resources.${i}.${f}`)}
                      errors={errorsFor("details")}
                      inputmode={f === "amount_eur" ? "numeric" : undefined}
                    />
                  ))}
                </fieldset>
              ))}
            </fieldset>
            <fieldset>
              <legend>{t("strategy.edit.table.links")}</legend>
              <p class="hint">{t("strategy.form.rowsHint")}</p>
              {Array.from({ length: linkRows }, (_, i) => (
                <fieldset class="row-fieldset">
                  <legend>{t("strategy.edit.row", { table: t("strategy.edit.table.links"), n: i + 1 })}</legend>
                  <TextField
                    name={`links.${i}.url`}
                    type="url"
                    label={t("strategy.form.url")}
                    value={str(details, `links.${i}.url`)}
                    errors={errorsFor("details")}
                  />
                  <TextField
                    name={`links.${i}.label_de`}
                    label={t("strategy.form.label_de")}
                    value={str(details, `links.${i}.label_de`)}
                    errors={errorsFor("details")}
                  />
                  <TextField
                    name={`links.${i}.label_en`}
                    label={t("strategy.form.label_en")}
                    value={str(details, `links.${i}.label_en`)}
                    errors={errorsFor("details")}
                  />
                </fieldset>
              ))}
            </fieldset>
            <SubmitButton>{t("strategy.edit.saveDetails")}</SubmitButton>
          </Form>
        </Section>
      )}

      {permissions.team && (
        <Section id="team" title={t("strategy.edit.team")} intro={t("strategy.edit.teamIntro")}>
          <Conflict part="team" />
          <Summary part="team" />
          <Form page={page} action={action} id="form-team">
            <Hidden part="team" />
            {Array.from({ length: teamRows }, (_, i) => (
              <fieldset class="row-fieldset">
                <legend>{t("strategy.edit.row", { table: t("strategy.edit.table.team"), n: i + 1 })}</legend>
                <TextField
                  name={`team.${i}.name`}
                  label={t("strategy.form.name")}
                  hint={t("strategy.form.nameHint")}
                  value={str(team, `team.${i}.name`)}
                  errors={errorsFor("team")}
                />
                <SelectField
                  name={`team.${i}.organisation`}
                  label={t("strategy.form.organisation")}
                  value={str(team, `team.${i}.organisation`)}
                  errors={errorsFor("team")}
                  emptyLabel={t("strategy.form.noOrganisation")}
                  options={orgOptions}
                />
                <TextField
                  name={`team.${i}.role_de`}
                  label={t("strategy.form.role_de")}
                  value={str(team, `team.${i}.role_de`)}
                  errors={errorsFor("team")}
                />
                <TextField
                  name={`team.${i}.role_en`}
                  label={t("strategy.form.role_en")}
                  value={str(team, `team.${i}.role_en`)}
                  errors={errorsFor("team")}
                />
                <TextArea
                  name={`team.${i}.responsibility_de`}
                  label={t("strategy.form.responsibility_de")}
                  value={str(team, `team.${i}.responsibility_de`)}
                  errors={errorsFor("team")}
                  rows={2}
                />
                <TextArea
                  name={`team.${i}.responsibility_en`}
                  label={t("strategy.form.responsibility_en")}
                  value={str(team, `team.${i}.responsibility_en`)}
                  errors={errorsFor("team")}
                  rows={2}
                />
                <TextField
                  name={`team.${i}.share_of_time`}
                  label={t("strategy.form.share_of_time")}
                  hint={t("strategy.form.shareHint")}
                  value={str(team, `team.${i}.share_of_time`)}
                  errors={errorsFor("team")}
                  inputmode="numeric"
                />
                {i < rowCount(team, "team") && (
                  <div class="field checkbox">
                    <input type="checkbox" id={`field-team.${i}.remove`} name={`team.${i}.remove`} value="on" />
                    <label for={`field-team.${i}.remove`}>{t("strategy.form.remove")}</label>
                  </div>
                )}
              </fieldset>
            ))}
            <SubmitButton>{t("strategy.edit.saveTeam")}</SubmitButton>
          </Form>
        </Section>
      )}

      {permissions.assessment && (
        <Section id="assessment" title={t("strategy.edit.assessment")} intro={t("strategy.edit.assessmentIntro")}>
          <Conflict part="assessment" />
          <Summary part="assessment" />
          <Form page={page} action={action} id="form-assessment">
            <Hidden part="assessment" />
            {reference.values.map((v, i) => (
              <fieldset class="row-fieldset">
                <legend>{pick(v.name, locale)}</legend>
                <input type="hidden" name={`assessments.${i}.value`} value={v.id} />
                {v.questions.length > 0 && (
                  <ul class="hint">
                    {v.questions.map((q) => (
                      <li>{pick(q, locale)}</li>
                    ))}
                  </ul>
                )}
                <SelectField
                  name={`assessments.${i}.score`}
                  label={t("strategy.form.score")}
                  value={str(assessment, `assessments.${i}.score`)}
                  errors={errorsFor("assessment")}
                  emptyLabel={t("strategy.assessment.notAssessed")}
                  options={scale.map((label, score) => ({ value: String(score), label: `${score} – ${label}` }))}
                />
                <TextArea
                  name={`assessments.${i}.rationale_de`}
                  label={t("strategy.form.rationale_de")}
                  value={str(assessment, `assessments.${i}.rationale_de`)}
                  errors={errorsFor("assessment")}
                  rows={2}
                />
                <TextArea
                  name={`assessments.${i}.rationale_en`}
                  label={t("strategy.form.rationale_en")}
                  value={str(assessment, `assessments.${i}.rationale_en`)}
                  errors={errorsFor("assessment")}
                  rows={2}
                />
              </fieldset>
            ))}
            <SubmitButton>{t("strategy.edit.saveAssessment")}</SubmitButton>
          </Form>
        </Section>
      )}
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
  const labels = Object.fromEntries(Object.keys(errors ?? {}).map((k) => [k, labelOf(t, k)]));
  return (
    <Layout page={page} title={t("strategy.new.title")} section="measures">
      <h1>{t("strategy.new.title")}</h1>
      <p>{t("strategy.new.intro")}</p>
      <ErrorSummary page={page} errors={errors} labels={labels} />
      <Form page={page} action="/measures/new">
        <TextField
          name="title_de"
          label={t("strategy.form.title_de")}
          value={str(form, "title_de")}
          errors={errors}
          required
        />
        <TextField name="title_en" label={t("strategy.form.title_en")} value={str(form, "title_en")} errors={errors} />
        <TextField
          name="slug"
          label={t("strategy.form.slug")}
          hint={t("strategy.form.slugHint")}
          value={str(form, "slug")}
          errors={errors}
        />
        <TextArea
          name="summary_de"
          label={t("strategy.form.summary_de")}
          value={str(form, "summary_de")}
          errors={errors}
          rows={3}
        />
        <TextArea
          name="summary_en"
          label={t("strategy.form.summary_en")}
          value={str(form, "summary_en")}
          errors={errors}
          rows={3}
        />
        <SelectField
          name="type"
          label={t("strategy.form.type")}
          value={str(form, "type")}
          errors={errors}
          options={measureTypes.map((x) => ({ value: x, label: typeLabel(t, x) }))}
          required
        />
        <SelectField
          name="status"
          label={t("strategy.form.status")}
          value={str(form, "status") || "planned"}
          errors={errors}
          options={allowedStatuses(null).map((s) => ({ value: s, label: statusLabel(t, s) }))}
          required
        />
        <SelectField
          name="responsible"
          label={t("strategy.form.responsible")}
          value={str(form, "responsible")}
          errors={errors}
          emptyLabel={t("strategy.notStated")}
          options={props.organisations.map((o) => ({ value: o.id, label: pick(o.name, locale) }))}
        />
        <CheckboxGroup
          name="action_fields"
          legend={t("strategy.form.action_fields")}
          hint={t("strategy.form.actionFieldsHint")}
          options={[]}
          groups={reference.clusters.map((c) => ({
            label: pick(c.name, locale),
            options: reference.actionFields
              .filter((a) => a.clusterId === c.id)
              .map((a) => ({ value: a.id, label: pick(a.name, locale) })),
          }))}
          checked={list(form, "action_fields")}
          error={errors?.action_fields}
        />
        <SubmitButton>{t("strategy.new.submit")}</SubmitButton>
      </Form>
    </Layout>
  );
}

/** Stakeholder groups for the organisation form. */
export function stakeholderOptions(locale: Locale): Array<{ value: string; label: string }> {
  return stakeholderGroups.map((g) => ({ value: g.key, label: g.name[locale] }));
}
