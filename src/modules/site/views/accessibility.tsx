import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { OperatorDetails } from "../domain/operator";
import { Bullets, ContactDetails, formatDate, missingFields, OperatorNotice, Paragraphs } from "./parts";

/** The parts of the platform that are not yet accessible, each with reason and alternative. */
const knownBarriers = ["signLanguage", "easyLanguage", "pdf", "charts", "contributions"] as const;

/**
 * "Erklärung zur Barrierefreiheit" with what § 5 BIKTG Bln asks for: the state of compliance, what
 * is not accessible and why, the alternatives, how the statement was made, a feedback contact
 * answered within one month, and the enforcement body.
 */
export function AccessibilityPage({ page, operator }: { page: PageContext; operator: OperatorDetails }) {
  const { t, locale } = page;
  const feedbackFields = operator.feedback.phone ? (["email", "phone"] as const) : (["email"] as const);
  const enforcementFields = ["name", "address", "email", "website"] as const;
  const missing = [
    ...missingFields(operator.feedback, feedbackFields, "accessibility.feedback"),
    ...missingFields(operator.enforcementBody, enforcementFields, "accessibility.enforcementBody"),
  ];
  return (
    <Layout page={page} title={t("a11y.title")}>
      <div class="prose">
        <h1>{t("a11y.heading")}</h1>
        <OperatorNotice page={page} missing={missing} />
        <p class="lead">{t("a11y.lead")}</p>
        <p>{t("a11y.scope")}</p>

        <h2>{t("a11y.status.heading")}</h2>
        <p>
          <strong>{t("a11y.status.summary")}</strong>
        </p>
        <p>{t("a11y.status.text")}</p>

        <h2>{t("a11y.barriers.heading")}</h2>
        <p>{t("a11y.barriers.intro")}</p>
        {knownBarriers.map((barrier) => (
          <section aria-labelledby={`barrier-${barrier}`} class="barrier">
            <h3 id={`barrier-${barrier}`}>{t(`a11y.barrier.${barrier}.title`)}</h3>
            <dl class="facts">
              <dt>{t("a11y.barrier.what")}</dt>
              <dd>{t(`a11y.barrier.${barrier}.what`)}</dd>
              <dt>{t("a11y.barrier.why")}</dt>
              <dd>{t(`a11y.barrier.${barrier}.why`)}</dd>
              <dt>{t("a11y.barrier.alternative")}</dt>
              <dd>{t(`a11y.barrier.${barrier}.alternative`)}</dd>
            </dl>
          </section>
        ))}

        <h2>{t("a11y.method.heading")}</h2>
        <p>
          {t("a11y.method.dates", {
            created: formatDate(operator.statementDate, locale),
            reviewed: formatDate(operator.reviewedDate, locale),
          })}
        </p>
        <p>{t("a11y.method.intro")}</p>
        <Bullets text={t("a11y.method.list")} />
        <p>{t("a11y.method.review")}</p>

        <h2>{t("a11y.feedback.heading")}</h2>
        <Paragraphs text={t("a11y.feedback.intro")} />
        <ContactDetails
          page={page}
          contact={operator.feedback}
          show={[...feedbackFields]}
          subject={t("a11y.feedback.subject")}
          path="accessibility.feedback"
        />
        <p>{t("a11y.feedback.whatToWrite")}</p>
        <Bullets text={t("a11y.feedback.list")} />
        <p>
          <strong>{t("a11y.feedback.answerTime")}</strong>
        </p>

        <h2>{t("a11y.enforcement.heading")}</h2>
        <Paragraphs text={t("a11y.enforcement.text")} />
        <ContactDetails
          page={page}
          contact={operator.enforcementBody}
          show={[...enforcementFields]}
          subject={t("a11y.enforcement.subject")}
          path="accessibility.enforcementBody"
        />

        <h2>{t("a11y.more.heading")}</h2>
        <ul>
          <li>
            <a href="/leichte-sprache">{t("a11y.more.easyLanguage")}</a>
          </li>
          <li>
            <a href="/datenschutz">{t("a11y.more.privacy")}</a>
          </li>
        </ul>
      </div>
    </Layout>
  );
}
