import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import { limitText } from "../../../platform/http/body-limit";
import { FieldMessages, SubmitButton, TextArea } from "../../../ui/components/form";
import type { PageContext } from "../../../ui/page-context";
import { DESCRIPTION_MAX, kindOfType, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from "../domain/attachments";
import type { AttachmentItem } from "../use-cases/show-attachment";

const limits = { limit: limitText(MAX_ATTACHMENT_BYTES), count: MAX_ATTACHMENTS, max: DESCRIPTION_MAX };

const href = (a: AttachmentItem) => `/arena/attachments/${a.id}`;

/** A file's size as people read it: "840 KB", "1,4 MB" (in the page's language). */
function sizeText(bytes: number, locale: string): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;
}

/** A document's link text: its description or its name, with its size. */
function DocumentLink(props: { page: PageContext; file: AttachmentItem }) {
  const { file } = props;
  return (
    <>
      <a href={href(file)}>{file.description || file.fileName}</a>{" "}
      {props.page.t("arena.attachments.documentSize", { size: sizeText(file.size, props.page.locale) })}
    </>
  );
}

/**
 * The draft's images and documents on the last step, each with a button to remove it, and a form to
 * add one (a plain multipart form: no JavaScript needed). Mistakes show beside the fields and in the
 * page's error summary, with the description kept.
 */
export function DraftAttachments(props: {
  page: PageContext;
  draftId: string;
  files: AttachmentItem[];
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { page, files, errors } = props;
  const { t } = page;
  const base = `/arena/drafts/${props.draftId}/attachments`;
  const fileError = errors?.file;
  return (
    <section id="attachments" aria-labelledby="attachments-heading">
      <h2 id="attachments-heading">{t("arena.attachments.heading")}</h2>
      <p>{t("arena.attachments.lead", limits)}</p>
      {files.length === 0 ? (
        <p>{t("arena.attachments.none")}</p>
      ) : (
        <ul class="attachment-list">
          {files.map((file) => (
            <li>
              {kindOfType(file.mediaType) === "image" ? (
                <>
                  <img src={href(file)} alt={file.description} width="160" loading="lazy" /> {file.fileName}
                </>
              ) : (
                <DocumentLink page={page} file={file} />
              )}
              <form method="post" action={`${base}/${file.id}/delete`} class="inline-form">
                <input type="hidden" name="_csrf" value={page.csrfToken} />
                <button type="submit" class="button button-secondary">
                  {t("arena.attachments.remove")}
                  <span class="visually-hidden"> {file.fileName}</span>
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      {files.length >= MAX_ATTACHMENTS ? (
        <p>{t("arena.attachments.full", limits)}</p>
      ) : (
        <form method="post" action={base} enctype="multipart/form-data" class="form" novalidate>
          <input type="hidden" name="_csrf" value={page.csrfToken} />
          <div class={fileError ? "field has-error" : "field"}>
            <label for="field-file">{t("arena.attachments.file")}</label>
            <FieldMessages name="file" hint={t("arena.attachments.fileHint", limits)} error={fileError} />
            <input
              type="file"
              id="field-file"
              name="file"
              accept="image/jpeg,image/png,image/webp,application/pdf,.jpg,.jpeg,.png,.webp,.pdf"
              aria-describedby={fileError ? "hint-file error-file" : "hint-file"}
              aria-invalid={fileError ? "true" : undefined}
            />
          </div>
          <TextArea
            name="description"
            label={t("arena.attachments.description")}
            hint={t("arena.attachments.descriptionHint", limits)}
            rows={2}
            values={props.values}
            errors={errors}
          />
          <SubmitButton variant="secondary">{t("arena.attachments.add")}</SubmitButton>
        </form>
      )}
    </section>
  );
}

/** An entry's images (their description is their text alternative) and links to its documents. */
export function EntryAttachments(props: { page: PageContext; files: AttachmentItem[]; lang?: string }) {
  const { page, files } = props;
  if (files.length === 0) return null;
  const images = files.filter((f) => kindOfType(f.mediaType) === "image");
  const documents = files.filter((f) => kindOfType(f.mediaType) === "document");
  return (
    <section aria-labelledby="attachments-heading">
      <h2 id="attachments-heading">{page.t("arena.attachments.entryHeading")}</h2>
      {images.map((file) => (
        <p>
          <img src={href(file)} alt={file.description} lang={props.lang} loading="lazy" />
        </p>
      ))}
      {documents.length > 0 && (
        <ul>
          {documents.map((file) => (
            <li>
              <DocumentLink page={page} file={file} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
