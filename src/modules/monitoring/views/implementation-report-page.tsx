import type { Locale, Translate } from "../../../platform/i18n/i18n";
import { BarChart } from "../../../ui/components/bar-chart";
import { Badge } from "../../../ui/components/content";
import { DataTable } from "../../../ui/components/data-table";
import { Pagination } from "../../../ui/components/pagination";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import { type ProgressStatus, progressStatuses } from "../domain/progress";
import type { ReviewRound } from "../domain/review-records";
import type { ImplementationReport, ReportedIndicator, ReportedMeasure } from "../use-cases/show-implementation-report";
import { formatDay, formatNumber, formatValue, localized, periodLabel } from "./format";
import { LessonList, proposalText, TextBlock } from "./report-page";
import { RoundAnswers } from "./review-pages";
import { ProgressBadge } from "./status-label";

interface ReportProps {
  page: PageContext;
  data: ImplementationReport;
  /**
   * The platform's public address: links are written out in full, so a printed report shows where
   * each one leads (site.css prints the address after the link).
   */
  siteUrl: string;
}

const roundHref = (id: string) => `/reviews/${encodeURIComponent(id)}`;

/** The browser's print is the way to paper and PDF; the button only saves finding it (enhance.js shows it). */
function PrintHint(props: { t: Translate }) {
  const { t } = props;
  return (
    <div class="no-print report-print-hint">
      <p>{t("monitoring.implementation.printHint")}</p>
      <div hidden data-print-button>
        <button type="button" class="button button-secondary">
          {t("monitoring.implementation.printButton")}
        </button>
      </div>
    </div>
  );
}

function RoundFacts(props: { t: Translate; locale: Locale; round: ReviewRound }) {
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

function Summary(props: ReportProps) {
  const { t, locale, city } = props.page;
  const { summary } = props.data;
  const total = props.data.shown.total;
  const n = (value: number) => formatNumber(locale, value);
  const m = summary.measureStatusCounts;
  const i = summary.indicatorStatusCounts;
  const indicatorTotal = progressStatuses.reduce((sum, status) => sum + i[status], 0);
  const bars = (counts: Record<ProgressStatus, number>) =>
    progressStatuses.map((status) => ({ label: t(`monitoring.status.${status}`), value: counts[status], status }));
  return (
    <section aria-labelledby="report-summary">
      <h2 id="report-summary">{t("monitoring.implementation.summary.heading")}</h2>
      <p>
        {t("monitoring.implementation.summary.text")} <ProgressBadge t={t} status={summary.status} />
      </p>
      <p>
        {t("monitoring.portfolio.overall.counts", {
          total: n(total),
          onTrack: n(m["on-track"]),
          atRisk: n(m["at-risk"]),
          offTrack: n(m["off-track"]),
          noData: n(m["no-data"]),
        })}
      </p>
      <p class="hint">{t("monitoring.portfolio.overall.rule")}</p>
      <p>
        {t("monitoring.implementation.assessedAt", { date: formatDay(locale, props.data.assessedAt, city.timeZone) })}
      </p>
      <div class="report-charts">
        <BarChart
          id="report-measure-status"
          title={t("monitoring.portfolio.measures.title")}
          description={t("monitoring.portfolio.measures.description")}
          bars={bars(m)}
          format={n}
        />
        <BarChart
          id="report-indicator-status"
          title={t("monitoring.portfolio.indicators.title")}
          description={t("monitoring.portfolio.indicators.description", { total: n(indicatorTotal) })}
          bars={bars(i)}
          format={n}
        />
      </div>
      <DataTable
        id="report-status-table"
        caption={t("monitoring.implementation.summary.caption")}
        columns={[
          t("monitoring.implementation.summary.status"),
          t("monitoring.implementation.summary.measures"),
          t("monitoring.implementation.summary.indicators"),
        ]}
      >
        {progressStatuses.map((status) => (
          <tr>
            <th scope="row">{t(`monitoring.status.${status}`)}</th>
            <td>{n(m[status])}</td>
            <td>{n(i[status])}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{t("monitoring.implementation.summary.total")}</th>
          <td>{n(total)}</td>
          <td>{n(indicatorTotal)}</td>
        </tr>
      </DataTable>
    </section>
  );
}

function IndicatorRow(props: { page: PageContext; indicator: ReportedIndicator }) {
  const { t, locale } = props.page;
  const { definition, latest, target, status } = props.indicator;
  const name = definition ? localized(definition.name, locale) : null;
  const value = (number: number) => formatValue(t, locale, number, definition);
  return (
    <tr>
      <th scope="row" lang={name?.lang}>
        {name ? name.text : t("monitoring.indicator.unknown")}
      </th>
      <td>
        {latest
          ? t(
              latest.status === "provisional"
                ? "monitoring.indicator.latestProvisional"
                : "monitoring.indicator.latestValue",
              { value: value(latest.value), period: periodLabel(t, locale, latest.period) },
            )
          : t("monitoring.indicator.noValues")}
      </td>
      <td>
        {target
          ? t("monitoring.implementation.indicators.targetValue", {
              value: value(target.value),
              period: periodLabel(t, locale, target.period),
            })
          : t("monitoring.indicator.noTarget")}
      </td>
      <td>
        <ProgressBadge t={t} status={status} />
      </td>
    </tr>
  );
}

/** What the team reported: only from a sent report, and before publication only for its team and the office. */
function Texts(props: { page: PageContext; data: ImplementationReport; measure: ReportedMeasure }) {
  const { t, locale } = props.page;
  const { texts, reportStatus } = props.measure;
  if (!texts) {
    const sent = reportStatus === "reported" || reportStatus === "late";
    return <p>{t(sent ? "monitoring.implementation.hiddenTexts" : "monitoring.implementation.noTexts")}</p>;
  }
  return (
    <>
      <h4>{t("monitoring.implementation.narrative")}</h4>
      <TextBlock text={texts.narrative} empty={t("monitoring.review.report.empty")} />
      <h4>{t("monitoring.implementation.changes")}</h4>
      {texts.accepted.length === 0 ? (
        <p>{t("monitoring.implementation.noChanges")}</p>
      ) : (
        <ul>
          {texts.accepted.map((proposal) => (
            <li>
              <strong>{proposalText(t, locale, proposal.change, props.data.definitions)}</strong>
              <br />
              {t("monitoring.review.proposal.reason", { reason: proposal.change.reason })}
              {proposal.comment !== "" && (
                <>
                  <br />
                  {t("monitoring.review.proposal.comment", { comment: proposal.comment })}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <h4>{t("monitoring.implementation.lessons")}</h4>
      {texts.lessons.length === 0 ? (
        <p>{t("monitoring.review.report.noLessons")}</p>
      ) : (
        <LessonList t={t} lessons={texts.lessons} />
      )}
    </>
  );
}

function Measure(props: ReportProps & { measure: ReportedMeasure }) {
  const { t, locale } = props.page;
  const { measure } = props;
  const title = localized(measure.title, locale);
  const headingId = `measure-${measure.slug}`;
  return (
    <article class="card report-measure" aria-labelledby={headingId}>
      <h3 id={headingId} lang={title.lang}>
        <a href={`${props.siteUrl}/measures/${encodeURIComponent(measure.slug)}/monitoring`}>{title.text}</a>
      </h3>
      <p>
        {t("monitoring.implementation.measure.status")} <ProgressBadge t={t} status={measure.status} />{" "}
        {t("monitoring.implementation.measure.report")} {t(`monitoring.review.status.${measure.reportStatus}`)}
      </p>
      {measure.indicators.length === 0 ? (
        <p>{t("monitoring.implementation.indicators.none")}</p>
      ) : (
        <DataTable
          caption={t("monitoring.implementation.indicators.caption", { measure: title.text })}
          hideCaption
          columns={[
            t("monitoring.implementation.indicators.name"),
            t("monitoring.implementation.indicators.latest"),
            t("monitoring.implementation.indicators.target"),
            t("monitoring.implementation.indicators.status"),
          ]}
        >
          {measure.indicators.map((indicator) => (
            <IndicatorRow page={props.page} indicator={indicator} />
          ))}
        </DataTable>
      )}
      <Texts page={props.page} data={props.data} measure={measure} />
    </article>
  );
}

/**
 * The round's measures: a page of them with links to the others, or all of them for printing. The
 * whole report of a strategy's few hundred measures is megabytes, too much for every reader.
 */
function MeasureList(props: ReportProps) {
  const { page, data } = props;
  const { t, locale } = page;
  const { shown } = data;
  const reportHref = `${roundHref(data.round.id)}/report`;
  const paged = shown.page !== "all";
  const first = paged ? (Number(shown.page) - 1) * shown.pageSize + 1 : 1;
  return (
    <>
      {shown.total > shown.pageSize && (
        <p class="no-print">
          {paged &&
            `${t("monitoring.implementation.measures.range", {
              from: formatNumber(locale, first),
              to: formatNumber(locale, first + data.measures.length - 1),
              total: formatNumber(locale, shown.total),
            })} `}
          <a href={paged ? `${reportHref}?page=all#report-measures` : `${reportHref}#report-measures`}>
            {paged
              ? t("monitoring.implementation.measures.all", { total: formatNumber(locale, shown.total) })
              : t("monitoring.implementation.measures.paged")}
          </a>
        </p>
      )}
      {data.measures.map((measure) => (
        <Measure {...props} measure={measure} />
      ))}
      {paged && (
        <Pagination
          page={page}
          current={Number(shown.page)}
          pageSize={shown.pageSize}
          total={shown.total}
          fragment="report-measures"
          label={t("monitoring.implementation.measures.pages")}
        />
      )}
    </>
  );
}

/** A round's implementation report: one page made to be read on screen and to be printed or saved as PDF. */
export function ImplementationReportPageView(props: ReportProps) {
  const { page, data } = props;
  const { t, locale } = page;
  const { round } = data;
  const title = t("monitoring.implementation.title", { round: round.title });
  return (
    <Layout page={page} title={title} section="monitoring">
      <div class="implementation-report">
        <p class="no-print">
          <a href={roundHref(round.id)}>{t("monitoring.implementation.back")}</a>
        </p>
        <h1>{title}</h1>
        <RoundFacts t={t} locale={locale} round={round} />
        <p>{t("monitoring.implementation.lead")}</p>
        {round.state !== "published" && <p>{t("monitoring.implementation.notPublished")}</p>}
        <PrintHint t={t} />
        <Summary {...props} />
        {round.state === "published" && <RoundAnswers page={page} round={round} />}
        <section aria-labelledby="report-measures">
          <h2 id="report-measures">{t("monitoring.implementation.measures.heading")}</h2>
          {data.shown.total === 0 ? <p>{t("monitoring.implementation.measures.none")}</p> : <MeasureList {...props} />}
        </section>
      </div>
    </Layout>
  );
}
