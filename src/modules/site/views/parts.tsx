import type { PageContext } from "../../../ui/page-context";
import type { Contact } from "../domain/operator";

/**
 * A value the operating city has not filled in yet. Marked in words (not only by colour), so
 * nobody mistakes it for a real address and every visitor can tell that something is missing.
 */
export function Placeholder({ page, what }: { page: PageContext; what: string }) {
  return (
    <span class="placeholder" data-placeholder>
      {page.t("site.placeholder", { what })}
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
 * A contact as a list of facts. `show` names the fields to list, in order; a listed field the
 * operator left empty shows a placeholder, so the page says plainly what is still missing.
 */
export function ContactDetails(props: {
  page: PageContext;
  contact: Contact & { representative?: string };
  show: ContactField[];
  /** What the contact is, for the placeholders ("der Stelle", "of the body"). */
  subject: string;
}) {
  const { page, contact } = props;
  const { t } = page;
  return (
    <dl class="facts">
      {props.show.map((field) => {
        const value = contact[field];
        const label = t(`site.contact.${field}`);
        let shown: unknown;
        if (!value)
          shown = <Placeholder page={page} what={t(`site.contact.missing.${field}`, { subject: props.subject })} />;
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

/** Whether any of the listed fields is still a placeholder. */
export function hasGaps(contact: Contact & { representative?: string }, fields: ContactField[]): boolean {
  return fields.some((field) => !contact[field]);
}

/** A notice for the people running the platform, shown while placeholders remain on a page. */
export function OperatorNotice({ page }: { page: PageContext }) {
  return (
    <div class="notice notice-warning">
      <p>
        <strong>{page.t("site.operatorNotice.title")}</strong> {page.t("site.operatorNotice.text")}
      </p>
    </div>
  );
}

/** A date in the page's language, e.g. "22. November 2026" or "22 November 2026". */
export function formatDate(isoDate: string, locale: "de" | "en"): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  return new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", { dateStyle: "long", timeZone: "UTC" }).format(
    date,
  );
}
