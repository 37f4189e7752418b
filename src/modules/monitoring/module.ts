import type { ModuleManifest } from "../../platform/module";
import { monitoringPersonalData } from "./data/personal-data";
import { monitoringApi } from "./http/api-routes";
import { openDataApi } from "./http/open-data-routes";
import { reviewApi } from "./http/review-api-routes";
import { monitoringRoutes } from "./http/routes";
import { observationUploadLimits } from "./http/upload-routes";
import { fetchSourceHandler } from "./use-cases/fetch-source";
import { monitoringOpenData } from "./use-cases/open-data-contributions";
import { reviewReminderHandler } from "./use-cases/remind-review-teams";
import { seedMonitoring } from "./use-cases/seed-demo-monitoring";
import { monitoringSiteContributions } from "./use-cases/site-contributions";
import { monitoringAuditLabels } from "./views/audit-labels";
import { implementationReportMessages } from "./views/implementation-report-messages";
import { monitoringMessages } from "./views/messages";
import { openDataMessages } from "./views/open-data-messages";
import { portfolioMessages } from "./views/portfolio-messages";
import { monitoringPrivacy } from "./views/privacy";
import { reviewAuditLabels, reviewMessages } from "./views/review-messages";
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
      ...reviewMessages.de,
      ...implementationReportMessages.de,
    },
    en: {
      ...monitoringMessages.en,
      ...monitoringSourceMessages.en,
      ...monitoringUploadMessages.en,
      ...openDataMessages.en,
      ...portfolioMessages.en,
      ...reviewMessages.en,
      ...implementationReportMessages.en,
    },
  },
  auditLabels: {
    de: { ...monitoringAuditLabels.de, ...monitoringSourceAuditLabels.de, ...reviewAuditLabels.de },
    en: { ...monitoringAuditLabels.en, ...monitoringSourceAuditLabels.en, ...reviewAuditLabels.en },
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
    /** Opening a review round, ending its reporting and publishing it with the office's answer. */
    "monitoring.review.open": office,
    "monitoring.review.publish": office,
    /** A measure's report in a review round: its team, or the office. */
    "monitoring.review.report": officeOrTeam,
    /** Accepting or returning the changes a report proposes. */
    "monitoring.review.decide": office,
    /** The reminders before a round's deadline (the system only). */
    "monitoring.review.remind": { roles: [] },
  },
  scheduledJobs: [fetchSourceHandler, reviewReminderHandler],
  routes: monitoringRoutes,
  /** The open-data catalogue (DCAT-AP.de), indicators and their values (token to send values), review rounds and lessons. */
  api: [...openDataApi, ...monitoringApi, ...reviewApi],
  // A CSV file of values, and its confirmation, which carries the file along (http/upload-routes.tsx).
  uploads: observationUploadLimits,
  personalData: monitoringPersonalData,
  seed: seedMonitoring,
};
