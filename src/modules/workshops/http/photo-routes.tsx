import type { Hono } from "hono";
import { Invalid } from "../../../platform/errors/errors";
import type { FieldErrors } from "../../../platform/forms/forms";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { pageContext } from "../../../ui/page-context";
import type { StoredWorkshop } from "../domain/workshop";
import { workshopPath } from "../domain/workshop";
import { scopeOfWorkshop } from "../use-cases/access";
import { addPhoto } from "../use-cases/add-photo";
import { openOrganiserForm } from "../use-cases/organiser-access";
import { removePhoto } from "../use-cases/remove-photo";
import { listPhotos, photoFile } from "../use-cases/workshop-photos";
import { DocumentationPage, type SentForm } from "../views/form-pages";
import { photoLimits } from "../views/photos";

/** The organisers' documentation page, with what is stored and, after a refusal, what was sent. */
export async function documentationPage(
  c: AppContext,
  workshop: StoredWorkshop,
  forms: { values?: Record<string, string>; errors?: FieldErrors; photoForm?: SentForm } = {},
) {
  const values = forms.values ?? {
    attendedOnSite: workshop.attendance.onSite?.toString() ?? "",
    attendedOnline: workshop.attendance.online?.toString() ?? "",
    summary: workshop.summary ?? "",
    results: workshop.results ?? "",
    followUps: workshop.followUps.join("\n"),
  };
  const photos = await listPhotos(c.get("deps"), workshop.id);
  return c.html(
    <DocumentationPage
      page={pageContext(c)}
      workshop={workshop}
      values={values}
      errors={forms.errors}
      photos={photos}
      photoForm={forms.photoForm}
    />,
    forms.errors || forms.photoForm ? 422 : 200,
  );
}

/** The refusal's messages beside the upload form's fields, with the limits they name. */
function photoErrors(c: AppContext, error: Invalid): FieldErrors {
  const { t, requestId } = c.get("state");
  c.get("deps").logger.info("form refused", {
    requestId,
    form: "photo",
    fields: error.issues.map((issue) => issue.path || "form"),
  });
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = ["file", "description", "consent"].includes(issue.path) ? issue.path : "file";
    errors[field] ??= t(issue.message, photoLimits);
  }
  if (error.issues.length === 0) errors.file = t(error.message);
  return errors;
}

/**
 * Photos of an event's documentation: added and removed by its organisers on the documentation page
 * (plain forms, no JavaScript needed), and served to everyone from one address per photo.
 */
export function photoRoutes(app: Hono<AppEnv>): void {
  app.post("/workshops/:id/photos", async (c) => {
    // Who may document the event is checked before the body is read.
    const { workshop } = await openOrganiserForm(c.get("deps"), c.get("state").actor, c.req.param("id"));
    const body = (await c.req.parseBody()) as Record<string, unknown>;
    const file = body.file instanceof File ? body.file : null;
    const description = typeof body.description === "string" ? body.description : "";
    try {
      await addPhoto(c.get("deps"), invocation(c), {
        id: workshop.id,
        scope: scopeOfWorkshop(workshop),
        bytes: file ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array(),
        description,
        consent: body.consent === "yes",
      });
      return c.redirect(`${workshopPath(workshop.id)}/documentation#photos`, 303);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return documentationPage(c, workshop, {
        photoForm: { errors: photoErrors(c, error), values: { description } },
      });
    }
  });

  app.post("/workshops/:id/photos/:photoId/delete", async (c) => {
    const { workshop } = await openOrganiserForm(c.get("deps"), c.get("state").actor, c.req.param("id"));
    await removePhoto(c.get("deps"), invocation(c), {
      id: workshop.id,
      scope: scopeOfWorkshop(workshop),
      photoId: c.req.param("photoId"),
    });
    return c.redirect(`${workshopPath(workshop.id)}/documentation#photos`, 303);
  });

  app.get("/workshops/:id/photos/:photoId", async (c) => {
    const photo = await photoFile(c.get("deps"), c.req.param("id"), c.req.param("photoId"));
    // The bytes under an address never change: browsers keep a photo long; shared caches ask again
    // within the hour, so a removed photo soon stops being served.
    return c.body(new Uint8Array(photo.content), 200, {
      "Content-Type": photo.mediaType,
      "Content-Length": String(photo.content.length),
      "Content-Disposition": "inline",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "public, max-age=31536000, s-maxage=3600, immutable",
    });
  });
}
