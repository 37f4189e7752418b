import { dateTimeFormat } from "../../../platform/i18n/formats";
import { Alert } from "../../../ui/components/content";
import type { PageContext } from "../../../ui/page-context";
import type { Contact } from "../domain/operator";

/**
 * A value the operating city has not filled in yet, shown to administrators only: what is missing
 * and where it goes (the field of the operator file). Marked in words, not only by colour.
 */
export function Placeholder({ page, what, field }: { page: PageContext; what: string; field: string }) {
  return (
    <span class="placeholder" data-placeholder>
      {page.t("site.placeholder", { what, field })}
    </span>
  );
}

/** Text whose lines are separate paragraphs (one sentence a line in Leichte Sprache). */
export function Paragraphs({ text, class: className }: { text: string; class?: string }) {
  return (
    <>
      {text.split("\n").map((line) => (
        <p class={className}>{line}</p>
      ))}
    </>
  );
}

/** Text whose lines become a bulleted list. */
export function Bullets({ text }: { text: string }) {
  return (
    <ul>
      {text.split("\n").map((line) => (
        <li>{line}</li>
      ))}
    </ul>
  );
}

function AddressLines({ address }: { address: string }) {
  const lines = address.split("\n");
  return (
    <>
      {lines.map((line, i) => (
        <>
          {line}
          {i < lines.length - 1 && <br />}
        </>
      ))}
    </>
  );
}

export type ContactField = "name" | "address" | "email" | "phone" | "website" | "representative";

/**
 * A contact as a list of facts. `show` names the fields to list, in order. A field the operator
 * left empty is shown to administrators as a to-do naming the field of the operator file (`path`
 * plus the field name); the public sees only what is filled in, or a neutral note when nothing is.
 */
export function ContactDetails(props: {
  page: PageContext;
  contact: Contact & { representative?: string };
  show: ContactField[];
  /** What the contact is, for the to-dos ("der Stelle", "of the body"). */
  subject: string;
  /** Where the contact sits in the operator file, e.g. `operator` or `accessibility.feedback`. */
  path: string;
}) {
  const { page, contact } = props;
  const { t } = page;
  const shownFields = page.isAdmin ? props.show : props.show.filter((field) => contact[field]);
  if (shownFields.length === 0) return <p class="contact-pending">{t("site.contactPending")}</p>;
  return (
    <dl class="facts">
      {shownFields.map((field) => {
        const value = contact[field];
        const label = t(`site.contact.${field}`);
        let shown: unknown;
        if (!value)
          shown = (
            <Placeholder
              page={page}
              what={t(`site.contact.missing.${field}`, { subject: props.subject })}
              field={`${props.path}.${field}`}
            />
          );
        else if (field === "email") shown = <a href={`mailto:${value}`}>{value}</a>;
        else if (field === "website") shown = <a href={value}>{value}</a>;
        else if (field === "phone") shown = <a href={`tel:${value.replace(/[^+\d]/g, "")}`}>{value}</a>;
        else if (field === "address") shown = <AddressLines address={value} />;
        else shown = value;
        return (
          <>
            <dt>{label}</dt>
            <dd>{shown}</dd>
          </>
        );
      })}
    </dl>
  );
}

/** The operator-file fields (`operator.email`, …) of the listed fields that are still empty. */
export function missingFields(
  contact: Contact & { representative?: string },
  fields: readonly ContactField[],
  path: string,
): string[] {
  return fields.filter((field) => !contact[field]).map((field) => `${path}.${field}`);
}

/**
 * While details are missing: administrators get a to-do naming each missing field of the operator
 * file (OPERATOR_FILE); the public gets a neutral note that the details are being added.
 */
export function OperatorNotice({ page, missing }: { page: PageContext; missing: string[] }) {
  if (missing.length === 0) return null;
  if (!page.isAdmin) return <Alert tone="info">{page.t("site.publicNotice")}</Alert>;
  return (
    <Alert tone="warning" title={page.t("site.operatorNotice.title")}>
      <p>{page.t("site.operatorNotice.text")}</p>
      <ul>
        {missing.map((field) => (
          <li>
            <code>{field}</code>
          </li>
        ))}
      </ul>
      <p>{page.t("site.operatorNotice.example")}</p>
    </Alert>
  );
}

/** A date in the page's language, e.g. "22. November 2026" or "22 November 2026". */
export function formatDate(isoDate: string, locale: "de" | "en"): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  return dateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date);
}
