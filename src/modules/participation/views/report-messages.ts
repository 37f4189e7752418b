import type { Catalogues } from "../../../platform/i18n/i18n";

/** The texts of the participation module's report pages, German first, English second, with the same keys. */
export const reportMessages: Catalogues = { de: {}, en: {} };

/** Names in the audit log for the actions of the report use cases. */
export const reportAuditLabels: Catalogues = { de: {}, en: {} };
