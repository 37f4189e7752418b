import type { Locale, Translate } from "../../../platform/i18n/i18n";
import { Alert, Badge, DescriptionList } from "../../../ui/components/content";
import { DataTable } from "../../../ui/components/data-table";
import { Pagination } from "../../../ui/components/pagination";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import { indicatorLevels, targetList } from "../domain/indicator";
import type { Difference } from "../domain/logic-model";
import type { IndicatorView, ModelVersion, StoredDefinition } from "../domain/monitoring-view";
import { statusCounts } from "../domain/progress";
import { HISTORY_PAGE_SIZE, type MonitoringPage as MonitoringData } from "../use-cases/show-monitoring";
import { DistrictStatusTable } from "./district-status";
import { areaName, formatDay, formatShare, formatValue, localized, periodLabel, unitLabel } from "./format";
import { IndicatorChart } from "./indicator-chart";
import { ProgressBadge } from "./status-label";
import { type SentForm, TeamForms } from "./team-forms";

interface MonitoringPageProps {
  page: PageContext;
  data: MonitoringData;
  form?: SentForm;
  notice?: string;
}

/** The name of a definition in the reader's language, or a plain word when the catalogue lost it. */
function indicatorName(t: Translate, locale: Locale, definition: StoredDefinition | null | undefined): string {
  return definition ? localized(definition.name, locale).text : t("monitoring.indicator.unknown");
}

/** One change of a version in words, e.g. "Teilnehmende: Ziel 2027 von 1.500 auf 1.200 gesenkt". */
function differenceText(
  t: Translate,
  locale: Locale,
  difference: Difference,
  definitions: ReadonlyMap<string, StoredDefinition>,
): string {
  const definition = "indicator" in difference ? definitions.get(difference.indicator) : undefined;
  const name = indicatorName(t, locale, definition);
  const value = (v: number) => formatValue(t, locale, v, definition ?? null);
  switch (difference.kind) {
    case "target-changed": {
      const period = periodLabel(t, locale, difference.period);
      if (difference.from === null && difference.to !== null)
        return t("monitoring.history.targetSet", { name, period, to: value(difference.to) });
      if (difference.to === null && difference.from !== null)
        return t("monitoring.history.targetRemoved", { name, period, from: value(difference.from) });
      const from = difference.from ?? 0;
      const to = difference.to ?? 0;
      return t(to < from ? "monitoring.history.targetLowered" : "monitoring.history.targetRaised", {
        name,
        period,
        from: value(from),
        to: value(to),
      });
    }
    case "indicator-added":
      return t("monitoring.history.indicatorAdded", { name });
    case "indicator-removed":
      return t("monitoring.history.indicatorRemoved", { name });
    case "goal-text-changed":
      return t("monitoring.history.goalChanged", { text: localized(difference.to, locale).text });
    case "goal-added":
    case "goal-removed":
      return t(difference.kind === "goal-added" ? "monitoring.history.goalAdded" : "monitoring.history.goalRemoved", {
        level: t(`monitoring.level.${difference.goal.level}`),
        text: localized(difference.goal.text, locale).text,
      });
    case "baseline-changed":
      return difference.to === null
        ? t("monitoring.history.baselineRemoved", { name })
        : t("monitoring.history.baselineChanged", {
            name,
            to: value(difference.to.value),
            date: formatDay(locale, difference.to.date),
          });
  }
}

/** Progress in words: how far from the baseline to the target, and how far it should be by now. */
function progressText(t: Translate, locale: Locale, view: IndicatorView): string | null {
  const a = view.assessment;
  if (!a || a.progressClamped === null || a.expectedProgress === null) return null;
  const done = formatShare(locale, a.progressClamped);
  if (a.progress !== null && a.progress >= 1) return t("monitoring.progress.reached", { done });
  return t("monitoring.progress.text", { done, expected: formatShare(locale, a.expectedProgress) });
}

function Indicator(props: { page: PageContext; view: IndicatorView; anchor: string }) {
  const { page, view } = props;
  const { t, locale } = page;
  const definition = view.definition;
  const name = indicatorName(t, locale, definition);
  const value = (v: number) => formatValue(t, locale, v, definition);
  const a = view.assessment;
  const latest = view.values.find((row) => row.observation.spatialUnit === "city")?.observation ?? null;
  const targets = targetList(view.use.targets);
  const about = definition ? localized(definition.definition, locale) : { text: "", lang: undefined };
  const tableId = `${props.anchor}-values`;
  return (
    <article class="indicator" aria-labelledby={props.anchor}>
      <h4 id={props.anchor}>
        {name} {definition?.demo && <Badge tone="demo">{t("monitoring.demo")}</Badge>}
      </h4>
      {about.text && <p lang={about.lang}>{about.text}</p>}
      <p>
        <ProgressBadge t={t} status={view.status} /> {t(`monitoring.statusText.${view.status}`)}
        {view.status === "no-data" && view.districts.length > 0 && ` ${t("monitoring.districts.cityMissing")}`}
      </p>
      <DescriptionList
        items={[
          { term: t("monitoring.indicator.unit"), value: definition ? unitLabel(locale, definition.unit) : null },
          {
            term: t("monitoring.indicator.baseline"),
            value: view.use.baseline
              ? t("monitoring.indicator.baselineValue", {
                  value: value(view.use.baseline.value),
                  date: formatDay(locale, view.use.baseline.date),
                })
              : a?.baseline?.source === "earliest-observation"
                ? t("monitoring.indicator.baselineFirst", { value: value(a.baseline.value) })
                : t("monitoring.indicator.none"),
          },
          {
            term: t("monitoring.indicator.targets"),
            value:
              targets.length > 0 ? (
                <ul class="inline-list">
                  {targets.map((target) => (
                    <li>{`${periodLabel(t, locale, target.period)}: ${value(target.value)}`}</li>
                  ))}
                </ul>
              ) : (
                t("monitoring.indicator.noTarget")
              ),
          },
          { term: t("monitoring.indicator.targetNote"), value: view.use.targetNote },
          {
            term: t("monitoring.indicator.latest"),
            value: latest
              ? t(
                  latest.status === "provisional"
                    ? "monitoring.indicator.latestProvisional"
                    : "monitoring.indicator.latestValue",
                  {
                    value: value(latest.value),
                    period: periodLabel(t, locale, latest.period),
                  },
                )
              : t("monitoring.indicator.noValues"),
          },
          { term: t("monitoring.indicator.progress"), value: progressText(t, locale, view) },
          { term: t("monitoring.indicator.trend"), value: t(`monitoring.trend.${a?.trend ?? "unknown"}`) },
          {
            term: t("monitoring.indicator.frequency"),
            value: definition ? t(`monitoring.frequency.${definition.frequency}`) : null,
          },
          {
            term: t("monitoring.indicator.better"),
            value: definition ? t(`monitoring.direction.${definition.direction}`) : null,
          },
          {
            term: t("monitoring.indicator.source"),
            value: definition?.dataSource ? definition.dataSource : t("monitoring.indicator.sourceMissing"),
          },
        ]}
      />
      <DistrictStatusTable
        page={page}
        districts={view.districts}
        name={name}
        format={value}
        id={`${props.anchor}-districts`}
      />
      <IndicatorChart page={page} view={view} id={`${props.anchor}-chart`} name={name} format={value} />
      {view.values.length === 0 ? (
        <p>{t("monitoring.values.none")}</p>
      ) : (
        <>
          <DataTable
            id={tableId}
            caption={t("monitoring.values.caption", { name })}
            columns={[
              t("monitoring.values.period"),
              ...(definition?.spatialUnit === "district" ? [t("monitoring.values.area")] : []),
              t("monitoring.values.value"),
              t("monitoring.values.status"),
              t("monitoring.values.note"),
            ]}
          >
            {view.values.map(({ observation, replaced }) => (
              <tr>
                <td>{periodLabel(t, locale, observation.period)}</td>
                {definition?.spatialUnit === "district" && (
                  <td>{areaName(t, locale, page.city, observation.spatialUnit)}</td>
                )}
                <td>{value(observation.value)}</td>
                <td>
                  {t(`monitoring.observationStatus.${observation.status}`)}
                  {observation.demo && (
                    <>
                      {" "}
                      <Badge tone="demo">{t("monitoring.demoShort")}</Badge>
                    </>
                  )}
                </td>
                <td>
                  {replaced.length > 0 && (
                    <span>
                      {t("monitoring.values.replaced", {
                        values: replaced.map((old) => value(old.value)).join(", "),
                      })}{" "}
                    </span>
                  )}
                  {observation.note}
                </td>
              </tr>
            ))}
          </DataTable>
          {view.valueCount > view.values.length && (
            <p>
              {t("monitoring.values.more", { shown: view.values.length, total: view.valueCount })}{" "}
              <a href="/open-data">{t("monitoring.values.all")}</a>
            </p>
          )}
        </>
      )}
    </article>
  );
}

function History(props: { page: PageContext; data: MonitoringData }) {
  const { page, data } = props;
  const { t, locale, city } = page;
  const { history } = data;
  return (
    <>
      <h2 id="history">{t("monitoring.history.heading")}</h2>
      <p>{t("monitoring.history.intro")}</p>
      {history.items.length === 0 ? (
        <p>{t("monitoring.history.none")}</p>
      ) : (
        <ol class="plain-list history" reversed>
          {history.items.map((version: ModelVersion) => {
            const date = formatDay(locale, version.createdAt, city.timeZone);
            return (
              <li>
                <p>
                  <strong>{t("monitoring.history.version", { version: version.version, date })}</strong>
                  {version.demo && (
                    <>
                      {" "}
                      <Badge tone="demo">{t("monitoring.demoShort")}</Badge>
                    </>
                  )}
                </p>
                {version.differences.length === 0 ? (
                  <p>{t("monitoring.history.setUp", { date, reason: version.reason })}</p>
                ) : (
                  <ul>
                    {version.differences.map((difference) => (
                      <li>
                        {t("monitoring.history.change", {
                          change: differenceText(t, locale, difference, data.definitions),
                          date,
                          reason: difference.reason,
                        })}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <Pagination
        page={page}
        current={history.page}
        pageSize={HISTORY_PAGE_SIZE}
        total={history.total}
        param="history"
        fragment="history"
        label={t("monitoring.history.pages")}
      />
    </>
  );
}

/** A measure's monitoring page: status, logic model with indicators and values, team forms, history. */
export function MonitoringPageView(props: MonitoringPageProps) {
  const { page, data } = props;
  const { t, locale } = page;
  const title = localized(data.measure.title, locale);
  const model = data.model?.model ?? null;
  const anchorOf = (key: string) => `indicator-${key}`;
  const levels = indicatorLevels.filter(
    (level) =>
      model?.goals.some((goal) => goal.level === level) ||
      data.indicators.some((v) => v.definition?.level === level && !v.goal),
  );
  const counts = statusCounts(data.indicators.map((view) => view.status));
  return (
    <Layout page={page} title={t("monitoring.page.title", { title: title.text })} section="measures">
      <p class="breadcrumb">
        <a href="/measures">{t("monitoring.page.measures")}</a> ›{" "}
        <a href={`/measures/${encodeURIComponent(data.measure.slug)}`} lang={title.lang}>
          {title.text}
        </a>
      </p>
      <h1>
        {t("monitoring.page.heading")} <span lang={title.lang}>{title.text}</span>
      </h1>
      {props.notice && <Alert tone="success">{t(`monitoring.notice.${props.notice}`)}</Alert>}
      {data.model?.demo && <Alert tone="warning">{t("monitoring.page.demoNotice")}</Alert>}
      <p class="lead">{t("monitoring.page.lead")}</p>

      {model === null ? (
        <p>{t("monitoring.page.noModel")}</p>
      ) : (
        <>
          <h2 id="status">{t("monitoring.page.statusHeading")}</h2>
          <p>
            <ProgressBadge t={t} status={data.status} /> {t(`monitoring.measureStatus.${data.status}`)}
          </p>
          {data.indicators.length > 0 && (
            <p>
              {t("monitoring.page.counts", {
                onTrack: counts["on-track"],
                atRisk: counts["at-risk"],
                offTrack: counts["off-track"],
                noData: counts["no-data"],
              })}{" "}
              {t("monitoring.page.rollUp")}
            </p>
          )}

          <h2 id="model">{t("monitoring.model.heading")}</h2>
          <p>{t("monitoring.model.intro")}</p>
          {levels.map((level) => {
            const goals = model.goals.filter((goal) => goal.level === level);
            const views = data.indicators.filter((v) =>
              v.goal ? v.goal.level === level : v.definition?.level === level,
            );
            return (
              <section aria-labelledby={`level-${level}`}>
                <h3 id={`level-${level}`}>{t(`monitoring.level.${level}`)}</h3>
                {goals.map((goal) => {
                  const text = localized(goal.text, locale);
                  const phase = data.phases.find((candidate) => candidate.id === goal.phaseId);
                  return (
                    <p>
                      <strong>
                        {phase
                          ? t("monitoring.model.milestoneGoal", { phase: phase.name })
                          : t("monitoring.model.goal")}
                      </strong>{" "}
                      <span lang={text.lang}>{text.text}</span>
                    </p>
                  );
                })}
                {views.length === 0 ? (
                  <p>{t("monitoring.model.noIndicators")}</p>
                ) : (
                  views.map((view) => <Indicator page={page} view={view} anchor={anchorOf(view.use.indicator)} />)
                )}
              </section>
            );
          })}
        </>
      )}

      <TeamForms page={page} data={data} form={props.form} />

      <History page={page} data={data} />
      <p>
        <a href="/monitoring/indicators">{t("monitoring.page.catalogueLink")}</a>
      </p>
    </Layout>
  );
}
