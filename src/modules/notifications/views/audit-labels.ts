import type { Catalogues } from "../../../platform/i18n/i18n";

/** Names of the notification actions in the audit log, by action code. */
export const notificationsAuditLabels: Catalogues = {
  de: {
    "notifications.follow": "Einem Beitrag gefolgt",
    "notifications.unfollow": "Einem Beitrag nicht mehr gefolgt",
    "notifications.read": "Benachrichtigungen als gelesen markiert",
    "notifications.settings": "E-Mail-Einstellung für Benachrichtigungen geändert",
    "notifications.unsubscribe": "Benachrichtigungs-E-Mails über den Link in einer E-Mail abbestellt",
  },
  en: {
    "notifications.follow": "Followed a contribution",
    "notifications.unfollow": "Stopped following a contribution",
    "notifications.read": "Notifications marked as read",
    "notifications.settings": "E-mail setting for notifications changed",
    "notifications.unsubscribe": "Notification e-mails unsubscribed with the link in an e-mail",
  },
};
