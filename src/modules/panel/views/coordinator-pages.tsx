import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import { ConfirmStep } from "../../../ui/components/confirm-step";
import { DataTable } from "../../../ui/components/data-table";
import { ErrorSummary, Form, Notice, SubmitButton, TextArea, TextField } from "../../../ui/components/form";
import { Pagination } from "../../../ui/components/pagination";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import { districtQuotas } from "../domain/district-quotas";
import type { ManagedPanel } from "../use-cases/manage-panel";
import type { PanelRow } from "../use-cases/show-panel";
import { LegacyComparison } from "./comparison";
import {
  dateText,
  numberText,
  ProbabilityHistogram,
  panelName,
  percent,
  QuotaMap,
  QuotaTable,
  StatusText,
} from "./components";
import { ReplaceForm, ReplacementTable } from "./replacements";

function PanelSettingsFields(props: { page: PageContext; errors?: FieldErrors; values?: FormValues }) {
  const { t } = props.page;
  const { errors, values } = props;
  return (
    <>
      <TextField name="name" label={t("panel.form.name")} errors={errors} values={values} required />
      <TextArea name="description" label={t("panel.form.description")} errors={errors} values={values} rows={3} />
      <TextField
        name="size"
        label={t("panel.form.size")}
        type="number"
        inputmode="numeric"
        errors={errors}
        values={values}
        required
      />
      <TextField
        name="lotterySize"
        label={t("panel.form.lotterySize")}
        hint={t("panel.form.lotterySizeHint")}
        type="number"
        inputmode="numeric"
        errors={errors}
        values={values}
        value={values?.lotterySize ?? "1000"}
      />
      <TextField
        name="retentionDays"
        label={t("panel.form.retention")}
        type="number"
        inputmode="numeric"
        errors={errors}
        values={values}
        value={values?.retentionDays ?? "365"}
      />
      <TextArea
        name="quotas"
        label={t("panel.form.quotas")}
        hint={t("panel.form.quotasHint")}
        errors={errors}
        values={values}
        rows={10}
        required
      />
    </>
  );
}

export function NewPanelPage(props: { page: PageContext; errors?: FieldErrors; values?: FormValues }) {
  const { page } = props;
  const { t } = page;
  const labels = {
    name: t("panel.form.name"),
    description: t("panel.form.description"),
    size: t("panel.form.size"),
    lotterySize: t("panel.form.lotterySize"),
    retentionDays: t("panel.form.retention"),
    quotas: t("panel.form.quotas"),
  };
  return (
    <Layout page={page} title={t("panel.new.title")} section="panels">
      <h1>{t("panel.new.title")}</h1>
      <ErrorSummary page={page} errors={props.errors} labels={labels} />
      <Form page={page} action="/panels/new">
        <PanelSettingsFields page={page} errors={props.errors} values={props.values} />
        <SubmitButton>{t("panel.form.create")}</SubmitButton>
      </Form>
    </Layout>
  );
}

type Managed = ManagedPanel;

function JobStatus(props: { page: PageContext; data: Managed }) {
  const { t, locale } = props.page;
  const { job, panel } = props.data;
  if (!job) return null;
  const failure = job.error;
  return (
    <div class="panel-job" aria-live="polite">
      {(job.status === "queued" || job.status === "running") && (
        <>
          <p>{t(`panel.manage.job.${job.status}`, { step: t(`panel.manage.step.${job.step ?? "queued"}`) })}</p>
          <p>
            <label for="job-progress">{t("panel.manage.job.progress")}</label>{" "}
            <progress id="job-progress" max={100} value={job.progress}>
              {job.progress} %
            </progress>
          </p>
          <p>
            <a href={`/panels/${panel.id}/manage`}>{t("panel.manage.refresh")}</a>
          </p>
        </>
      )}
      {job.status === "succeeded" && job.outcome && (
        <>
          <Notice kind="success">{t("panel.manage.job.succeeded")}</Notice>
          <p>{t("panel.manage.minProbability", { value: percent(locale, job.outcome.minProbability, 2) })}</p>
          <LegacyComparison t={t} locale={locale} outcome={job.outcome} />
        </>
      )}
      {job.status === "failed" && failure && (
        <Notice kind="warning">
          <p>
            <strong>{t("panel.manage.job.failed")}</strong>
          </p>
          {failure.kind === "infeasible" && (
            <>
              <p>{t("panel.manage.job.infeasible")}</p>
              {failure.conflicts && failure.conflicts.length > 0 && (
                <ul>
                  {failure.conflicts.map((c) => (
                    <li>{c}</li>
                  ))}
                </ul>
              )}
              {failure.relaxation && failure.relaxation.length > 0 && (
                <>
                  <p>{t("panel.manage.job.relaxation")}</p>
                  <ul>
                    {failure.relaxation.map((r) => (
                      <li>
                        {t("panel.manage.job.change", {
                          feature: r.feature,
                          value: r.value,
                          bound: r.bound,
                          from: r.from,
                          to: r.to,
                        })}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </>
          )}
          {failure.kind !== "infeasible" && (
            <p>
              {t("panel.manage.job.details")}: {failure.message}
            </p>
          )}
        </Notice>
      )}
    </div>
  );
}

export interface ManageExtras {
  notice?: string;
  /** Which form the errors belong to. */
  form?: "sample" | "extract" | "quotas" | "draw" | "replace";
  errors?: FieldErrors;
  values?: FormValues;
  drawMessage?: { kind: "success" | "warning"; text: string };
  /** A refusal that belongs to no field (e.g. "compute the selection first"). */
  problem?: string;
  quotasText: string;
}

/** The coordinator's page: the three stages, each with its forms. */
export function ManagePage(props: { page: PageContext; data: Managed; extras: ManageExtras }) {
  const { page, data, extras } = props;
  const { t, locale, city } = page;
  const { panel, files, job, lottery } = data;
  const open = panel.status === "setup" || panel.status === "registration";
  const errorsFor = (form: ManageExtras["form"]) => (extras.form === form ? extras.errors : undefined);
  const valuesFor = (form: ManageExtras["form"]) => (extras.form === form ? extras.values : undefined);
  const jobBusy = job && (job.status === "queued" || job.status === "running");
  const drawnAt = lottery?.drawnAt ?? null;
  const districts = districtQuotas(data.quotas, page.city.districts, panel.size);
  return (
    <Layout page={page} title={t("panel.manage.title", { name: panelName(t, panel) })} section="panels">
      <p>
        <a href={`/panels/${panel.id}`}>{t("panel.manage.publicPage")}</a>
      </p>
      <h1>{t("panel.manage.title", { name: panelName(t, panel) })}</h1>
      <p>
        <StatusText t={t} status={panel.status} />
      </p>
      {extras.notice && <Notice kind="success">{t(`panel.manage.notice.${extras.notice}`)}</Notice>}
      {extras.drawMessage && <Notice kind={extras.drawMessage.kind}>{extras.drawMessage.text}</Notice>}
      {extras.problem && (
        <div class="error-summary" role="alert" tabindex={-1} data-error-summary>
          <p>{extras.problem}</p>
        </div>
      )}

      <section aria-labelledby="stage1">
        <h2 id="stage1">{t("panel.manage.stage1")}</h2>
        <p>{t("panel.manage.sent", { count: panel.invitationsSent })}</p>
        {open && (
          <>
            <p>{t("panel.manage.stage1Lead")}</p>
            <ErrorSummary page={page} errors={errorsFor("sample")} labels={{ sample: t("panel.manage.sample") }} />
            <form
              method="post"
              action={`/panels/${panel.id}/sample`}
              enctype="multipart/form-data"
              class="form"
              novalidate
            >
              <input type="hidden" name="_csrf" value={page.csrfToken} />
              <div class={errorsFor("sample")?.sample ? "field has-error" : "field"}>
                <label for="field-sample">{t("panel.manage.sample")}</label>
                <p class="hint" id="hint-sample">
                  {t("panel.manage.sampleHint")}
                </p>
                {errorsFor("sample")?.sample && (
                  <p class="field-error" id="error-sample">
                    {errorsFor("sample")?.sample}
                  </p>
                )}
                <input
                  type="file"
                  id="field-sample"
                  name="sample"
                  accept=".csv,text/csv"
                  aria-describedby={errorsFor("sample")?.sample ? "hint-sample error-sample" : "hint-sample"}
                  aria-invalid={errorsFor("sample")?.sample ? "true" : undefined}
                />
              </div>
              <SubmitButton variant="secondary">{t("panel.manage.upload")}</SubmitButton>
            </form>
            <details open={extras.form === "extract" ? true : undefined}>
              <summary>{t("panel.manage.drawSample")}</summary>
              <p>{t("panel.manage.drawSampleLead")}</p>
              <ErrorSummary
                page={page}
                errors={errorsFor("extract")}
                labels={{
                  extract: t("panel.manage.extract"),
                  seed: t("panel.manage.sampleSeed"),
                  count: t("panel.manage.sampleCount"),
                }}
              />
              <form
                method="post"
                action={`/panels/${panel.id}/sample/draw`}
                enctype="multipart/form-data"
                class="form"
                novalidate
              >
                <input type="hidden" name="_csrf" value={page.csrfToken} />
                <div class={errorsFor("extract")?.extract ? "field has-error" : "field"}>
                  <label for="field-extract">{t("panel.manage.extract")}</label>
                  {errorsFor("extract")?.extract && (
                    <p class="field-error" id="error-extract">
                      {errorsFor("extract")?.extract}
                    </p>
                  )}
                  <input
                    type="file"
                    id="field-extract"
                    name="extract"
                    accept=".csv,text/csv"
                    aria-describedby={errorsFor("extract")?.extract ? "error-extract" : undefined}
                    aria-invalid={errorsFor("extract")?.extract ? "true" : undefined}
                  />
                </div>
                <TextField
                  name="seed"
                  label={t("panel.manage.sampleSeed")}
                  errors={errorsFor("extract")}
                  values={valuesFor("extract")}
                  autocomplete="off"
                />
                <TextField
                  name="count"
                  label={t("panel.manage.sampleCount")}
                  type="number"
                  inputmode="numeric"
                  errors={errorsFor("extract")}
                  values={valuesFor("extract")}
                  value={valuesFor("extract")?.count ?? "3000"}
                />
                <SubmitButton variant="secondary">{t("panel.manage.drawSampleSubmit")}</SubmitButton>
              </form>
            </details>
            {files.sample && (
              <>
                <p>{t("panel.manage.sampleStored", { rows: files.sample.rows })}</p>
                <Form page={page} action={`/panels/${panel.id}/invitations`}>
                  <SubmitButton>{t("panel.manage.send")}</SubmitButton>
                </Form>
              </>
            )}
          </>
        )}
        {files.letters && (
          <>
            <p>{t("panel.manage.letters", { rows: files.letters.rows })}</p>
            <ul>
              <li>
                <a href={`/panels/${panel.id}/letters.csv`}>{t("panel.manage.lettersCsv")}</a>
              </li>
              <li>
                <a href={`/panels/${panel.id}/letters.pdf`}>{t("panel.manage.lettersPdf")}</a>
              </li>
              <li>
                <a href={`/panels/${panel.id}/letters`}>{t("panel.manage.lettersPrint")}</a>
              </li>
            </ul>
            <Form page={page} action={`/panels/${panel.id}/letters/delete`}>
              <SubmitButton variant="danger">{t("panel.manage.deleteLetters")}</SubmitButton>
            </Form>
          </>
        )}
      </section>

      <section aria-labelledby="stage2">
        <h2 id="stage2">{t("panel.manage.stage2")}</h2>
        <p>{t("panel.manage.poolLead", { pool: data.poolSize })}</p>
        <QuotaMap page={page} map={districts} id="panel-quota-map" />
        <QuotaTable
          t={t}
          locale={locale}
          rows={data.quotas}
          showPool
          caption={t("panel.page.quotas")}
          districts={districts}
        />
        {open && (
          <details open={extras.form === "quotas" ? true : undefined}>
            <summary>{t("panel.manage.editQuotas")}</summary>
            <ErrorSummary page={page} errors={errorsFor("quotas")} labels={{ quotas: t("panel.form.quotas") }} />
            <Form page={page} action={`/panels/${panel.id}/quotas`}>
              <TextArea
                name="quotas"
                label={t("panel.form.quotas")}
                hint={t("panel.form.quotasHint")}
                errors={errorsFor("quotas")}
                value={valuesFor("quotas")?.quotas ?? extras.quotasText}
                rows={10}
              />
              <SubmitButton variant="secondary">{t("panel.form.saveQuotas")}</SubmitButton>
            </Form>
          </details>
        )}
      </section>

      <section aria-labelledby="stage3">
        <h2 id="stage3">{t("panel.manage.stage3")}</h2>
        <JobStatus page={page} data={data} />
        {panel.status === "registration" && !jobBusy && (
          <Form page={page} action={`/panels/${panel.id}/selection`}>
            <SubmitButton variant={job ? "secondary" : "primary"}>
              {job?.status === "failed" ? t("panel.manage.retry") : t("panel.manage.start")}
            </SubmitButton>
          </Form>
        )}
        {panel.status === "registration" && job?.status === "succeeded" && (
          <Form page={page} action={`/panels/${panel.id}/publish`}>
            <p class="hint">{t("panel.manage.publishHint")}</p>
            <SubmitButton>{t("panel.manage.publish")}</SubmitButton>
          </Form>
        )}
        {lottery && <p class="panel-hash">{t("panel.page.published", { hash: lottery.hash })}</p>}
        {lottery?.seed && (
          <p>
            <strong>
              {t("panel.page.resultLead", {
                seed: lottery.seed,
                number: lottery.drawnIndex ?? 0,
                size: numberText(locale, lottery.size),
              })}
            </strong>
          </p>
        )}
        {lottery && !lottery.seed && (
          <>
            <ErrorSummary page={page} errors={errorsFor("draw")} labels={{ seed: t("panel.manage.seed") }} />
            <Form page={page} action={`/panels/${panel.id}/draw`}>
              <TextField
                name="seed"
                label={t("panel.manage.seed")}
                hint={t("panel.manage.seedHint")}
                errors={errorsFor("draw")}
                values={valuesFor("draw")}
                autocomplete="off"
                required
              />
              <SubmitButton>{t("panel.manage.draw")}</SubmitButton>
            </Form>
          </>
        )}
        {data.members && (
          <>
            <h3>{t("panel.page.members")}</h3>
            <ul class="panel-members">
              {data.members.map((m) => (
                <li>
                  <code>{m}</code>
                </li>
              ))}
            </ul>
            <ReplacementTable page={page} replacements={data.replacements} />
            <ReplaceForm
              page={page}
              panelId={panel.id}
              members={data.members}
              errors={errorsFor("replace")}
              values={valuesFor("replace")}
            />
          </>
        )}
        {data.probabilities.length > 0 && (
          <>
            <h3>{t("panel.manage.probabilities")}</h3>
            <ProbabilityHistogram t={t} locale={locale} values={data.probabilities} />
            <DataTable
              caption={t("panel.manage.probabilities")}
              hideCaption
              columns={[
                t("panel.manage.pseudonym"),
                ...panel.features.map((f) => f.name),
                t("panel.manage.leximin"),
                t("panel.manage.legacy"),
              ]}
            >
              {data.volunteers.map((v) => (
                <tr>
                  <th scope="row">
                    <code>{v.pseudonym}</code>
                  </th>
                  {panel.features.map((f) => (
                    <td>{v.features[f.name] ?? ""}</td>
                  ))}
                  <td>{v.probability === null ? "–" : percent(locale, v.probability, 2)}</td>
                  <td>{v.legacyProbability === null ? "–" : percent(locale, v.legacyProbability, 2)}</td>
                </tr>
              ))}
            </DataTable>
            <Pagination page={page} current={data.page} pageSize={data.pageSize} total={data.poolSize} />
          </>
        )}
      </section>

      {panel.status === "drawn" && (
        <section aria-labelledby="retention">
          <h2 id="retention">{t("panel.manage.retentionTitle")}</h2>
          {panel.personalDataDeletedAt ? (
            <p>
              {t("panel.manage.personalDeleted", {
                date: dateText(locale, panel.personalDataDeletedAt, city.timeZone),
              })}
            </p>
          ) : (
            <>
              {drawnAt && (
                <p>
                  {t("panel.manage.retention", {
                    days: panel.retentionDays,
                    date: dateText(
                      locale,
                      new Date(drawnAt.getTime() + panel.retentionDays * 86_400_000),
                      city.timeZone,
                    ),
                  })}
                </p>
              )}
              <Form page={page} action={`/panels/${panel.id}/personal-data/delete`}>
                <SubmitButton variant="danger">{t("panel.manage.deletePersonal")}</SubmitButton>
              </Form>
            </>
          )}
        </section>
      )}
    </Layout>
  );
}

/** Print view: one letter per page, for the browser's print dialog. */
export function LettersPrintPage(props: { page: PageContext; panel: PanelRow; header: string[]; rows: string[][] }) {
  const { page, panel, header, rows } = props;
  const { t } = page;
  const codeAt = header.indexOf("invitation_code");
  const numberAt = header.indexOf("letter_number");
  const urlAt = header.indexOf("registration_url");
  const addressColumns = header.map((_, i) => i).filter((i) => i !== codeAt && i !== numberAt && i !== urlAt);
  return (
    <Layout page={page} title={t("panel.letters.title")} section="panels">
      <h1 class="panel-print-hidden">{t("panel.letters.title")}</h1>
      <p class="panel-print-hidden">
        <a href={`/panels/${panel.id}/manage`}>{t("panel.manage.title", { name: panel.name })}</a>
      </p>
      {rows.map((cells) => (
        <article class="panel-letter" aria-label={t("panel.letters.number", { number: cells[numberAt] ?? "" })}>
          <address>
            {addressColumns.map((i) => (
              <span class="panel-letter-line">{cells[i]}</span>
            ))}
          </address>
          <p class="hint">{t("panel.letters.number", { number: cells[numberAt] ?? "" })}</p>
          <h2>{t("panel.letters.subject", { panel: panel.name })}</h2>
          <p>{t("panel.letters.body1")}</p>
          <p>{t("panel.letters.body2", { url: cells[urlAt] ?? "" })}</p>
          <p>
            <strong>{t("panel.letters.code", { code: cells[codeAt] ?? "" })}</strong>
          </p>
        </article>
      ))}
    </Layout>
  );
}

/** What a coordinator's irreversible step does, for the confirmation page. */
export interface PanelConfirmation {
  /** Where the confirmed form goes. */
  action: string;
  title: string;
  consequences: string[];
  confirmLabel: string;
  hidden?: Record<string, string>;
  danger?: boolean;
}

/**
 * The step before publishing the list, drawing the panel or deleting data: what will happen and
 * that it cannot be undone. A plain form, so it works without JavaScript.
 */
export function ConfirmPanelActionPage(props: { page: PageContext; panel: PanelRow; confirmation: PanelConfirmation }) {
  const { page, panel, confirmation } = props;
  const { t } = page;
  return (
    <Layout page={page} title={confirmation.title} section="panels">
      <p>
        <a href={`/panels/${panel.id}/manage`}>{t("panel.manage.title", { name: panelName(t, panel) })}</a>
      </p>
      <ConfirmStep
        page={page}
        title={confirmation.title}
        consequences={
          <>
            {confirmation.consequences.map((text) => (
              <p>{text}</p>
            ))}
          </>
        }
        action={confirmation.action}
        hidden={{ ...confirmation.hidden, confirm: "yes" }}
        confirmLabel={confirmation.confirmLabel}
        cancelHref={`/panels/${panel.id}/manage`}
        danger={confirmation.danger}
      />
    </Layout>
  );
}
