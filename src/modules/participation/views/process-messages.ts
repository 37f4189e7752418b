import type { Catalogues } from "../../../platform/i18n/i18n";

/** The texts of the participation module's process pages, German first, English second, with the same keys. */
export const processMessages: Catalogues = { de: {}, en: {} };

/** Names in the audit log for the actions of the process use cases. */
export const processAuditLabels: Catalogues = { de: {}, en: {} };
