import { districtOptions } from "../../../platform/reference-data";
import type { CheckboxOption } from "../../../ui/components/checkbox-group";
import type { PageContext } from "../../../ui/page-context";
import type { Reference, StoredMeasure } from "../domain/catalogue";
import { measureOrigins, measureTypes } from "../domain/model";
import { allowedPhases, allowedStatuses } from "../domain/transitions";
import type { boundFields } from "./bound-fields";
import { type FlatForm, rowCount } from "./edit-forms";
import { originLabel, pick, statusLabel, typeLabel } from "./format";

/** Empty rows offered below a table's filled rows, for adding entries without JavaScript. */
const BLANK_TEAM_ROWS = 2;

/** What every part's fields get: the page, the bound fields of that part's form, and the catalogue. */
export interface PartFieldsProps {
  page: PageContext;
  fields: ReturnType<typeof boundFields>;
  form: FlatForm;
  measure: StoredMeasure;
  reference: Reference;
  orgOptions: CheckboxOption[];
}

const languages = ["de", "en"] as const;

export function TextsFields({ page, fields: f }: PartFieldsProps) {
  const { t } = page;
  return (
    <>
      {languages.map((lang) => (
        <fieldset lang={lang}>
          <legend>{t(`strategy.language.${lang}`)}</legend>
          <f.Text name={`title_${lang}`} required={lang === "de"} />
          <f.Area name={`summary_${lang}`} hint={t("strategy.form.summaryHint")} rows={3} />
          <f.Area name={`description_${lang}`} hint={t("strategy.form.descriptionHint")} rows={10} />
          {(["output", "outcome", "impact"] as const).map((g) => (
            <f.Area name={`goal_${g}_${lang}`} hint={t(`strategy.form.goalHint.${g}`)} rows={2} />
          ))}
        </fieldset>
      ))}
    </>
  );
}

export function StatusFields({ page, fields: f, measure, reference }: PartFieldsProps) {
  const { t, locale } = page;
  const { status, phaseId } = measure.content;
  return (
    <>
      <f.Select
        name="status"
        hint={t("strategy.form.statusHint")}
        emptyLabel={status === null ? t("strategy.notStated") : undefined}
        options={allowedStatuses(status).map((s) => ({ value: s, label: statusLabel(t, s) }))}
      />
      <f.Select
        name="phase"
        hint={t("strategy.form.phaseHint")}
        emptyLabel={phaseId === null ? t("strategy.notStated") : undefined}
        options={allowedPhases(reference.phases, status, phaseId).map((p) => ({
          value: p.id,
          label: pick(p.name, locale),
        }))}
      />
    </>
  );
}

/** The fields of action, grouped by cluster. */
export function actionFieldGroups(reference: Reference, locale: PageContext["locale"]) {
  return reference.clusters.map((c) => ({
    label: pick(c.name, locale),
    options: reference.actionFields
      .filter((a) => a.clusterId === c.id)
      .map((a) => ({ value: a.id, label: pick(a.name, locale) })),
  }));
}

export function DetailsFields({ page, fields: f, form, reference, orgOptions }: PartFieldsProps) {
  const { t, locale } = page;
  const dateHint = t("strategy.form.dateHint");
  return (
    <>
      <f.Select name="type" options={measureTypes.map((x) => ({ value: x, label: typeLabel(t, x) }))} />
      <f.Checkboxes
        name="pilot"
        legend={t("strategy.form.pilotLegend")}
        options={[{ value: "on", label: t("strategy.form.pilot") }]}
      />
      <f.Select name="origin" options={measureOrigins.map((x) => ({ value: x, label: originLabel(t, x) }))} />
      <f.Text name="origin_ref" hint={t("strategy.form.originRefHint")} />
      <f.Select name="responsible" emptyLabel={t("strategy.notStated")} options={orgOptions} />
      <f.Checkboxes name="involved" options={orgOptions} />
      <f.Checkboxes
        name="city_wide"
        legend={t("strategy.form.placeLegend")}
        options={[{ value: "on", label: t("strategy.form.city_wide") }]}
      />
      <f.Checkboxes name="districts" options={districtOptions(page.city, locale)} />
      <f.Text name="period_start" hint={dateHint} />
      <f.Text name="period_end" hint={dateHint} />
      <f.Text name="period_note_de" />
      <f.Text name="period_note_en" />
      <f.Checkboxes
        name="action_fields"
        hint={t("strategy.form.actionFieldsHint")}
        options={[]}
        groups={actionFieldGroups(reference, locale)}
      />
      <f.Checkboxes
        name="spatial_levels"
        options={reference.spatialLevels.map((l) => ({ value: l.id, label: pick(l.name, locale) }))}
      />
      <f.Text name="contact_name" />
      <f.Text name="contact_email" type="email" />
      <Rows page={page} table="resources" count={rowCount(form, "resources") + 1}>
        {(i) =>
          (["amount_eur", "source_de", "source_en", "funding_programme"] as const).map((column) => (
            <f.Text name={`resources.${i}.${column}`} inputmode={column === "amount_eur" ? "numeric" : undefined} />
          ))
        }
      </Rows>
      <Rows page={page} table="links" count={rowCount(form, "links") + 1}>
        {(i) => (
          <>
            <f.Text name={`links.${i}.url`} type="url" />
            <f.Text name={`links.${i}.label_de`} />
            <f.Text name={`links.${i}.label_en`} />
          </>
        )}
      </Rows>
    </>
  );
}

/** A table edited as numbered fieldsets, one per row, the last ones empty for new entries. */
function Rows(props: { page: PageContext; table: string; count: number; children: (i: number) => unknown }) {
  const { t } = props.page;
  const tableName = t(`strategy.edit.table.${props.table}`);
  return (
    <fieldset>
      <legend>{tableName}</legend>
      <p class="hint">{t("strategy.form.rowsHint")}</p>
      {Array.from({ length: props.count }, (_, i) => (
        <fieldset class="row-fieldset">
          <legend>{t("strategy.edit.row", { table: tableName, n: i + 1 })}</legend>
          {props.children(i)}
        </fieldset>
      ))}
    </fieldset>
  );
}

export function TeamFields({ page, fields: f, form, orgOptions }: PartFieldsProps) {
  const { t } = page;
  const filled = rowCount(form, "team");
  return (
    <>
      {Array.from({ length: filled + BLANK_TEAM_ROWS }, (_, i) => (
        <fieldset class="row-fieldset">
          <legend>{t("strategy.edit.row", { table: t("strategy.edit.table.team"), n: i + 1 })}</legend>
          <f.Text name={`team.${i}.name`} hint={t("strategy.form.nameHint")} />
          <f.Select
            name={`team.${i}.organisation`}
            emptyLabel={t("strategy.form.noOrganisation")}
            options={orgOptions}
          />
          <f.Text name={`team.${i}.role_de`} />
          <f.Text name={`team.${i}.role_en`} />
          <f.Area name={`team.${i}.responsibility_de`} rows={2} />
          <f.Area name={`team.${i}.responsibility_en`} rows={2} />
          <f.Text name={`team.${i}.share_of_time`} hint={t("strategy.form.shareHint")} inputmode="numeric" />
          {i < filled && (
            <div class="field checkbox">
              <input type="checkbox" id={`field-team.${i}.remove`} name={`team.${i}.remove`} value="on" />
              <label for={`field-team.${i}.remove`}>{t("strategy.form.remove")}</label>
            </div>
          )}
        </fieldset>
      ))}
    </>
  );
}

export function AssessmentFields({ page, fields: f, reference }: PartFieldsProps) {
  const { t, locale } = page;
  const scale = reference.strategy?.scale[locale] ?? ["0", "1", "2", "3"];
  return (
    <>
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
          <f.Select
            name={`assessments.${i}.score`}
            emptyLabel={t("strategy.assessment.notAssessed")}
            options={scale.map((label, score) => ({ value: String(score), label: `${score} – ${label}` }))}
          />
          <f.Area name={`assessments.${i}.rationale_de`} rows={2} />
          <f.Area name={`assessments.${i}.rationale_en`} rows={2} />
        </fieldset>
      ))}
    </>
  );
}
