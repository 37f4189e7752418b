import type { FieldErrors } from "../../../platform/forms/forms";
import {
  DefaultSubmitButton,
  ErrorSummary,
  Form,
  Notice,
  SelectField,
  SubmitButton,
  TextArea,
} from "../../../ui/components/form";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import { outcomes, type PointFields, pointFieldName, type ReportFields } from "../domain/report";
import type { StoredProcess } from "../domain/stored-process";
import { processPath, textIn } from "./process-format";

export interface ReportEditProps {
  page: PageContext;
  process: StoredProcess;
  fields: ReportFields;
  mayPublish: boolean;
  errors?: FieldErrors;
  /** A point was added, removed or moved in the form, not yet saved. */
  unsaved?: boolean;
  done?: "saved" | "published";
}

export const reportEditPath = (slug: string) => `/participation/${slug}/report/edit`;

function PointFieldset(props: {
  page: PageContext;
  index: number;
  point: PointFields;
  last: boolean;
  errors?: FieldErrors;
}) {
  const { page, index, point, last, errors } = props;
  const { t } = page;
  const number = String(index + 1);
  const values = Object.fromEntries(
    (Object.keys(point) as Array<keyof PointFields>).map((field) => [pointFieldName(index, field), point[field]]),
  );
  const field = (name: keyof PointFields) => ({ name: pointFieldName(index, name), errors, values });
  return (
    <fieldset class="row-fieldset" id={`point-${index}`}>
      <legend>{t("participation.reportEdit.point", { number })}</legend>
      <TextArea {...field("heardDe")} label={t("participation.reportEdit.heardDe")} rows={3} />
      <TextArea {...field("heardEn")} label={t("participation.reportEdit.heardEn")} rows={3} />
      <SelectField
        {...field("outcome")}
        label={t("participation.reportEdit.outcome")}
        emptyLabel={t("participation.reportEdit.choose")}
        options={outcomes.map((outcome) => ({ value: outcome, label: t(`participation.report.outcome.${outcome}`) }))}
      />
      <TextArea
        {...field("responseDe")}
        label={t("participation.reportEdit.responseDe")}
        hint={t("participation.reportEdit.responseHint")}
        rows={3}
      />
      <TextArea {...field("responseEn")} label={t("participation.reportEdit.responseEn")} rows={3} />
      <div class="actions">
        {index > 0 && (
          <SubmitButton variant="secondary" name="up" value={String(index)}>
            {t("participation.reportEdit.up", { number })}
          </SubmitButton>
        )}
        {!last && (
          <SubmitButton variant="secondary" name="down" value={String(index)}>
            {t("participation.reportEdit.down", { number })}
          </SubmitButton>
        )}
        <SubmitButton variant="danger" name="remove" value={String(index)}>
          {t("participation.reportEdit.remove", { number })}
        </SubmitButton>
      </div>
    </fieldset>
  );
}

/**
 * The office's form of the closing report: the introduction in both languages and the points, each
 * with what was heard, what happens with it and the response or reason. Every button sends the
 * whole form, so adding, removing and moving points works without JavaScript; Enter saves.
 */
export function ReportEditPage(props: ReportEditProps) {
  const { page, process, fields, errors } = props;
  const { t, locale } = page;
  const title = textIn(process.title, locale);
  const published = process.reportPublishedAt !== null;
  const labels: Record<string, string> = {
    summaryDe: t("participation.reportEdit.summaryDe"),
    summaryEn: t("participation.reportEdit.summaryEn"),
  };
  fields.points.forEach((_, i) => {
    const number = String(i + 1);
    for (const [name, key] of [
      ["heardDe", "heardDe"],
      ["heardEn", "heardEn"],
      ["outcome", "outcome"],
      ["responseDe", "responseDe"],
      ["responseEn", "responseEn"],
    ] as const)
      labels[pointFieldName(i, name)] =
        `${t("participation.reportEdit.point", { number })} – ${t(`participation.reportEdit.${key}`)}`;
  });
  return (
    <Layout page={page} title={`${t("participation.reportEdit.title")}: ${title}`}>
      <p class="breadcrumb">
        <a href={processPath(process.slug)}>{title}</a>
        {" › "}
        <a href={`${processPath(process.slug)}/report`}>{t("participation.report.title")}</a>
      </p>
      <h1>{t("participation.reportEdit.title")}</h1>
      <p class="lead">{title}</p>
      {props.done && <Notice kind="success">{t(`participation.reportEdit.done.${props.done}`)}</Notice>}
      {props.unsaved && <Notice kind="warning">{t("participation.reportEdit.unsaved")}</Notice>}
      <ErrorSummary page={page} errors={errors} labels={labels} />
      <p>{t("participation.reportEdit.intro")}</p>
      <p>
        <a href={`${processPath(process.slug)}/report`}>
          {t(published ? "participation.reportEdit.view" : "participation.reportEdit.preview")}
        </a>
      </p>
      <Form page={page} action={reportEditPath(process.slug)}>
        <DefaultSubmitButton>{t("participation.reportEdit.save")}</DefaultSubmitButton>
        <input type="hidden" name="pointCount" value={String(fields.points.length)} />
        <h2>{t("participation.reportEdit.summaryTitle")}</h2>
        <TextArea
          name="summaryDe"
          label={t("participation.reportEdit.summaryDe")}
          hint={t("participation.reportEdit.summaryHint")}
          errors={errors}
          value={fields.summaryDe}
          rows={5}
        />
        <TextArea
          name="summaryEn"
          label={t("participation.reportEdit.summaryEn")}
          errors={errors}
          value={fields.summaryEn}
          rows={5}
        />
        <h2 id="field-points" tabindex={-1}>
          {t("participation.reportEdit.pointsTitle")}
        </h2>
        {errors?.points && <p class="field-error">{errors.points}</p>}
        {fields.points.length === 0 && <p>{t("participation.reportEdit.noPoints")}</p>}
        {fields.points.map((point, index) => (
          <PointFieldset
            page={page}
            index={index}
            point={point}
            last={index === fields.points.length - 1}
            errors={errors}
          />
        ))}
        <p>
          <SubmitButton variant="secondary" name="add" value="1">
            {t("participation.reportEdit.add")}
          </SubmitButton>
        </p>
        {published ? (
          <p class="hint">{t("participation.reportEdit.published")}</p>
        ) : props.mayPublish ? (
          <p class="hint">{t("participation.reportEdit.publishHint")}</p>
        ) : (
          <p class="hint">{t("participation.reportEdit.tooEarly")}</p>
        )}
        <div class="actions">
          <SubmitButton name="save" value="1">
            {t("participation.reportEdit.save")}
          </SubmitButton>
          {!published && props.mayPublish && (
            <SubmitButton name="publish" value="1">
              {t("participation.reportEdit.publish")}
            </SubmitButton>
          )}
        </div>
      </Form>
    </Layout>
  );
}
