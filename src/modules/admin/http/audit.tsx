import type { Hono } from "hono";
import { pageQuery } from "../../../platform/api/pagination";
import { Invalid } from "../../../platform/errors/errors";
import { fieldErrors, formValues } from "../../../platform/forms/forms";
import type { AppEnv } from "../../../platform/http/env";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { pageContext } from "../../../ui/page-context";
import { auditFilterInput } from "../domain/filters";
import { auditLogPage } from "../use-cases/read-audit-log";
import { AuditPage } from "../views/audit";

/** The audit log, filtered by actor, object type and days. */
export function auditRoutes(app: Hono<AppEnv>): void {
  app.get("/admin/audit", async (c) => {
    const deps = c.get("deps");
    const state = c.get("state");
    const query = c.req.query();
    const values = formValues(query);
    const parsed = auditFilterInput.safeParse(query);
    if (!parsed.success) {
      // Check access first: a visitor without it learns nothing from the field errors.
      requirePermission(state.actor, "admin.audit.read");
      const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
      return c.html(
        <AuditPage page={pageContext(c)} values={values} result={null} errors={fieldErrors(issues, state.t)} />,
        400,
      );
    }
    try {
      const page = pageQuery((name) => c.req.query(name), 25);
      const result = await auditLogPage(deps, state.actor, { ...parsed.data, ...page });
      return c.html(<AuditPage page={pageContext(c)} values={values} result={result} />);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return c.html(
        <AuditPage page={pageContext(c)} values={values} result={null} errors={fieldErrors(error.issues, state.t)} />,
        400,
      );
    }
  });
}
