import type { Catalogues } from "../i18n/i18n";

/** Texts of the mails the platform sends about accounts. */
export const mailMessages: Catalogues = {
  de: {
    "mail.greeting": "Hallo {name},",
    "mail.signature": "Viele Grüße\nIhr Team von Gemeinsam",
    "mail.footer": "Diese E-Mail wurde automatisch von der Plattform Gemeinsam verschickt.",
    "mail.linkFallback": "Falls die Schaltfläche nicht funktioniert, kopieren Sie diesen Link in Ihren Browser:",
    "mail.verify.subject": "Bitte bestätigen Sie Ihre E-Mail-Adresse",
    "mail.verify.text":
      "Sie haben sich bei Gemeinsam registriert. Bitte bestätigen Sie Ihre E-Mail-Adresse, damit Sie sich anmelden können.",
    "mail.verify.expiry": "Der Link gilt 24 Stunden und kann nur einmal benutzt werden.",
    "mail.verify.action": "E-Mail-Adresse bestätigen",
    "mail.verify.ignore": "Wenn Sie sich nicht registriert haben, können Sie diese E-Mail einfach ignorieren.",
    "mail.existing.subject": "Sie haben bereits ein Konto",
    "mail.existing.text":
      "Jemand hat versucht, mit dieser E-Mail-Adresse ein neues Konto bei Gemeinsam anzulegen. Zu dieser Adresse gibt es aber schon ein Konto.",
    "mail.existing.login": "Wenn Sie das waren, melden Sie sich einfach an: {loginUrl}",
    "mail.existing.reset": "Passwort vergessen? Hier können Sie ein neues festlegen: {resetUrl}",
    "mail.existing.ignore":
      "Wenn Sie das nicht waren, können Sie diese E-Mail ignorieren. Ihr Konto bleibt unverändert.",
    "mail.reset.subject": "Neues Passwort festlegen",
    "mail.reset.text": "Sie haben ein neues Passwort für Ihr Konto bei Gemeinsam angefordert.",
    "mail.reset.expiry": "Der Link gilt eine Stunde und kann nur einmal benutzt werden.",
    "mail.reset.action": "Neues Passwort festlegen",
    "mail.reset.ignore":
      "Wenn Sie kein neues Passwort angefordert haben, können Sie diese E-Mail ignorieren. Ihr bisheriges Passwort bleibt gültig.",
    "mail.changeEmail.subject": "Bitte bestätigen Sie Ihre neue E-Mail-Adresse",
    "mail.changeEmail.text":
      "Sie möchten die E-Mail-Adresse Ihres Kontos bei Gemeinsam ändern. Bitte bestätigen Sie, dass diese Adresse Ihnen gehört.",
    "mail.changeEmail.expiry":
      "Der Link gilt 24 Stunden und kann nur einmal benutzt werden. Bis dahin gilt Ihre bisherige Adresse.",
    "mail.changeEmail.action": "Neue Adresse bestätigen",
    "mail.changeEmail.ignore": "Wenn Sie das nicht waren, können Sie diese E-Mail ignorieren.",
    "mail.emailChanged.subject": "Die E-Mail-Adresse Ihres Kontos wurde geändert",
    "mail.emailChanged.text":
      "Die E-Mail-Adresse Ihres Kontos bei Gemeinsam wurde soeben auf {newEmail} geändert. An diese Adresse schicken wir keine E-Mails mehr.",
    "mail.emailChanged.notYou":
      "Wenn Sie das nicht waren, wenden Sie sich bitte sofort an das Team der Plattform (Kontakt im Impressum: {imprintUrl}).",
  },
  en: {
    "mail.greeting": "Hello {name},",
    "mail.signature": "Best regards\nThe Gemeinsam team",
    "mail.footer": "This e-mail was sent automatically by the Gemeinsam platform.",
    "mail.linkFallback": "If the button does not work, copy this link into your browser:",
    "mail.verify.subject": "Please confirm your e-mail address",
    "mail.verify.text":
      "You have registered with Gemeinsam. Please confirm your e-mail address so that you can log in.",
    "mail.verify.expiry": "The link is valid for 24 hours and can be used only once.",
    "mail.verify.action": "Confirm e-mail address",
    "mail.verify.ignore": "If you did not register, you can simply ignore this e-mail.",
    "mail.existing.subject": "You already have an account",
    "mail.existing.text":
      "Someone tried to create a new account on Gemeinsam with this e-mail address. But there already is an account for this address.",
    "mail.existing.login": "If that was you, simply log in: {loginUrl}",
    "mail.existing.reset": "Forgotten your password? You can set a new one here: {resetUrl}",
    "mail.existing.ignore": "If that was not you, you can ignore this e-mail. Your account stays as it is.",
    "mail.reset.subject": "Set a new password",
    "mail.reset.text": "You asked for a new password for your account on Gemeinsam.",
    "mail.reset.expiry": "The link is valid for one hour and can be used only once.",
    "mail.reset.action": "Set a new password",
    "mail.reset.ignore":
      "If you did not ask for a new password, you can ignore this e-mail. Your current password stays valid.",
    "mail.changeEmail.subject": "Please confirm your new e-mail address",
    "mail.changeEmail.text":
      "You want to change the e-mail address of your account on Gemeinsam. Please confirm that this address belongs to you.",
    "mail.changeEmail.expiry":
      "The link is valid for 24 hours and can be used only once. Until then your current address stays in use.",
    "mail.changeEmail.action": "Confirm new address",
    "mail.changeEmail.ignore": "If that was not you, you can ignore this e-mail.",
    "mail.emailChanged.subject": "The e-mail address of your account was changed",
    "mail.emailChanged.text":
      "The e-mail address of your account on Gemeinsam has just been changed to {newEmail}. We will no longer send e-mails to this address.",
    "mail.emailChanged.notYou":
      "If that was not you, please contact the platform team right away (contact details in the imprint: {imprintUrl}).",
  },
};
