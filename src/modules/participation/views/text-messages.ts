import type { Catalogues } from "../../../platform/i18n/i18n";

/** The texts of the participation module's text pages, German first, English second, with the same keys. */
export const textMessages: Catalogues = { de: {}, en: {} };

/** Names in the audit log for the actions of the text use cases. */
export const textAuditLabels: Catalogues = { de: {}, en: {} };
