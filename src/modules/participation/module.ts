import type { ModuleManifest } from "../../platform/module";
import { participationApi } from "./http/api";
import { participationRoutes } from "./http/routes";
import { participationModuleParts } from "./use-cases/module-parts";
import { participationPrivacy } from "./views/privacy";
import { processAuditLabels, processMessages } from "./views/process-messages";
import { reportAuditLabels, reportMessages } from "./views/report-messages";
import { surveyAuditLabels, surveyMessages } from "./views/survey-messages";
import { textAuditLabels, textMessages } from "./views/text-messages";

const office = { roles: ["strategy_office" as const] };
const residents = { roles: ["resident" as const] };
const system = { roles: [] };

/**
 * Participation processes: a subject, dated phases each with one method (information, text review,
 * survey, workshops, idea call, closing report), and the public answer to what was heard.
 */
export const participationModule: ModuleManifest = {
  name: "participation",
  ...participationModuleParts,
  privacy: participationPrivacy,
  messages: {
    de: { ...processMessages.de, ...textMessages.de, ...surveyMessages.de, ...reportMessages.de },
    en: { ...processMessages.en, ...textMessages.en, ...surveyMessages.en, ...reportMessages.en },
  },
  auditLabels: {
    de: { ...processAuditLabels.de, ...textAuditLabels.de, ...surveyAuditLabels.de, ...reportAuditLabels.de },
    en: { ...processAuditLabels.en, ...textAuditLabels.en, ...surveyAuditLabels.en, ...reportAuditLabels.en },
  },
  actions: {
    /** Creating and changing processes, their drafts, surveys and closing reports; answering comments. */
    "participation.manage": office,
    /** Commenting on a draft's paragraph, with or without a proposed wording. */
    "participation.comment": residents,
    /** Supporting someone else's comment on a draft. */
    "participation.support": residents,
    /** Answering a survey; guests too, where the office lets a survey be answered anonymously. */
    "participation.answer": { roles: ["resident" as const], guests: true },
    /** Announcing a phase's start to the followers (the system only). */
    "participation.announce": system,
  },
  routes: participationRoutes,
  api: participationApi,
};
