import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { OperatorDetails } from "../domain/operator";
import { ContactDetails, type ContactField, missingFields, OperatorNotice, Placeholder } from "./parts";

const operatorFields: ContactField[] = ["name", "address", "representative"];
const contactFields: ContactField[] = ["email", "phone"];
const responsibleFields: ContactField[] = ["name", "address"];

/** The imprint: who runs the platform. Every detail comes from the operator file. */
export function ImprintPage({ page, operator }: { page: PageContext; operator: OperatorDetails }) {
  const { t } = page;
  const missing = [
    ...missingFields(operator.operator, [...operatorFields, ...contactFields], "operator"),
    ...missingFields(operator.contentResponsible, responsibleFields, "contentResponsible"),
    ...(operator.sourceCodeUrl ? [] : ["sourceCodeUrl"]),
  ];
  return (
    <Layout page={page} title={t("imprint.title")}>
      <div class="prose">
        <h1>{t("imprint.heading")}</h1>
        <OperatorNotice page={page} missing={missing} />

        <h2>{t("imprint.provider.heading")}</h2>
        <p>{t("imprint.provider.basis")}</p>
        <ContactDetails
          page={page}
          contact={operator.operator}
          show={operatorFields}
          subject={t("imprint.provider.subject")}
          path="operator"
        />

        <h2>{t("imprint.contact.heading")}</h2>
        <ContactDetails
          page={page}
          contact={operator.operator}
          show={contactFields}
          subject={t("imprint.provider.subject")}
          path="operator"
        />

        <h2>{t("imprint.responsible.heading")}</h2>
        <ContactDetails
          page={page}
          contact={operator.contentResponsible}
          show={responsibleFields}
          subject={t("imprint.responsible.subject")}
          path="contentResponsible"
        />

        <h2>{t("imprint.software.heading")}</h2>
        <p>{t("imprint.software.text")}</p>
        {(operator.sourceCodeUrl || page.isAdmin) && (
          <p>
            {t("imprint.software.source")}{" "}
            {operator.sourceCodeUrl ? (
              <a href={operator.sourceCodeUrl}>{operator.sourceCodeUrl}</a>
            ) : (
              <Placeholder page={page} what={t("imprint.software.missing")} field="sourceCodeUrl" />
            )}
          </p>
        )}

        <h2>{t("imprint.demo.heading")}</h2>
        <p>{t("imprint.demo.text")}</p>

        <h2>{t("imprint.links.heading")}</h2>
        <p>{t("imprint.links.text")}</p>
      </div>
    </Layout>
  );
}
