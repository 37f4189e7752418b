import type { Catalogues } from "../../../platform/i18n/i18n";

/** Names of the administration's actions in the audit log, by action code. */
export const adminAuditLabels: Catalogues = {
  de: {
    "admin.roles.grant": "Rolle vergeben",
    "admin.roles.revoke": "Rolle entzogen",
    "admin.users.create": "Konto angelegt",
    "admin.firstAdmin.create": "Erstes Administrationskonto angelegt",
  },
  en: {
    "admin.roles.grant": "Role granted",
    "admin.roles.revoke": "Role revoked",
    "admin.users.create": "Account created",
    "admin.firstAdmin.create": "First administration account created",
  },
};
