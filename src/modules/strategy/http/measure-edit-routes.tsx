import type { Context, Hono } from "hono";
import { BadRequest, Conflict, Invalid } from "../../../platform/errors/errors";
import { fieldErrors } from "../../../platform/forms/forms";
import type { AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { pageContext } from "../../../ui/page-context";
import { assessMeasure } from "../use-cases/assess-measure";
import { changeMeasureStatus } from "../use-cases/change-measure-status";
import { createMeasure } from "../use-cases/create-measure";
import { editMeasureDetails } from "../use-cases/edit-measure-details";
import { editMeasureTeam } from "../use-cases/edit-measure-team";
import { editMeasureTexts } from "../use-cases/edit-measure-texts";
import { openMeasureEditor, requireMeasureEditor } from "../use-cases/open-measure-editor";
import { newMeasureChoices, openNewMeasureForm } from "../use-cases/open-new-measure-form";
import {
  compactRows,
  type EditPart,
  editParts,
  type FlatForm,
  flatFormOf,
  formInput,
  rowsOf,
  savedForms,
} from "../views/edit-forms";
import { MeasureEditPage, MeasureNewPage, type SubmittedPart } from "../views/measure-edit-page";

type C = Context<AppEnv>;

async function editPage(c: C, slug: string, submitted?: SubmittedPart, status: 200 | 409 | 422 = 200) {
  const editor = await openMeasureEditor(c.get("deps"), c.get("state").actor, slug);
  const forms = savedForms(editor.measure.content, editor.reference.values, editor.assessments);
  // A conflict compares what was entered with the part as saved now.
  const shown = submitted?.conflict
    ? { ...submitted, conflict: { saved: forms[submitted.part], savedVersion: editor.measure.version } }
    : submitted;
  return c.html(
    <MeasureEditPage
      page={pageContext(c)}
      measure={editor.measure}
      reference={editor.reference}
      organisations={editor.organisations}
      forms={forms}
      permissions={editor.permissions}
      submitted={shown}
      part={c.req.query("part")}
    />,
    status,
  );
}

/** Saves one part of the edit page with its use case. */
function savePart(c: C, part: EditPart, slug: string, version: string, form: FlatForm) {
  const deps = c.get("deps");
  switch (part) {
    case "texts":
      return editMeasureTexts(deps, invocation(c), formInput({ ...form, slug, version }));
    case "status":
      return changeMeasureStatus(
        deps,
        invocation(c),
        formInput({ slug, version, status: form.status, phase: form.phase }),
      );
    case "details":
      return editMeasureDetails(
        deps,
        invocation(c),
        formInput({
          ...form,
          slug,
          version,
          resources: rowsOf(form, "resources"),
          links: rowsOf(form, "links"),
        }),
      );
    case "team":
      return editMeasureTeam(deps, invocation(c), formInput({ slug, version, team: rowsOf(form, "team") }));
    case "assessment":
      return assessMeasure(
        deps,
        invocation(c),
        formInput({ slug, version, assessments: rowsOf(form, "assessments", true) }),
      );
  }
}

/** Creating a measure and editing its parts: the office, and the measure's team for some parts. */
export function measureEditRoutes(app: Hono<AppEnv>): void {
  app.get("/measures/new", async (c) => {
    const { reference, organisations } = await openNewMeasureForm(c.get("deps"), c.get("state").actor);
    return c.html(
      <MeasureNewPage page={pageContext(c)} reference={reference} organisations={organisations} form={{}} />,
    );
  });

  app.post("/measures/new", async (c) => {
    const form = flatFormOf(await c.req.parseBody({ all: true }));
    try {
      const created = await createMeasure(c.get("deps"), invocation(c), formInput(form));
      return c.redirect(`/measures/${created.slug}/edit`, 303);
    } catch (error) {
      if (!(error instanceof Invalid) || error.status !== 422) throw error;
      const { reference, organisations } = await newMeasureChoices(c.get("deps"));
      return c.html(
        <MeasureNewPage
          page={pageContext(c)}
          reference={reference}
          organisations={organisations}
          form={form}
          errors={fieldErrors(error.issues, c.get("state").t)}
        />,
        422,
      );
    }
  });

  app.get("/measures/:slug/edit", (c) => editPage(c, c.req.param("slug")));

  app.post("/measures/:slug/edit", async (c) => {
    const slug = c.req.param("slug");
    // Permission first: nobody who may edit none of the parts learns which parts or values exist.
    requireMeasureEditor(c.get("state").actor, slug);
    const body = await c.req.parseBody({ all: true });
    const part = typeof body.part === "string" ? body.part : "";
    if (!(editParts as readonly string[]).includes(part)) throw new BadRequest("strategy.edit.unknownPart");
    const editPart = part as EditPart;
    const version = typeof body.version === "string" ? body.version : "";
    const raw = flatFormOf(body);
    const form =
      editPart === "team"
        ? compactRows(raw, ["team"])
        : editPart === "details"
          ? compactRows(raw, ["resources", "links"])
          : raw;
    try {
      await savePart(c, editPart, slug, version, form);
      return c.redirect(`/measures/${slug}?saved=1`, 303);
    } catch (error) {
      if (error instanceof Conflict) {
        return editPage(c, slug, { part: editPart, form, conflict: { saved: {}, savedVersion: 0 } }, 409);
      }
      if (error instanceof Invalid && error.status === 422) {
        return editPage(c, slug, { part: editPart, form, errors: fieldErrors(error.issues, c.get("state").t) }, 422);
      }
      throw error;
    }
  });
}
