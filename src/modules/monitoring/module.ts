import type { ModuleManifest } from "../../platform/module";
import { monitoringPersonalData } from "./data/personal-data";
import { openDataApi } from "./http/open-data-routes";
import { monitoringRoutes } from "./http/routes";
import { observationUploadLimits } from "./http/upload-routes";
import { fetchSourceHandler } from "./use-cases/fetch-source";
import { monitoringOpenData } from "./use-cases/open-data-contributions";
import { seedMonitoring } from "./use-cases/seed-demo-monitoring";
import { monitoringSiteContributions } from "./use-cases/site-contributions";
import { monitoringAuditLabels } from "./views/audit-labels";
import { monitoringMessages } from "./views/messages";
import { openDataMessages } from "./views/open-data-messages";
import { portfolioMessages } from "./views/portfolio-messages";
import { monitoringPrivacy } from "./views/privacy";
import { monitoringSourceAuditLabels, monitoringSourceMessages } from "./views/source-messages";
import { monitoringUploadMessages } from "./views/upload-messages";

const office = { roles: ["strategy_office" as const] };
/** The office, and the measure's team on its own measure (`team_member` granted on the measure). */
const officeOrTeam = { roles: ["strategy_office" as const], scopedRoles: ["team_member"] };

/**
 * Monitoring: the indicator catalogue, each measure's versioned logic model with its indicators,
 * baselines and targets, the measured values and how far each measure has come.
 */
export const monitoringModule: ModuleManifest = {
  name: "monitoring",
  privacy: monitoringPrivacy,
  messages: {
    de: {
      ...monitoringMessages.de,
      ...monitoringSourceMessages.de,
      ...monitoringUploadMessages.de,
      ...openDataMessages.de,
      ...portfolioMessages.de,
    },
    en: {
      ...monitoringMessages.en,
      ...monitoringSourceMessages.en,
      ...monitoringUploadMessages.en,
      ...openDataMessages.en,
      ...portfolioMessages.en,
    },
  },
  auditLabels: {
    de: { ...monitoringAuditLabels.de, ...monitoringSourceAuditLabels.de },
    en: { ...monitoringAuditLabels.en, ...monitoringSourceAuditLabels.en },
  },
  /** Each version of a measure's goals as a step on the measure page's journey, linking here. */
  contributes: { ...monitoringSiteContributions, openData: monitoringOpenData },
  actions: {
    /** Adding and changing definitions of the catalogue. */
    "monitoring.indicator.define": office,
    /** Setting up a measure's logic model and every new version of it (targets, indicators). */
    "monitoring.model.change": officeOrTeam,
    "monitoring.observation.record": officeOrTeam,
    "monitoring.observation.correct": officeOrTeam,
    /** Setting or removing an indicator's automatic data source. */
    "monitoring.source.configure": officeOrTeam,
    /** The background job that fetches the sources (the system only). */
    "monitoring.source.fetch": { roles: [] },
  },
  scheduledJobs: [fetchSourceHandler],
  routes: monitoringRoutes,
  /** The open-data catalogue (DCAT-AP.de) of the monitoring downloads. */
  api: openDataApi,
  // A CSV file of values, and its confirmation, which carries the file along (http/upload-routes.tsx).
  uploads: observationUploadLimits,
  personalData: monitoringPersonalData,
  seed: seedMonitoring,
};
