import type { Catalogues } from "../../../platform/i18n/i18n";

/** Names of the comments' actions in the audit log, by action code. */
export const commentsAuditLabels: Catalogues = {
  de: {
    "comments.create": "Kommentar geschrieben",
    "comments.repeat": "Kommentar noch einmal gesendet (nur einmal gespeichert)",
    "comments.edit": "Kommentar bearbeitet",
    "comments.delete": "Kommentar gelöscht",
  },
  en: {
    "comments.create": "Comment written",
    "comments.repeat": "Comment sent again (stored once)",
    "comments.edit": "Comment edited",
    "comments.delete": "Comment deleted",
  },
};
