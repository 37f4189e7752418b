import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import type { Translate } from "../../../platform/i18n/i18n";
import { ConfirmStep } from "../../../ui/components/confirm-step";
import { Badge } from "../../../ui/components/content";
import { DataTable } from "../../../ui/components/data-table";
import { ErrorSummary, Form, Notice, SubmitButton, TextArea, TextField } from "../../../ui/components/form";
import { Pagination } from "../../../ui/components/pagination";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { ReviewRound } from "../domain/review-records";
import type { ReportStatus } from "../domain/review-round";
import type { RoundPage } from "../use-cases/show-reviews";
import { formatDay, localized } from "./format";
import { ReportBody, TextBlock } from "./report-page";

/** A form sent back with its mistakes and what was typed. */
export type SentForm = { errors: FieldErrors; values: FormValues };

export const reviewsPath = "/reviews";
export const roundPath = (id: string) => `/reviews/${encodeURIComponent(id)}`;
export const reportPath = (id: string, slug: string) => `${roundPath(id)}/measures/${encodeURIComponent(slug)}`;

const statusTone: Record<ReportStatus, "success" | "warning" | "danger" | "info"> = {
  reported: "success",
  late: "warning",
  draft: "info",
  missing: "danger",
};

function RoundFacts(props: { t: Translate; locale: "de" | "en"; round: ReviewRound }) {
  const { t, locale, round } = props;
  return (
    <p>
      <Badge>{t(`monitoring.review.state.${round.state}`)}</Badge>{" "}
      {t("monitoring.review.period", {
        from: formatDay(locale, round.periodFrom),
        to: formatDay(locale, round.periodTo),
      })}
      {" · "}
      {t("monitoring.review.deadline", { date: formatDay(locale, round.deadline) })}
    </p>
  );
}

export function RoundsPageView(props: {
  page: PageContext;
  rounds: { items: ReviewRound[]; total: number };
  current: number;
  pageSize: number;
  mayOpen: boolean;
  form?: SentForm;
  notice?: string;
}) {
  const { page } = props;
  const { t, locale } = page;
  const fields = { errors: props.form?.errors, values: props.form?.values };
  return (
    <Layout page={page} title={t("monitoring.review.title")} section="monitoring">
      <h1>{t("monitoring.review.title")}</h1>
      {props.notice && <Notice kind="success">{t(`monitoring.review.notice.${props.notice}`)}</Notice>}
      <p>{t("monitoring.review.intro")}</p>
      <p>
        <a href="/lessons">{t("monitoring.review.lessonsLink")}</a>
      </p>
      {props.rounds.items.length === 0 ? (
        <p>{t("monitoring.review.none")}</p>
      ) : (
        <ul class="plain-list">
          {props.rounds.items.map((round) => (
            <li>
              <h2>
                <a href={roundPath(round.id)}>{round.title}</a>
              </h2>
              <RoundFacts t={t} locale={locale} round={round} />
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={page}
        current={props.current}
        pageSize={props.pageSize}
        total={props.rounds.total}
        label={t("monitoring.review.pages")}
      />
      {props.mayOpen && (
        <section class="office-panel" aria-labelledby="open-round-heading">
          <h2 id="open-round-heading">{t("monitoring.review.open.heading")}</h2>
          <p>{t("monitoring.review.open.lead")}</p>
          <Form page={page} action={reviewsPath}>
            <ErrorSummary page={page} errors={fields.errors} />
            <TextField
              name="title"
              label={t("monitoring.review.open.title")}
              hint={t("monitoring.review.open.titleHint")}
              required
              {...fields}
            />
            <TextField
              name="periodFrom"
              type="date"
              label={t("monitoring.review.open.periodFrom")}
              required
              {...fields}
            />
            <TextField name="periodTo" type="date" label={t("monitoring.review.open.periodTo")} required {...fields} />
            <TextField name="deadline" type="date" label={t("monitoring.review.open.deadline")} required {...fields} />
            <SubmitButton>{t("monitoring.review.open.submit")}</SubmitButton>
          </Form>
        </section>
      )}
    </Layout>
  );
}

function Overview(props: { page: PageContext; data: RoundPage }) {
  const { t, locale } = props.page;
  const { data } = props;
  if (data.reports.length === 0) return <p>{t("monitoring.review.noMeasures")}</p>;
  return (
    <section aria-labelledby="overview-heading">
      <h2 id="overview-heading">{t("monitoring.review.overview.heading")}</h2>
      <p>{t("monitoring.review.overview.counts", data.counts)}</p>
      <DataTable
        caption={t("monitoring.review.overview.heading")}
        hideCaption
        columns={[
          t("monitoring.review.overview.measure"),
          t("monitoring.review.overview.status"),
          t("monitoring.review.overview.report"),
        ]}
      >
        {data.reports.map((report) => {
          const title = localized(report.measureTitle, locale);
          const writes = report.mayReport && data.round.state === "open" && report.submittedAt === null;
          const reads = writes || report.mayReport || data.permissions.decide || data.round.state === "published";
          return (
            <tr>
              <td lang={title.lang}>{title.text}</td>
              <td>
                <Badge tone={statusTone[report.status]}>{t(`monitoring.review.status.${report.status}`)}</Badge>
              </td>
              <td>
                {reads && (
                  <a href={reportPath(data.round.id, report.measureSlug)}>
                    {t(writes ? "monitoring.review.overview.write" : "monitoring.review.overview.read")}
                    <span class="visually-hidden">: {title.text}</span>
                  </a>
                )}
              </td>
            </tr>
          );
        })}
      </DataTable>
    </section>
  );
}

function OfficeSteps(props: { page: PageContext; data: RoundPage; form?: SentForm }) {
  const { page, data } = props;
  const { t } = page;
  if (!data.permissions.open || data.round.state === "published") return null;
  const base = roundPath(data.round.id);
  const fields = { errors: props.form?.errors, values: props.form?.values };
  if (data.round.state === "open") {
    return (
      <section class="office-panel" aria-labelledby="close-heading">
        <h2 id="close-heading">{t("monitoring.review.close.heading")}</h2>
        <p>{t("monitoring.review.close.lead")}</p>
        <Form page={page} action={`${base}/close`}>
          <SubmitButton variant="secondary">{t("monitoring.review.close.submit")}</SubmitButton>
        </Form>
      </section>
    );
  }
  return (
    <section class="office-panel" aria-labelledby="publish-heading">
      <h2 id="publish-heading">{t("monitoring.review.publish.heading")}</h2>
      <p>{t("monitoring.review.publish.lead")}</p>
      <Form page={page} action={`${base}/publish`}>
        <ErrorSummary page={page} errors={fields.errors} />
        <TextArea
          name="officeAnswer"
          label={t("monitoring.review.publish.officeAnswer")}
          hint={t("monitoring.review.publish.officeAnswerHint")}
          rows={5}
          required
          {...fields}
        />
        <fieldset>
          <legend>{t("monitoring.review.publish.panel")}</legend>
          <p class="hint">{t("monitoring.review.publish.panelHint")}</p>
          <TextField name="panelName" label={t("monitoring.review.publish.panelName")} {...fields} />
          <TextArea
            name="panelRecommendation"
            label={t("monitoring.review.publish.panelRecommendation")}
            rows={4}
            {...fields}
          />
          <TextField
            name="panelRecommendedOn"
            type="date"
            label={t("monitoring.review.publish.panelDate")}
            {...fields}
          />
        </fieldset>
        <SubmitButton>{t("monitoring.review.publish.submit")}</SubmitButton>
      </Form>
    </section>
  );
}

/** The office's answer and the panel's recommendation of a published round (its page and its report). */
export function RoundAnswers(props: { page: PageContext; round: ReviewRound }) {
  const { t, locale } = props.page;
  const { round } = props;
  return (
    <>
      <section aria-labelledby="answer-heading">
        <h2 id="answer-heading">{t("monitoring.review.answer.heading")}</h2>
        <TextBlock text={round.officeAnswer} empty="" />
      </section>
      <section aria-labelledby="panel-heading">
        <h2 id="panel-heading">{t("monitoring.review.answer.panelHeading")}</h2>
        {round.panelRecommendation === "" ? (
          <p>{t("monitoring.review.answer.noPanel")}</p>
        ) : (
          <>
            <p>
              {t("monitoring.review.answer.panelBy", {
                panel: round.panelName,
                date: round.panelRecommendedOn ? formatDay(locale, round.panelRecommendedOn) : "",
              })}
            </p>
            <blockquote>
              <TextBlock text={round.panelRecommendation} empty="" />
            </blockquote>
          </>
        )}
      </section>
    </>
  );
}

export function RoundPageView(props: { page: PageContext; data: RoundPage; form?: SentForm; notice?: string }) {
  const { page, data } = props;
  const { t, locale } = page;
  const { round } = data;
  return (
    <Layout page={page} title={round.title} section="monitoring">
      <p>
        <a href={reviewsPath}>{t("monitoring.review.title")}</a>
      </p>
      <h1>{round.title}</h1>
      {props.notice && <Notice kind="success">{t(`monitoring.review.notice.${props.notice}`)}</Notice>}
      <RoundFacts t={t} locale={locale} round={round} />
      <p>
        <a href={`${roundPath(round.id)}/report`}>{t("monitoring.implementation.link")}</a>
      </p>
      {round.state === "published" && <RoundAnswers page={page} round={round} />}
      <Overview page={page} data={data} />
      <OfficeSteps page={page} data={data} form={props.form} />
      {round.state === "published" && (
        <section aria-labelledby="reports-heading">
          <h2 id="reports-heading">{t("monitoring.review.reports.heading")}</h2>
          {data.reports
            .filter((report) => report.submittedAt !== null)
            .map((report) => (
              <article class="card" aria-labelledby={`report-${report.id}`}>
                <h3 id={`report-${report.id}`}>
                  <a href={reportPath(round.id, report.measureSlug)}>{localized(report.measureTitle, locale).text}</a>
                </h3>
                <ReportBody page={page} report={report} headingLevel={4} definitions={data.definitions} />
              </article>
            ))}
        </section>
      )}
    </Layout>
  );
}

/** The step before closing or publishing a round: what happens, and the button that does it. */
export function RoundConfirmView(props: {
  page: PageContext;
  round: ReviewRound;
  step: "close" | "publish";
  hidden: Record<string, string>;
}) {
  const { page, round, step } = props;
  const { t } = page;
  return (
    <Layout page={page} title={t(`monitoring.review.${step}.confirmTitle`)} section="monitoring">
      <ConfirmStep
        page={page}
        title={t(`monitoring.review.${step}.confirmTitle`)}
        consequences={<p>{t(`monitoring.review.${step}.consequences`)}</p>}
        action={`${roundPath(round.id)}/${step}`}
        hidden={{ ...props.hidden, confirm: "yes" }}
        confirmLabel={t(`monitoring.review.${step}.confirm`)}
        cancelHref={roundPath(round.id)}
        danger
      />
    </Layout>
  );
}
