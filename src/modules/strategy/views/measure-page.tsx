import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import type { Locale, Translate } from "../../../platform/i18n/i18n";
import { DataTable } from "../../../ui/components/data-table";
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
import type { FieldChange } from "../domain/diff";
import { type BilingualText, isDemo } from "../domain/model";
import { AssessmentChart } from "./charts";
import {
  districtLabel,
  formatDateTime,
  formatEuro,
  formatPartialDate,
  formatPeriod,
  localizedText,
  originLabel,
  pick,
  statusLabel,
  typeLabel,
} from "./format";
import { renderMarkdown } from "./markdown";
import { MeasureBadges } from "./measure-list";

function Text(props: { text: BilingualText; locale: Locale; as?: "p" | "span" }) {
  const { text, lang } = localizedText(props.text, props.locale);
  if (props.as === "span") return <span lang={lang}>{text}</span>;
  return <p lang={lang}>{text}</p>;
}

/** A readable name for a field of the version history ("title.en" → "Title (English)"). */
function fieldLabel(t: Translate, locale: Locale, field: string, reference: Reference): string {
  const parts = field.split(".");
  const [top = field, second, third] = parts;
  const language = (code: string | undefined) =>
    code === "de" || code === "en" ? t(`strategy.language.${code}`) : null;
  if (top === "assessment" && second) {
    const value = reference.values.find((v) => v.id === second);
    return t("strategy.history.assessmentOf", { value: value ? pick(value.name, locale) : second });
  }
  if (top === "goals" && second) {
    const lang = language(third);
    const label = t(`strategy.goal.${second}`);
    return lang ? `${label} (${lang})` : label;
  }
  const label = t(`strategy.field.${top}`);
  const lang = language(second);
  if (lang) return `${label} (${lang})`;
  return second ? `${label}: ${parts.slice(1).join(".")}` : label;
}

/** A value of the version history as short text. */
function changeValue(t: Translate, value: unknown): string {
  if (value === null || value === undefined || value === "") return t("strategy.history.empty");
  if (typeof value === "boolean") return t(value ? "strategy.yes" : "strategy.no");
  if (typeof value === "string" || typeof value === "number") return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === "string"))
    return value.length ? value.join(", ") : t("strategy.history.empty");
  return JSON.stringify(value);
}

interface MeasurePageProps {
  page: PageContext;
  measure: StoredMeasure;
  reference: Reference;
  organisations: Map<string, StoredOrganisation>;
  assessments: Array<AssessmentRecord & { recordedAt: Date }>;
  versions: { items: VersionEntry[]; total: number; page: number };
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
  const { t, locale } = page;
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
      {props.saved && (
        <div class="notice notice-success" role="status">
          {t("strategy.edit.saved")}
        </div>
      )}
      <MeasureBadges page={page} demo={isDemo(c)} pilot={c.pilot} />
      {isDemo(c) && <p class="notice notice-warning">{t("strategy.measure.demoNotice")}</p>}
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
        <dt>{t("strategy.field.status")}</dt>
        <dd>{statusLabel(t, c.status)}</dd>
        <dt>{t("strategy.field.phase")}</dt>
        <dd>{phase ? pick(phase.name, locale) : t("strategy.notStated")}</dd>
        <dt>{t("strategy.field.responsible")}</dt>
        <dd>
          {c.responsibleOrganisationId ? (
            <OrganisationLink id={c.responsibleOrganisationId} organisations={props.organisations} locale={locale} />
          ) : (
            t("strategy.notStated")
          )}
        </dd>
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
          {!c.cityWide && c.districtIds.length === 0 && t("strategy.notStated")}
        </dd>
        <dt>{t("strategy.field.period")}</dt>
        <dd>
          {period || (!periodNote.text && t("strategy.notStated"))}
          {period && periodNote.text && " "}
          {periodNote.text && <span lang={periodNote.lang}>{period ? `(${periodNote.text})` : periodNote.text}</span>}
        </dd>
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
        <dt>{t("strategy.field.spatialLevels")}</dt>
        <dd>
          {c.spatialLevelIds.length === 0
            ? t("strategy.notStated")
            : c.spatialLevelIds
                .map((id) => {
                  const level = reference.spatialLevels.find((l) => l.id === id);
                  return level ? pick(level.name, locale) : id;
                })
                .join(", ")}
        </dd>
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
          <DataTable
            columns={[
              t("strategy.indicators.level"),
              t("strategy.indicators.name"),
              t("strategy.indicators.unit"),
              t("strategy.indicators.baseline"),
              t("strategy.indicators.target"),
              t("strategy.indicators.value"),
            ]}
          >
            {c.indicators.map((i) => (
              <tr>
                <td>{t(`strategy.goal.${i.level}`)}</td>
                <td>
                  <Text text={i.name} locale={locale} as="span" />
                  {i.sourceStatus === "demo" && <span class="badge badge-demo">{t("strategy.badge.demoShort")}</span>}
                </td>
                <td>{i.unit ?? ""}</td>
                <td>{i.baseline ?? ""}</td>
                <td>{i.target ?? ""}</td>
                <td>{i.value ?? ""}</td>
              </tr>
            ))}
          </DataTable>
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
          <DataTable
            id="assessment-table"
            caption={t("strategy.assessment.tableCaption")}
            columns={[
              t("strategy.assessment.value"),
              t("strategy.assessment.score"),
              t("strategy.assessment.rationale"),
              t("strategy.assessment.by"),
            ]}
          >
            {reference.values.map((v) => {
              const a = inForce.get(v.id);
              return (
                <tr>
                  <th scope="row">{pick(v.name, locale)}</th>
                  <td>{a ? `${a.score} (${scaleLabels[a.score] ?? ""})` : t("strategy.assessment.notAssessed")}</td>
                  <td>
                    {a && <Text text={a.rationale} locale={locale} as="span" />}
                    {a?.sourceStatus === "demo" && (
                      <span class="badge badge-demo">{t("strategy.badge.demoShort")}</span>
                    )}
                  </td>
                  <td>{a ? `${a.assessedBy}, ${formatPartialDate(a.assessedOn, locale)}` : ""}</td>
                </tr>
              );
            })}
          </DataTable>
          {earlier.length > 0 && (
            <details>
              <summary>{t("strategy.assessment.history", { count: earlier.length })}</summary>
              <DataTable
                columns={[
                  t("strategy.assessment.date"),
                  t("strategy.assessment.value"),
                  t("strategy.assessment.score"),
                  t("strategy.assessment.rationale"),
                  t("strategy.assessment.by"),
                ]}
              >
                {earlier.map((a) => (
                  <tr>
                    <td>{formatPartialDate(a.assessedOn, locale)}</td>
                    <td>{valueName(a.valueId)}</td>
                    <td>{a.score}</td>
                    <td>
                      <Text text={a.rationale} locale={locale} as="span" />
                    </td>
                    <td>{a.assessedBy}</td>
                  </tr>
                ))}
              </DataTable>
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
        <DataTable
          columns={[
            t("strategy.team.name"),
            t("strategy.team.role"),
            t("strategy.team.responsibility"),
            t("strategy.team.share"),
          ]}
        >
          {c.team.map((m) => (
            <tr>
              <th scope="row">
                {m.organisationId ? (
                  <a href={`/organisations/${encodeURIComponent(m.organisationId)}`}>{m.name || m.organisationId}</a>
                ) : (
                  m.name
                )}
              </th>
              <td>
                <Text text={m.role} locale={locale} as="span" />
              </td>
              <td>
                <Text text={m.responsibility} locale={locale} as="span" />
              </td>
              <td>{m.shareOfTime === null ? t("strategy.notStated") : `${m.shareOfTime} %`}</td>
            </tr>
          ))}
        </DataTable>
      </Section>

      <Section
        id="resources"
        heading={t("strategy.resources.heading")}
        none={t("strategy.resources.none")}
        empty={c.resources.length === 0}
      >
        <DataTable
          columns={[t("strategy.resources.amount"), t("strategy.resources.source"), t("strategy.resources.programme")]}
        >
          {c.resources.map((r) => (
            <tr>
              <td>{r.amountEur === null ? t("strategy.notStated") : formatEuro(r.amountEur, locale)}</td>
              <td>
                <Text text={r.source} locale={locale} as="span" />
              </td>
              <td>{r.fundingProgramme ?? ""}</td>
            </tr>
          ))}
        </DataTable>
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

      <h2 id="versions">{t("strategy.history.heading")}</h2>
      <p>{t("strategy.history.intro", { version: measure.version })}</p>
      <ul class="version-list">
        {props.versions.items.map((v) => (
          <li>
            <p>
              <strong>{t("strategy.history.version", { version: v.version })}</strong> – {formatDateTime(v.at, locale)}{" "}
              – {v.authorLabel} – {t(`strategy.history.kind.${v.kind}`)}
            </p>
            {v.changes.length > 0 && (
              <details>
                <summary>
                  {t(v.changes.length === 1 ? "strategy.history.changesOne" : "strategy.history.changes", {
                    count: v.changes.length,
                  })}
                </summary>
                <ChangeTable t={t} locale={locale} reference={reference} changes={v.changes} />
              </details>
            )}
          </li>
        ))}
      </ul>
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

function ChangeTable(props: { t: Translate; locale: Locale; reference: Reference; changes: FieldChange[] }) {
  const { t } = props;
  return (
    <DataTable columns={[t("strategy.history.field"), t("strategy.history.before"), t("strategy.history.after")]}>
      {props.changes.map((change) => (
        <tr>
          <th scope="row">{fieldLabel(t, props.locale, change.field, props.reference)}</th>
          <td class="change-before">{changeValue(t, change.before)}</td>
          <td class="change-after">{changeValue(t, change.after)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
