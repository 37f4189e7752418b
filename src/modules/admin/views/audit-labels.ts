import type { Catalogues } from "../../../platform/i18n/i18n";

/** Names of the administration's actions in the audit log, by action code. */
export const adminAuditLabels: Catalogues = {
  de: {
    "admin.roles.grant": "Rolle vergeben",
    "admin.roles.revoke": "Rolle entzogen",
    "admin.twoFactor.reset": "Zweiten Faktor eines Kontos zurückgesetzt",
    "admin.users.create": "Konto angelegt",
    "admin.firstAdmin.create": "Erstes Administrationskonto angelegt",
  },
  en: {
    "admin.roles.grant": "Role granted",
    "admin.roles.revoke": "Role revoked",
    "admin.twoFactor.reset": "Second factor of an account reset",
    "admin.users.create": "Account created",
    "admin.firstAdmin.create": "First administration account created",
  },
};
