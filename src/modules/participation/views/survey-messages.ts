import type { Catalogues } from "../../../platform/i18n/i18n";

/** The texts of the participation module's survey pages, German first, English second, with the same keys. */
export const surveyMessages: Catalogues = { de: {}, en: {} };

/** Names in the audit log for the actions of the survey use cases. */
export const surveyAuditLabels: Catalogues = { de: {}, en: {} };
