import type { Hono } from "hono";
import { formValues } from "../../../platform/forms/forms";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { pageContext } from "../../../ui/page-context";
import { createApiToken } from "../use-cases/create-api-token";
import { listApiTokens } from "../use-cases/list-api-tokens";
import { revokeApiToken } from "../use-cases/revoke-api-token";
import { ApiTokensPage } from "../views/api-tokens";
import { attempt, formFields, noStore, redirectToLogin, signedInUser } from "./request";

function tokensOf(c: AppContext) {
  return listApiTokens(c.get("deps"), c.get("state").actor);
}

export function tokenRoutes(app: Hono<AppEnv>): void {
  app.get("/profile/tokens", async (c) => {
    if (!signedInUser(c)) return redirectToLogin(c);
    noStore(c);
    const revokedName = c.req.query("revoked");
    return c.html(
      <ApiTokensPage page={pageContext(c)} tokens={await tokensOf(c)} revokedName={revokedName?.slice(0, 80)} />,
    );
  });

  app.post("/profile/tokens", async (c) => {
    if (!signedInUser(c)) return redirectToLogin(c);
    noStore(c);
    const fields = await formFields(c);
    const outcome = await attempt(c, () => createApiToken(c.get("deps"), invocation(c), { name: fields.name ?? "" }));
    const tokens = await tokensOf(c);
    if (!outcome.ok) {
      return c.html(
        <ApiTokensPage page={pageContext(c)} tokens={tokens} errors={outcome.errors} values={formValues(fields)} />,
        outcome.status,
      );
    }
    // Shown on this answer only: the value is not stored and cannot be shown again.
    return c.html(<ApiTokensPage page={pageContext(c)} tokens={tokens} created={outcome.value} />, 201);
  });

  app.post("/profile/tokens/:id/revoke", async (c) => {
    if (!signedInUser(c)) return redirectToLogin(c);
    const revoked = await revokeApiToken(c.get("deps"), invocation(c), { tokenId: c.req.param("id") });
    return c.redirect(`/profile/tokens?revoked=${encodeURIComponent(revoked.name)}`, 303);
  });
}
