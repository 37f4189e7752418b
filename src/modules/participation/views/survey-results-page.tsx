import type { FieldErrors } from "../../../platform/forms/forms";
import { districtOptions, stakeholderGroupOptions } from "../../../platform/reference-data";
import { BarChart } from "../../../ui/components/bar-chart";
import { DataTable } from "../../../ui/components/data-table";
import { FilterSelect } from "../../../ui/components/filter-select";
import { ErrorSummary, Form, Notice, SubmitButton, TextField } from "../../../ui/components/form";
import { Pagination } from "../../../ui/components/pagination";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { StoredProcess } from "../domain/stored-process";
import type { Question } from "../domain/survey";
import type { FreeText } from "../domain/survey-evaluation";
import type { ProfileFilter, ProfileQuestion } from "../domain/survey-profile";
import type { QuestionResult } from "../domain/survey-results";
import type { SurveyResultsView } from "../use-cases/survey-evaluation";
import { inLanguage, SurveyBreadcrumb, surveyPath } from "./survey-parts";

/** Free texts shown with each question; the rest on the question's own pages. */
export const TEXTS_ON_RESULTS = 10;
export const TEXTS_PER_PAGE = 50;

function number(page: PageContext, value: number | null, digits = 1): string {
  if (value === null) return "–";
  return new Intl.NumberFormat(page.locale, { maximumFractionDigits: digits }).format(value);
}

function percent(page: PageContext, count: number, of: number): string {
  if (of === 0) return "–";
  return new Intl.NumberFormat(page.locale, { style: "percent", maximumFractionDigits: 0 }).format(count / of);
}

function chartDescription(page: PageContext, bars: Array<{ label: string; value: number }>): string {
  const top = [...bars].sort((a, b) => b.value - a.value)[0];
  if (!top || top.value === 0) return page.t("participation.survey.results.chartNone");
  return page.t("participation.survey.results.chartText", { label: top.label, count: top.value });
}

/** A chart of counts and the same numbers as a table (with shares of the people who answered). */
function CountsChart(props: {
  page: PageContext;
  id: string;
  title: string;
  bars: Array<{ label: string; value: number }>;
  answered: number;
}) {
  const { page, bars } = props;
  const { t } = page;
  return (
    <>
      <BarChart
        id={props.id}
        title={props.title}
        description={chartDescription(page, bars)}
        bars={bars}
        hideCaption
        format={(value) => number(page, value, 0)}
      />
      {/* The chart writes every number already; the table adds the shares, folded so a phone is not filled twice. */}
      <details class="survey-result__table">
        <summary>{t("participation.survey.results.asTable")}</summary>
        <DataTable
          columns={[
            t("participation.survey.results.choice"),
            t("participation.survey.results.count"),
            t("participation.survey.results.share"),
          ]}
          caption={props.title}
          hideCaption
        >
          {bars.map((bar) => (
            <tr>
              <td>{bar.label}</td>
              <td>{number(page, bar.value, 0)}</td>
              <td>{percent(page, bar.value, props.answered)}</td>
            </tr>
          ))}
        </DataTable>
      </details>
    </>
  );
}

function TextList(props: {
  page: PageContext;
  process: StoredProcess;
  question: Question;
  texts: FreeText[];
  office: boolean;
}) {
  const { page, process, question } = props;
  const { t } = page;
  if (props.texts.length === 0) return <p>{t("participation.survey.results.noTexts")}</p>;
  return (
    <ul class="survey-texts">
      {props.texts.map((text) => (
        <li>
          {text.hiddenReason !== null ? (
            <>
              <p>
                <em>{t("participation.survey.results.hiddenReason", { reason: text.hiddenReason })}</em>
              </p>
              {props.office && <p class="hint">{text.text}</p>}
            </>
          ) : (
            <p>{text.text}</p>
          )}
          {props.office && text.hiddenReason === null && (
            <details>
              <summary>{t("participation.survey.results.hide")}</summary>
              <Form page={page} action={`${surveyPath(process)}/results/hide`}>
                <input type="hidden" name="responseId" value={text.responseId} />
                <input type="hidden" name="questionId" value={question.id} />
                <TextField
                  name={`reason-${text.responseId}-${question.id}`}
                  label={t("participation.survey.results.hideReason")}
                />
                <SubmitButton variant="secondary">{t("participation.survey.results.hide")}</SubmitButton>
              </Form>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}

function QuestionResults(props: {
  page: PageContext;
  process: StoredProcess;
  question: Question;
  result: QuestionResult;
  number: number;
  texts: FreeText[];
  office: boolean;
}) {
  const { page, question, result } = props;
  const { t } = page;
  const title = inLanguage(page, question.text);
  const id = `result-${question.id}`;
  const choice = (choiceId: string) => {
    const found = question.choices.find((c) => c.id === choiceId);
    return found ? inLanguage(page, found.text) : choiceId;
  };
  let body: unknown = null;
  switch (result.kind) {
    case "choices":
      body = (
        <CountsChart
          page={page}
          id={id}
          title={title}
          answered={result.answered}
          bars={question.choices.map((c) => ({ label: inLanguage(page, c.text), value: result.counts[c.id] ?? 0 }))}
        />
      );
      break;
    case "scale": {
      const low = question.scaleLabels ? inLanguage(page, question.scaleLabels.low) : "";
      const high = question.scaleLabels ? inLanguage(page, question.scaleLabels.high) : "";
      body = (
        <>
          <p>{t("participation.survey.results.mean", { mean: number(page, result.mean) })}</p>
          <CountsChart
            page={page}
            id={id}
            title={title}
            answered={result.answered}
            bars={Object.entries(result.counts).map(([value, count]) => ({
              label: value === "1" ? `1 – ${low}` : value === "5" ? `5 – ${high}` : value,
              value: count,
            }))}
          />
        </>
      );
      break;
    }
    case "ranking": {
      const best = question.choices.length;
      const rows = question.choices
        .map((c) => ({ label: choice(c.id), meanRank: result.meanRank[c.id] ?? null }))
        .sort((a, b) => (a.meanRank ?? Number.POSITIVE_INFINITY) - (b.meanRank ?? Number.POSITIVE_INFINITY));
      body = (
        <>
          <p>{t("participation.survey.results.pointsText", { best })}</p>
          <BarChart
            id={id}
            title={title}
            description={t("participation.survey.results.pointsText", { best })}
            hideCaption
            bars={rows.map((row) => ({ label: row.label, value: row.meanRank === null ? 0 : best + 1 - row.meanRank }))}
            format={(value) => number(page, value)}
            max={best}
          />
          <DataTable
            columns={[
              t("participation.survey.results.choice"),
              t("participation.survey.results.meanPlace"),
              t("participation.survey.results.points"),
            ]}
            caption={title}
            hideCaption
          >
            {rows.map((row) => (
              <tr>
                <td>{row.label}</td>
                <td>{number(page, row.meanRank)}</td>
                <td>{number(page, row.meanRank === null ? null : best + 1 - row.meanRank)}</td>
              </tr>
            ))}
          </DataTable>
        </>
      );
      break;
    }
    case "number":
      body = (
        <DataTable
          columns={[t("participation.survey.results.measure"), t("participation.survey.results.value")]}
          caption={title}
          hideCaption
        >
          <tr>
            <td>{t("participation.survey.results.min")}</td>
            <td>{number(page, result.min, 2)}</td>
          </tr>
          <tr>
            <td>{t("participation.survey.results.average")}</td>
            <td>{number(page, result.mean, 2)}</td>
          </tr>
          <tr>
            <td>{t("participation.survey.results.median")}</td>
            <td>{number(page, result.median, 2)}</td>
          </tr>
          <tr>
            <td>{t("participation.survey.results.max")}</td>
            <td>{number(page, result.max, 2)}</td>
          </tr>
        </DataTable>
      );
      break;
    case "matrix":
      body = question.rows.map((row, i) => {
        const counts = result.counts[row.id] ?? {};
        const answered = Object.values(counts).reduce((sum, n) => sum + n, 0);
        return (
          <>
            <h3>{inLanguage(page, row.text)}</h3>
            <CountsChart
              page={page}
              id={`${id}-${i}`}
              title={`${title}: ${inLanguage(page, row.text)}`}
              answered={answered}
              bars={question.choices.map((c) => ({ label: inLanguage(page, c.text), value: counts[c.id] ?? 0 }))}
            />
          </>
        );
      });
      break;
    case "text": {
      const shown = props.texts.slice(0, TEXTS_ON_RESULTS);
      body = (
        <>
          <TextList page={page} process={props.process} question={question} texts={shown} office={props.office} />
          {props.texts.length > shown.length && (
            <p>
              <a href={`${surveyPath(props.process)}/results/texts/${question.id}${page.url.search}`}>
                {t("participation.survey.results.allTexts", { count: props.texts.length })}
              </a>
            </p>
          )}
        </>
      );
      break;
    }
  }
  return (
    <section class="survey-result" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {props.number}. {title}
      </h2>
      <p>
        {t(
          result.answered === 1 ? "participation.survey.results.answeredOne" : "participation.survey.results.answered",
          { count: result.answered },
        )}
      </p>
      {body}
    </section>
  );
}

/** The number of answers, in words that fit the number. */
function totalKey(filtering: boolean, total: number): string {
  if (filtering)
    return total === 1 ? "participation.survey.results.totalFilteredOne" : "participation.survey.results.totalFiltered";
  return total === 1 ? "participation.survey.results.totalOne" : "participation.survey.results.total";
}

/** The results page: per question a chart and a table (free texts listed), filters, downloads, publishing. */
export function SurveyResultsPage(props: {
  page: PageContext;
  process: StoredProcess;
  questions: Question[];
  profileQuestions: ProfileQuestion[];
  view: SurveyResultsView;
  filter: ProfileFilter;
  office: boolean;
  publishedAt: Date | null;
  /** When the office may publish: null when the survey's phase has ended (now), else the date it ends. */
  publishableFrom: Date | null;
  notice?: "published" | "hidden";
  errors?: FieldErrors;
}) {
  const { page, process, view, filter } = props;
  const { t } = page;
  const title = t("participation.survey.results.title", { title: inLanguage(page, process.title) });
  const date = (d: Date) =>
    new Intl.DateTimeFormat(page.locale, { dateStyle: "long", timeZone: page.city.timeZone }).format(d);
  const filtering = Boolean(filter.stakeholderGroup || filter.district);
  const byGroup = props.profileQuestions.includes("stakeholder-group");
  const byDistrict = props.profileQuestions.includes("district");
  const query = page.url.search;
  return (
    <Layout page={page} title={title}>
      <SurveyBreadcrumb page={page} process={process} />
      <h1>{title}</h1>
      {props.notice === "published" && (
        <Notice kind="success">{t("participation.survey.results.publishedNotice")}</Notice>
      )}
      {props.notice === "hidden" && <Notice kind="success">{t("participation.survey.results.hidden")}</Notice>}
      <ErrorSummary page={page} errors={props.errors} />
      {props.publishedAt ? (
        <p>{t("participation.survey.results.published", { date: date(props.publishedAt) })}</p>
      ) : (
        props.office && (
          <>
            <Notice kind="warning">{t("participation.survey.results.notPublic")}</Notice>
            {props.publishableFrom ? (
              <p>{t("participation.survey.results.publishAfter", { date: date(props.publishableFrom) })}</p>
            ) : (
              <Form page={page} action={`${surveyPath(process)}/results/publish`}>
                <SubmitButton>{t("participation.survey.results.publish")}</SubmitButton>
              </Form>
            )}
          </>
        )
      )}
      {(byGroup || byDistrict) && (
        <form method="get" action={`${surveyPath(process)}/results`} class="form filter-form">
          <h2>{t("participation.survey.results.filter")}</h2>
          {byGroup && (
            <FilterSelect
              name="group"
              label={t("participation.survey.profile.stakeholderGroup")}
              anyLabel={t("participation.survey.results.filterAll")}
              selected={filter.stakeholderGroup ?? undefined}
              options={stakeholderGroupOptions(page.city, page.locale)}
            />
          )}
          {byDistrict && (
            <FilterSelect
              name="district"
              label={t("participation.survey.profile.district")}
              anyLabel={t("participation.survey.results.filterAll")}
              selected={filter.district ?? undefined}
              options={districtOptions(page.city, page.locale)}
            />
          )}
          <SubmitButton variant="secondary">{t("participation.survey.results.filterApply")}</SubmitButton>
        </form>
      )}
      <p>
        <strong>{t(totalKey(filtering, view.total), { count: view.total })}</strong>
      </p>
      <h2>{t("participation.survey.results.downloads")}</h2>
      <ul>
        <li>
          <a href={`${surveyPath(process)}/results.csv${query}`}>{t("participation.survey.results.csv")}</a>
        </li>
        <li>
          <a href={`${surveyPath(process)}/results.json${query}`}>{t("participation.survey.results.json")}</a>
        </li>
      </ul>
      {props.questions.map((question, i) => {
        const result = view.results[i];
        return result ? (
          <QuestionResults
            page={page}
            process={process}
            question={question}
            result={result}
            number={i + 1}
            texts={view.texts[question.id] ?? []}
            office={props.office}
          />
        ) : null;
      })}
    </Layout>
  );
}

/** All free-text answers to one question, page by page. */
export function SurveyTextsPage(props: {
  page: PageContext;
  process: StoredProcess;
  question: Question;
  texts: FreeText[];
  current: number;
  office: boolean;
}) {
  const { page, process, question } = props;
  const { t } = page;
  const title = t("participation.survey.results.textsTitle", { question: inLanguage(page, question.text) });
  const shown = props.texts.slice((props.current - 1) * TEXTS_PER_PAGE, props.current * TEXTS_PER_PAGE);
  return (
    <Layout page={page} title={title}>
      <SurveyBreadcrumb page={page} process={process} />
      <h1>{title}</h1>
      <p>
        <a href={`${surveyPath(process)}/results`}>{t("participation.survey.results.backToResults")}</a>
      </p>
      <TextList page={page} process={process} question={question} texts={shown} office={props.office} />
      <Pagination page={page} current={props.current} pageSize={TEXTS_PER_PAGE} total={props.texts.length} />
    </Layout>
  );
}
