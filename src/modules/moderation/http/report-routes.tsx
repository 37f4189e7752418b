import type { Hono } from "hono";
import { Invalid } from "../../../platform/errors/errors";
import { fieldErrors, formValues } from "../../../platform/forms/forms";
import { clientAddress } from "../../../platform/http/client-address";
import type { AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { pageContext } from "../../../ui/page-context";
import { HONEYPOT_FIELD, isHoneypotFilled } from "../domain/honeypot";
import type { ReportCategory } from "../domain/inputs";
import { reportResource } from "../use-cases/report";
import { showReportForm } from "../use-cases/show-report-form";
import { reportHref } from "../views/format";
import { ReportPage } from "../views/report";

const text = (value: unknown) => (typeof value === "string" ? value : undefined);

/** Reporting an object: the form (guests too) and sending it. */
export function reportRoutes(app: Hono<AppEnv>): void {
  app.get("/moderation/report", async (c) => {
    const page = pageContext(c);
    const target = await showReportForm(c.get("deps"), c.req.query("type"), c.req.query("id"), page.locale);
    return c.html(<ReportPage page={page} {...target} sent={c.req.query("sent") === "1"} />);
  });

  app.post("/moderation/reports", async (c) => {
    const deps = c.get("deps");
    const page = pageContext(c);
    const body = await c.req.parseBody();
    const target = await showReportForm(deps, text(body.type), text(body.id), page.locale);
    const values = formValues(body, [HONEYPOT_FIELD]);
    // Filled by a program: nothing is stored, and the answer does not say why.
    if (isHoneypotFilled(body))
      return c.html(
        <ReportPage page={page} {...target} errors={{ form: page.t("moderation.honeypot.refused") }} values={values} />,
        400,
      );
    try {
      await reportResource(deps, invocation(c), {
        type: target.resource.type,
        id: target.resource.id,
        category: text(body.category) as ReportCategory,
        reason: text(body.reason) ?? "",
        clientAddress: clientAddress(c),
      });
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return c.html(
        <ReportPage page={page} {...target} errors={fieldErrors(error.issues, page.t)} values={values} />,
        422,
      );
    }
    return c.redirect(`${reportHref(target.resource)}&sent=1`, 303);
  });
}
