import type { ModuleManifest } from "../../platform/module";
import { MAX_IMAGE_BYTES, uploadBodyBytes } from "../../platform/uploads/images";
import { workshopsApi } from "./http/api";
import { workshopsRoutes } from "./http/routes";
import { eraseNeedsHandler, remindHandler } from "./use-cases/jobs";
import { workshopsPersonalData } from "./use-cases/personal-data";
import { seedWorkshops } from "./use-cases/seed-demo-workshops";
import { workshopsSiteContributions } from "./use-cases/site-contributions";
import { workshopResource } from "./use-cases/workshop-resource";
import { workshopsAuditLabels } from "./views/audit-labels";
import { callOffMessages } from "./views/call-off-messages";
import { workshopsMessages } from "./views/messages";
import { workshopsPrivacy } from "./views/privacy";

/** The office, and the measure's team on its own measure (`team_member` granted on the measure). */
const officeOrTeam = { roles: ["strategy_office" as const], scopedRoles: ["team_member"] };
const system = { roles: [] };

/**
 * Workshops and other events on a measure, an Arena entry or (later) a participation process: on
 * site, online or hybrid, with registration, a waiting list that moves up by itself, access needs
 * counted for the organisers, calendar files and feeds, reminders, and the documentation afterwards
 * (with photos, under the platform's image rule).
 */
export const workshopsModule: ModuleManifest = {
  name: "workshops",
  privacy: workshopsPrivacy,
  messages: {
    de: { ...workshopsMessages.de, ...callOffMessages.de },
    en: { ...workshopsMessages.en, ...callOffMessages.en },
  },
  auditLabels: workshopsAuditLabels,
  contributes: workshopsSiteContributions,
  resources: [workshopResource],
  actions: {
    /** Creating, changing and documenting an event. */
    "workshops.manage": officeOrTeam,
    "workshops.register": { roles: ["resident"] },
    /** With the signed personal link from the mail, so without signing in. */
    "workshops.cancel": { roles: ["resident"], guests: true },
    "workshops.remind": system,
    "workshops.eraseAccessNeeds": system,
  },
  scheduledJobs: [remindHandler, eraseNeedsHandler],
  routes: workshopsRoutes,
  /** One photo of the documentation and its description (the platform's image rule). */
  uploads: [{ path: "/workshops/:id/photos", maxBytes: uploadBodyBytes(MAX_IMAGE_BYTES) }],
  api: workshopsApi,
  personalData: workshopsPersonalData,
  seed: seedWorkshops,
};
