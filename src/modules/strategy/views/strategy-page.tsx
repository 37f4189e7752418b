import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { Reference } from "../domain/catalogue";
import { CompassFigure } from "./charts";
import { formatPartialDate, localizedText, pick } from "./format";

interface StrategyPageProps {
  page: PageContext;
  reference: Reference;
  countsByActionField: Map<string, number>;
  canEdit: boolean;
}

/** The strategy at a glance: the values compass and the clusters with their action fields. */
/** The host of a source address as its link text ("mein.berlin.de"); the address itself stays the target. */
function sourceLabel(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

export function StrategyPage(props: StrategyPageProps) {
  const { page, reference } = props;
  const { t, locale } = page;
  const strategy = reference.strategy;
  const name = strategy ? pick(strategy.name, locale) : t("strategy.overview.title");
  return (
    <Layout page={page} title={t("strategy.overview.title")} section="strategy">
      <h1>{name}</h1>
      <p class="lead">{t("strategy.overview.lead")}</p>
      {strategy && (strategy.adoptedBy || strategy.adoptedOn) && (
        <p>
          {t("strategy.overview.adopted", {
            by: strategy.adoptedBy || t("strategy.notStated"),
            on: formatPartialDate(strategy.adoptedOn, locale) || t("strategy.notStated"),
          })}
        </p>
      )}

      <h2 id="values-compass">{t("strategy.compass.heading")}</h2>
      <p>{t("strategy.compass.intro")}</p>
      {reference.values.length === 0 ? (
        <p>{t("strategy.overview.empty")}</p>
      ) : (
        <>
          <figure class="compass">
            <CompassFigure
              t={t}
              locale={locale}
              values={reference.values}
              centre={strategy?.short || "◆"}
              describedBy="compass-values"
            />
            <figcaption>{t("strategy.compass.caption")}</figcaption>
          </figure>
          <ul class="compass-values" id="compass-values">
            {reference.values.map((v) => {
              const description = localizedText(v.description, locale);
              return (
                <li>
                  <h3>{pick(v.name, locale)}</h3>
                  {description.text && <p lang={description.lang}>{description.text}</p>}
                  {v.questions.length > 0 && (
                    <>
                      <p class="compass-questions-label">{t("strategy.compass.questions")}</p>
                      <ul>
                        {v.questions.map((q) => {
                          const question = localizedText(q, locale);
                          return <li lang={question.lang}>{question.text}</li>;
                        })}
                      </ul>
                    </>
                  )}
                  <p>
                    <a href={`/measures?value=${encodeURIComponent(v.id)}`}>
                      {t("strategy.compass.measuresServing", { value: pick(v.name, locale) })}
                    </a>
                  </p>
                </li>
              );
            })}
          </ul>
          {strategy && (
            <p>
              {t("strategy.compass.scale", {
                labels: strategy.scale[locale].map((label, score) => `${score} = ${label}`).join(", "),
              })}
            </p>
          )}
        </>
      )}

      <h2 id="action-fields">{t("strategy.clusters.heading")}</h2>
      <p>{t("strategy.clusters.intro")}</p>
      {props.canEdit && (
        <p class="actions">
          <a class="button button-secondary" href="/action-fields/new">
            {t("strategy.actionField.create")}
          </a>
          <a class="button button-secondary" href="/organisations/new">
            {t("strategy.organisation.create")}
          </a>
        </p>
      )}
      <div class="clusters">
        {reference.clusters.map((c) => (
          <section class="cluster" aria-labelledby={`cluster-${c.id}`}>
            <h3 id={`cluster-${c.id}`}>
              <a href={`/measures?cluster=${encodeURIComponent(c.id)}`}>{pick(c.name, locale)}</a>
            </h3>
            <ul>
              {reference.actionFields
                .filter((a) => a.clusterId === c.id)
                .map((a) => {
                  const n = props.countsByActionField.get(a.id) ?? 0;
                  return (
                    <li>
                      <a href={`/action-fields/${encodeURIComponent(a.id)}`}>{pick(a.name, locale)}</a>{" "}
                      <span class="count">
                        ({t(n === 1 ? "strategy.count.measureOne" : "strategy.count.measures", { count: n })})
                      </span>
                    </li>
                  );
                })}
            </ul>
          </section>
        ))}
      </div>

      <h2>{t("strategy.spatialLevels.heading")}</h2>
      <ul>
        {reference.spatialLevels.map((l) => (
          <li>
            <a href={`/measures?spatialLevel=${encodeURIComponent(l.id)}`}>{pick(l.name, locale)}</a>
          </li>
        ))}
      </ul>

      <h2>{t("strategy.phases.heading")}</h2>
      <ol>
        {reference.phases.map((p) => (
          <li>
            <a href={`/measures?phase=${encodeURIComponent(p.id)}`}>{pick(p.name, locale)}</a>
          </li>
        ))}
      </ol>

      {reference.governanceBodies.length > 0 && (
        <>
          <h2>{t("strategy.governance.heading")}</h2>
          <dl class="facts">
            {reference.governanceBodies.map((b) => {
              const role = localizedText(b.role, locale);
              const bodyName = localizedText(b.name, locale);
              return (
                <>
                  <dt lang={bodyName.lang}>{bodyName.text}</dt>
                  <dd lang={role.lang}>{role.text}</dd>
                </>
              );
            })}
          </dl>
        </>
      )}

      <h2>{t("strategy.districts.heading")}</h2>
      <p>
        <a href="/districts">{t("strategy.districts.link")}</a>
      </p>

      {strategy && strategy.sources.length > 0 && (
        <>
          <h2>{t("strategy.sources.heading")}</h2>
          <p>{t("strategy.sources.intro")}</p>
          <ul>
            {strategy.sources.map((s) => (
              <li>
                {/* The address's host as the link text: a whole address is one long word that makes
                    a phone screen scroll sideways. */}
                <a href={s} rel="nofollow noopener noreferrer">
                  {sourceLabel(s)}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </Layout>
  );
}
