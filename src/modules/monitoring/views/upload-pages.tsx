import type { Child } from "hono/jsx";
import type { FieldErrors } from "../../../platform/forms/forms";
import type { Locale, Translate } from "../../../platform/i18n/i18n";
import { Alert } from "../../../ui/components/content";
import { DataTable } from "../../../ui/components/data-table";
import { ErrorSummary, FieldMessages, Form, SubmitButton } from "../../../ui/components/form";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { MeasureReference } from "../../strategy";
import type { StoredDefinition } from "../domain/monitoring-view";
import {
  type IssueParams,
  OBSERVATION_CSV_LIMITS,
  type ObservationCsvField,
  observationCsvColumns,
  observationCsvFields,
} from "../domain/observation-csv";
import { commonUnits } from "../domain/units";
import type { PlannedRow, RowAction, UploadPreview, UploadStart } from "../use-cases/preview-observations";
import { areaName, formatNumber, formatValue, localized, periodLabel, unitLabel } from "./format";

/** Problems and rows a page shows at most; the counts say how many there are in all. */
const ISSUES_SHOWN = 1000;
const ROWS_SHOWN = 500;

/** What the upload page says after an import: the counts, or that everything was stored already. */
export type UploadNotice =
  | { kind: "saved"; added: number; corrected: number; unchanged: number }
  | { kind: "already"; rows: number };

const maxMegabytes = OBSERVATION_CSV_LIMITS.maxFileBytes / (1024 * 1024);

export function monitoringPath(slug: string): string {
  return `/measures/${encodeURIComponent(slug)}/monitoring`;
}

/** A text with parts in backticks (column names, values to type as shown) set as code. */
function Coded(props: { text: string }) {
  return <>{props.text.split("`").map((part, index) => (index % 2 === 1 ? <code>{part}</code> : part))}</>;
}

function Breadcrumb(props: { page: PageContext; measure: MeasureReference }) {
  const { t, locale } = props.page;
  const title = localized(props.measure.title, locale);
  return (
    <p class="breadcrumb">
      <a href="/measures">{t("monitoring.page.measures")}</a> ›{" "}
      <a href={`/measures/${encodeURIComponent(props.measure.slug)}`} lang={title.lang}>
        {title.text}
      </a>{" "}
      › <a href={monitoringPath(props.measure.slug)}>{t("monitoring.upload.monitoring")}</a>
    </p>
  );
}

function UploadLayout(props: { page: PageContext; measure: MeasureReference; heading: string; children: Child }) {
  const { t, locale } = props.page;
  const title = localized(props.measure.title, locale);
  return (
    <Layout page={props.page} title={t("monitoring.upload.title", { title: title.text })} section="measures">
      <Breadcrumb page={props.page} measure={props.measure} />
      <h1>
        {props.heading} <span lang={title.lang}>{title.text}</span>
      </h1>
      {props.children}
    </Layout>
  );
}

/** The form with the file field: plain multipart, no JavaScript needed. */
function UploadForm(props: { page: PageContext; slug: string; error?: string; heading: string }) {
  const { page } = props;
  const { t } = page;
  const error = props.error;
  return (
    <section aria-labelledby="upload-form-heading">
      <h2 id="upload-form-heading">{props.heading}</h2>
      <form
        method="post"
        action={`${monitoringPath(props.slug)}/upload`}
        enctype="multipart/form-data"
        class="form"
        novalidate
      >
        <input type="hidden" name="_csrf" value={page.csrfToken} />
        <div class={error ? "field has-error" : "field"}>
          <label for="field-file">
            {t("monitoring.upload.file")}
            <span aria-hidden="true"> *</span>
          </label>
          <FieldMessages name="file" hint={t("monitoring.upload.fileHint", { maxMegabytes })} error={error} />
          <input
            type="file"
            id="field-file"
            name="file"
            accept=".csv,text/csv"
            required
            aria-describedby={error ? "hint-file error-file" : "hint-file"}
            aria-invalid={error ? "true" : undefined}
          />
        </div>
        <p>{t("monitoring.upload.nothingYet")}</p>
        <SubmitButton>{t("monitoring.upload.check")}</SubmitButton>
      </form>
    </section>
  );
}

const columnRequired: Record<ObservationCsvField, boolean> = {
  indicator: true,
  period: true,
  value: true,
  unit: false,
  spatialUnit: false,
  status: false,
  note: false,
};

/** The unit as a file may write it: the name of a common unit ("Prozent"), which the reader accepts, else its code. */
export function unitInFile(locale: Locale, code: string): string {
  return commonUnits().some((unit) => unit.code === code) ? unitLabel(locale, code) : code;
}

function exampleFile(page: PageContext, data: UploadStart): string {
  const { t, locale } = page;
  const first = data.indicators[0];
  const separator = locale === "de" ? ";" : ",";
  const header = observationCsvFields.map((field) => observationCsvColumns[field][locale]).join(separator);
  const yesNo = first?.valueKind === "yes-no";
  const value = yesNo ? t("monitoring.value.yes") : locale === "de" ? "1.234,5" : "1234.5";
  const row = [
    first?.key ?? "indikator-kennung",
    first?.examplePeriod ?? "2025-Q3",
    value,
    first ? unitInFile(locale, first.unit) : "",
    "",
    t("monitoring.observationStatus.final"),
    t("monitoring.upload.exampleNote"),
  ].join(separator);
  return `${header}\n${row}`;
}

function Columns(props: { page: PageContext; data: UploadStart }) {
  const { page, data } = props;
  const { t, locale } = page;
  return (
    <>
      <h2 id="columns">{t("monitoring.upload.columnsHeading")}</h2>
      <p>{t("monitoring.upload.columnsIntro")}</p>
      <dl>
        {observationCsvFields.map((field) => {
          const names = observationCsvColumns[field];
          const other: Locale = locale === "de" ? "en" : "de";
          return (
            <>
              <dt>
                <code>{names[locale]}</code>
                {names[other] !== names[locale] && (
                  <>
                    {" "}
                    (<code>{names[other]}</code>)
                  </>
                )}{" "}
                – {t(columnRequired[field] ? "monitoring.upload.required" : "monitoring.upload.optional")}
              </dt>
              <dd>
                <Coded
                  text={t(`monitoring.upload.column.${field}`, {
                    maxLength: formatNumber(locale, OBSERVATION_CSV_LIMITS.maxNoteLength),
                  })}
                />
              </dd>
            </>
          );
        })}
      </dl>
      <h3 id="example">{t("monitoring.upload.exampleHeading")}</h3>
      <p>{t("monitoring.upload.exampleIntro")}</p>
      <pre>
        <code>{exampleFile(page, data)}</code>
      </pre>
      <p>
        <a href={`${monitoringPath(data.measure.slug)}/template.csv`} download>
          {t("monitoring.upload.template")}
        </a>
      </p>
      <p>{t("monitoring.upload.templateHint")}</p>
      <h3 id="rules">{t("monitoring.upload.rulesHeading")}</h3>
      <ul>
        <li>{t("monitoring.upload.ruleUtf8")}</li>
        <li>
          {t("monitoring.upload.ruleLimits", {
            maxMegabytes,
            maxRows: formatNumber(locale, OBSERVATION_CSV_LIMITS.maxRows),
          })}
        </li>
        <li>{t("monitoring.upload.ruleCorrections")}</li>
        <li>{t("monitoring.upload.ruleFormulas")}</li>
      </ul>
    </>
  );
}

function Indicators(props: { page: PageContext; data: UploadStart }) {
  const { page, data } = props;
  const { t, locale } = page;
  const districts = page.city.districts.map((d) => `${d.key} (${d.name[locale]})`).join(", ");
  return (
    <>
      <h2 id="indicators">{t("monitoring.upload.indicatorsHeading")}</h2>
      <DataTable
        caption={t("monitoring.upload.indicatorsCaption")}
        hideCaption
        columns={[
          t("monitoring.upload.indicatorKey"),
          t("monitoring.upload.indicatorName"),
          t("monitoring.upload.indicatorFrequency"),
          t("monitoring.upload.indicatorUnit"),
          t("monitoring.upload.indicatorArea"),
        ]}
      >
        {data.indicators.map((indicator) => {
          const name = localized(indicator.definition.name, locale);
          return (
            <tr>
              <td>
                <code>{indicator.key}</code>
              </td>
              <td lang={name.lang}>{name.text}</td>
              <td>{t(`monitoring.frequency.${indicator.frequency}`)}</td>
              <td>
                {indicator.valueKind === "yes-no"
                  ? t("monitoring.upload.valueYesNo")
                  : unitInFile(locale, indicator.unit)}
              </td>
              <td>
                {indicator.definition.spatialUnit === "district"
                  ? t("monitoring.upload.areaDistricts", { districts })
                  : t("monitoring.upload.areaCity")}
              </td>
            </tr>
          );
        })}
      </DataTable>
    </>
  );
}

function NoticeOf(props: { page: PageContext; slug: string; notice: UploadNotice }) {
  const { t } = props.page;
  const { notice } = props;
  return (
    <Alert tone="success">
      {notice.kind === "saved"
        ? t("monitoring.upload.saved", {
            added: notice.added,
            corrected: notice.corrected,
            unchanged: notice.unchanged,
          })
        : t("monitoring.upload.alreadySaved", { rows: notice.rows })}{" "}
      <a href={monitoringPath(props.slug)}>{t("monitoring.upload.toMonitoring")}</a>
    </Alert>
  );
}

/**
 * The upload page: how the file is laid out (columns, an example, the template), the measure's
 * indicators with their keys, and the form. After an import it says what was saved.
 */
export function UploadPageView(props: {
  page: PageContext;
  data: UploadStart;
  errors?: FieldErrors;
  notice?: UploadNotice;
}) {
  const { page, data } = props;
  const { t } = page;
  const slug = data.measure.slug;
  return (
    <UploadLayout page={page} measure={data.measure} heading={t("monitoring.upload.heading")}>
      {props.notice && <NoticeOf page={page} slug={slug} notice={props.notice} />}
      <ErrorSummary page={page} errors={props.errors} />
      <p class="lead">{t("monitoring.upload.lead")}</p>
      {data.indicators.length === 0 ? (
        <p>{t("monitoring.upload.noIndicators")}</p>
      ) : (
        <>
          <Columns page={page} data={data} />
          <Indicators page={page} data={data} />
          <UploadForm page={page} slug={slug} error={props.errors?.file} heading={t("monitoring.upload.formHeading")} />
        </>
      )}
      <p>
        <a href={monitoringPath(slug)}>{t("monitoring.upload.back")}</a>
      </p>
    </UploadLayout>
  );
}

// ---------------------------------------------------------------------------------------------------
// The preview

const numberParams = new Set(["maxValue", "maxRows", "rows", "maxBytes", "maxLength"]);

/** A problem in words: its message with the parameters written for people. */
function issueText(t: Translate, locale: Locale, messageKey: string, params: IssueParams = {}): string {
  const shown: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (name === "frequency") shown[name] = t(`monitoring.frequency.${value}`);
    else if (name === "expected" && messageKey === "monitoring.csv.unitMismatch")
      shown[name] = unitInFile(locale, String(value));
    else if (numberParams.has(name) && typeof value === "number") shown[name] = formatNumber(locale, value);
    else shown[name] = value;
  }
  const text = t(messageKey, shown);
  return typeof params.line === "number" && messageKey !== "monitoring.csv.rowDuplicate"
    ? t("monitoring.upload.atLine", { line: params.line, message: text })
    : text;
}

function Refused(props: { page: PageContext; preview: Extract<UploadPreview, { kind: "refused" }> }) {
  const { page, preview } = props;
  const { t, locale } = page;
  const total = preview.fileIssues.length + preview.rowIssues.length;
  const rows = preview.rowIssues.slice(0, ISSUES_SHOWN);
  return (
    <>
      <Alert tone="danger" title={t("monitoring.upload.refusedCount", { count: total })} urgent>
        <p>{t("monitoring.upload.refusedLead")}</p>
        {preview.fileName && <p>{t("monitoring.upload.fileName", { name: preview.fileName })}</p>}
      </Alert>
      {preview.fileIssues.length > 0 && (
        <>
          <h2 id="file-problems">{t("monitoring.upload.fileProblems")}</h2>
          <ul>
            {preview.fileIssues.map((issue) => (
              <li>{issueText(t, locale, issue.messageKey, issue.params)}</li>
            ))}
          </ul>
        </>
      )}
      {rows.length > 0 && (
        <>
          <h2 id="row-problems">{t("monitoring.upload.rowProblems")}</h2>
          <DataTable
            id="problems"
            caption={t("monitoring.upload.issuesCaption")}
            hideCaption
            columns={[
              t("monitoring.upload.issueLine"),
              t("monitoring.upload.issueColumn"),
              t("monitoring.upload.issueValue"),
              t("monitoring.upload.issueProblem"),
            ]}
          >
            {rows.map((issue) => (
              <tr>
                <td>{issue.line}</td>
                <td>{issue.column ?? t("monitoring.upload.wholeRow")}</td>
                <td>{issue.value ?? ""}</td>
                <td>{issueText(t, locale, issue.messageKey, issue.params)}</td>
              </tr>
            ))}
          </DataTable>
          {preview.rowIssues.length > rows.length && (
            <p>{t("monitoring.upload.issuesMore", { shown: rows.length, total: preview.rowIssues.length })}</p>
          )}
        </>
      )}
      <UploadForm page={page} slug={preview.measure.slug} heading={t("monitoring.upload.uploadAgain")} />
    </>
  );
}

const actionOrder: Record<RowAction, number> = { correct: 0, add: 1, unchanged: 2 };

function actionText(page: PageContext, row: PlannedRow, definition: StoredDefinition | null): string {
  const { t, locale } = page;
  if (row.action === "add") return t("monitoring.upload.actionAdd");
  if (row.action === "unchanged" || !row.previous) return t("monitoring.upload.actionUnchanged");
  return t("monitoring.upload.actionCorrect", {
    previous: formatValue(t, locale, row.previous.value, definition),
  });
}

function Ready(props: { page: PageContext; preview: Extract<UploadPreview, { kind: "ready" }> }) {
  const { page, preview } = props;
  const { t, locale } = page;
  const { counts } = preview;
  const toWrite = counts.add + counts.correct;
  const shown = [...preview.rows]
    .sort((a, b) => actionOrder[a.action] - actionOrder[b.action] || a.line - b.line)
    .slice(0, ROWS_SHOWN);
  const slug = preview.measure.slug;
  return (
    <>
      <p class="lead">{t("monitoring.upload.readyLead")}</p>
      {preview.fileName && <p>{t("monitoring.upload.fileName", { name: preview.fileName })}</p>}
      <p>
        {t("monitoring.upload.counts", { added: counts.add, corrected: counts.correct, unchanged: counts.unchanged })}
      </p>
      {counts.correct > 0 && <Alert tone="warning">{t("monitoring.upload.correctionsNotice")}</Alert>}
      <DataTable
        id="rows"
        caption={t("monitoring.upload.rowsCaption")}
        columns={[
          t("monitoring.upload.rowLine"),
          t("monitoring.upload.rowIndicator"),
          t("monitoring.upload.rowPeriod"),
          t("monitoring.upload.rowArea"),
          t("monitoring.upload.rowValue"),
          t("monitoring.upload.rowStatus"),
          t("monitoring.upload.rowNote"),
          t("monitoring.upload.rowAction"),
        ]}
      >
        {shown.map((row) => {
          const definition = preview.definitions.get(row.indicator) ?? null;
          const name = definition ? localized(definition.name, locale) : { text: row.indicator, lang: undefined };
          return (
            <tr>
              <td>{row.line}</td>
              <td lang={name.lang}>{name.text}</td>
              <td>{periodLabel(t, locale, row.period)}</td>
              <td>{areaName(t, locale, page.city, row.spatialUnit)}</td>
              <td>{formatValue(t, locale, row.value, definition)}</td>
              <td>{t(`monitoring.observationStatus.${row.status}`)}</td>
              <td>{row.note}</td>
              <td>{actionText(page, row, definition)}</td>
            </tr>
          );
        })}
      </DataTable>
      {preview.rows.length > shown.length && (
        <p>{t("monitoring.upload.rowsMore", { shown: shown.length, total: preview.rows.length })}</p>
      )}
      {toWrite === 0 ? (
        <Alert tone="info">{t("monitoring.upload.nothingNew")}</Alert>
      ) : (
        <Form page={page} action={`${monitoringPath(slug)}/upload/confirm`}>
          <input type="hidden" name="csv" value={preview.confirmation.csv} />
          <input type="hidden" name="state" value={preview.confirmation.state} />
          <input type="hidden" name="issued" value={preview.confirmation.issued} />
          <input type="hidden" name="signature" value={preview.confirmation.signature} />
          <p>{t("monitoring.upload.saveHint", { count: toWrite })}</p>
          <SubmitButton>{t("monitoring.upload.save")}</SubmitButton>
        </Form>
      )}
      <p>
        <a href={`${monitoringPath(slug)}/upload`}>{t("monitoring.upload.other")}</a>
      </p>
    </>
  );
}

/**
 * The preview of an uploaded file: the full report of its problems (nothing written; the form to
 * upload a corrected file), or the rows that would be written with the button that writes them.
 * `changed`: a confirmation found the stored values changed and shows the preview made afresh.
 */
export function PreviewPageView(props: { page: PageContext; preview: UploadPreview; changed?: boolean }) {
  const { page, preview } = props;
  const { t } = page;
  const heading = t(preview.kind === "refused" ? "monitoring.upload.refusedTitle" : "monitoring.upload.readyTitle");
  return (
    <UploadLayout page={page} measure={preview.measure} heading={`${heading}:`}>
      {props.changed && (
        <Alert tone="warning" urgent>
          {t("monitoring.upload.changed")}
        </Alert>
      )}
      {preview.kind === "refused" ? <Refused page={page} preview={preview} /> : <Ready page={page} preview={preview} />}
      <p>
        <a href={monitoringPath(preview.measure.slug)}>{t("monitoring.upload.back")}</a>
      </p>
    </UploadLayout>
  );
}
