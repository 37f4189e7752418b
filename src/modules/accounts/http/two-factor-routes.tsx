import type { Hono } from "hono";
import QRCode from "qrcode";
import { Conflict } from "../../../platform/errors/errors";
import type { FieldErrors } from "../../../platform/forms/forms";
import type { AppContext, AppEnv } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import { pageContext } from "../../../ui/page-context";
import { groupSecret } from "../domain/two-factor";
import { confirmTwoFactor } from "../use-cases/confirm-two-factor";
import { disableTwoFactor } from "../use-cases/disable-two-factor";
import { enrolTwoFactor } from "../use-cases/enrol-two-factor";
import { readTwoFactor } from "../use-cases/read-two-factor";
import { RecoveryCodesPage, type TwoFactorNotice, TwoFactorPage } from "../views/two-factor";
import { attempt, formFields, noStore, redirectToLogin, signedInUser } from "./request";

const notices: TwoFactorNotice[] = ["required", "disabled", "recoveryUsed"];

/** The QR code as an SVG drawn here (no request leaves the server), sized to fit a phone screen. */
async function qrSvg(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return svg.replace("<svg ", '<svg width="220" height="220" aria-hidden="true" focusable="false" ');
}

async function renderTwoFactor(
  c: AppContext,
  extra: { notice?: TwoFactorNotice; errors?: FieldErrors } = {},
  status: 200 | 409 | 422 | 429 = 200,
) {
  noStore(c);
  const overview = await readTwoFactor(c.get("deps"), c.get("state").actor);
  const setup =
    overview.status === "settingUp"
      ? { qrSvg: await qrSvg(overview.uri), groupedSecret: groupSecret(overview.secret) }
      : undefined;
  return c.html(<TwoFactorPage page={pageContext(c)} overview={overview} setup={setup} {...extra} />, status);
}

/** Setting up, confirming and switching off the authenticator app on the profile. */
export function twoFactorRoutes(app: Hono<AppEnv>): void {
  app.get("/profile/two-factor", async (c) => {
    if (!signedInUser(c)) return redirectToLogin(c);
    const notice = notices.find((n) => n === c.req.query("notice"));
    return renderTwoFactor(c, { notice });
  });

  app.post("/profile/two-factor/setup", async (c) => {
    try {
      await enrolTwoFactor(c.get("deps"), invocation(c), {});
    } catch (error) {
      if (!(error instanceof Conflict)) throw error;
    }
    return c.redirect("/profile/two-factor", 303);
  });

  app.post("/profile/two-factor/confirm", async (c) => {
    const deps = c.get("deps");
    const state = c.get("state");
    const fields = await formFields(c);
    const outcome = await attempt(c, () =>
      confirmTwoFactor(deps, invocation(c), { code: fields.code ?? "", currentSessionIdHash: state.sessionIdHash }),
    );
    if (!outcome.ok) return renderTwoFactor(c, { errors: outcome.errors }, outcome.status);
    noStore(c);
    return c.html(<RecoveryCodesPage page={pageContext(c)} codes={outcome.value.recoveryCodes} />);
  });

  app.post("/profile/two-factor/disable", async (c) => {
    const deps = c.get("deps");
    const state = c.get("state");
    const fields = await formFields(c);
    const outcome = await attempt(c, () =>
      disableTwoFactor(deps, invocation(c), {
        currentPassword: fields.currentPassword ?? "",
        currentSessionIdHash: state.sessionIdHash,
      }),
    );
    if (!outcome.ok) return renderTwoFactor(c, { errors: outcome.errors }, outcome.status);
    return c.redirect("/profile/two-factor?notice=disabled", 303);
  });
}
