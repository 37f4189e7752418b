import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import { limitText } from "../../../platform/http/body-limit";
import { localized } from "../../../platform/i18n/i18n";
import { describedBy, ErrorSummary, FieldMessages, SubmitButton, TextArea } from "../../../ui/components/form";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import { MAX_DRAFT_BYTES } from "../domain/draft-text";
import type { StoredProcess } from "../domain/stored-process";
import { textPath } from "../use-cases/paragraph-resource";

const languages = [
  { code: "De", lang: "de" },
  { code: "En", lang: "en" },
] as const;

/** One language of the draft: written in the text box, or uploaded as a Markdown file. */
function LanguageFields(props: { page: PageContext; code: "De" | "En"; values: FormValues; errors: FieldErrors }) {
  const { t } = props.page;
  const text = `markdown${props.code}`;
  const file = `file${props.code}`;
  const language = t(`participation.draftForm.language${props.code}`);
  const fileError = props.errors[file];
  const fileHint = t("participation.draftForm.fileHint", { limit: limitText(MAX_DRAFT_BYTES) });
  return (
    <fieldset class="fieldset">
      <legend>{t("participation.draftForm.languageLegend", { language })}</legend>
      <TextArea
        name={text}
        label={t("participation.draftForm.text", { language })}
        hint={t("participation.draftForm.textHint")}
        rows={14}
        values={props.values}
        errors={props.errors}
      />
      <div class={fileError ? "field has-error" : "field"}>
        <label for={`field-${file}`}>{t("participation.draftForm.file", { language })}</label>
        <FieldMessages name={file} hint={fileHint} error={fileError} />
        <input
          id={`field-${file}`}
          name={file}
          type="file"
          accept=".md,.markdown,.txt,text/markdown,text/plain"
          aria-invalid={fileError ? "true" : undefined}
          aria-describedby={describedBy(file, fileHint, fileError)}
        />
      </div>
    </fieldset>
  );
}

/** The office's form for a new version of the draft, in both languages, with a note of what changed. */
export function TextFormPage(props: {
  page: PageContext;
  process: StoredProcess;
  nextVersion: number;
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const { page, process } = props;
  const { t, locale } = page;
  const values = props.values ?? {};
  const errors = props.errors ?? {};
  const title = localized(process.title, locale);
  const heading = t("participation.draftForm.title", { version: props.nextVersion });
  const action = `${textPath(process.slug)}/new`;
  return (
    <Layout page={page} title={`${heading} – ${title}`}>
      <p class="breadcrumb">
        <a href={textPath(process.slug)}>{t("participation.text.title", { title })}</a>
      </p>
      <h1>{heading}</h1>
      <ErrorSummary page={page} errors={errors} />
      <p>{t("participation.draftForm.intro")}</p>
      <form method="post" action={action} enctype="multipart/form-data" class="form" novalidate>
        <input type="hidden" name="_csrf" value={page.csrfToken} />
        {languages.map((l) => (
          <LanguageFields page={page} code={l.code} values={values} errors={errors} />
        ))}
        {props.nextVersion > 1 && (
          <fieldset class="fieldset">
            <legend>{t("participation.draftForm.noteLegend")}</legend>
            <TextArea
              name="changeNoteDe"
              label={t("participation.draftForm.noteDe")}
              rows={3}
              values={values}
              errors={errors}
            />
            <TextArea
              name="changeNoteEn"
              label={t("participation.draftForm.noteEn")}
              rows={3}
              values={values}
              errors={errors}
            />
          </fieldset>
        )}
        <SubmitButton>{t("participation.draftForm.submit")}</SubmitButton>
      </form>
    </Layout>
  );
}
