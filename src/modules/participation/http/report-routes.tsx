import type { Hono } from "hono";
import { Invalid } from "../../../platform/errors/errors";
import { type FieldErrors, fieldErrors } from "../../../platform/forms/forms";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { pageContext } from "../../../ui/page-context";
import { editPoints, emptyPoint, fieldsOf, pointCommandOf, readReportFields } from "../domain/report";
import { saveReport } from "../use-cases/save-report";
import { openReportEditor, showReport } from "../use-cases/show-report";
import { ReportEditPage, reportEditPath } from "../views/report-edit-page";
import { ReportPage } from "../views/report-page";

/**
 * The messages of a refused report beside its fields, logged as one line that names the fields but
 * not what was typed; anything but a refusal of the input is thrown on.
 */
function refusedReport(c: AppContext, error: unknown): FieldErrors {
  if (!(error instanceof Invalid)) throw error;
  const { t, requestId } = c.get("state");
  const fields = error.issues.map((issue) => issue.path || "form");
  c.get("deps").logger.info("form refused", { requestId, form: "participation-report", fields });
  return error.issues.length > 0 ? fieldErrors(error.issues, t) : { form: t(error.message) };
}

/** The form's fields, each once (a second value of the same name is ignored). */
function singleValues(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
}

const done = (value: string | undefined) => (value === "saved" || value === "published" ? value : undefined);

/**
 * The closing report: its public page (a preview for the office until published) and the office's
 * form. The form's point buttons (add, remove, move) show the form again with the change, unsaved;
 * "Save" and "Save and publish" store it.
 */
export function reportRoutes(app: Hono<AppEnv>): void {
  app.get("/participation/:slug/report", async (c) => {
    const view = await showReport(c.get("deps"), c.get("state").actor, c.req.param("slug"));
    return c.html(<ReportPage page={pageContext(c)} view={view} />);
  });

  app.get("/participation/:slug/report/edit", async (c) => {
    const editor = await openReportEditor(c.get("deps"), c.get("state").actor, c.req.param("slug"));
    return c.html(
      <ReportEditPage
        page={pageContext(c)}
        process={editor.process}
        fields={fieldsOf({ summary: editor.process.reportSummary ?? { de: "", en: "" }, points: editor.points })}
        mayPublish={editor.mayPublish}
        done={done(c.req.query("done"))}
      />,
    );
  });

  app.post("/participation/:slug/report/edit", async (c: AppContext) => {
    // The permission and the process first, before the form is read.
    const editor = await openReportEditor(c.get("deps"), c.get("state").actor, c.req.param("slug") ?? "");
    const body = singleValues((await c.req.parseBody()) as Record<string, unknown>);
    const command = pointCommandOf(body);
    const page = (
      fields = readReportFields(body),
      extra: { unsaved?: boolean; errors?: Record<string, string> } = {},
    ) => (
      <ReportEditPage
        page={pageContext(c)}
        process={editor.process}
        fields={fields}
        mayPublish={editor.mayPublish}
        {...extra}
      />
    );
    if (command) {
      const fields = readReportFields(body);
      return c.html(page({ ...fields, points: editPoints(fields.points, command, emptyPoint) }, { unsaved: true }));
    }
    const { _csrf: _token, ...sent } = body;
    try {
      const result = await saveReport(c.get("deps"), invocation(c), {
        ...sent,
        slug: editor.process.slug,
        publish: body.publish !== undefined,
      });
      const outcome = result.first ? "published" : "saved";
      return c.redirect(`${reportEditPath(result.slug)}?done=${outcome}`, 303);
    } catch (error) {
      return c.html(page(undefined, { errors: refusedReport(c, error) }), 422);
    }
  });
}
