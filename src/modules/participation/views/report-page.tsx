import { numberFormat } from "../../../platform/i18n/formats";
import { districtName, stakeholderGroupName } from "../../../platform/reference-data";
import { Badge, DescriptionList } from "../../../ui/components/content";
import { DataTable } from "../../../ui/components/data-table";
import { Notice } from "../../../ui/components/form";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { Method } from "../domain/process";
import { pointsByOutcome } from "../domain/report";
import type { ReportView } from "../use-cases/show-report";
import { formatDate, processPath, textIn } from "./process-format";
import { reportEditPath } from "./report-edit-page";

/** Paragraphs of a text the office wrote, split at blank lines. */
function Paragraphs(props: { text: string }) {
  return (
    <>
      {props.text
        .split(/\n\s*\n/)
        .map((part) => part.trim())
        .filter((part) => part !== "")
        .map((part) => (
          <p>{part}</p>
        ))}
    </>
  );
}

function Figures(props: { page: PageContext; view: ReportView }) {
  const { t, locale } = props.page;
  const { figures, process } = props.view;
  const number = (n: number) => numberFormat(locale).format(n);
  const uses = (method: Method) => process.phases.some((phase) => phase.method === method);
  // A figure shows when the process used its method or something was counted anyway.
  const shown = (n: number, method: Method) => (uses(method) || n > 0 ? number(n) : null);
  return (
    <section aria-labelledby="figures-title">
      <h2 id="figures-title">{t("participation.report.figuresTitle")}</h2>
      <DescriptionList
        items={[
          { term: t("participation.report.figure.people"), value: number(figures.people) },
          {
            term: t("participation.report.figure.anonymous"),
            value: figures.anonymousAnswers > 0 ? number(figures.anonymousAnswers) : null,
          },
          { term: t("participation.report.figure.comments"), value: shown(figures.comments, "text-review") },
          { term: t("participation.report.figure.answers"), value: shown(figures.answers, "survey") },
          { term: t("participation.report.figure.events"), value: shown(figures.events, "workshops") },
          { term: t("participation.report.figure.attendance"), value: shown(figures.attendance, "workshops") },
        ]}
      />
      <p class="hint">{t("participation.report.figuresNote")}</p>
      {figures.byStakeholderGroup.length > 0 && (
        <>
          <h3>{t("participation.report.byGroupTitle")}</h3>
          <DataTable
            columns={[t("participation.report.group"), t("participation.report.count")]}
            caption={t("participation.report.byGroupTitle")}
            hideCaption
          >
            {figures.byStakeholderGroup.map((row) => (
              <tr>
                <td>{stakeholderGroupName(props.page.city, row.key, locale) ?? row.key}</td>
                <td>{number(row.count)}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
      {figures.byDistrict.length > 0 && (
        <>
          <h3>{t("participation.report.byDistrictTitle")}</h3>
          <DataTable
            columns={[t("participation.report.district"), t("participation.report.count")]}
            caption={t("participation.report.byDistrictTitle")}
            hideCaption
          >
            {figures.byDistrict.map((row) => (
              <tr>
                <td>{districtName(props.page.city, row.key, locale) ?? row.key}</td>
                <td>{number(row.count)}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
      {(figures.byStakeholderGroup.length > 0 || figures.byDistrict.length > 0) && (
        <p class="hint">{t("participation.report.breakdownNote")}</p>
      )}
    </section>
  );
}

function Points(props: { page: PageContext; view: ReportView }) {
  const { t, locale } = props.page;
  const groups = pointsByOutcome(props.view.points);
  return (
    <section aria-labelledby="points-title">
      <h2 id="points-title">{t("participation.report.pointsTitle")}</h2>
      {groups.length === 0 && <p>{t("participation.report.noPoints")}</p>}
      {groups.map(([outcome, points]) => (
        <>
          <h3>{t(`participation.report.outcome.${outcome}`)}</h3>
          <ul class="cards">
            {points.map((point) => {
              const response = textIn(point.response, locale);
              return (
                <li class="card">
                  <p>
                    <strong>{t("participation.report.heard")}:</strong> {textIn(point.heard, locale)}
                  </p>
                  {response && (
                    <p>
                      <strong>
                        {t(
                          outcome === "not-taken-up" ? "participation.report.reason" : "participation.report.response",
                        )}
                        :
                      </strong>{" "}
                      {response}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      ))}
    </section>
  );
}

function More(props: { page: PageContext; view: ReportView }) {
  const { t, locale, city } = props.page;
  const { process, links, workshops } = props.view;
  const base = processPath(process.slug);
  return (
    <section aria-labelledby="more-title">
      <h2 id="more-title">{t("participation.report.moreTitle")}</h2>
      <ul>
        <li>
          <a href={base}>{t("participation.report.linkProcess")}</a>
        </li>
        {links.text && (
          <li>
            <a href={`${base}/text`}>{t("participation.report.linkText")}</a>
          </li>
        )}
        {links.surveyResults && (
          <li>
            <a href={`${base}/survey/results`}>{t("participation.report.linkSurvey")}</a>
          </li>
        )}
      </ul>
      {workshops.length > 0 && (
        <>
          <h3>{t("participation.report.workshopsTitle")}</h3>
          <ul>
            {workshops.map((workshop) => (
              <li>
                <a href={`/workshops/${workshop.id}`}>{workshop.title}</a>{" "}
                {t("participation.report.workshopOn", { date: formatDate(workshop.startsAt, locale, city.timeZone) })}
                {workshop.documented && ` (${t("participation.report.workshopDocumented")})`}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The public closing report: who took part, what was heard and what follows from it, and where to read more. */
export function ReportPage(props: { page: PageContext; view: ReportView }) {
  const { page, view } = props;
  const { t, locale, city } = page;
  const { process } = view;
  const title = textIn(process.title, locale);
  const summary = textIn(process.reportSummary, locale);
  return (
    <Layout page={page} title={t("participation.report.pageTitle", { title })}>
      <p class="breadcrumb">
        <a href={processPath(process.slug)}>{title}</a>
      </p>
      <h1>{t("participation.report.title")}</h1>
      <p class="lead">
        {title} {process.demo && <Badge tone="demo">{t("participation.report.demo")}</Badge>}
      </p>
      {process.reportPublishedAt && (
        <p>
          {t("participation.report.publishedOn", {
            date: formatDate(process.reportPublishedAt, locale, city.timeZone),
          })}
        </p>
      )}
      {view.preview && <Notice kind="warning">{t("participation.report.preview")}</Notice>}
      {view.mayManage && (
        <p>
          <a href={reportEditPath(process.slug)}>{t("participation.report.editLink")}</a>
        </p>
      )}
      {summary && (
        <div class="prose">
          <Paragraphs text={summary} />
        </div>
      )}
      <Figures page={page} view={view} />
      <Points page={page} view={view} />
      <More page={page} view={view} />
    </Layout>
  );
}
