import type { Hono } from "hono";
import { pageContext } from "../../../ui/page-context";
import { Conflict, Invalid } from "../../../platform/errors/errors";
import { type FieldErrors, fieldErrors, formValues } from "../../../platform/forms/forms";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { assignableGlobalRoles, declaredScopedRoles } from "../../../platform/permissions/permissions";
import { grantRole } from "../use-cases/grant-role";
import {
  adminOverview,
  auditFilterInput,
  auditLogPage,
  listUsers,
  requirePermission,
  userDetails,
  userSearchInput,
} from "../use-cases/queries";
import { revokeRole } from "../use-cases/revoke-role";
import { AuditPage } from "../views/audit";
import { OverviewPage } from "../views/overview";
import { UserDetailPage } from "../views/user-detail";
import { UsersPage } from "../views/users";

const notices = new Set(["granted", "revoked"]);

function invocation(c: AppContext) {
  const state = c.get("state");
  return { actor: state.actor, requestId: state.requestId };
}

async function renderUser(
  c: AppContext,
  userId: string,
  extra: { notice?: string; errors?: FieldErrors; values?: Record<string, string> },
  status: 200 | 400 | 409 | 422 = 200,
) {
  const state = c.get("state");
  const details = await userDetails(c.get("deps"), state.actor, userId);
  return c.html(
    <UserDetailPage
      page={pageContext(c)}
      user={details.user}
      grants={details.grants}
      assignableRoles={assignableGlobalRoles}
      knownScopedRoles={declaredScopedRoles()}
      {...extra}
    />,
    status,
  );
}

function stringField(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  return typeof value === "string" ? value : undefined;
}

/** The administration area: overview, accounts and their roles, the audit log. */
export function adminRoutes(app: Hono<AppEnv>): void {
  app.get("/admin", async (c) => {
    const overview = await adminOverview(c.get("deps"), c.get("state").actor);
    return c.html(<OverviewPage page={pageContext(c)} {...overview} />);
  });

  app.get("/admin/users", async (c) => {
    const search = userSearchInput.parse(c.req.query());
    const result = await listUsers(c.get("deps"), c.get("state").actor, search);
    return c.html(<UsersPage page={pageContext(c)} search={search} result={result} />);
  });

  app.get("/admin/users/:id", async (c) => {
    const notice = c.req.query("notice");
    return renderUser(c, c.req.param("id"), { notice: notice && notices.has(notice) ? notice : undefined });
  });

  app.post("/admin/users/:id/roles", async (c) => {
    const userId = c.req.param("id");
    const body = await c.req.parseBody();
    const scoped = body.kind === "scoped";
    const input = scoped
      ? {
          userId,
          role: stringField(body, "scopedRole") ?? "",
          scopeType: stringField(body, "scopeType"),
          scopeId: stringField(body, "scopeId"),
        }
      : { userId, role: stringField(body, "role") ?? "" };
    // The scoped form names its role field `scopedRole`, so both forms can share one page.
    const roleField = scoped ? "scopedRole" : "role";
    try {
      await grantRole(c.get("deps"), invocation(c), input);
    } catch (error) {
      if (!(error instanceof Invalid || error instanceof Conflict)) throw error;
      const t = c.get("state").t;
      const issues =
        error instanceof Invalid
          ? error.issues.map((i) => ({ ...i, path: i.path === "role" ? roleField : i.path }))
          : [{ path: roleField, message: error.message }];
      return renderUser(
        c,
        userId,
        { errors: fieldErrors(issues, t), values: formValues(body) },
        error.status as 409 | 422,
      );
    }
    return c.redirect(`/admin/users/${userId}?notice=granted`, 303);
  });

  app.post("/admin/users/:id/roles/revoke", async (c) => {
    const userId = c.req.param("id");
    const body = await c.req.parseBody();
    const input = {
      userId,
      role: stringField(body, "role") ?? "",
      scopeType: stringField(body, "scopeType"),
      scopeId: stringField(body, "scopeId"),
    };
    try {
      await revokeRole(c.get("deps"), invocation(c), input);
    } catch (error) {
      if (!(error instanceof Invalid || error instanceof Conflict)) throw error;
      const t = c.get("state").t;
      return renderUser(c, userId, { errors: { form: t(error.message) } }, error.status as 409 | 422);
    }
    return c.redirect(`/admin/users/${userId}?notice=revoked`, 303);
  });

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
      const result = await auditLogPage(deps, state.actor, parsed.data);
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
