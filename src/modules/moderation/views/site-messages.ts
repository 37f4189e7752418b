import type { Catalogues } from "../../../platform/i18n/i18n";

/** Texts the moderation adds to the office's start page. */
export const moderationSiteMessages: Catalogues = {
  de: {
    "moderation.site.group": "Moderation",
    "moderation.site.reportsTask": "Gemeldete Beiträge ansehen",
    "moderation.site.reportsOne": "1 Meldung wartet auf die Moderation.",
    "moderation.site.reportsMany": "{count} Meldungen warten auf die Moderation.",
  },
  en: {
    "moderation.site.group": "Moderation",
    "moderation.site.reportsTask": "Look at reported contributions",
    "moderation.site.reportsOne": "1 report is waiting for the moderators.",
    "moderation.site.reportsMany": "{count} reports are waiting for the moderators.",
  },
};
