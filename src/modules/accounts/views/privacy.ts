import { declarePrivacy } from "../../../platform/contributions/contributions";

/** What accounts store: the account, sign-ins, the second factor, e-mails and API keys. */
export const accountsPrivacy = declarePrivacy({
  account: {
    legalBasis: ["e", "a"],
    de: {
      name: "Ihr Konto",
      data: "E-Mail-Adresse, angezeigter Name, Passwort (nur als Argon2id-Hash, nie im Klartext), bevorzugte Sprache, Zeitpunkte von Registrierung und Bestätigung; freiwillig: Bezirk und Gruppe (Verwaltung, Wirtschaft, Wissenschaft, Zivilgesellschaft, Einwohner:in).",
      purpose:
        "Anmelden, Mitmachen, E-Mails zu Ihrem Konto. Bezirk und Gruppe helfen zu erkennen, wer sich beteiligt; ausgewertet wird nur zusammengefasst, nie einzeln. Der Bezirk im Profil entscheidet nicht, ob und wo Sie im Bürger:innenhaushalt abstimmen.",
      basis:
        "Das Konto dient der öffentlichen Aufgabe Beteiligung. Bezirk und Gruppe geben Sie freiwillig an (Einwilligung); Sie können sie jederzeit entfernen.",
      retention: "Bis Sie Ihr Konto löschen. Freiwillige Angaben können Sie jederzeit in Ihrem Konto entfernen.",
    },
    en: {
      name: "Your account",
      data: "E-mail address, display name, password (only as an Argon2id hash, never in plain text), preferred language, times of registration and confirmation; optional: district and group (administration, business, science, civil society, resident).",
      purpose:
        "Signing in, taking part, e-mails about your account. District and group help to see who takes part; they are only ever analysed in aggregate, never individually. The district in your profile does not decide whether or where you vote in the citizen budget.",
      basis:
        "The account serves the public task of participation. You give district and group voluntarily (consent); you can remove them at any time.",
      retention: "Until you delete your account. You can remove the optional details in your account at any time.",
    },
  },
  sessions: {
    legalBasis: ["e"],
    de: {
      name: "Anmeldungen (Sitzungen)",
      data: "Eine zufällige Sitzungskennung (nur als Hash gespeichert), Zeitpunkt der Anmeldung und der letzten Anfrage.",
      purpose: "Damit Sie angemeldet bleiben, während Sie die Plattform nutzen.",
      basis: "Technisch nötig für die Beteiligung mit Konto.",
      retention:
        "Eine Sitzung endet, wenn Sie sich abmelden, nach 2 Stunden ohne Aktivität oder spätestens 12 Stunden nach der Anmeldung. Beim Abmelden wird sie sofort gelöscht, eine abgelaufene spätestens eine Stunde später.",
    },
    en: {
      name: "Sign-ins (sessions)",
      data: "A random session id (stored only as a hash), time of sign-in and of the last request.",
      purpose: "So that you stay signed in while you use the platform.",
      basis: "Technically necessary for taking part with an account.",
      retention:
        "A session ends when you sign out, after 2 hours without activity, or 12 hours after sign-in at the latest. Signing out deletes it at once; an expired one is deleted within an hour.",
    },
  },
  twoFactor: {
    legalBasis: ["e"],
    de: {
      name: "Zweiter Faktor (Authenticator-App)",
      data: "Wenn Sie eine Authenticator-App einrichten (für Rollen der Verwaltung Pflicht): der gemeinsame Schlüssel der App (verschlüsselt), der Zeitpunkt des zuletzt benutzten Codes und Ihre Wiederherstellungscodes (nur als Hash).",
      purpose: "Schutz von Konten, die mehr dürfen, vor fremdem Zugriff.",
      basis: "Teil der Sicherheit der Verarbeitung (Art. 32 DSGVO).",
      retention:
        "Bis Sie die App abschalten, eine Administratorin sie zurücksetzt oder Sie Ihr Konto löschen. Ein benutzter Wiederherstellungscode gilt nicht mehr.",
    },
    en: {
      name: "Second factor (authenticator app)",
      data: "If you set up an authenticator app (required for administration roles): the app's shared key (encrypted), the time step of the last code used and your recovery codes (only as hashes).",
      purpose: "Protecting accounts that may do more from access by others.",
      basis: "Part of the security of processing (Art. 32 GDPR).",
      retention:
        "Until you switch the app off, an administrator resets it or you delete your account. A recovery code once used is no longer valid.",
    },
  },
  mail: {
    legalBasis: ["e"],
    de: {
      name: "E-Mails und Links",
      data: "Empfängeradresse, Betreff und Text der E-Mails, die wir Ihnen schicken (zum Beispiel zum Bestätigen der Adresse oder für ein neues Passwort), und die Links darin (nur als Hash).",
      purpose: "Zustellen der E-Mail und Nachweis, dass sie verschickt wurde.",
      basis: "Nötig, um Ihr Konto zu führen.",
      retention:
        "Ein Link gilt nur kurz und wird nach Ablauf stündlich gelöscht. Die E-Mails selbst bleiben, bis Sie Ihr Konto löschen.",
    },
    en: {
      name: "E-mails and links",
      data: "Recipient address, subject and text of the e-mails we send you (for example to confirm your address or for a new password), and the links in them (only as hashes).",
      purpose: "Delivering the e-mail and a record that it was sent.",
      basis: "Necessary to run your account.",
      retention:
        "A link is valid only for a short time and is deleted within an hour after it expires. The e-mails themselves stay until you delete your account.",
    },
  },
  apiTokens: {
    legalBasis: ["e"],
    de: {
      name: "API-Schlüssel",
      data: "Wenn Sie selbst einen anlegen: Name des Schlüssels, der Schlüssel (nur als Hash), Zeitpunkte von Erstellung und letzter Nutzung.",
      purpose: "Damit Programme in Ihrem Namen die Schnittstelle nutzen können.",
      basis: "Auf Ihren Wunsch, als Teil der öffentlichen Aufgabe.",
      retention: "Bis Sie den Schlüssel widerrufen oder Ihr Konto löschen.",
    },
    en: {
      name: "API keys",
      data: "If you create one yourself: the key's name, the key (only as a hash), times of creation and last use.",
      purpose: "So that programs can use the interface on your behalf.",
      basis: "At your request, as part of the public task.",
      retention: "Until you revoke the key or delete your account.",
    },
  },
});
