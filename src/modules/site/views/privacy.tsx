import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { OperatorDetails } from "../domain/operator";
import { Bullets, ContactDetails, type ContactField, formatDate, hasGaps, OperatorNotice, Paragraphs } from "./parts";

/** What the platform stores, one row each: the data, what for, and for how long. */
const storedData = ["account", "budgetVoting", "sessions", "audit", "mail", "rateLimits", "logs"] as const;
/** The cookies the platform sets; all are needed for it to work. */
export const cookies = ["session", "csrf", "lang"] as const;
const rights = ["access", "rectification", "erasure", "restriction", "portability", "objection"] as const;

const controllerFields: ContactField[] = ["name", "address", "email"];
const officerFields: ContactField[] = ["name", "address", "email"];
const authorityFields: ContactField[] = ["name", "address", "website"];

/** The privacy statement: what is stored, why, how long, the rights and where to complain. */
export function PrivacyPage({ page, operator }: { page: PageContext; operator: OperatorDetails }) {
  const { t, locale } = page;
  const gaps =
    hasGaps(operator.operator, controllerFields) ||
    hasGaps(operator.dataProtectionOfficer, officerFields) ||
    hasGaps(operator.supervisoryAuthority, authorityFields);
  return (
    <Layout page={page} title={t("privacy.title")}>
      <div class="prose">
        <h1>{t("privacy.heading")}</h1>
        {gaps && <OperatorNotice page={page} />}
        <p class="lead">{t("privacy.lead")}</p>

        <h2>{t("privacy.controller.heading")}</h2>
        <ContactDetails
          page={page}
          contact={operator.operator}
          show={controllerFields}
          subject={t("privacy.controller.subject")}
        />
        <h3>{t("privacy.officer.heading")}</h3>
        <ContactDetails
          page={page}
          contact={operator.dataProtectionOfficer}
          show={officerFields}
          subject={t("privacy.officer.subject")}
        />

        <h2>{t("privacy.stored.heading")}</h2>
        <p>{t("privacy.stored.intro")}</p>
        {storedData.map((item) => (
          <section aria-labelledby={`stored-${item}`} class="stored-item">
            <h3 id={`stored-${item}`}>{t(`privacy.stored.${item}.name`)}</h3>
            <dl class="facts">
              <dt>{t("privacy.stored.col.data")}</dt>
              <dd>{t(`privacy.stored.${item}.data`)}</dd>
              <dt>{t("privacy.stored.col.purpose")}</dt>
              <dd>{t(`privacy.stored.${item}.purpose`)}</dd>
              <dt>{t("privacy.stored.col.retention")}</dt>
              <dd>{t(`privacy.stored.${item}.retention`)}</dd>
            </dl>
          </section>
        ))}
        <p>{t("privacy.stored.backups")}</p>

        <h2>{t("privacy.cookies.heading")}</h2>
        <p>{t("privacy.cookies.intro")}</p>
        <ul>
          {cookies.map((cookie) => (
            <li>
              <strong>{t(`privacy.cookies.${cookie}.name`)}</strong>: {t(`privacy.cookies.${cookie}.text`)}
            </li>
          ))}
        </ul>
        <p>{t("privacy.cookies.noConsent")}</p>

        <h2>{t("privacy.noTracking.heading")}</h2>
        <Bullets text={t("privacy.noTracking.list")} />

        <h2>{t("privacy.sharing.heading")}</h2>
        <Paragraphs text={t("privacy.sharing.text")} />

        <h2>{t("privacy.basis.heading")}</h2>
        <Paragraphs text={t("privacy.basis.text")} />

        <h2>{t("privacy.rights.heading")}</h2>
        <p>{t("privacy.rights.intro")}</p>
        <ul>
          {rights.map((right) => (
            <li>{t(`privacy.rights.${right}`)}</li>
          ))}
        </ul>
        <h3>{t("privacy.selfService.heading")}</h3>
        <p>{t("privacy.selfService.intro")}</p>
        <ul>
          <li>
            <strong>{t("privacy.selfService.download.name")}</strong>: {t("privacy.selfService.download.text")}
          </li>
          <li>
            <strong>{t("privacy.selfService.delete.name")}</strong>: {t("privacy.selfService.delete.text")}
          </li>
        </ul>
        <p>
          <a href="/profile">{t("privacy.selfService.link")}</a>
        </p>
        <p>{t("privacy.rights.contact")}</p>

        <h2>{t("privacy.complaint.heading")}</h2>
        <p>{t("privacy.complaint.text")}</p>
        <ContactDetails
          page={page}
          contact={operator.supervisoryAuthority}
          show={authorityFields}
          subject={t("privacy.complaint.subject")}
        />

        <h2>{t("privacy.date.heading")}</h2>
        <p>{t("privacy.date.text", { date: formatDate(operator.privacyStatementDate, locale) })}</p>
      </div>
    </Layout>
  );
}
