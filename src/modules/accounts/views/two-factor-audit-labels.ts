import type { Catalogues } from "../../../platform/i18n/i18n";

/** Names of the second-factor actions in the audit log, by action code. */
export const twoFactorAuditLabels: Catalogues = {
  de: {
    "account.login.password": "Passwort richtig, Code aus der App verlangt",
    "account.login.secondFactor": "Angemeldet mit Passwort und Code aus der App",
    "account.twoFactor.setupStart": "Einrichtung des zweiten Faktors begonnen",
    "account.twoFactor.enrol": "Zweiten Faktor eingerichtet",
    "account.twoFactor.disable": "Zweiten Faktor ausgeschaltet",
    "account.twoFactor.recoveryCodeUsed": "Angemeldet mit einem Wiederherstellungscode",
    "account.twoFactor.failed": "Falscher Code bei der Anmeldung",
  },
  en: {
    "account.login.password": "Password right, code from the app asked for",
    "account.login.secondFactor": "Signed in with password and code from the app",
    "account.twoFactor.setupStart": "Setting up the second factor started",
    "account.twoFactor.enrol": "Second factor set up",
    "account.twoFactor.disable": "Second factor switched off",
    "account.twoFactor.recoveryCodeUsed": "Signed in with a recovery code",
    "account.twoFactor.failed": "Wrong code when signing in",
  },
};
