import type { Catalogues } from "../../../platform/i18n/i18n";

/** Names of the moderation's actions in the audit log, by action code. */
export const moderationAuditLabels: Catalogues = {
  de: {
    "moderation.report": "Beitrag gemeldet",
    "moderation.hide": "Beitrag ausgeblendet",
    "moderation.show": "Beitrag wieder angezeigt",
    "moderation.dismiss": "Meldungen verworfen",
    "moderation.block": "Konto für Beiträge gesperrt",
    "moderation.unblock": "Sperre eines Kontos aufgehoben",
    "moderation.feedback": "Offizielle Rückmeldung gegeben",
  },
  en: {
    "moderation.report": "Contribution reported",
    "moderation.hide": "Contribution hidden",
    "moderation.show": "Contribution shown again",
    "moderation.dismiss": "Reports dismissed",
    "moderation.block": "Account blocked from posting",
    "moderation.unblock": "Block of an account lifted",
    "moderation.feedback": "Official feedback given",
  },
};
