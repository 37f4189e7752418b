import type { Hono } from "hono";
import { formValues } from "../../../platform/forms/forms";
import { clearCookie } from "../../../platform/http/cookies";
import type { AppContext, AppEnv, CurrentUser } from "../../../platform/http/env";
import { invocation } from "../../../platform/http/invocation";
import type { Locale } from "../../../platform/i18n/i18n";
import { pageContext } from "../../../ui/page-context";
import { safeNextPath } from "../domain/next-path";
import { changePassword } from "../use-cases/change-password";
import { chooseLanguage } from "../use-cases/choose-language";
import { deleteAccount } from "../use-cases/delete-account";
import { downloadMyData } from "../use-cases/download-my-data";
import { readProfile } from "../use-cases/read-profile";
import { requestEmailChange } from "../use-cases/request-email-change";
import { updateProfile } from "../use-cases/update-profile";
import { ChangeEmailPage } from "../views/change-email";
import { ChangePasswordPage } from "../views/change-password";
import { DeleteAccountPage } from "../views/delete-account";
import { MessagePage } from "../views/message-page";
import { ProfilePage, type ProfileView } from "../views/profile";
import { attempt, formFields, noStore, redirectToLogin, signedInUser } from "./request";

function profileOf(c: AppContext, user: CurrentUser): Promise<ProfileView> {
  return readProfile(c.get("deps"), c.get("state").actor, user);
}

export function profileRoutes(app: Hono<AppEnv>): void {
  app.get("/profile", async (c) => {
    const user = signedInUser(c);
    if (!user) return redirectToLogin(c);
    noStore(c);
    const page = pageContext(c);
    const notice = c.req.query("saved") === "1" ? page.t("auth.profile.saved") : undefined;
    return c.html(<ProfilePage page={page} profile={await profileOf(c, user)} notice={notice} />);
  });

  app.post("/profile", async (c) => {
    const user = signedInUser(c);
    if (!user) return redirectToLogin(c);
    const fields = await formFields(c);
    const outcome = await attempt(c, () =>
      updateProfile(c.get("deps"), invocation(c), {
        displayName: fields.displayName ?? "",
        // Checked by the use case's schema like every other field.
        locale: (fields.locale ?? "") as Locale,
        district: fields.district ?? "",
        stakeholderGroup: fields.stakeholderGroup ?? "",
      }),
    );
    if (!outcome.ok) {
      noStore(c);
      const profile = await profileOf(c, user);
      return c.html(
        <ProfilePage page={pageContext(c)} profile={profile} errors={outcome.errors} values={formValues(fields)} />,
        outcome.status,
      );
    }
    // The language may have changed: the next page shows in the chosen one.
    return c.redirect("/profile?saved=1", 303);
  });

  // The header's language switch while signed in: stores the choice, then shows the same page again.
  app.post("/profile/language", async (c) => {
    const user = signedInUser(c);
    if (!user) return redirectToLogin(c);
    const fields = await formFields(c);
    const back = safeNextPath(fields.next) ?? "/";
    const outcome = await attempt(c, () =>
      chooseLanguage(c.get("deps"), invocation(c), { locale: (fields.locale ?? "") as Locale }),
    );
    if (!outcome.ok) {
      noStore(c);
      return c.html(
        <MessagePage
          page={pageContext(c)}
          title={c.get("state").t("errors.invalidInput")}
          paragraphs={Object.values(outcome.errors)}
          links={[{ href: back, label: c.get("state").t("auth.language.back"), primary: true }]}
        />,
        outcome.status,
      );
    }
    return c.redirect(back, 303);
  });

  app.get("/profile/email", (c) => {
    const user = signedInUser(c);
    if (!user) return redirectToLogin(c);
    noStore(c);
    return c.html(
      <ChangeEmailPage page={pageContext(c)} currentEmail={user.email ?? ""} sent={c.req.query("sent") === "1"} />,
    );
  });

  app.post("/profile/email", async (c) => {
    const user = signedInUser(c);
    if (!user) return redirectToLogin(c);
    const fields = await formFields(c);
    const outcome = await attempt(c, () =>
      requestEmailChange(c.get("deps"), invocation(c), {
        newEmail: fields.newEmail ?? "",
        currentPassword: fields.currentPassword ?? "",
      }),
    );
    if (!outcome.ok) {
      noStore(c);
      return c.html(
        <ChangeEmailPage
          page={pageContext(c)}
          currentEmail={user.email ?? ""}
          errors={outcome.errors}
          values={formValues(fields, ["currentPassword"])}
        />,
        outcome.status,
      );
    }
    return c.redirect("/profile/email?sent=1", 303);
  });

  app.get("/profile/password", (c) => {
    if (!signedInUser(c)) return redirectToLogin(c);
    return c.html(<ChangePasswordPage page={pageContext(c)} done={c.req.query("done") === "1"} />);
  });

  app.post("/profile/password", async (c) => {
    if (!signedInUser(c)) return redirectToLogin(c);
    const fields = await formFields(c);
    const outcome = await attempt(c, () =>
      changePassword(c.get("deps"), invocation(c), {
        currentPassword: fields.currentPassword ?? "",
        newPassword: fields.newPassword ?? "",
        currentSessionIdHash: c.get("state").sessionIdHash,
      }),
    );
    if (!outcome.ok)
      return c.html(<ChangePasswordPage page={pageContext(c)} errors={outcome.errors} />, outcome.status);
    return c.redirect("/profile/password?done=1", 303);
  });

  // "Download my data": everything stored about the account, as a JSON file.
  app.get("/profile/data", async (c) => {
    const user = signedInUser(c);
    if (!user) return redirectToLogin(c);
    const deps = c.get("deps");
    const now = deps.clock();
    const data = await downloadMyData(deps, c.get("state").actor, c.get("state").sessionIdHash, now, c.get("state").t);
    const day = now.toISOString().slice(0, 10);
    return c.body(JSON.stringify(data, null, 2), 200, {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="gemeinsam-my-data-${day}.json"`,
      "Cache-Control": "no-store",
    });
  });

  app.get("/profile/delete", (c) => {
    if (!signedInUser(c)) return redirectToLogin(c);
    return c.html(<DeleteAccountPage page={pageContext(c)} />);
  });

  app.post("/profile/delete", async (c) => {
    if (!signedInUser(c)) return redirectToLogin(c);
    const deps = c.get("deps");
    const fields = await formFields(c);
    const outcome = await attempt(c, () => deleteAccount(deps, invocation(c), { password: fields.password ?? "" }));
    if (!outcome.ok) return c.html(<DeleteAccountPage page={pageContext(c)} errors={outcome.errors} />, outcome.status);
    clearCookie(c, deps.config, "session");
    return c.redirect("/profile/deleted", 303);
  });

  app.get("/profile/deleted", (c) => {
    const page = pageContext(c);
    const { t } = page;
    return c.html(
      <MessagePage
        page={page}
        title={t("auth.deleted.title")}
        paragraphs={[t("auth.deleted.text")]}
        links={[{ href: "/", label: t("auth.deleted.home") }]}
      />,
    );
  });
}
