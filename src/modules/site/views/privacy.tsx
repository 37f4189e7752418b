import { type PrivacyEntry, privacyKey } from "../../../platform/contributions/contributions";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { OperatorDetails } from "../domain/operator";
import {
  Bullets,
  ContactDetails,
  type ContactField,
  formatDate,
  missingFields,
  OperatorNotice,
  Paragraphs,
} from "./parts";

/** The cookies the platform sets; all are needed for it to work. */
export const cookies = ["session", "csrf", "lang", "pendingLogin"] as const;
const rights = ["access", "rectification", "erasure", "restriction", "portability", "objection"] as const;

const controllerFields: ContactField[] = ["name", "address", "email"];
const officerFields: ContactField[] = ["name", "address", "email"];
const authorityFields: ContactField[] = ["name", "address", "website"];

/** One processing: its data, purpose, legal basis and retention, as the module declared them. */
function Processing({ page, entry }: { page: PageContext; entry: PrivacyEntry }) {
  const { t } = page;
  const id = `processing-${entry.id}`;
  return (
    <section aria-labelledby={id} class="stored-item" data-processing={entry.id}>
      <h3 id={id}>{t(privacyKey(entry.id, "name"))}</h3>
      <dl class="facts">
        <dt>{t("privacy.stored.col.data")}</dt>
        <dd>{t(privacyKey(entry.id, "data"))}</dd>
        <dt>{t("privacy.stored.col.purpose")}</dt>
        <dd>{t(privacyKey(entry.id, "purpose"))}</dd>
        <dt>{t("privacy.stored.col.basis")}</dt>
        <dd>
          {entry.legalBasis.map((basis) => (
            <>{t(`privacy.legalBasis.${basis}`)} </>
          ))}
          {t(privacyKey(entry.id, "basis"))}
        </dd>
        <dt>{t("privacy.stored.col.retention")}</dt>
        <dd>{t(privacyKey(entry.id, "retention"))}</dd>
      </dl>
    </section>
  );
}

/**
 * The privacy statement: what is stored, why, on what basis, how long, the rights and where to
 * complain. The processings come from the modules' declarations (`entries`), so none is left out.
 */
export function PrivacyPage({
  page,
  operator,
  entries,
}: {
  page: PageContext;
  operator: OperatorDetails;
  entries: readonly PrivacyEntry[];
}) {
  const { t, locale } = page;
  const missing = [
    ...missingFields(operator.operator, controllerFields, "operator"),
    ...missingFields(operator.dataProtectionOfficer, officerFields, "dataProtectionOfficer"),
    ...missingFields(operator.supervisoryAuthority, authorityFields, "supervisoryAuthority"),
  ];
  return (
    <Layout page={page} title={t("privacy.title")}>
      <div class="prose">
        <h1>{t("privacy.heading")}</h1>
        <OperatorNotice page={page} missing={missing} />
        <p class="lead">{t("privacy.lead")}</p>

        <h2>{t("privacy.controller.heading")}</h2>
        <ContactDetails
          page={page}
          contact={operator.operator}
          show={controllerFields}
          subject={t("privacy.controller.subject")}
          path="operator"
        />
        <h3>{t("privacy.officer.heading")}</h3>
        <ContactDetails
          page={page}
          contact={operator.dataProtectionOfficer}
          show={officerFields}
          subject={t("privacy.officer.subject")}
          path="dataProtectionOfficer"
        />

        <h2>{t("privacy.stored.heading")}</h2>
        <p>{t("privacy.stored.intro")}</p>
        <nav aria-label={t("privacy.stored.contents")}>
          <ul class="processing-index">
            {entries.map((entry) => (
              <li>
                <a href={`#processing-${entry.id}`}>{t(privacyKey(entry.id, "name"))}</a>
              </li>
            ))}
          </ul>
        </nav>
        {entries.map((entry) => (
          <Processing page={page} entry={entry} />
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
          path="supervisoryAuthority"
        />

        <h2>{t("privacy.date.heading")}</h2>
        <p>{t("privacy.date.text", { date: formatDate(operator.privacyStatementDate, locale) })}</p>
      </div>
    </Layout>
  );
}
