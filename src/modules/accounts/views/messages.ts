import type { Catalogues } from "../../../platform/i18n/i18n";

/** Messages of the account pages (registration, login, password, profile). */
export const authMessages: Catalogues = {
  de: {
    "auth.deletedAccount": "gelöschtes Konto",
    "auth.email.label": "E-Mail-Adresse",
    "auth.email.required": "Bitte geben Sie Ihre E-Mail-Adresse ein.",
    "auth.email.invalid": "Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.de.",
    "auth.displayName.label": "Anzeigename",
    "auth.displayName.hint":
      "So erscheinen Sie auf der Plattform, zum Beispiel bei Ideen und Kommentaren. Ein Spitzname ist in Ordnung.",
    "auth.displayName.required": "Bitte geben Sie einen Anzeigenamen ein.",
    "auth.displayName.tooLong": "Der Anzeigename darf höchstens 80 Zeichen lang sein.",
    "auth.displayName.invalid": "Der Anzeigename enthält Zeichen, die nicht erlaubt sind.",
    "auth.password.label": "Passwort",
    "auth.password.newLabel": "Neues Passwort",
    "auth.password.currentLabel": "Aktuelles Passwort",
    "auth.password.hint":
      "Mindestens 12 Zeichen. Tipp: Reihen Sie mehrere Wörter aneinander. Häufige Passwörter und Passwörter mit Ihrem Namen oder Ihrer E-Mail-Adresse sind nicht erlaubt.",
    "auth.password.required": "Bitte geben Sie ein Passwort ein.",
    "auth.password.tooShort": "Das Passwort muss mindestens 12 Zeichen lang sein.",
    "auth.password.tooLong": "Das Passwort darf höchstens 200 Zeichen lang sein.",
    "auth.password.common":
      "Dieses Passwort wird sehr häufig benutzt und ist leicht zu erraten. Bitte wählen Sie ein anderes.",
    "auth.password.personal": "Das Passwort darf Ihre E-Mail-Adresse oder Ihren Namen nicht enthalten.",
    "auth.password.wrong": "Das Passwort ist nicht richtig.",
    "auth.link.invalid": "Dieser Link funktioniert nicht (mehr).",
    "auth.link.invalidText": "Der Link ist abgelaufen, wurde schon benutzt oder ist unvollständig.",

    "auth.login.title": "Anmelden",
    "auth.login.submit": "Anmelden",
    "auth.login.forgot": "Passwort vergessen?",
    "auth.login.noAccount": "Noch kein Konto?",
    "auth.login.registerLink": "Jetzt registrieren",
    "auth.login.failed": "E-Mail-Adresse oder Passwort sind nicht richtig.",
    "auth.login.unverified":
      "Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse. Folgen Sie dazu dem Link in der E-Mail, die wir Ihnen nach der Registrierung geschickt haben.",
    "auth.login.resendLink": "Bestätigungslink erneut schicken",
    "auth.login.notice.verified": "Ihre E-Mail-Adresse ist bestätigt. Sie können sich jetzt anmelden.",
    "auth.login.notice.passwordReset": "Ihr neues Passwort ist gespeichert. Bitte melden Sie sich damit an.",
    "auth.login.notice.loggedOut": "Sie haben sich abgemeldet.",
    "auth.login.notice.loginRequired": "Bitte melden Sie sich an, um diese Seite zu sehen.",

    "auth.register.title": "Registrieren",
    "auth.register.intro":
      "Mit einem Konto können Sie Ideen einbringen, an Werkstätten teilnehmen und beim Bürger:innenhaushalt abstimmen.",
    "auth.register.emailHint": "Wir schicken Ihnen einen Link, mit dem Sie die Adresse bestätigen.",
    "auth.register.submit": "Konto anlegen",
    "auth.register.privacy": "Wie wir mit Ihren Daten umgehen, steht in der",
    "auth.register.privacyLink": "Datenschutzerklärung",
    "auth.register.haveAccount": "Sie haben schon ein Konto?",
    "auth.register.loginLink": "Zur Anmeldung",

    "auth.checkMail.title": "Bitte schauen Sie in Ihr Postfach",
    "auth.checkMail.text":
      "Wir haben Ihnen eine E-Mail geschickt. Folgen Sie dem Link darin, um Ihre E-Mail-Adresse zu bestätigen. Der Link gilt 24 Stunden.",
    "auth.checkMail.existingHint":
      "Falls Sie mit dieser Adresse schon ein Konto haben, bekommen Sie stattdessen eine E-Mail mit Hinweisen zur Anmeldung.",
    "auth.checkMail.noMail": "Keine E-Mail bekommen? Schauen Sie bitte auch im Spam-Ordner nach, oder",
    "auth.checkMail.resendLink": "lassen Sie sich den Link noch einmal schicken",

    "auth.verify.title": "E-Mail-Adresse bestätigt",
    "auth.verify.text": "Vielen Dank! Ihre E-Mail-Adresse ist bestätigt.",
    "auth.verify.loginLink": "Jetzt anmelden",
    "auth.verify.changedTitle": "Neue E-Mail-Adresse bestätigt",
    "auth.verify.changedText":
      "Ihr Konto verwendet ab jetzt die neue E-Mail-Adresse. An die alte Adresse haben wir einen Hinweis geschickt.",
    "auth.verify.profileLink": "Zu meinem Konto",
    "auth.verify.invalidTitle": "Dieser Link funktioniert nicht (mehr)",
    "auth.verify.takenText":
      "Diese E-Mail-Adresse gehört inzwischen zu einem anderen Konto. Ihre Adresse wurde nicht geändert.",

    "auth.resend.title": "Bestätigungslink erneut schicken",
    "auth.resend.intro":
      "Geben Sie die E-Mail-Adresse ein, mit der Sie sich registriert haben. Wenn sie noch nicht bestätigt ist, schicken wir Ihnen einen neuen Link.",
    "auth.resend.submit": "Link schicken",
    "auth.resend.sentTitle": "Bitte schauen Sie in Ihr Postfach",
    "auth.resend.sentText":
      "Wenn zu dieser Adresse ein Konto gehört, das noch nicht bestätigt ist, haben wir Ihnen einen neuen Link geschickt. Er gilt 24 Stunden.",

    "auth.forgot.title": "Passwort vergessen",
    "auth.forgot.intro":
      "Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort festlegen können.",
    "auth.forgot.submit": "Link anfordern",
    "auth.forgot.sentTitle": "Bitte schauen Sie in Ihr Postfach",
    "auth.forgot.sentText":
      "Wenn zu dieser Adresse ein Konto gehört, haben wir Ihnen eine E-Mail geschickt. Der Link darin gilt eine Stunde und kann nur einmal benutzt werden.",
    "auth.forgot.backToLogin": "Zurück zur Anmeldung",

    "auth.reset.title": "Neues Passwort festlegen",
    "auth.reset.intro":
      "Nach dem Speichern werden Sie auf allen Geräten abgemeldet und können sich mit dem neuen Passwort anmelden.",
    "auth.reset.submit": "Passwort speichern",
    "auth.reset.newLink": "Neuen Link anfordern",

    "auth.profile.title": "Mein Konto",
    "auth.profile.intro":
      "Hier ändern Sie Ihre Angaben, Ihre Anmeldedaten und entscheiden, was mit Ihren Daten geschieht.",
    "auth.profile.detailsHeading": "Persönliche Angaben",
    "auth.profile.language.label": "Bevorzugte Sprache",
    "auth.profile.language.hint": "In dieser Sprache zeigen wir Ihnen die Seiten und schicken Ihnen E-Mails.",
    "auth.profile.language.invalid": "Bitte wählen Sie eine der angebotenen Sprachen.",
    "auth.profile.district.label": "Bezirk (freiwillig)",
    "auth.profile.district.hint":
      "Hilft uns zu sehen, ob sich alle Teile der Stadt beteiligen. Wird nicht öffentlich angezeigt. Entscheidet nicht, wo Sie im Bürger:innenhaushalt abstimmen: Das erklären oder bestätigen Sie bei jedem Haushalt auf der Abstimmungsseite.",
    "auth.profile.district.invalid": "Bitte wählen Sie einen der Berliner Bezirke oder „Keine Angabe“.",
    "auth.profile.stakeholderGroup.label": "Ich bin hier vor allem als … (freiwillig)",
    "auth.profile.stakeholderGroup.hint":
      "Hilft uns zu sehen, ob alle Gruppen der Stadtgesellschaft vertreten sind. Wird nicht öffentlich angezeigt.",
    "auth.profile.stakeholderGroup.invalid": "Bitte wählen Sie eine der angebotenen Gruppen oder „Keine Angabe“.",
    "auth.profile.noAnswer": "Keine Angabe",
    "auth.profile.save": "Angaben speichern",
    "auth.profile.saved": "Ihre Angaben sind gespeichert.",
    "auth.language.back": "Zurück zur Seite",
    "auth.profile.emailHeading": "E-Mail-Adresse",
    "auth.profile.emailCurrent": "Ihre E-Mail-Adresse: {email}",
    "auth.profile.emailChangeLink": "E-Mail-Adresse ändern",
    "auth.profile.passwordHeading": "Passwort",
    "auth.profile.passwordChangeLink": "Passwort ändern",
    "auth.profile.tokensHeading": "API-Schlüssel",
    "auth.profile.tokensText":
      "Mit einem API-Schlüssel können Programme in Ihrem Namen auf die offene Schnittstelle zugreifen. Aktiv: {count}.",
    "auth.profile.tokensLink": "API-Schlüssel verwalten",
    "auth.profile.dataHeading": "Meine Daten",
    "auth.profile.dataText":
      "Laden Sie alles herunter, was die Plattform über Ihr Konto gespeichert hat (als JSON-Datei).",
    "auth.profile.dataLink": "Meine Daten herunterladen",
    "auth.profile.deleteHeading": "Konto löschen",
    "auth.profile.deleteText":
      "Sie können Ihr Konto jederzeit löschen. Ihre Beiträge bleiben erhalten, aber ohne Ihren Namen.",
    "auth.profile.deleteLink": "Konto löschen",
    "auth.profile.backLink": "Zurück zu „Mein Konto“",

    "auth.changeEmail.title": "E-Mail-Adresse ändern",
    "auth.changeEmail.intro":
      "Wir schicken einen Bestätigungslink an die neue Adresse. Erst wenn Sie ihm folgen, wird die Adresse geändert. Bis dahin gilt Ihre bisherige Adresse: {email}",
    "auth.changeEmail.newLabel": "Neue E-Mail-Adresse",
    "auth.changeEmail.passwordHint": "Zu Ihrer Sicherheit: Bitte bestätigen Sie die Änderung mit Ihrem Passwort.",
    "auth.changeEmail.submit": "Bestätigungslink schicken",
    "auth.changeEmail.sent":
      "Wir haben einen Bestätigungslink an die neue Adresse geschickt. Erst wenn Sie ihm folgen, wird Ihre E-Mail-Adresse geändert.",
    "auth.changeEmail.same": "Das ist bereits Ihre E-Mail-Adresse.",
    "auth.changeEmail.taken": "Diese E-Mail-Adresse gehört inzwischen zu einem anderen Konto.",

    "auth.changePassword.title": "Passwort ändern",
    "auth.changePassword.intro": "Nach der Änderung werden Sie auf allen anderen Geräten abgemeldet.",
    "auth.changePassword.submit": "Passwort ändern",
    "auth.changePassword.done": "Ihr Passwort ist geändert. Auf allen anderen Geräten wurden Sie abgemeldet.",

    "auth.tokens.title": "API-Schlüssel",
    "auth.tokens.intro":
      "Ein API-Schlüssel erlaubt einem Programm, in Ihrem Namen die Schnittstelle der Plattform zu benutzen. Geben Sie ihn nicht weiter. Sie können ihn jederzeit widerrufen.",
    "auth.tokens.createHeading": "Neuen Schlüssel erstellen",
    "auth.tokens.name.label": "Name des Schlüssels",
    "auth.tokens.name.hint": "Damit Sie ihn später wiedererkennen, zum Beispiel der Name des Programms.",
    "auth.tokens.name.required": "Bitte geben Sie dem Schlüssel einen Namen.",
    "auth.tokens.name.tooLong": "Der Name darf höchstens 80 Zeichen lang sein.",
    "auth.tokens.tooMany":
      "Sie haben schon 20 aktive Schlüssel. Bitte widerrufen Sie zuerst einen, den Sie nicht mehr brauchen.",
    "auth.tokens.create": "Schlüssel erstellen",
    "auth.tokens.createdHeading": "Ihr neuer Schlüssel „{name}“",
    "auth.tokens.createdText":
      "Kopieren Sie den Schlüssel jetzt und bewahren Sie ihn sicher auf. Er wird nur dieses eine Mal angezeigt.",
    "auth.tokens.createdUsage":
      "So benutzen Sie ihn: Senden Sie bei jeder Anfrage den Header „Authorization: Bearer“ gefolgt vom Schlüssel.",
    "auth.tokens.listHeading": "Ihre aktiven Schlüssel",
    "auth.tokens.none": "Sie haben noch keine API-Schlüssel.",
    "auth.tokens.column.name": "Name",
    "auth.tokens.column.created": "Erstellt",
    "auth.tokens.column.lastUsed": "Zuletzt benutzt",
    "auth.tokens.column.action": "Aktion",
    "auth.tokens.neverUsed": "noch nie",
    "auth.tokens.revoke": "Widerrufen",
    "auth.tokens.revokeTarget": "(Schlüssel „{name}“)",
    "auth.tokens.revoked": "Der Schlüssel „{name}“ ist widerrufen und funktioniert nicht mehr.",

    "auth.delete.title": "Konto löschen",
    "auth.delete.intro": "Wenn Sie Ihr Konto löschen,",
    "auth.delete.point.data":
      "werden Ihre E-Mail-Adresse, Ihr Name, Ihr Passwort und Ihre freiwilligen Angaben gelöscht,",
    "auth.delete.point.sessions": "werden Sie überall abgemeldet und Ihre API-Schlüssel funktionieren nicht mehr,",
    "auth.delete.point.contributions":
      "bleiben Ihre Beiträge (zum Beispiel Ideen) erhalten, erscheinen aber als „gelöschtes Konto“.",
    "auth.delete.irreversible":
      "Das lässt sich nicht rückgängig machen. Laden Sie vorher Ihre Daten herunter, wenn Sie sie behalten möchten.",
    "auth.delete.passwordHint": "Bitte bestätigen Sie mit Ihrem Passwort, dass Sie Ihr Konto löschen möchten.",
    "auth.delete.submit": "Konto endgültig löschen",
    "auth.delete.lastAdministrator":
      "Sie sind die einzige Person mit Verwaltungsrechten. Bitte geben Sie diese Rechte zuerst einer anderen Person, damit die Plattform verwaltet werden kann.",
    "auth.deleted.title": "Ihr Konto ist gelöscht",
    "auth.deleted.text":
      "Ihre persönlichen Daten sind gelöscht und Sie sind abgemeldet. Vielen Dank, dass Sie mitgemacht haben.",
    "auth.deleted.home": "Zur Startseite",
  },
  en: {
    "auth.deletedAccount": "deleted account",
    "auth.email.label": "E-mail address",
    "auth.email.required": "Please enter your e-mail address.",
    "auth.email.invalid": "Please enter a valid e-mail address, for example name@example.org.",
    "auth.displayName.label": "Display name",
    "auth.displayName.hint":
      "This is how you appear on the platform, for example with ideas and comments. A nickname is fine.",
    "auth.displayName.required": "Please enter a display name.",
    "auth.displayName.tooLong": "The display name can be at most 80 characters long.",
    "auth.displayName.invalid": "The display name contains characters that are not allowed.",
    "auth.password.label": "Password",
    "auth.password.newLabel": "New password",
    "auth.password.currentLabel": "Current password",
    "auth.password.hint":
      "At least 12 characters. Tip: put several words together. Common passwords and passwords with your name or e-mail address are not allowed.",
    "auth.password.required": "Please enter a password.",
    "auth.password.tooShort": "The password must be at least 12 characters long.",
    "auth.password.tooLong": "The password can be at most 200 characters long.",
    "auth.password.common": "This password is used very often and is easy to guess. Please choose another one.",
    "auth.password.personal": "The password must not contain your e-mail address or your name.",
    "auth.password.wrong": "The password is not correct.",
    "auth.link.invalid": "This link does not work (any more).",
    "auth.link.invalidText": "The link has expired, has already been used or is incomplete.",

    "auth.login.title": "Log in",
    "auth.login.submit": "Log in",
    "auth.login.forgot": "Forgotten your password?",
    "auth.login.noAccount": "No account yet?",
    "auth.login.registerLink": "Register now",
    "auth.login.failed": "The e-mail address or the password is not correct.",
    "auth.login.unverified":
      "Please confirm your e-mail address first. To do so, follow the link in the e-mail we sent you after you registered.",
    "auth.login.resendLink": "Send the confirmation link again",
    "auth.login.notice.verified": "Your e-mail address is confirmed. You can log in now.",
    "auth.login.notice.passwordReset": "Your new password is saved. Please log in with it.",
    "auth.login.notice.loggedOut": "You have logged out.",
    "auth.login.notice.loginRequired": "Please log in to see this page.",

    "auth.register.title": "Register",
    "auth.register.intro":
      "With an account you can bring in ideas, take part in workshops and vote in the citizen budget.",
    "auth.register.emailHint": "We will send you a link to confirm the address.",
    "auth.register.submit": "Create account",
    "auth.register.privacy": "How we handle your data is explained in the",
    "auth.register.privacyLink": "privacy statement",
    "auth.register.haveAccount": "Already have an account?",
    "auth.register.loginLink": "Go to login",

    "auth.checkMail.title": "Please check your inbox",
    "auth.checkMail.text":
      "We have sent you an e-mail. Follow the link in it to confirm your e-mail address. The link is valid for 24 hours.",
    "auth.checkMail.existingHint":
      "If you already have an account with this address, you will get an e-mail with login tips instead.",
    "auth.checkMail.noMail": "No e-mail? Please also look in your spam folder, or",
    "auth.checkMail.resendLink": "have the link sent again",

    "auth.verify.title": "E-mail address confirmed",
    "auth.verify.text": "Thank you! Your e-mail address is confirmed.",
    "auth.verify.loginLink": "Log in now",
    "auth.verify.changedTitle": "New e-mail address confirmed",
    "auth.verify.changedText": "Your account now uses the new e-mail address. We have sent a note to the old address.",
    "auth.verify.profileLink": "Go to my account",
    "auth.verify.invalidTitle": "This link does not work (any more)",
    "auth.verify.takenText": "This e-mail address now belongs to another account. Your address was not changed.",

    "auth.resend.title": "Send the confirmation link again",
    "auth.resend.intro":
      "Enter the e-mail address you registered with. If it is not confirmed yet, we will send you a new link.",
    "auth.resend.submit": "Send link",
    "auth.resend.sentTitle": "Please check your inbox",
    "auth.resend.sentText":
      "If there is an account for this address that is not confirmed yet, we have sent you a new link. It is valid for 24 hours.",

    "auth.forgot.title": "Forgotten password",
    "auth.forgot.intro": "Enter the e-mail address of your account. We will send you a link to set a new password.",
    "auth.forgot.submit": "Request link",
    "auth.forgot.sentTitle": "Please check your inbox",
    "auth.forgot.sentText":
      "If there is an account for this address, we have sent you an e-mail. The link in it is valid for one hour and can be used only once.",
    "auth.forgot.backToLogin": "Back to login",

    "auth.reset.title": "Set a new password",
    "auth.reset.intro": "After saving, you will be logged out on all devices and can log in with the new password.",
    "auth.reset.submit": "Save password",
    "auth.reset.newLink": "Request a new link",

    "auth.profile.title": "My account",
    "auth.profile.intro": "Here you change your details and your login, and decide what happens to your data.",
    "auth.profile.detailsHeading": "Personal details",
    "auth.profile.language.label": "Preferred language",
    "auth.profile.language.hint": "We show you the pages and send you e-mails in this language.",
    "auth.profile.language.invalid": "Please choose one of the languages offered.",
    "auth.profile.district.label": "District (optional)",
    "auth.profile.district.hint":
      "Helps us see whether all parts of the city take part. Not shown publicly. It does not decide where you vote in the citizen budget: you declare or confirm that for each budget on its voting page.",
    "auth.profile.district.invalid": "Please choose one of Berlin's districts or “No answer”.",
    "auth.profile.stakeholderGroup.label": "I am here mainly as … (optional)",
    "auth.profile.stakeholderGroup.hint":
      "Helps us see whether all groups of the city are represented. Not shown publicly.",
    "auth.profile.stakeholderGroup.invalid": "Please choose one of the groups offered or “No answer”.",
    "auth.profile.noAnswer": "No answer",
    "auth.profile.save": "Save details",
    "auth.profile.saved": "Your details are saved.",
    "auth.language.back": "Back to the page",
    "auth.profile.emailHeading": "E-mail address",
    "auth.profile.emailCurrent": "Your e-mail address: {email}",
    "auth.profile.emailChangeLink": "Change e-mail address",
    "auth.profile.passwordHeading": "Password",
    "auth.profile.passwordChangeLink": "Change password",
    "auth.profile.tokensHeading": "API tokens",
    "auth.profile.tokensText":
      "With an API token, programs can use the open interface on your behalf. Active: {count}.",
    "auth.profile.tokensLink": "Manage API tokens",
    "auth.profile.dataHeading": "My data",
    "auth.profile.dataText": "Download everything the platform has stored about your account (as a JSON file).",
    "auth.profile.dataLink": "Download my data",
    "auth.profile.deleteHeading": "Delete account",
    "auth.profile.deleteText":
      "You can delete your account at any time. Your contributions stay, but without your name.",
    "auth.profile.deleteLink": "Delete account",
    "auth.profile.backLink": "Back to “My account”",

    "auth.changeEmail.title": "Change e-mail address",
    "auth.changeEmail.intro":
      "We will send a confirmation link to the new address. The address changes only when you follow it. Until then your current address stays in use: {email}",
    "auth.changeEmail.newLabel": "New e-mail address",
    "auth.changeEmail.passwordHint": "For your security: please confirm the change with your password.",
    "auth.changeEmail.submit": "Send confirmation link",
    "auth.changeEmail.sent":
      "We have sent a confirmation link to the new address. Your e-mail address changes only when you follow it.",
    "auth.changeEmail.same": "This already is your e-mail address.",
    "auth.changeEmail.taken": "This e-mail address now belongs to another account.",

    "auth.changePassword.title": "Change password",
    "auth.changePassword.intro": "After the change you will be logged out on all other devices.",
    "auth.changePassword.submit": "Change password",
    "auth.changePassword.done": "Your password is changed. You have been logged out on all other devices.",

    "auth.tokens.title": "API tokens",
    "auth.tokens.intro":
      "An API token lets a program use the platform's interface on your behalf. Do not share it. You can revoke it at any time.",
    "auth.tokens.createHeading": "Create a new token",
    "auth.tokens.name.label": "Name of the token",
    "auth.tokens.name.hint": "So that you recognise it later, for example the name of the program.",
    "auth.tokens.name.required": "Please give the token a name.",
    "auth.tokens.name.tooLong": "The name can be at most 80 characters long.",
    "auth.tokens.tooMany": "You already have 20 active tokens. Please first revoke one you no longer need.",
    "auth.tokens.create": "Create token",
    "auth.tokens.createdHeading": "Your new token “{name}”",
    "auth.tokens.createdText": "Copy the token now and keep it safe. It is shown only this once.",
    "auth.tokens.createdUsage":
      "How to use it: send the header “Authorization: Bearer” followed by the token with every request.",
    "auth.tokens.listHeading": "Your active tokens",
    "auth.tokens.none": "You do not have any API tokens yet.",
    "auth.tokens.column.name": "Name",
    "auth.tokens.column.created": "Created",
    "auth.tokens.column.lastUsed": "Last used",
    "auth.tokens.column.action": "Action",
    "auth.tokens.neverUsed": "never",
    "auth.tokens.revoke": "Revoke",
    "auth.tokens.revokeTarget": "(token “{name}”)",
    "auth.tokens.revoked": "The token “{name}” is revoked and no longer works.",

    "auth.delete.title": "Delete account",
    "auth.delete.intro": "If you delete your account,",
    "auth.delete.point.data": "your e-mail address, your name, your password and your optional details are deleted,",
    "auth.delete.point.sessions": "you are logged out everywhere and your API tokens stop working,",
    "auth.delete.point.contributions": "your contributions (for example ideas) stay, but appear as “deleted account”.",
    "auth.delete.irreversible": "This cannot be undone. Download your data first if you want to keep it.",
    "auth.delete.passwordHint": "Please confirm with your password that you want to delete your account.",
    "auth.delete.submit": "Delete account for good",
    "auth.delete.lastAdministrator":
      "You are the only person with administration rights. Please give these rights to someone else first, so that the platform can still be managed.",
    "auth.deleted.title": "Your account is deleted",
    "auth.deleted.text": "Your personal data is deleted and you are logged out. Thank you for taking part.",
    "auth.deleted.home": "Go to the home page",
  },
};
