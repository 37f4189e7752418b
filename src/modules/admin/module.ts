import type { ModuleManifest } from "../../platform/module";
import { registerUserCommands } from "./cli/user";
import { adminRoutes } from "./http/routes";
import { adminAuditLabels } from "./views/audit-labels";
import { auditDetailMessages } from "./views/audit-messages";
import { adminMessages } from "./views/messages";
import { adminPrivacy } from "./views/privacy";

/**
 * Administration: users and roles, audit log. Only administrators hold these actions (an
 * administrator may do everything, so `roles` stays empty).
 */
export const adminModule: ModuleManifest = {
  name: "admin",
  privacy: adminPrivacy,
  actions: {
    "admin.access": { roles: [] },
    "admin.users.read": { roles: [] },
    "admin.users.create": { roles: [] },
    "admin.roles.manage": { roles: [] },
    "admin.twoFactor.reset": { roles: [] },
    "admin.audit.read": { roles: [] },
  },
  messages: {
    de: { ...adminMessages.de, ...auditDetailMessages.de },
    en: { ...adminMessages.en, ...auditDetailMessages.en },
  },
  auditLabels: adminAuditLabels,
  routes: adminRoutes,
  cli: (program, { open, print }) => registerUserCommands(program, open, print),
};
