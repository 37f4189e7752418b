import type { Catalogues } from "../../../platform/i18n/i18n";

/** Messages of the second factor: setting up the app, the second sign-in step, recovery codes. */
export const twoFactorMessages: Catalogues = {
  de: {
    "auth.profile.twoFactorHeading": "Anmeldung mit zweitem Faktor",
    "auth.profile.twoFactorText":
      "Mit einer App auf Ihrem Telefon schützen Sie Ihr Konto zusätzlich: Nach dem Passwort fragen wir dann nach einem Code aus der App.",
    "auth.profile.twoFactorLink": "Zweiten Faktor verwalten",

    "auth.twoFactor.title": "Anmeldung mit zweitem Faktor",
    "auth.twoFactor.intro":
      "Mit einem zweiten Faktor reicht das Passwort allein nicht mehr: Bei jeder Anmeldung geben Sie zusätzlich einen Code ein, den eine App auf Ihrem Telefon alle 30 Sekunden neu anzeigt.",
    "auth.twoFactor.requiredNotice":
      "Ihr Konto hat besondere Rechte. Deshalb brauchen Sie einen zweiten Faktor, bevor Sie weitermachen können. Die Einrichtung dauert etwa zwei Minuten.",
    "auth.twoFactor.required": "Ihr Konto hat besondere Rechte und braucht deshalb einen zweiten Faktor.",
    "auth.twoFactor.statusOff": "Der zweite Faktor ist ausgeschaltet.",
    "auth.twoFactor.statusOn": "Der zweite Faktor ist eingeschaltet.",
    "auth.twoFactor.recoveryLeft": "Ungenutzte Wiederherstellungscodes: {count}",
    "auth.twoFactor.recoveryLow":
      "Sie haben nur noch wenige Wiederherstellungscodes. Schalten Sie den zweiten Faktor aus und richten Sie ihn neu ein, dann bekommen Sie zehn neue.",
    "auth.twoFactor.start": "Zweiten Faktor einrichten",
    "auth.twoFactor.restart": "Mit einem neuen Schlüssel neu beginnen",
    "auth.twoFactor.step1": "1. App installieren",
    "auth.twoFactor.step1Text":
      "Sie brauchen eine Authenticator-App auf Ihrem Telefon, zum Beispiel FreeOTP, Aegis, 2FAS, Google Authenticator oder Microsoft Authenticator.",
    "auth.twoFactor.step2": "2. Konto in der App hinzufügen",
    "auth.twoFactor.step2Text": "Scannen Sie diesen QR-Code mit der App:",
    "auth.twoFactor.qrLabel": "QR-Code zum Einrichten der App",
    "auth.twoFactor.manual": "Oder geben Sie diesen Schlüssel in der App von Hand ein (Leerzeichen sind egal):",
    "auth.twoFactor.manualDetails": "Art: zeitbasiert (TOTP), 6 Ziffern, alle 30 Sekunden.",
    "auth.twoFactor.step3": "3. Code bestätigen",
    "auth.twoFactor.code.label": "Code aus der App",
    "auth.twoFactor.code.hint": "Die sechs Ziffern, die die App gerade anzeigt.",
    "auth.twoFactor.code.required": "Bitte geben Sie den Code aus der App ein.",
    "auth.twoFactor.code.wrong":
      "Dieser Code stimmt nicht. Bitte geben Sie den Code ein, den die App gerade anzeigt. Stimmt er wieder nicht, prüfen Sie, ob die Uhrzeit Ihres Telefons richtig eingestellt ist.",
    "auth.twoFactor.confirm": "Bestätigen und einschalten",
    "auth.twoFactor.alreadyOn": "Der zweite Faktor ist schon eingeschaltet.",
    "auth.twoFactor.notStarted": "Bitte beginnen Sie die Einrichtung noch einmal.",
    "auth.twoFactor.notOn": "Der zweite Faktor ist nicht eingeschaltet.",
    "auth.twoFactor.disableHeading": "Ausschalten oder neues Telefon",
    "auth.twoFactor.disableText":
      "Wenn Sie ein neues Telefon haben oder Ihres verloren ist: Schalten Sie den zweiten Faktor hier aus und richten Sie ihn dann neu ein. Dabei werden Sie auf allen anderen Geräten abgemeldet.",
    "auth.twoFactor.disableRequiredText":
      "Ihr Konto braucht einen zweiten Faktor: Nach dem Ausschalten richten Sie ihn gleich neu ein.",
    "auth.twoFactor.disable": "Zweiten Faktor ausschalten",
    "auth.twoFactor.notice.required": "Bevor Sie weitermachen können, richten Sie bitte einen zweiten Faktor ein.",
    "auth.twoFactor.notice.disabled": "Der zweite Faktor ist ausgeschaltet.",
    "auth.twoFactor.notice.recoveryUsed":
      "Sie haben sich mit einem Wiederherstellungscode angemeldet. Dieser Code ist jetzt verbraucht. Haben Sie Ihr Telefon verloren? Dann schalten Sie den zweiten Faktor unten aus und richten Sie ihn auf dem neuen Telefon neu ein.",
    "auth.twoFactor.codesTitle": "Ihre Wiederherstellungscodes",
    "auth.twoFactor.codesDone": "Der zweite Faktor ist eingeschaltet.",
    "auth.twoFactor.codesIntro":
      "Wenn Sie Ihr Telefon verlieren, melden Sie sich mit einem dieser Codes an. Jeder Code funktioniert nur einmal.",
    "auth.twoFactor.codesOnce":
      "Wir zeigen die Codes nur dieses eine Mal. Bitte drucken Sie sie aus oder schreiben Sie sie ab und bewahren Sie sie getrennt von Ihrem Telefon auf.",
    "auth.twoFactor.codesContinue": "Weiter zu „Mein Konto“",
    "auth.twoFactor.backLink": "Zurück zu „Mein Konto“",

    "auth.secondFactor.title": "Code eingeben",
    "auth.secondFactor.intro": "Ihr Passwort war richtig. Bitte geben Sie jetzt den Code aus Ihrer App ein.",
    "auth.secondFactor.code.label": "Code aus der App oder Wiederherstellungscode",
    "auth.secondFactor.code.hint":
      "Sechs Ziffern aus der App. Haben Sie Ihr Telefon nicht? Dann geben Sie einen Ihrer Wiederherstellungscodes ein (16 Zeichen).",
    "auth.secondFactor.code.required": "Bitte geben Sie den Code aus Ihrer App oder einen Wiederherstellungscode ein.",
    "auth.secondFactor.submit": "Anmelden",
    "auth.secondFactor.failed":
      "Dieser Code stimmt nicht oder wurde schon benutzt. Bitte geben Sie den Code ein, den die App gerade anzeigt.",
    "auth.secondFactor.expired": "Die Anmeldung hat zu lange gedauert. Bitte melden Sie sich noch einmal an.",
    "auth.secondFactor.restart": "Noch einmal anmelden",
    "auth.secondFactor.lost":
      "Sie haben weder Ihr Telefon noch Ihre Wiederherstellungscodes? Dann kann eine Administratorin oder ein Administrator den zweiten Faktor Ihres Kontos zurücksetzen.",
  },
  en: {
    "auth.profile.twoFactorHeading": "Sign-in with a second factor",
    "auth.profile.twoFactorText":
      "An app on your phone gives your account extra protection: after your password, we then ask for a code from the app.",
    "auth.profile.twoFactorLink": "Manage the second factor",

    "auth.twoFactor.title": "Sign-in with a second factor",
    "auth.twoFactor.intro":
      "With a second factor, the password alone is no longer enough: each time you sign in, you also enter a code that an app on your phone shows, a new one every 30 seconds.",
    "auth.twoFactor.requiredNotice":
      "Your account has special rights. That is why you need a second factor before you can go on. Setting it up takes about two minutes.",
    "auth.twoFactor.required": "Your account has special rights and therefore needs a second factor.",
    "auth.twoFactor.statusOff": "The second factor is off.",
    "auth.twoFactor.statusOn": "The second factor is on.",
    "auth.twoFactor.recoveryLeft": "Unused recovery codes: {count}",
    "auth.twoFactor.recoveryLow":
      "You have only a few recovery codes left. Switch the second factor off and set it up again, and you will get ten new ones.",
    "auth.twoFactor.start": "Set up a second factor",
    "auth.twoFactor.restart": "Start again with a new key",
    "auth.twoFactor.step1": "1. Install an app",
    "auth.twoFactor.step1Text":
      "You need an authenticator app on your phone, for example FreeOTP, Aegis, 2FAS, Google Authenticator or Microsoft Authenticator.",
    "auth.twoFactor.step2": "2. Add the account in the app",
    "auth.twoFactor.step2Text": "Scan this QR code with the app:",
    "auth.twoFactor.qrLabel": "QR code for setting up the app",
    "auth.twoFactor.manual": "Or type this key into the app by hand (spaces do not matter):",
    "auth.twoFactor.manualDetails": "Type: time-based (TOTP), 6 digits, every 30 seconds.",
    "auth.twoFactor.step3": "3. Confirm a code",
    "auth.twoFactor.code.label": "Code from the app",
    "auth.twoFactor.code.hint": "The six digits the app shows right now.",
    "auth.twoFactor.code.required": "Please enter the code from the app.",
    "auth.twoFactor.code.wrong":
      "This code is not right. Please enter the code the app shows right now. If it is wrong again, check that your phone's clock is set correctly.",
    "auth.twoFactor.confirm": "Confirm and switch on",
    "auth.twoFactor.alreadyOn": "The second factor is already on.",
    "auth.twoFactor.notStarted": "Please start the set-up again.",
    "auth.twoFactor.notOn": "The second factor is not on.",
    "auth.twoFactor.disableHeading": "Switch off, or a new phone",
    "auth.twoFactor.disableText":
      "If you have a new phone or lost yours: switch the second factor off here, then set it up again. This signs you out on every other device.",
    "auth.twoFactor.disableRequiredText":
      "Your account needs a second factor: after switching it off, you set it up again right away.",
    "auth.twoFactor.disable": "Switch the second factor off",
    "auth.twoFactor.notice.required": "Before you can go on, please set up a second factor.",
    "auth.twoFactor.notice.disabled": "The second factor is off.",
    "auth.twoFactor.notice.recoveryUsed":
      "You signed in with a recovery code. That code is now used up. Did you lose your phone? Then switch the second factor off below and set it up again on the new phone.",
    "auth.twoFactor.codesTitle": "Your recovery codes",
    "auth.twoFactor.codesDone": "The second factor is on.",
    "auth.twoFactor.codesIntro": "If you lose your phone, sign in with one of these codes. Each code works only once.",
    "auth.twoFactor.codesOnce":
      "We show these codes this one time only. Please print them or write them down and keep them apart from your phone.",
    "auth.twoFactor.codesContinue": "Continue to “My account”",
    "auth.twoFactor.backLink": "Back to “My account”",

    "auth.secondFactor.title": "Enter your code",
    "auth.secondFactor.intro": "Your password was right. Now please enter the code from your app.",
    "auth.secondFactor.code.label": "Code from the app or recovery code",
    "auth.secondFactor.code.hint":
      "Six digits from the app. Don't have your phone? Then enter one of your recovery codes (16 characters).",
    "auth.secondFactor.code.required": "Please enter the code from your app or a recovery code.",
    "auth.secondFactor.submit": "Sign in",
    "auth.secondFactor.failed":
      "This code is not right or has been used already. Please enter the code the app shows right now.",
    "auth.secondFactor.expired": "Signing in took too long. Please sign in again.",
    "auth.secondFactor.restart": "Sign in again",
    "auth.secondFactor.lost":
      "You have neither your phone nor your recovery codes? Then an administrator can reset the second factor of your account.",
  },
};
