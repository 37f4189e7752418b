import { mailMessages } from "../../platform/mail/messages";
import type { ModuleManifest } from "../../platform/module";
import { meRoute } from "./http/api";
import { authRoutes } from "./http/routes";
import { authAuditLabels } from "./views/audit-labels";
import { authMessages } from "./views/messages";
import { accountsPrivacy } from "./views/privacy";
import { twoFactorAuditLabels } from "./views/two-factor-audit-labels";
import { twoFactorMessages } from "./views/two-factor-messages";

/** Accounts: registration, e-mail verification, login, password reset, profile, own data. */
export const accountsModule: ModuleManifest = {
  name: "auth",
  privacy: accountsPrivacy,
  actions: {
    // Before an account exists or while logged out.
    "account.register": { roles: ["resident"], guests: true },
    "account.verifyEmail": { roles: ["resident"], guests: true },
    "account.resendVerification": { roles: ["resident"], guests: true },
    "account.login": { roles: ["resident"], guests: true },
    "account.requestPasswordReset": { roles: ["resident"], guests: true },
    "account.resetPassword": { roles: ["resident"], guests: true },
    "account.confirmEmailChange": { roles: ["resident"], guests: true },
    // One's own account; the use cases act on the signed-in account only, never on one named in the input.
    "account.logout": { roles: ["resident"] },
    "account.updateProfile": { roles: ["resident"] },
    "account.changeEmail": { roles: ["resident"] },
    "account.changePassword": { roles: ["resident"] },
    "account.apiToken.create": { roles: ["resident"] },
    "account.apiToken.revoke": { roles: ["resident"] },
    "account.delete": { roles: ["resident"] },
    "account.twoFactor.enrol": { roles: ["resident"] },
    "account.twoFactor.disable": { roles: ["resident"] },
    // The second step of signing in, before there is a session.
    "account.secondFactor": { roles: ["resident"], guests: true },
  },
  auditLabels: {
    de: { ...authAuditLabels.de, ...twoFactorAuditLabels.de },
    en: { ...authAuditLabels.en, ...twoFactorAuditLabels.en },
  },
  messages: {
    de: { ...authMessages.de, ...twoFactorMessages.de, ...mailMessages.de },
    en: { ...authMessages.en, ...twoFactorMessages.en, ...mailMessages.en },
  },
  routes: authRoutes,
  api: [meRoute],
};
