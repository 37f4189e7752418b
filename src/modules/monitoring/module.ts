import type { ModuleManifest } from "../../platform/module";
import { monitoringPersonalData } from "./data/personal-data";
import { monitoringRoutes } from "./http/routes";
import { seedMonitoring } from "./use-cases/seed-demo-monitoring";
import { monitoringSiteContributions } from "./use-cases/site-contributions";
import { monitoringAuditLabels } from "./views/audit-labels";
import { monitoringMessages } from "./views/messages";
import { monitoringPrivacy } from "./views/privacy";

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
  messages: monitoringMessages,
  auditLabels: monitoringAuditLabels,
  /** Each version of a measure's goals as a step on the measure page's journey, linking here. */
  contributes: monitoringSiteContributions,
  actions: {
    /** Adding and changing definitions of the catalogue. */
    "monitoring.indicator.define": office,
    /** Setting up a measure's logic model and every new version of it (targets, indicators). */
    "monitoring.model.change": officeOrTeam,
    "monitoring.observation.record": officeOrTeam,
    "monitoring.observation.correct": officeOrTeam,
  },
  routes: monitoringRoutes,
  personalData: monitoringPersonalData,
  seed: seedMonitoring,
};
