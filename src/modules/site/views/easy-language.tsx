import { type Translate, translator } from "../../../platform/i18n/i18n";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { OperatorDetails } from "../domain/operator";
import { ContactDetails, Paragraphs } from "./parts";

/** The sections of the text, in order; each has a heading and text, some a list and a word explained. */
const sections = [
  { id: "about", word: true },
  { id: "takePart", list: "ul", word: true },
  { id: "navigation" },
  { id: "account", list: "ol", word: true },
  { id: "data" },
  { id: "help", word: true, contact: true },
  { id: "aboutText" },
] as const satisfies ReadonlyArray<{ id: string; list?: "ul" | "ol"; word?: boolean; contact?: boolean }>;

type Section = (typeof sections)[number];

function ListOf({ kind, text }: { kind: "ul" | "ol"; text: string }) {
  const items = text.split("\n").map((line) => <li>{line}</li>);
  return kind === "ol" ? <ol class="easy-list">{items}</ol> : <ul class="easy-list">{items}</ul>;
}

/** One version of the text (Leichte Sprache or plain English), translated with `t`. */
function EasyText(props: {
  page: PageContext;
  t: Translate;
  headingLevel: 2 | 3;
  idPrefix: string;
  operator: OperatorDetails;
}) {
  const { t, page } = props;
  const Heading = props.headingLevel === 2 ? "h2" : "h3";
  return (
    <>
      {sections.map((section: Section) => (
        <section aria-labelledby={`${props.idPrefix}-${section.id}`}>
          <Heading id={`${props.idPrefix}-${section.id}`}>{t(`easy.${section.id}.heading`)}</Heading>
          <Paragraphs text={t(`easy.${section.id}.text`)} class="easy-line" />
          {"list" in section && <ListOf kind={section.list} text={t(`easy.${section.id}.list`)} />}
          {"word" in section && (
            <div class="word-box">
              <p class="word-label">
                {t("easy.wordLabel")}: <strong>{t(`easy.${section.id}.wordTerm`)}</strong>
              </p>
              <Paragraphs text={t(`easy.${section.id}.wordText`)} class="easy-line" />
            </div>
          )}
          {"contact" in section && (
            <>
              <p class="easy-line">{t("easy.help.contact")}</p>
              <ContactDetails
                page={{ ...page, t }}
                contact={props.operator.feedback}
                show={["email"]}
                subject={t("a11y.feedback.subject")}
                path="accessibility.feedback"
              />
              <p class="easy-line">
                <a href="/barrierefreiheit">{t("easy.help.statement")}</a>
              </p>
              <p class="easy-line">{t("easy.help.statementNote")}</p>
            </>
          )}
        </section>
      ))}
    </>
  );
}

/**
 * The platform explained in Leichte Sprache. In English the German Leichte-Sprache text is shown as
 * well (marked lang="de"), followed by a plain-English version.
 */
export function EasyLanguagePage({ page, operator }: { page: PageContext; operator: OperatorDetails }) {
  const { t, locale } = page;
  if (locale === "de") {
    return (
      <Layout page={page} title={t("easy.title")}>
        <div class="prose easy-language">
          <h1>{t("easy.heading")}</h1>
          <p class="easy-line">{t("easy.intro")}</p>
          <EasyText page={page} t={t} headingLevel={2} idPrefix="ls" operator={operator} />
        </div>
      </Layout>
    );
  }
  const german = translator("de");
  return (
    <Layout page={page} title={t("easy.title")}>
      <div class="prose easy-language">
        <h1>{t("easy.heading")}</h1>
        <p>{t("easy.bilingual.intro")}</p>
        <p>
          <a href="#plain-english">{t("easy.bilingual.skip")}</a>
        </p>
        <section lang="de" aria-labelledby="leichte-sprache" class="easy-version">
          <h2 id="leichte-sprache">{german("easy.bilingual.germanHeading")}</h2>
          <p class="easy-line">{german("easy.intro")}</p>
          <EasyText page={page} t={german} headingLevel={3} idPrefix="ls" operator={operator} />
        </section>
        <section aria-labelledby="plain-english" class="easy-version">
          <h2 id="plain-english" tabindex={-1}>
            {t("easy.bilingual.plainHeading")}
          </h2>
          <p class="easy-line">{t("easy.intro")}</p>
          <EasyText page={page} t={t} headingLevel={3} idPrefix="plain" operator={operator} />
        </section>
      </div>
    </Layout>
  );
}
