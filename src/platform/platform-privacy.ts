import { declarePrivacy } from "./contributions/contributions";

/** What the platform's own plumbing stores: the change log, the counters against guessing, the logs. */
export const platformPrivacy = declarePrivacy({
  audit: {
    legalBasis: ["e", "c"],
    de: {
      name: "Änderungsprotokoll",
      data: "Bei jeder Änderung: wer sie gemacht hat (Konto und angezeigter Name zu diesem Zeitpunkt), was geändert wurde, wann, eine Zusammenfassung vorher und nachher und eine zufällige Anfragekennung.",
      purpose:
        "Nachvollziehbarkeit der Beteiligung und der Verwaltung, Erkennen von Missbrauch. Nur Administratorinnen und Administratoren können das Protokoll lesen.",
      basis:
        "Die Verwaltung muss ihre Entscheidungen nachweisen und die Sicherheit der Verarbeitung gewährleisten (Art. 32 DSGVO).",
      retention:
        "Die Software löscht Protokolleinträge nicht von selbst. Sie bleiben auch erhalten, wenn Sie Ihr Konto löschen – mit dem angezeigten Namen, den Sie bei der Änderung hatten.",
    },
    en: {
      name: "Change log",
      data: "For every change: who made it (account and the display name at that time), what was changed, when, a summary of before and after, and a random request id.",
      purpose:
        "Making participation and administration traceable, detecting abuse. Only administrators can read the log.",
      basis: "The administration must be able to show its decisions and keep the processing secure (Art. 32 GDPR).",
      retention:
        "The software does not delete log entries by itself. They remain when you delete your account – with the display name you had when you made the change.",
    },
  },
  guessing: {
    legalBasis: ["e"],
    de: {
      name: "Zähler gegen das Erraten",
      data: "Wie oft jemand ein falsches Passwort, einen falschen Anmeldecode, einen falschen Abstimmungs- oder Prüfcode oder eine unbekannte Quittung eingegeben, sich registriert oder ein neues Passwort angefordert hat – gezählt je Paar aus Konto und Internetadresse (IP-Adresse) und je Internetadresse. E-Mail-Adressen stehen darin nur als Hash.",
      purpose: "Schutz vor dem Erraten von Passwörtern und Codes und vor automatisierten Massenanfragen.",
      basis: "Teil der sicheren Durchführung der öffentlichen Aufgabe.",
      retention:
        "Ein Zähler vergisst mit der Zeit (ein Fehlversuch je Stunde, bei Adressen schneller) und nach einer erfolgreichen Anmeldung alles. Zähler, die einen Tag lang nicht mehr gezählt haben, löscht die Software stündlich von selbst.",
    },
    en: {
      name: "Counters against guessing",
      data: "How often someone entered a wrong password, a wrong sign-in code, a wrong voting or verification code or an unknown receipt, registered or asked for a new password – counted per pair of account and internet address (IP address) and per internet address. E-mail addresses appear in it only as a hash.",
      purpose: "Protection against guessing passwords and codes and against automated mass requests.",
      basis: "Part of carrying out the public task securely.",
      retention:
        "A counter forgets over time (one failed attempt per hour, faster for addresses) and forgets everything after a successful sign-in. The software deletes counters that have not counted for a day by itself, every hour.",
    },
  },
  logs: {
    legalBasis: ["e"],
    de: {
      name: "Technische Protokolle",
      data: "Zeitpunkt, aufgerufene Adresse, Fehlermeldungen und eine zufällige Anfragekennung. Die Software schreibt keine IP-Adressen in diese Protokolle.",
      purpose: "Betrieb und Fehlersuche: Wenn Sie uns eine Fehlerkennung nennen, finden wir den Fehler.",
      basis: "Teil des sicheren Betriebs der Plattform.",
      retention:
        "So lange, wie der Betrieb es festlegt. Sicherungskopien und die Protokolle des Servers und des Netzwerks bewahrt der Betrieb nach seinen eigenen Fristen auf.",
    },
    en: {
      name: "Technical logs",
      data: "Time, address requested, error messages and a random request id. The software writes no IP addresses into these logs.",
      purpose: "Operation and troubleshooting: if you tell us an error reference, we can find the error.",
      basis: "Part of running the platform securely.",
      retention:
        "As long as the operator decides. The operator keeps backups and the logs of the server and the network according to its own periods.",
    },
  },
});
