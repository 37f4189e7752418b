import type { Hono } from "hono";
import { pageQuery } from "../../../platform/api/pagination";
import { Conflict, Forbidden, Invalid } from "../../../platform/errors/errors";
import { type FieldErrors, fieldErrors, formValues } from "../../../platform/forms/forms";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { pageContext } from "../../../ui/page-context";
import { userSearchInput } from "../domain/filters";
import { assignableGlobalRoles } from "../domain/roles";
import { grantRole } from "../use-cases/grant-role";
import { listRoleScopes, type ScopeGroup } from "../use-cases/list-role-scopes";
import { listUsers } from "../use-cases/list-users";
import { resetTwoFactor } from "../use-cases/reset-two-factor";
import { revokeRole } from "../use-cases/revoke-role";
import { userDetails } from "../use-cases/show-user";
import { ConfirmRevokePage, ConfirmTwoFactorResetPage } from "../views/confirm";
import { UserDetailPage } from "../views/user-detail";
import { UsersPage } from "../views/users";

const notices = new Set(["granted", "revoked", "twoFactorReset"]);

async function renderUser(
  c: AppContext,
  userId: string,
  extra: { notice?: string; errors?: FieldErrors; values?: Record<string, string> },
  status: 200 | 400 | 403 | 409 | 422 = 200,
) {
  const state = c.get("state");
  const details = await userDetails(c.get("deps"), state.actor, userId);
  return c.html(
    <UserDetailPage
      page={pageContext(c)}
      user={details.user}
      grants={details.grants}
      twoFactor={details.twoFactor}
      assignableRoles={assignableGlobalRoles}
      scopes={await listRoleScopes(c.get("deps"), state.actor)}
      {...extra}
    />,
    status,
  );
}

function stringField(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  return typeof value === "string" ? value : undefined;
}

/**
 * The object chosen from the list (`measure/smart-water`), if it is one the list offers for the
 * chosen role; otherwise the field's error.
 */
function chosenScope(
  scopes: ScopeGroup[],
  role: string,
  value: string | undefined,
): { scopeType: string; scopeId: string } | { error: string } {
  if (!value) return { error: "admin.roles.scopeObjectRequired" };
  const slash = value.indexOf("/");
  const scopeType = value.slice(0, slash);
  const scopeId = value.slice(slash + 1);
  const group = scopes.find((scope) => scope.type === scopeType);
  if (slash < 1 || !group?.objects.some((o) => o.id === scopeId)) return { error: "admin.roles.scopeObjectUnknown" };
  if (role && !group.roles.includes(role)) return { error: "admin.roles.scopeObjectWrongRole" };
  return { scopeType, scopeId };
}

/** Accounts and their roles. */
export function userRoutes(app: Hono<AppEnv>): void {
  app.get("/admin/users", async (c) => {
    const search = { ...userSearchInput.parse(c.req.query()), ...pageQuery((name) => c.req.query(name), 20) };
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
    let input: { userId: string; role: string; scopeType?: string; scopeId?: string } = {
      userId,
      role: stringField(body, "role") ?? "",
    };
    if (scoped) {
      const role = stringField(body, "scopedRole") ?? "";
      const scopes = await listRoleScopes(c.get("deps"), c.get("state").actor);
      const scope = chosenScope(scopes, role, stringField(body, "scopeObject"));
      if ("error" in scope) {
        const t = c.get("state").t;
        const errors: FieldErrors = { scopeObject: t(scope.error) };
        if (!role) errors.scopedRole = t("admin.roles.roleRequired");
        return renderUser(c, userId, { errors, values: formValues(body) }, 422);
      }
      input = { userId, role, ...scope };
    }
    // The scoped form names its role field `scopedRole`, so both forms can share one page.
    const roleField = scoped ? "scopedRole" : "role";
    try {
      await grantRole(c.get("deps"), invocation(c), input);
    } catch (error) {
      if (!(error instanceof Invalid || error instanceof Conflict)) throw error;
      const t = c.get("state").t;
      const issues =
        error instanceof Invalid
          ? error.issues.map((i) => ({
              ...i,
              path:
                i.path === "role" ? roleField : i.path === "scopeType" || i.path === "scopeId" ? "scopeObject" : i.path,
            }))
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
    if (body.confirm !== "yes") {
      // The first step only asks; nothing changes until the confirmation comes back.
      const details = await userDetails(c.get("deps"), c.get("state").actor, userId);
      const grant = { role: input.role, scopeType: input.scopeType ?? null, scopeId: input.scopeId ?? null };
      return c.html(<ConfirmRevokePage page={pageContext(c)} user={details.user} grant={grant} />);
    }
    try {
      await revokeRole(c.get("deps"), invocation(c), input);
    } catch (error) {
      if (!(error instanceof Invalid || error instanceof Conflict)) throw error;
      const t = c.get("state").t;
      return renderUser(c, userId, { errors: { form: t(error.message) } }, error.status as 409 | 422);
    }
    return c.redirect(`/admin/users/${userId}?notice=revoked`, 303);
  });

  app.post("/admin/users/:id/two-factor/reset", async (c) => {
    const userId = c.req.param("id");
    const body = await c.req.parseBody();
    if (body.confirm !== "yes") {
      const details = await userDetails(c.get("deps"), c.get("state").actor, userId);
      return c.html(<ConfirmTwoFactorResetPage page={pageContext(c)} user={details.user} />);
    }
    try {
      await resetTwoFactor(c.get("deps"), invocation(c), {
        userId,
        actorSessionIdHash: c.get("state").sessionIdHash,
      });
    } catch (error) {
      // A guest or a non-administrator never gets here: the use case refuses them before anything else.
      const needsOwn = error instanceof Forbidden && error.message === "admin.twoFactor.needOwn";
      if (!(error instanceof Conflict || needsOwn)) throw error;
      const t = c.get("state").t;
      return renderUser(c, userId, { errors: { form: t(error.message) } }, error.status as 403 | 409);
    }
    return c.redirect(`/admin/users/${userId}?notice=twoFactorReset`, 303);
  });
}
