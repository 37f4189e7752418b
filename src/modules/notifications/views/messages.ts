import type { Catalogues } from "../../../platform/i18n/i18n";

/** Texts of the notifications module: the follow button, the page, the mails and the unsubscribe page. */
export const notificationsMessages: Catalogues = {
  de: {
    "notifications.follow.start": "Folgen",
    "notifications.follow.stop": "Nicht mehr folgen",
    "notifications.follow.following": "Sie folgen diesem Beitrag und erfahren, wenn sich etwas tut.",
    "notifications.follow.count": "{count} Personen folgen",
    "notifications.follow.countOne": "Eine Person folgt",
    "notifications.follow.signIn": "Anmelden, um zu folgen",

    "notifications.title": "Benachrichtigungen",
    "notifications.intro":
      "Hier sehen Sie, was sich bei den Beiträgen getan hat, denen Sie folgen oder an denen Sie beteiligt sind.",
    "notifications.list.title": "Meine Benachrichtigungen",
    "notifications.list.empty": "Sie haben noch keine Benachrichtigungen.",
    "notifications.list.unread": "Neu",
    "notifications.list.unreadCount": "Ungelesen: {count}",
    "notifications.list.open": "Ansehen",
    "notifications.list.markAllRead": "Alle als gelesen markieren",
    "notifications.list.at": "am {date}",

    "notifications.settings.title": "E-Mails",
    "notifications.settings.legend": "Wie möchten Sie per E-Mail von Neuigkeiten erfahren?",
    "notifications.settings.each": "Jede Benachrichtigung per E-Mail",
    "notifications.settings.eachHint":
      "Höchstens fünf E-Mails am Tag. Was danach kommt, schicken wir Ihnen am nächsten Tag gesammelt in einer E-Mail.",
    "notifications.settings.digest": "Eine Zusammenfassung am Tag",
    "notifications.settings.digestHint": "Einmal am Tag eine E-Mail mit allem Neuen vom Vortag.",
    "notifications.settings.none": "Keine E-Mails",
    "notifications.settings.noneHint": "Sie sehen Ihre Benachrichtigungen nur hier auf der Seite.",
    "notifications.settings.save": "Einstellung speichern",
    "notifications.settings.noAddress":
      "Ihre E-Mail-Adresse ist nicht bestätigt. Bis dahin sehen Sie Benachrichtigungen nur hier auf der Seite.",

    "notifications.follows.title": "Dem folge ich",
    "notifications.follows.empty":
      "Sie folgen noch nichts. Auf der Seite eines Beitrags finden Sie dafür die Schaltfläche „Folgen“.",
    "notifications.follows.gone": "Dieser Beitrag ist nicht mehr öffentlich zu sehen.",
    "notifications.follows.since": "seit {date}",

    "notifications.done.read": "Alle Benachrichtigungen sind als gelesen markiert.",
    "notifications.done.settings": "Ihre Einstellung ist gespeichert.",
    "notifications.done.unfollowed": "Sie folgen dem Beitrag nicht mehr.",

    "notifications.unsubscribe.title": "E-Mails abbestellen",
    "notifications.unsubscribe.text":
      "Möchten Sie keine Benachrichtigungen mehr per E-Mail bekommen? Ihre Benachrichtigungen sehen Sie weiterhin, wenn Sie angemeldet sind.",
    "notifications.unsubscribe.confirm": "Keine E-Mails mehr schicken",
    "notifications.unsubscribe.doneTitle": "Abbestellt",
    "notifications.unsubscribe.doneText":
      "Sie bekommen keine Benachrichtigungen mehr per E-Mail. Wenn Sie es sich anders überlegen, ändern Sie das auf der Seite Benachrichtigungen.",
    "notifications.unsubscribe.invalid":
      "Dieser Link funktioniert leider nicht. Bitte öffnen Sie den Link aus der E-Mail noch einmal vollständig. Oder melden Sie sich an und ändern Sie die Einstellung auf der Seite Benachrichtigungen.",
    "notifications.unsubscribe.toSettings": "Zu den Benachrichtigungen",

    "notifications.mail.open": "Ansehen",
    "notifications.mail.why":
      "Sie bekommen diese E-Mail, weil Sie einem Beitrag folgen oder an ihm beteiligt sind. Wie oft wir Ihnen schreiben, stellen Sie hier ein: {settingsUrl}",
    "notifications.mail.unsubscribe": "Keine Benachrichtigungen mehr per E-Mail: {unsubscribeUrl}",
    "notifications.digest.subject": "Ihre Zusammenfassung von Gemeinsam",
    "notifications.digest.intro": "Das ist neu für Sie auf Gemeinsam ({count}):",
    "notifications.digest.item": "• {text}\n{url}",
    "notifications.digest.open": "Alle Benachrichtigungen ansehen",

    "notifications.errors.notFollowable": "Diesem Beitrag kann man nicht folgen.",
    "notifications.errors.returnTo": "Wir können nur zu einer Seite dieser Plattform zurückkehren.",
    "notifications.errors.mailMode": "Bitte wählen Sie eine der Möglichkeiten.",
  },
  en: {
    "notifications.follow.start": "Follow",
    "notifications.follow.stop": "Stop following",
    "notifications.follow.following": "You follow this and will hear when something happens.",
    "notifications.follow.count": "{count} people follow",
    "notifications.follow.countOne": "One person follows",
    "notifications.follow.signIn": "Log in to follow",

    "notifications.title": "Notifications",
    "notifications.intro": "Here you see what happened to the contributions you follow or take part in.",
    "notifications.list.title": "My notifications",
    "notifications.list.empty": "You have no notifications yet.",
    "notifications.list.unread": "New",
    "notifications.list.unreadCount": "Unread: {count}",
    "notifications.list.open": "View",
    "notifications.list.markAllRead": "Mark all as read",
    "notifications.list.at": "on {date}",

    "notifications.settings.title": "E-mails",
    "notifications.settings.legend": "How would you like to hear about news by e-mail?",
    "notifications.settings.each": "Every notification by e-mail",
    "notifications.settings.eachHint":
      "At most five e-mails a day. Anything after that comes the next day, collected in one e-mail.",
    "notifications.settings.digest": "One summary a day",
    "notifications.settings.digestHint": "Once a day, one e-mail with everything new from the day before.",
    "notifications.settings.none": "No e-mails",
    "notifications.settings.noneHint": "You see your notifications only here on the site.",
    "notifications.settings.save": "Save setting",
    "notifications.settings.noAddress":
      "Your e-mail address is not confirmed. Until it is, you see notifications only here on the site.",

    "notifications.follows.title": "What I follow",
    "notifications.follows.empty":
      "You do not follow anything yet. On the page of a contribution you find the “Follow” button.",
    "notifications.follows.gone": "This contribution can no longer be seen publicly.",
    "notifications.follows.since": "since {date}",

    "notifications.done.read": "All notifications are marked as read.",
    "notifications.done.settings": "Your setting is saved.",
    "notifications.done.unfollowed": "You no longer follow the contribution.",

    "notifications.unsubscribe.title": "Unsubscribe from e-mails",
    "notifications.unsubscribe.text":
      "Would you like to stop getting notifications by e-mail? You will still see your notifications when you are logged in.",
    "notifications.unsubscribe.confirm": "Stop sending e-mails",
    "notifications.unsubscribe.doneTitle": "Unsubscribed",
    "notifications.unsubscribe.doneText":
      "You will no longer get notifications by e-mail. If you change your mind, change it on the notifications page.",
    "notifications.unsubscribe.invalid":
      "Sorry, this link does not work. Please open the whole link from the e-mail again. Or log in and change the setting on the notifications page.",
    "notifications.unsubscribe.toSettings": "Go to notifications",

    "notifications.mail.open": "View",
    "notifications.mail.why":
      "You get this e-mail because you follow or take part in a contribution. Choose how often we write to you here: {settingsUrl}",
    "notifications.mail.unsubscribe": "No more notifications by e-mail: {unsubscribeUrl}",
    "notifications.digest.subject": "Your summary from Gemeinsam",
    "notifications.digest.intro": "This is new for you on Gemeinsam ({count}):",
    "notifications.digest.item": "• {text}\n{url}",
    "notifications.digest.open": "See all notifications",

    "notifications.errors.notFollowable": "This contribution cannot be followed.",
    "notifications.errors.returnTo": "We can only return to a page of this platform.",
    "notifications.errors.mailMode": "Please choose one of the options.",
  },
};
