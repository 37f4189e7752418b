import { raw } from "hono/html";
import { localized } from "../../../platform/i18n/i18n";
import { Alert } from "../../../ui/components/content";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { ParagraphComparison } from "../domain/draft-text";
import { paragraphAnchor, paragraphPath, textPath } from "../use-cases/paragraph-resource";
import type { DraftPageData, ShownParagraph, ShownSection } from "../use-cases/show-draft";
import { WordDifference } from "./text-difference";
import { dateOf, readOnlyNote } from "./text-format";

/** The draft's sections, each paragraph with its number, anchor and the link to its comments. */
export function TextPage(props: { page: PageContext; data: DraftPageData; notice?: string }) {
  const { page, data } = props;
  const { t, locale } = page;
  const title = localized(data.process.title, locale);
  const slug = data.process.slug;
  return (
    <Layout page={page} title={t("participation.text.title", { title })}>
      <p class="breadcrumb">
        <a href={`/participation/${slug}`}>{title}</a>
      </p>
      <h1>{t("participation.text.title", { title })}</h1>
      {props.notice === "version" && <Alert tone="success">{t("participation.text.versionSaved")}</Alert>}
      {data.shown === null ? (
        <p>{t("participation.text.none")}</p>
      ) : (
        <>
          <Introduction {...props} />
          <Versions {...props} />
          {data.comparison && <Changes {...props} />}
          {data.sections.map((section) => (
            <Section page={page} data={data} section={section} />
          ))}
        </>
      )}
      {data.mayManage && (
        <p>
          <a class="button button-secondary" href={`${textPath(slug)}/new`}>
            {t("participation.text.addVersion")}
          </a>
        </p>
      )}
    </Layout>
  );
}

function Introduction(props: { page: PageContext; data: DraftPageData }) {
  const { t } = props.page;
  const { data } = props;
  if (!data.latest) return <Alert tone="info">{t("participation.text.olderVersion")}</Alert>;
  return <p>{data.commentRefusal === null ? t("participation.text.howTo") : readOnlyNote(t, data.commentRefusal)}</p>;
}

function Versions(props: { page: PageContext; data: DraftPageData }) {
  const { t, locale, city } = props.page;
  const { data } = props;
  if (data.versions.length < 2) return null;
  return (
    <nav class="draft-versions" aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t("participation.text.versions")}</h2>
      <ul>
        {data.versions.map((v) => (
          <li>
            <a
              href={`${textPath(data.process.slug)}?version=${v.version}`}
              aria-current={v.version === data.shown?.version ? "page" : undefined}
            >
              {t("participation.text.version", {
                version: v.version,
                date: dateOf(v.createdAt, locale, city.timeZone),
              })}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Changes(props: { page: PageContext; data: DraftPageData }) {
  const { page, data } = props;
  const { t, locale } = page;
  const comparison = data.comparison;
  if (!comparison || !data.shown) return null;
  const changed = comparison.paragraphs.filter((p) => p.kind !== "unchanged");
  const note = data.shown.changeNote ? localized(data.shown.changeNote, locale) : "";
  return (
    <section class="draft-changes" aria-labelledby="changes-heading">
      <h2 id="changes-heading">{t("participation.text.changes", { version: data.shown.version - 1 })}</h2>
      {note && <p class="preserve-lines">{note}</p>}
      <p>
        {t("participation.text.changeCounts", {
          changed: comparison.paragraphs.filter((p) => p.kind === "changed").length,
          added: comparison.paragraphs.filter((p) => p.kind === "added").length,
          removed: comparison.removed.length,
        })}
      </p>
      {(changed.length > 0 || comparison.removed.length > 0) && (
        <ul class="draft-change-list">
          {changed.map((change) => (
            <ChangeItem page={page} change={change} />
          ))}
          {comparison.removed.map((number) => (
            <li>
              <p>{t("participation.text.removedParagraph", { number })}</p>
              <p class="preserve-lines">
                <del>
                  <span class="visually-hidden">{t("participation.text.diffRemoved")} </span>
                  {data.removedText.get(number) ?? ""}
                </del>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ChangeItem(props: { page: PageContext; change: ParagraphComparison }) {
  const { page, change } = props;
  const { t } = page;
  const link = (
    <a href={`#${paragraphAnchor(change.number)}`}>{t("participation.text.paragraph", { number: change.number })}</a>
  );
  if (change.kind === "added")
    return (
      <li>
        <p>
          {link} – {t("participation.text.added")}
        </p>
      </li>
    );
  if (change.kind !== "changed") return null;
  return (
    <li>
      <p>
        {link} – {t("participation.text.changedFrom", { number: change.before })}
      </p>
      <WordDifference page={page} words={change.words} lang={page.locale} />
    </li>
  );
}

function Section(props: { page: PageContext; data: DraftPageData; section: ShownSection }) {
  const { t } = props.page;
  const { section } = props;
  const id = `s-${section.number}`;
  return (
    <section class="draft-section" aria-labelledby={id}>
      <h2 id={id}>
        {section.heading === null ? t("participation.text.preamble") : `${section.number}. ${section.heading}`}
      </h2>
      {section.paragraphs.map((paragraph) => (
        <Paragraph page={props.page} data={props.data} paragraph={paragraph} />
      ))}
    </section>
  );
}

function Paragraph(props: { page: PageContext; data: DraftPageData; paragraph: ShownParagraph }) {
  const { t } = props.page;
  const { data, paragraph: p } = props;
  const version = data.latest ? undefined : data.shown?.version;
  const label = t("participation.text.paragraph", { number: p.number });
  return (
    <div class="draft-paragraph" id={paragraphAnchor(p.number)}>
      <p class="draft-paragraph-number">{label}</p>
      <div class="draft-paragraph-text">{raw(p.html)}</div>
      <p class="draft-paragraph-link">
        <a href={paragraphPath(data.process.slug, p.number, version)}>
          {data.latest && data.commentRefusal === null
            ? t("participation.text.comment", { count: p.commentCount })
            : t("participation.text.readComments", { count: p.commentCount })}
          <span class="visually-hidden"> – {label}</span>
        </a>
      </p>
    </div>
  );
}
