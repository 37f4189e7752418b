import type { FieldErrors, FormValues } from "../../../platform/forms/forms";
import { limitText } from "../../../platform/http/body-limit";
import { IMAGE_ACCEPT, MAX_IMAGE_BYTES } from "../../../platform/uploads/images";
import { FieldMessages, SubmitButton, TextArea } from "../../../ui/components/form";
import type { PageContext } from "../../../ui/page-context";
import { MAX_PHOTOS, PHOTO_DESCRIPTION_MAX, photoPath, type WorkshopPhoto } from "../domain/photos";
import { workshopPath } from "../domain/workshop";

/** The numbers the messages about photos name. */
export const photoLimits = { limit: limitText(MAX_IMAGE_BYTES), count: MAX_PHOTOS, max: PHOTO_DESCRIPTION_MAX };

/**
 * The photos of an event's documentation on the organisers' page: each with a button to remove it,
 * and a form to add one (a plain multipart form, no JavaScript needed). Mistakes show beside the
 * fields and in the page's error summary; the description typed is kept.
 */
export function PhotoUploads(props: {
  page: PageContext;
  workshopId: string;
  photos: WorkshopPhoto[];
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { page, photos, errors } = props;
  const { t } = page;
  const base = `${workshopPath(props.workshopId)}/photos`;
  const fileError = errors?.file;
  const consentError = errors?.consent;
  return (
    <section id="photos" aria-labelledby="photos-heading">
      <h2 id="photos-heading">{t("workshops.photos.heading")}</h2>
      <p>{t("workshops.photos.lead", photoLimits)}</p>
      {photos.length === 0 ? (
        <p>{t("workshops.photos.none")}</p>
      ) : (
        <ul class="attachment-list">
          {photos.map((photo) => (
            <li>
              <img src={photoPath(props.workshopId, photo.id)} alt={photo.description} width="160" loading="lazy" />{" "}
              {photo.description}
              <form method="post" action={`${base}/${photo.id}/delete`} class="inline-form">
                <input type="hidden" name="_csrf" value={page.csrfToken} />
                <button type="submit" class="button button-secondary">
                  {t("workshops.photos.remove")}
                  <span class="visually-hidden"> {photo.description}</span>
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      {photos.length >= MAX_PHOTOS ? (
        <p>{t("workshops.photos.full", photoLimits)}</p>
      ) : (
        <form method="post" action={base} enctype="multipart/form-data" class="form" novalidate>
          <input type="hidden" name="_csrf" value={page.csrfToken} />
          <div class={fileError ? "field has-error" : "field"}>
            <label for="field-file">{t("workshops.photos.file")}</label>
            <FieldMessages name="file" hint={t("workshops.photos.fileHint", photoLimits)} error={fileError} />
            <input
              type="file"
              id="field-file"
              name="file"
              accept={IMAGE_ACCEPT}
              aria-describedby={fileError ? "hint-file error-file" : "hint-file"}
              aria-invalid={fileError ? "true" : undefined}
            />
          </div>
          <TextArea
            name="description"
            label={t("workshops.photos.description")}
            hint={t("workshops.photos.descriptionHint", photoLimits)}
            rows={2}
            values={props.values}
            errors={errors}
          />
          <div class={consentError ? "field checkbox has-error" : "field checkbox"}>
            <input
              type="checkbox"
              id="field-consent"
              name="consent"
              value="yes"
              aria-describedby={consentError ? "error-consent" : undefined}
              aria-invalid={consentError ? "true" : undefined}
            />
            <label for="field-consent">{t("workshops.photos.consent")}</label>
            <FieldMessages name="consent" error={consentError} />
          </div>
          <SubmitButton variant="secondary">{t("workshops.photos.add")}</SubmitButton>
        </form>
      )}
    </section>
  );
}
