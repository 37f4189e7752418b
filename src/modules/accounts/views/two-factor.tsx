import { raw } from "hono/html";
import type { FieldErrors } from "../../../platform/forms/forms";
import { ErrorSummary, Form, Notice, SubmitButton, TextField } from "../../../ui/components/form";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { TwoFactorOverview } from "../use-cases/read-two-factor";

export type TwoFactorNotice = "required" | "disabled" | "recoveryUsed";

/** The QR code and the key for typing in by hand. `qrSvg` is drawn on the server from the key. */
export interface SetupCode {
  qrSvg: string;
  groupedSecret: string;
}

function BackLink(props: { page: PageContext }) {
  return (
    <p>
      <a href="/profile">{props.page.t("auth.twoFactor.backLink")}</a>
    </p>
  );
}

export function TwoFactorPage(props: {
  page: PageContext;
  overview: TwoFactorOverview;
  setup?: SetupCode;
  notice?: TwoFactorNotice;
  errors?: FieldErrors;
}) {
  const { page, overview } = props;
  const { t } = page;
  const mustEnrol = overview.required && overview.status !== "on";
  return (
    <Layout page={page} title={t("auth.twoFactor.title")}>
      {!mustEnrol && <BackLink page={page} />}
      <h1>{t("auth.twoFactor.title")}</h1>
      {props.notice && (
        <Notice kind={props.notice === "required" ? "warning" : props.notice === "disabled" ? "success" : "info"}>
          {t(`auth.twoFactor.notice.${props.notice}`)}
        </Notice>
      )}
      <ErrorSummary page={page} errors={props.errors} />
      <p class="lead">{t("auth.twoFactor.intro")}</p>
      {mustEnrol && props.notice !== "required" && <p>{t("auth.twoFactor.requiredNotice")}</p>}

      {overview.status === "off" && (
        <>
          <p>{t("auth.twoFactor.statusOff")}</p>
          <Form page={page} action="/profile/two-factor/setup">
            <SubmitButton>{t("auth.twoFactor.start")}</SubmitButton>
          </Form>
        </>
      )}

      {overview.status === "settingUp" && props.setup && (
        <>
          <section aria-labelledby="two-factor-step1">
            <h2 id="two-factor-step1">{t("auth.twoFactor.step1")}</h2>
            <p>{t("auth.twoFactor.step1Text")}</p>
          </section>
          <section aria-labelledby="two-factor-step2">
            <h2 id="two-factor-step2">{t("auth.twoFactor.step2")}</h2>
            <p>{t("auth.twoFactor.step2Text")}</p>
            <div class="qr-code" role="img" aria-label={t("auth.twoFactor.qrLabel")}>
              {raw(props.setup.qrSvg)}
            </div>
            <p>{t("auth.twoFactor.manual")}</p>
            <p>
              <code class="secret-key" data-secret-key="">
                {props.setup.groupedSecret}
              </code>
            </p>
            <p class="hint">{t("auth.twoFactor.manualDetails")}</p>
          </section>
          <section aria-labelledby="two-factor-step3">
            <h2 id="two-factor-step3">{t("auth.twoFactor.step3")}</h2>
            <Form page={page} action="/profile/two-factor/confirm">
              <TextField
                name="code"
                label={t("auth.twoFactor.code.label")}
                hint={t("auth.twoFactor.code.hint")}
                autocomplete="one-time-code"
                inputmode="numeric"
                required
                errors={props.errors}
              />
              <SubmitButton>{t("auth.twoFactor.confirm")}</SubmitButton>
            </Form>
            <Form page={page} action="/profile/two-factor/setup">
              <SubmitButton variant="secondary">{t("auth.twoFactor.restart")}</SubmitButton>
            </Form>
          </section>
        </>
      )}

      {overview.status === "on" && (
        <>
          <p>{t("auth.twoFactor.statusOn")}</p>
          <p>{t("auth.twoFactor.recoveryLeft", { count: overview.unusedRecoveryCodes })}</p>
          {overview.unusedRecoveryCodes <= 3 && <Notice kind="warning">{t("auth.twoFactor.recoveryLow")}</Notice>}
          <section aria-labelledby="two-factor-disable">
            <h2 id="two-factor-disable">{t("auth.twoFactor.disableHeading")}</h2>
            <p>{t("auth.twoFactor.disableText")}</p>
            {overview.required && <p>{t("auth.twoFactor.disableRequiredText")}</p>}
            <Form page={page} action="/profile/two-factor/disable">
              <TextField
                name="currentPassword"
                type="password"
                label={t("auth.password.currentLabel")}
                autocomplete="current-password"
                required
                errors={props.errors}
              />
              <SubmitButton variant="danger">{t("auth.twoFactor.disable")}</SubmitButton>
            </Form>
          </section>
        </>
      )}
    </Layout>
  );
}

/** Shown once, right after the set-up: the recovery codes. */
export function RecoveryCodesPage(props: { page: PageContext; codes: string[] }) {
  const { page } = props;
  const { t } = page;
  return (
    <Layout page={page} title={t("auth.twoFactor.codesTitle")}>
      <h1>{t("auth.twoFactor.codesTitle")}</h1>
      <Notice kind="success">{t("auth.twoFactor.codesDone")}</Notice>
      <p class="lead">{t("auth.twoFactor.codesIntro")}</p>
      <p>
        <strong>{t("auth.twoFactor.codesOnce")}</strong>
      </p>
      <ol class="recovery-codes">
        {props.codes.map((code) => (
          <li>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <p>
        <a href="/profile">{t("auth.twoFactor.codesContinue")}</a>
      </p>
    </Layout>
  );
}

/** The second step of signing in. */
export function SecondFactorPage(props: { page: PageContext; next?: string; errors?: FieldErrors; expired?: boolean }) {
  const { page } = props;
  const { t } = page;
  return (
    <Layout page={page} title={t("auth.secondFactor.title")}>
      <h1>{t("auth.secondFactor.title")}</h1>
      <ErrorSummary page={page} errors={props.errors} />
      {props.expired ? (
        <p>
          <a href={props.next ? `/login?next=${encodeURIComponent(props.next)}` : "/login"}>
            {t("auth.secondFactor.restart")}
          </a>
        </p>
      ) : (
        <>
          <p class="lead">{t("auth.secondFactor.intro")}</p>
          <Form page={page} action="/login/second-factor">
            {props.next && <input type="hidden" name="next" value={props.next} />}
            <TextField
              name="code"
              label={t("auth.secondFactor.code.label")}
              hint={t("auth.secondFactor.code.hint")}
              autocomplete="one-time-code"
              required
              errors={props.errors}
            />
            <SubmitButton>{t("auth.secondFactor.submit")}</SubmitButton>
          </Form>
          <p>{t("auth.secondFactor.lost")}</p>
        </>
      )}
    </Layout>
  );
}
