import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import type { JourneyEvent } from "../../../platform/contributions/contributions";
import type { Locale, Translate } from "../../../platform/i18n/i18n";
import { Alert } from "../../../ui/components/content";
import { Pagination } from "../../../ui/components/pagination";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { AssessmentRecord } from "../domain/assessment";
import { currentAssessments } from "../domain/assessment";
import {
  type Reference,
  type StoredMeasure,
  type StoredOrganisation,
  VERSIONS_PAGE_SIZE,
  type VersionEntry,
} from "../domain/catalogue";
import { type BilingualText, isDemo } from "../domain/model";
import { AssessmentChart } from "./charts";
import {
  districtLabel,
  formatDate,
  formatEuro,
  formatPartialDate,
  formatPeriod,
  indicatorValue,
  localizedText,
  originLabel,
  pick,
  statusLabel,
  typeLabel,
  unitLabel,
} from "./format";
import { renderMarkdown } from "./markdown";
import { MeasureBadges } from "./measure-list";
import { VersionList } from "./version-history";

function Text(props: { text: BilingualText; locale: Locale; as?: "p" | "span" }) {
  const { text, lang } = localizedText(props.text, props.locale);
  if (props.as === "span") return <span lang={lang}>{text}</span>;
  return <p lang={lang}>{text}</p>;
}

/** A word from a small vocabulary (a frequency code) through the messages; an unknown one made readable. */
function unitOrWord(t: Translate, prefix: string, code: string): string {
  const key = `${prefix}.${code}`;
  const label = t(key);
  return label === key ? code.replace(/[_-]+/g, " ") : label;
}

/** The funding programme: its full name where the platform knows the abbreviation. */
function programmeLabel(t: Translate, programme: string): string {
  return unitOrWord(t, "strategy.programme", programme);
}

interface MeasurePageProps {
  page: PageContext;
  measure: StoredMeasure;
  reference: Reference;
  organisations: Map<string, StoredOrganisation>;
  assessments: Array<AssessmentRecord & { recordedAt: Date }>;
  versions: { items: VersionEntry[]; total: number; page: number };
  /** The measure's way from every module, oldest first. */
  journey: JourneyEvent[];
  canEdit: boolean;
  saved?: boolean;
}

/** A section of the page: its heading, then the content, or the sentence saying there is none yet. */
function Section(props: { id: string; heading: string; none: string; empty: boolean; children: Child }) {
  return (
    <>
      <h2 id={props.id}>{props.heading}</h2>
      {props.empty ? <p>{props.none}</p> : props.children}
    </>
  );
}

function OrganisationLink(props: { id: string; organisations: Map<string, StoredOrganisation>; locale: Locale }) {
  const organisation = props.organisations.get(props.id);
  return (
    <a href={`/organisations/${encodeURIComponent(props.id)}`}>
      {organisation ? pick(organisation.name, props.locale) : props.id}
    </a>
  );
}

/** Everything about one measure: facts, description, goals, assessment, team, resources, history. */
export function MeasurePage(props: MeasurePageProps) {
  const { page, measure, reference } = props;
  const { t, locale, city } = page;
  const c = measure.content;
  const title = localizedText(c.title, locale);
  const summary = localizedText(c.summary, locale);
  const description = localizedText(c.description, locale);
  const phase = reference.phases.find((p) => p.id === c.phaseId);
  const period = formatPeriod(t, locale, c.periodStart, c.periodEnd);
  const periodNote = localizedText(c.periodNote, locale);
  const inForce = currentAssessments(props.assessments);
  const scaleLabels = reference.strategy?.scale[locale] ?? ["0", "1", "2", "3"];
  const earlier = props.assessments
    .filter((a) => inForce.get(a.valueId)?.sequence !== a.sequence)
    .sort((a, b) => (a.assessedOn === b.assessedOn ? b.sequence - a.sequence : a.assessedOn < b.assessedOn ? 1 : -1));
  const valueName = (id: string) => {
    const v = reference.values.find((x) => x.id === id);
    return v ? pick(v.name, locale) : id;
  };
  const goals = (["output", "outcome", "impact"] as const).filter((g) => c.goals[g].de || c.goals[g].en);
  const extras = c.extras;
  const hasExtras =
    extras.deliverables.length + extras.milestones.length + extras.facts.length + extras.responsibleCandidates.length >
    0;
  return (
    <Layout page={page} title={title.text} section="measures">
      <p class="breadcrumb">
        <a href="/measures">{t("strategy.measures.heading")}</a>
      </p>
      <h1 lang={title.lang}>{title.text}</h1>
      {props.saved && <Alert tone="success">{t("strategy.edit.saved")}</Alert>}
      <MeasureBadges page={page} demo={isDemo(c)} pilot={c.pilot} />
      {isDemo(c) && <Alert tone="warning">{t("strategy.measure.demoNotice")}</Alert>}
      {summary.text && (
        <p class="lead" lang={summary.lang}>
          {summary.text}
        </p>
      )}
      {props.canEdit && (
        <p class="actions">
          <a class="button button-secondary" href={`/measures/${measure.slug}/edit`}>
            {t("strategy.measure.edit")}
          </a>
        </p>
      )}

      <h2 id="facts">{t("strategy.measure.facts")}</h2>
      <dl class="facts">
        <dt>{t("strategy.field.type")}</dt>
        <dd>{typeLabel(t, c.type)}</dd>
        {c.status && (
          <>
            <dt>{t("strategy.field.status")}</dt>
            <dd>{statusLabel(t, c.status)}</dd>
          </>
        )}
        {phase && (
          <>
            <dt>{t("strategy.field.phase")}</dt>
            <dd>{pick(phase.name, locale)}</dd>
          </>
        )}
        {c.responsibleOrganisationId && (
          <>
            <dt>{t("strategy.field.responsible")}</dt>
            <dd>
              <OrganisationLink id={c.responsibleOrganisationId} organisations={props.organisations} locale={locale} />
            </dd>
          </>
        )}
        {c.involvedOrganisationIds.length > 0 && (
          <>
            <dt>{t("strategy.field.involved")}</dt>
            <dd>
              <ul class="inline-list">
                {c.involvedOrganisationIds.map((id) => (
                  <li>
                    <OrganisationLink id={id} organisations={props.organisations} locale={locale} />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {(c.cityWide || c.districtIds.length > 0) && (
          <>
            <dt>{t("strategy.field.place")}</dt>
            <dd>
              {c.cityWide && <span>{t("strategy.measure.cityWide")}</span>}
              {c.districtIds.length > 0 && (
                <ul class="inline-list">
                  {c.districtIds.map((d) => (
                    <li>
                      <a href={`/districts/${d}`}>{districtLabel(page.city, locale, d)}</a>
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </>
        )}
        {(period || periodNote.text) && (
          <>
            <dt>{t("strategy.field.period")}</dt>
            <dd>
              {period}
              {period && periodNote.text && " "}
              {periodNote.text && (
                <span lang={periodNote.lang}>{period ? `(${periodNote.text})` : periodNote.text}</span>
              )}
            </dd>
          </>
        )}
        <dt>{t("strategy.field.actionFields")}</dt>
        <dd>
          <ul class="inline-list">
            {c.actionFieldIds.map((id) => {
              const field = reference.actionFields.find((a) => a.id === id);
              return (
                <li>
                  <a href={`/action-fields/${encodeURIComponent(id)}`}>{field ? pick(field.name, locale) : id}</a>
                </li>
              );
            })}
          </ul>
        </dd>
        {c.spatialLevelIds.length > 0 && (
          <>
            <dt>{t("strategy.field.spatialLevels")}</dt>
            <dd>
              {c.spatialLevelIds
                .map((id) => {
                  const level = reference.spatialLevels.find((l) => l.id === id);
                  return level ? pick(level.name, locale) : id;
                })
                .join(", ")}
            </dd>
          </>
        )}
        <dt>{t("strategy.field.origin")}</dt>
        <dd>
          {/* Only a path on this platform becomes a link (never //host or /\host, which leave the site). */}
          {c.originRef && /^\/(?![/\\])/.test(c.originRef) ? (
            <a href={c.originRef}>{originLabel(t, c.origin)}</a>
          ) : (
            <>
              {originLabel(t, c.origin)}
              {c.originRef && ` (${c.originRef})`}
            </>
          )}
        </dd>
        {(c.contactName || c.contactEmail) && (
          <>
            <dt>{t("strategy.field.contact")}</dt>
            <dd>
              {c.contactName}
              {c.contactName && c.contactEmail && ", "}
              {c.contactEmail && <a href={`mailto:${c.contactEmail}`}>{c.contactEmail}</a>}
            </dd>
          </>
        )}
        <dt>{t("strategy.field.sourceStatus")}</dt>
        <dd>{t(`strategy.sourceStatus.${c.sourceStatus}`)}</dd>
        {measure.code && (
          <>
            <dt>{t("strategy.field.code")}</dt>
            <dd>{measure.code}</dd>
          </>
        )}
      </dl>

      <Section
        id="description"
        heading={t("strategy.field.description")}
        none={t("strategy.measure.noDescription")}
        empty={!description.text}
      >
        <div class="prose" lang={description.lang}>
          {raw(renderMarkdown(description.text))}
        </div>
      </Section>

      <Section
        id="goals"
        heading={t("strategy.measure.goals")}
        none={t("strategy.measure.noGoals")}
        empty={goals.length === 0}
      >
        <dl class="facts">
          {goals.map((g) => (
            <>
              <dt>{t(`strategy.goal.${g}`)}</dt>
              <dd>
                <Text text={c.goals[g]} locale={locale} as="span" />
              </dd>
            </>
          ))}
        </dl>
      </Section>
      {c.indicators.length > 0 && (
        <>
          <h3>{t("strategy.indicators.heading")}</h3>
          <p>{t("strategy.indicators.intro")}</p>
          {/* One block per indicator (not a six-column table): readable on a phone without scrolling. */}
          <ul class="plain-list">
            {c.indicators.map((i) => {
              const unit = unitLabel(t, i.unit);
              const shown = (value: string | null) => {
                const v = indicatorValue(t, locale, value);
                if (!v || !unit || i.unit === "bool") return v;
                return i.unit === "percent" ? `${v} %` : `${v} ${unit}`;
              };
              const rows: Array<[string, string]> = [
                [t("strategy.indicators.level"), t(`strategy.goal.${i.level}`)],
                ...(!i.baseline && !i.target && !i.value && unit
                  ? [[t("strategy.indicators.unit"), unit] as [string, string]]
                  : []),
                [t("strategy.indicators.baseline"), shown(i.baseline)],
                [t("strategy.indicators.target"), shown(i.target)],
                [t("strategy.indicators.current"), shown(i.value)],
                [
                  t("strategy.indicators.frequency"),
                  i.frequency ? unitOrWord(t, "strategy.frequency", i.frequency) : "",
                ],
              ];
              return (
                <li class="indicator">
                  <p>
                    <strong>
                      <Text text={i.name} locale={locale} as="span" />
                    </strong>
                    {i.sourceStatus === "demo" && (
                      <>
                        {" "}
                        <span class="badge badge-demo">{t("strategy.badge.demoShort")}</span>
                      </>
                    )}
                  </p>
                  <dl class="facts">
                    {rows
                      .filter(([, v]) => v)
                      .map(([label, v]) => (
                        <>
                          <dt>{label}</dt>
                          <dd>{v}</dd>
                        </>
                      ))}
                  </dl>
                </li>
              );
            })}
          </ul>
        </>
      )}

      <h2 id="assessment">{t("strategy.assessment.heading")}</h2>
      <p>
        {t("strategy.assessment.intro")} <a href="/strategy#values-compass">{t("strategy.assessment.compassLink")}</a>
      </p>
      {inForce.size === 0 ? (
        <p>{t("strategy.assessment.none")}</p>
      ) : (
        <div class="assessment">
          <figure class="assessment-figure">
            <AssessmentChart
              t={t}
              tableId="assessment-table"
              scaleLabels={scaleLabels}
              rows={reference.values.map((v) => ({
                valueId: v.id,
                name: pick(v.name, locale),
                score: inForce.get(v.id)?.score ?? null,
              }))}
            />
            <figcaption>{t("strategy.assessment.caption")}</figcaption>
          </figure>
          {/* The numbers behind the chart with their reasons: a description list, so the reasons keep
              the full width on a phone instead of one word per line. */}
          <h3>{t("strategy.assessment.tableCaption")}</h3>
          <dl class="facts" id="assessment-table">
            {reference.values.map((v) => {
              const a = inForce.get(v.id);
              return (
                <>
                  <dt>{pick(v.name, locale)}</dt>
                  <dd>
                    {a ? (
                      <>
                        <strong>{`${a.score} (${scaleLabels[a.score] ?? ""})`}</strong>
                        {a.sourceStatus === "demo" && (
                          <>
                            {" "}
                            <span class="badge badge-demo">{t("strategy.badge.demoShort")}</span>
                          </>
                        )}{" "}
                        <Text text={a.rationale} locale={locale} as="span" />{" "}
                        <span class="muted">
                          ({a.assessedBy}, {formatPartialDate(a.assessedOn, locale)})
                        </span>
                      </>
                    ) : (
                      t("strategy.assessment.notAssessed")
                    )}
                  </dd>
                </>
              );
            })}
          </dl>
          {earlier.length > 0 && (
            <details>
              <summary>{t("strategy.assessment.history", { count: earlier.length })}</summary>
              <ul>
                {earlier.map((a) => (
                  <li>
                    {formatPartialDate(a.assessedOn, locale)} – {valueName(a.valueId)}:{" "}
                    <strong>{`${a.score} (${scaleLabels[a.score] ?? ""})`}</strong>{" "}
                    <Text text={a.rationale} locale={locale} as="span" /> <span class="muted">({a.assessedBy})</span>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}

      <Section
        id="team"
        heading={t("strategy.team.heading")}
        none={t("strategy.team.none")}
        empty={c.team.length === 0}
      >
        <ul class="plain-list">
          {c.team.map((m) => {
            const responsibility = localizedText(m.responsibility, locale);
            return (
              <li>
                <p>
                  <strong>
                    {m.organisationId ? (
                      <a href={`/organisations/${encodeURIComponent(m.organisationId)}`}>
                        {m.name || m.organisationId}
                      </a>
                    ) : (
                      m.name
                    )}
                  </strong>
                </p>
                <dl class="facts">
                  <dt>{t("strategy.team.role")}</dt>
                  <dd>
                    <Text text={m.role} locale={locale} as="span" />
                  </dd>
                  {responsibility.text && (
                    <>
                      <dt>{t("strategy.team.responsibility")}</dt>
                      <dd lang={responsibility.lang}>{responsibility.text}</dd>
                    </>
                  )}
                  {m.shareOfTime !== null && (
                    <>
                      <dt>{t("strategy.team.share")}</dt>
                      <dd>{`${m.shareOfTime} %`}</dd>
                    </>
                  )}
                </dl>
              </li>
            );
          })}
        </ul>
      </Section>

      <Section
        id="resources"
        heading={t("strategy.resources.heading")}
        none={t("strategy.resources.none")}
        empty={c.resources.length === 0}
      >
        <ul class="plain-list">
          {c.resources.map((r) => {
            const source = localizedText(r.source, locale);
            return (
              <li>
                <dl class="facts">
                  {r.amountEur !== null && (
                    <>
                      <dt>{t("strategy.resources.amount")}</dt>
                      <dd>{formatEuro(r.amountEur, locale)}</dd>
                    </>
                  )}
                  {source.text && (
                    <>
                      <dt>{t("strategy.resources.source")}</dt>
                      <dd lang={source.lang}>{source.text}</dd>
                    </>
                  )}
                  {r.fundingProgramme && (
                    <>
                      <dt>{t("strategy.resources.programme")}</dt>
                      <dd>{programmeLabel(t, r.fundingProgramme)}</dd>
                    </>
                  )}
                </dl>
              </li>
            );
          })}
        </ul>
      </Section>

      {hasExtras && (
        <>
          <h2 id="details">{t("strategy.extras.heading")}</h2>
          {extras.deliverables.length > 0 && (
            <>
              <h3>{t("strategy.extras.deliverables")}</h3>
              <ul lang="de">
                {extras.deliverables.map((d) => (
                  <li>{d}</li>
                ))}
              </ul>
            </>
          )}
          {extras.milestones.length > 0 && (
            <>
              <h3>{t("strategy.extras.milestones")}</h3>
              <ul>
                {extras.milestones.map((ms) => (
                  <li>
                    <Text text={ms.name} locale={locale} as="span" />
                    {ms.due && ` – ${formatPartialDate(ms.due, locale)}`}
                  </li>
                ))}
              </ul>
            </>
          )}
          {extras.facts.length > 0 && (
            <>
              <h3>{t("strategy.extras.facts")}</h3>
              <dl class="facts">
                {extras.facts.map((f) => (
                  <>
                    <dt>{f.key}</dt>
                    <dd>{f.value}</dd>
                  </>
                ))}
              </dl>
            </>
          )}
          {extras.responsibleCandidates.length > 0 && (
            <>
              <h3>{t("strategy.extras.candidates")}</h3>
              <ul lang="de">
                {extras.responsibleCandidates.map((d) => (
                  <li>{d}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}

      {c.links.length > 0 && (
        <>
          <h2 id="links">{t("strategy.links.heading")}</h2>
          <ul>
            {c.links.map((l) => {
              const label = localizedText(l.label, locale);
              return (
                <li>
                  <a href={l.url} rel="nofollow noopener noreferrer">
                    {label.text || l.url}
                  </a>
                </li>
              );
            })}
          </ul>
        </>
      )}

      <Journey t={t} locale={locale} timeZone={city.timeZone} events={props.journey} />

      <h2 id="versions">{t("strategy.history.heading")}</h2>
      <p>{t("strategy.history.intro", { version: measure.version })}</p>
      <VersionList
        city={page.city}
        versions={props.versions.items}
        t={t}
        locale={locale}
        reference={reference}
        organisations={props.organisations}
      />
      <Pagination
        page={page}
        current={props.versions.page}
        pageSize={VERSIONS_PAGE_SIZE}
        total={props.versions.total}
        param="versions"
      />
    </Layout>
  );
}

/**
 * The measure's way on one timeline: a list in time order, each step with its date, what happened
 * and where to read more. Texts written by people (explanations) keep their own language.
 */
function Journey(props: { t: Translate; locale: Locale; timeZone: string; events: JourneyEvent[] }) {
  const { t, locale, timeZone } = props;
  return (
    <section class="journey" aria-labelledby="journey">
      <h2 id="journey">{t("strategy.journey.heading")}</h2>
      <ol class="journey-list">
        {props.events.map((event) => (
          <li class="journey-step">
            <p class="meta">
              <time datetime={event.at.toISOString()}>{formatDate(event.at, locale, timeZone)}</time> · {event.kind}
            </p>
            <p class="journey-title">{event.href ? <a href={event.href}>{event.title}</a> : event.title}</p>
            {event.text && <p>{event.text}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
