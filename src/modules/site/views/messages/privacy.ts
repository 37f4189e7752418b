import type { Catalogues } from "../../../../platform/i18n/i18n";

/** The privacy statement. Lines separated by "\n" are shown as separate paragraphs or list items. */
export const privacyMessages: Catalogues = {
  de: {
    "privacy.title": "Datenschutz",
    "privacy.heading": "Datenschutzerklärung",
    "privacy.lead":
      "Wir speichern nur, was die Plattform zum Funktionieren braucht. Es gibt keine Werbung, kein Tracking und keine Anfragen an fremde Server.",
    "privacy.controller.heading": "Wer für Ihre Daten verantwortlich ist",
    "privacy.controller.subject": "der verantwortlichen Stelle",
    "privacy.officer.heading": "Datenschutzbeauftragte Person",
    "privacy.officer.subject": "der oder des Datenschutzbeauftragten",
    "privacy.stored.heading": "Was wir speichern und warum",
    "privacy.stored.intro":
      "Ohne Konto können Sie alle öffentlichen Seiten lesen. Dafür speichern wir nichts über Sie außer den technisch nötigen Cookies (siehe unten). Mit einem Konto speichern wir:",
    "privacy.stored.col.data": "Daten",
    "privacy.stored.col.purpose": "Wozu",
    "privacy.stored.col.retention": "Wie lange",
    "privacy.stored.account.name": "Ihr Konto",
    "privacy.stored.account.data":
      "E-Mail-Adresse, angezeigter Name, Passwort (nur als Argon2id-Hash, nie im Klartext), bevorzugte Sprache, Zeitpunkte von Registrierung und Bestätigung; freiwillig: Bezirk und Gruppe (Verwaltung, Wirtschaft, Wissenschaft, Zivilgesellschaft, Einwohner:in).",
    "privacy.stored.account.purpose":
      "Anmelden, Mitmachen, E-Mails zu Ihrem Konto. Bezirk und Gruppe helfen zu erkennen, wer sich beteiligt; ausgewertet wird nur zusammengefasst, nie einzeln. Der Bezirk im Profil entscheidet nicht, ob und wo Sie im Bürger:innenhaushalt abstimmen (siehe nächster Abschnitt).",
    "privacy.stored.account.retention":
      "Bis Sie Ihr Konto löschen. Freiwillige Angaben können Sie jederzeit in Ihrem Konto entfernen.",
    "privacy.stored.budgetVoting.name": "Abstimmen im Bürger:innenhaushalt",
    "privacy.stored.budgetVoting.data":
      "Je Haushalt, wenn Sie mit Ihrem Konto abstimmen: der Bereich (Bezirk), in dem Sie wohnen – so wie Sie ihn auf dem Stimmzettel erklärt oder mit einem Prüfbrief oder dem Verzeichnis der Verwaltung bestätigt haben –, gespeichert unter einem Schlüssel, der Ihr Konto nicht enthält. Für das Verzeichnis lädt die Verwaltung Name, Geburtsdatum und Postleitzahl der Berechtigten hoch; gespeichert wird davon nur ein Prüfwert (ein Hash mit einem Zufallswert des Haushalts), nie der Text. Was Sie im Formular eingeben, wird nur verglichen und nicht gespeichert.",
    "privacy.stored.budgetVoting.purpose":
      "Damit jede Person nur in ihrem Bereich abstimmt. Welche Art der Prüfung gilt, steht bei jedem Haushalt. Erklärungen und ihre Änderungen stehen im Änderungsprotokoll.",
    "privacy.stored.budgetVoting.retention":
      "Das Verzeichnis der Verwaltung und unbenutzte Prüfcodes werden gelöscht, sobald die Abstimmung endet. Ihre Angabe zum Bereich bleibt als Teil der Abstimmung erhalten und wird gelöscht, wenn Sie Ihr Konto löschen.",
    "privacy.stored.sessions.name": "Anmeldungen (Sitzungen)",
    "privacy.stored.sessions.data":
      "Eine zufällige Sitzungskennung (nur als Hash gespeichert), Zeitpunkt der Anmeldung und der letzten Anfrage.",
    "privacy.stored.sessions.purpose": "Damit Sie angemeldet bleiben, während Sie die Plattform nutzen.",
    "privacy.stored.sessions.retention":
      "Eine Sitzung endet, wenn Sie sich abmelden, nach 2 Stunden ohne Aktivität oder spätestens 12 Stunden nach der Anmeldung. Beim Abmelden wird sie sofort gelöscht; eine abgelaufene Sitzung spätestens bei Ihrer nächsten Anmeldung oder wenn Sie Ihr Konto löschen.",
    "privacy.stored.audit.name": "Änderungsprotokoll",
    "privacy.stored.audit.data":
      "Bei jeder Änderung: wer sie gemacht hat, was geändert wurde, wann, eine Zusammenfassung vorher und nachher und eine zufällige Anfragekennung.",
    "privacy.stored.audit.purpose":
      "Nachvollziehbarkeit der Beteiligung und der Verwaltung, Erkennen von Missbrauch. Nur Administratorinnen und Administratoren können das Protokoll lesen.",
    "privacy.stored.audit.retention":
      "Die Software löscht Protokolleinträge nicht von selbst. Sie bleiben auch erhalten, wenn Sie Ihr Konto löschen – mit dem angezeigten Namen, den Sie bei der Änderung hatten.",
    "privacy.stored.mail.name": "E-Mails",
    "privacy.stored.mail.data":
      "Empfängeradresse, Betreff und Text der E-Mails, die wir Ihnen schicken (zum Beispiel zum Bestätigen der Adresse).",
    "privacy.stored.mail.purpose": "Zustellen der E-Mail und Nachweis, dass sie verschickt wurde.",
    "privacy.stored.mail.retention": "Bis Sie Ihr Konto löschen.",
    "privacy.stored.rateLimits.name": "Zähler gegen Missbrauch",
    "privacy.stored.rateLimits.data":
      "Wie oft jemand ein falsches Passwort, einen falschen Abstimmungscode oder eine unbekannte Quittung eingegeben, sich registriert oder ein neues Passwort angefordert hat – gezählt je Paar aus Konto und Internetadresse (IP-Adresse) und je Internetadresse.",
    "privacy.stored.rateLimits.purpose":
      "Schutz vor dem Erraten von Passwörtern und vor automatisierten Massenanfragen.",
    "privacy.stored.rateLimits.retention":
      "Ein Zähler vergisst mit der Zeit (ein Fehlversuch je Stunde, bei Adressen schneller) und nach einer erfolgreichen Anmeldung alles. Zähler, die einen Tag lang nicht mehr gezählt haben, löscht die Software stündlich von selbst. E-Mail-Adressen stehen darin nur als Hash.",
    "privacy.stored.logs.name": "Technische Protokolle",
    "privacy.stored.logs.data":
      "Zeitpunkt, aufgerufene Adresse, Fehlermeldungen und eine zufällige Anfragekennung. Die Software schreibt keine IP-Adressen in diese Protokolle.",
    "privacy.stored.logs.purpose":
      "Betrieb und Fehlersuche: Wenn Sie uns eine Fehlerkennung nennen, finden wir den Fehler.",
    "privacy.stored.logs.retention": "So lange, wie der Betrieb es festlegt (siehe unten).",
    "privacy.stored.backups":
      "Sicherungskopien der Datenbank und die Protokolle des Servers und des Netzwerks bewahrt der Betrieb nach seinen eigenen Fristen auf. Gelöschte Daten verschwinden aus den Sicherungen, wenn diese nach Ablauf ihrer Frist überschrieben werden.",
    "privacy.cookies.heading": "Cookies",
    "privacy.cookies.intro": "Die Plattform setzt nur drei Cookies. Alle sind technisch nötig:",
    "privacy.cookies.session.name": "Sitzung",
    "privacy.cookies.session.text": "nur wenn Sie angemeldet sind; hält Sie angemeldet.",
    "privacy.cookies.csrf.name": "Formularschutz",
    "privacy.cookies.csrf.text":
      "eine Zufallszahl; sie stellt sicher, dass Formulare wirklich von dieser Seite abgeschickt werden.",
    "privacy.cookies.lang.name": "Sprache",
    "privacy.cookies.lang.text": "merkt sich ein Jahr lang, ob Sie Deutsch oder Englisch gewählt haben.",
    "privacy.cookies.noConsent":
      "Weil diese Cookies für den Betrieb unbedingt nötig sind, braucht es dafür keine Einwilligung (§ 25 Abs. 2 TDDDG). Deshalb gibt es kein Cookie-Banner.",
    "privacy.noTracking.heading": "Kein Tracking, keine fremden Server",
    "privacy.noTracking.list":
      "Es gibt keine Statistik- oder Werbedienste und kein Tracking.\nDie Seiten laden nichts von fremden Servern: keine Schriften, keine Karten, keine Videos, keine Knöpfe sozialer Netzwerke. Die Sicherheitsregeln der Seiten (Content Security Policy) verbieten das auch technisch.\nDie Plattform funktioniert ohne JavaScript.",
    "privacy.sharing.heading": "Weitergabe",
    "privacy.sharing.text":
      "Wir geben Ihre Daten nicht an Dritte weiter und verkaufen sie nicht.\nE-Mails versenden wir über den Mailserver, den der Betrieb dafür nutzt. Öffentlich sichtbar ist nur, was Sie selbst veröffentlichen (zum Beispiel eine Idee mit Ihrem angezeigten Namen).",
    "privacy.basis.heading": "Rechtsgrundlage",
    "privacy.basis.text":
      "Wir verarbeiten Ihre Daten, um die Beteiligung an der Strategie zu ermöglichen. Das ist eine öffentliche Aufgabe (Art. 6 Abs. 1 Buchstabe e der Datenschutz-Grundverordnung, DSGVO, zusammen mit dem Berliner Datenschutzgesetz).\nBezirk und Gruppe geben Sie freiwillig an (Einwilligung, Art. 6 Abs. 1 Buchstabe a DSGVO). Sie können die Angaben jederzeit löschen.",
    "privacy.rights.heading": "Ihre Rechte",
    "privacy.rights.intro": "Sie haben das Recht auf:",
    "privacy.rights.access": "Auskunft über Ihre gespeicherten Daten (Art. 15 DSGVO),",
    "privacy.rights.rectification": "Berichtigung falscher Daten (Art. 16 DSGVO),",
    "privacy.rights.erasure": "Löschung (Art. 17 DSGVO),",
    "privacy.rights.restriction": "Einschränkung der Verarbeitung (Art. 18 DSGVO),",
    "privacy.rights.portability": "Herausgabe Ihrer Daten in einem gängigen Format (Art. 20 DSGVO),",
    "privacy.rights.objection": "Widerspruch gegen die Verarbeitung (Art. 21 DSGVO).",
    "privacy.selfService.heading": "Selbst erledigen in Ihrem Konto",
    "privacy.selfService.intro": "Zwei Rechte können Sie sofort selbst nutzen, ohne uns zu schreiben:",
    "privacy.selfService.download.name": "Meine Daten herunterladen",
    "privacy.selfService.download.text":
      "Sie bekommen eine Datei (JSON) mit allem, was über Sie gespeichert ist: Konto, Rollen, Sitzungen, API-Schlüssel, verschickte Links und E-Mails und die Protokolleinträge Ihrer Änderungen.",
    "privacy.selfService.delete.name": "Konto löschen",
    "privacy.selfService.delete.text":
      "Wir löschen E-Mail-Adresse, Name, Passwort, alle freiwilligen Angaben, Rollen, API-Schlüssel und die E-Mails an Sie und beenden alle Sitzungen. Ihre Beiträge bleiben erhalten, damit Diskussionen verständlich bleiben; sie zeigen dann „gelöschtes Konto“ statt Ihres Namens.",
    "privacy.selfService.link": "Zu Ihrem Konto",
    "privacy.rights.contact":
      "Für alle anderen Rechte schreiben Sie bitte an die verantwortliche Stelle oder die Datenschutzbeauftragte Person (Adressen oben).",
    "privacy.complaint.heading": "Beschwerde",
    "privacy.complaint.text": "Sie können sich bei der Aufsichtsbehörde für den Datenschutz beschweren:",
    "privacy.complaint.subject": "der Aufsichtsbehörde",
    "privacy.date.heading": "Stand",
    "privacy.date.text": "Diese Datenschutzerklärung gilt ab dem {date}.",
  },
  en: {
    "privacy.title": "Privacy",
    "privacy.heading": "Privacy statement",
    "privacy.lead":
      "We store only what the platform needs to work. There is no advertising, no tracking and no request to other servers.",
    "privacy.controller.heading": "Who is responsible for your data",
    "privacy.controller.subject": "the controller",
    "privacy.officer.heading": "Data protection officer",
    "privacy.officer.subject": "the data protection officer",
    "privacy.stored.heading": "What we store and why",
    "privacy.stored.intro":
      "Without an account you can read every public page. For that we store nothing about you except the technically necessary cookies (see below). With an account we store:",
    "privacy.stored.col.data": "Data",
    "privacy.stored.col.purpose": "What for",
    "privacy.stored.col.retention": "How long",
    "privacy.stored.account.name": "Your account",
    "privacy.stored.account.data":
      "E-mail address, display name, password (only as an Argon2id hash, never in plain text), preferred language, times of registration and confirmation; optional: district and group (administration, business, science, civil society, resident).",
    "privacy.stored.account.purpose":
      "Logging in, taking part, e-mails about your account. District and group help to see who takes part; they are only ever analysed in aggregate, never individually. The district in your profile does not decide whether or where you vote in the citizen budget (see the next section).",
    "privacy.stored.account.retention":
      "Until you delete your account. You can remove the optional details in your account at any time.",
    "privacy.stored.budgetVoting.name": "Voting in the citizen budget",
    "privacy.stored.budgetVoting.data":
      "Per budget, when you vote with your account: the area (district) where you live – as you declared it on the ballot page or confirmed it with a verification letter or the office's list –, stored under a key that does not contain your account. For the list, the office uploads name, date of birth and postcode of the people who may vote; of these only a check value (a hash with a random value of the budget) is stored, never the text. What you enter in the form is only compared, not stored.",
    "privacy.stored.budgetVoting.purpose":
      "So that everybody votes only in their own area. Each budget says which kind of check applies. Declarations and their changes are in the change log.",
    "privacy.stored.budgetVoting.retention":
      "The office's list and unused verification codes are deleted once voting ends. What you gave as your area stays as part of the vote and is deleted when you delete your account.",
    "privacy.stored.sessions.name": "Logins (sessions)",
    "privacy.stored.sessions.data":
      "A random session id (stored only as a hash), time of login and of the last request.",
    "privacy.stored.sessions.purpose": "So that you stay logged in while you use the platform.",
    "privacy.stored.sessions.retention":
      "A session ends when you log out, after 2 hours without activity, or 12 hours after login at the latest. Logging out deletes it at once; an expired session is deleted at your next login or when you delete your account, at the latest.",
    "privacy.stored.audit.name": "Change log",
    "privacy.stored.audit.data":
      "For every change: who made it, what was changed, when, a summary of before and after, and a random request id.",
    "privacy.stored.audit.purpose":
      "Making participation and administration traceable, detecting abuse. Only administrators can read the log.",
    "privacy.stored.audit.retention":
      "The software does not delete log entries by itself. They remain when you delete your account – with the display name you had when you made the change.",
    "privacy.stored.mail.name": "E-mails",
    "privacy.stored.mail.data":
      "Recipient address, subject and text of the e-mails we send you (for example to confirm your address).",
    "privacy.stored.mail.purpose": "Delivering the e-mail and a record that it was sent.",
    "privacy.stored.mail.retention": "Until you delete your account.",
    "privacy.stored.rateLimits.name": "Counters against abuse",
    "privacy.stored.rateLimits.data":
      "How often someone entered a wrong password, a wrong voting code or an unknown receipt, registered or asked for a new password – counted per pair of account and internet address (IP address) and per internet address.",
    "privacy.stored.rateLimits.purpose": "Protection against guessing passwords and against automated mass requests.",
    "privacy.stored.rateLimits.retention":
      "A counter forgets over time (one failed attempt per hour, faster for addresses) and forgets everything after a successful login. The software deletes counters that have not counted for a day by itself, every hour. E-mail addresses appear in it only as a hash.",
    "privacy.stored.logs.name": "Technical logs",
    "privacy.stored.logs.data":
      "Time, address requested, error messages and a random request id. The software writes no IP addresses into these logs.",
    "privacy.stored.logs.purpose":
      "Operation and troubleshooting: if you tell us an error reference, we can find the error.",
    "privacy.stored.logs.retention": "As long as the operator decides (see below).",
    "privacy.stored.backups":
      "The operator keeps database backups and the logs of the server and the network according to its own retention periods. Deleted data disappears from the backups when they are overwritten at the end of their period.",
    "privacy.cookies.heading": "Cookies",
    "privacy.cookies.intro": "The platform sets only three cookies. All of them are technically necessary:",
    "privacy.cookies.session.name": "Session",
    "privacy.cookies.session.text": "only when you are logged in; keeps you logged in.",
    "privacy.cookies.csrf.name": "Form protection",
    "privacy.cookies.csrf.text": "a random number; it makes sure that forms are really sent from this site.",
    "privacy.cookies.lang.name": "Language",
    "privacy.cookies.lang.text": "remembers for one year whether you chose German or English.",
    "privacy.cookies.noConsent":
      "Because these cookies are strictly necessary for the service, no consent is needed (section 25 (2) TDDDG). That is why there is no cookie banner.",
    "privacy.noTracking.heading": "No tracking, no other servers",
    "privacy.noTracking.list":
      "There are no analytics or advertising services and no tracking.\nThe pages load nothing from other servers: no fonts, no maps, no videos, no social media buttons. The pages' security rules (Content Security Policy) also forbid this technically.\nThe platform works without JavaScript.",
    "privacy.sharing.heading": "Sharing",
    "privacy.sharing.text":
      "We do not pass your data on to third parties and do not sell it.\nWe send e-mails through the mail server the operator uses for this. Only what you publish yourself is public (for example an idea with your display name).",
    "privacy.basis.heading": "Legal basis",
    "privacy.basis.text":
      "We process your data to make participation in the strategy possible. This is a public task (Art. 6 (1) (e) of the General Data Protection Regulation, GDPR, together with the Berlin Data Protection Act).\nYou give your district and group voluntarily (consent, Art. 6 (1) (a) GDPR). You can delete them at any time.",
    "privacy.rights.heading": "Your rights",
    "privacy.rights.intro": "You have the right to:",
    "privacy.rights.access": "access to the data stored about you (Art. 15 GDPR),",
    "privacy.rights.rectification": "rectification of wrong data (Art. 16 GDPR),",
    "privacy.rights.erasure": "erasure (Art. 17 GDPR),",
    "privacy.rights.restriction": "restriction of processing (Art. 18 GDPR),",
    "privacy.rights.portability": "receive your data in a common format (Art. 20 GDPR),",
    "privacy.rights.objection": "object to the processing (Art. 21 GDPR).",
    "privacy.selfService.heading": "Do it yourself in your account",
    "privacy.selfService.intro": "You can use two rights yourself right away, without writing to us:",
    "privacy.selfService.download.name": "Download my data",
    "privacy.selfService.download.text":
      "You get a file (JSON) with everything stored about you: account, roles, sessions, API keys, links and e-mails sent to you, and the log entries of your changes.",
    "privacy.selfService.delete.name": "Delete my account",
    "privacy.selfService.delete.text":
      "We delete your e-mail address, name, password, all optional details, roles, API keys and the e-mails sent to you, and end all sessions. Your contributions stay so that discussions remain understandable; they then show “deleted account” instead of your name.",
    "privacy.selfService.link": "Go to your account",
    "privacy.rights.contact":
      "For every other right, please write to the controller or the data protection officer (addresses above).",
    "privacy.complaint.heading": "Complaints",
    "privacy.complaint.text": "You can complain to the data protection supervisory authority:",
    "privacy.complaint.subject": "the supervisory authority",
    "privacy.date.heading": "Date",
    "privacy.date.text": "This privacy statement applies from {date}.",
  },
};
