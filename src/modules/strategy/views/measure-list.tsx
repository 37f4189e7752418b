import type { PageContext } from "../../../ui/page-context";
import type { MeasureListItem, Reference } from "../domain/catalogue";
import { formatPeriod, localizedText, pick, statusLabel, typeLabel } from "./format";

/** The badges of a measure: demo content and pilot, as words (never colour alone). */
export function MeasureBadges(props: { page: PageContext; demo: boolean; pilot: boolean }) {
  const { t } = props.page;
  if (!props.demo && !props.pilot) return null;
  return (
    <p class="badges">
      {props.demo && <span class="badge badge-demo">{t("strategy.badge.demo")}</span>}
      {props.pilot && <span class="badge">{t("strategy.badge.pilot")}</span>}
    </p>
  );
}

/** A list of measures as cards: title, badges, summary and the key facts. */
export function MeasureList(props: {
  page: PageContext;
  items: MeasureListItem[];
  reference: Reference;
  headingLevel?: 2 | 3;
}) {
  const { t, locale } = props.page;
  const phaseName = (id: string | null) => {
    const phase = props.reference.phases.find((p) => p.id === id);
    return phase ? pick(phase.name, locale) : null;
  };
  const Heading = props.headingLevel === 2 ? "h2" : "h3";
  return (
    <ol class="measure-list">
      {props.items.map((m) => {
        const title = localizedText(m.title, locale);
        const summary = localizedText(m.summary, locale);
        const period = formatPeriod(t, locale, m.periodStart, m.periodEnd);
        const phase = phaseName(m.phaseId);
        return (
          <li class="measure-card">
            <Heading class="measure-card-title">
              <a href={`/measures/${m.slug}`} lang={title.lang}>
                {title.text}
              </a>
            </Heading>
            <MeasureBadges page={props.page} demo={m.sourceStatus === "demo"} pilot={m.pilot} />
            {summary.text && <p lang={summary.lang}>{summary.text}</p>}
            <dl class="measure-card-facts">
              <div>
                <dt>{t("strategy.field.type")}</dt>
                <dd>{typeLabel(t, m.type)}</dd>
              </div>
              {m.status && (
                <div>
                  <dt>{t("strategy.field.status")}</dt>
                  <dd>{statusLabel(t, m.status)}</dd>
                </div>
              )}
              {phase && (
                <div>
                  <dt>{t("strategy.field.phase")}</dt>
                  <dd>{phase}</dd>
                </div>
              )}
              {m.responsibleOrganisation && (
                <div>
                  <dt>{t("strategy.field.responsible")}</dt>
                  <dd>{pick(m.responsibleOrganisation.name, locale)}</dd>
                </div>
              )}
              {period && (
                <div>
                  <dt>{t("strategy.field.period")}</dt>
                  <dd>{period}</dd>
                </div>
              )}
            </dl>
          </li>
        );
      })}
    </ol>
  );
}
