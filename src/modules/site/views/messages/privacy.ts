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
      "Ohne Konto können Sie alle öffentlichen Seiten lesen. Dafür speichern wir nichts über Sie außer den technisch nötigen Cookies (siehe unten). Hier steht jede Verarbeitung der Plattform – mit Zweck, Daten, Rechtsgrundlage und Speicherdauer:",
    "privacy.stored.col.data": "Daten",
    "privacy.stored.col.purpose": "Wozu",
    "privacy.stored.col.retention": "Wie lange",
    "privacy.stored.col.basis": "Rechtsgrundlage",
    "privacy.stored.contents": "Übersicht",
    "privacy.legalBasis.e": "Öffentliche Aufgabe (Art. 6 Abs. 1 Buchstabe e DSGVO).",
    "privacy.legalBasis.a": "Einwilligung (Art. 6 Abs. 1 Buchstabe a DSGVO) – freiwillig und jederzeit widerrufbar.",
    "privacy.legalBasis.c": "Rechtliche Pflicht (Art. 6 Abs. 1 Buchstabe c DSGVO).",
    "privacy.stored.backups":
      "Sicherungskopien der Datenbank und die Protokolle des Servers und des Netzwerks bewahrt der Betrieb nach seinen eigenen Fristen auf. Gelöschte Daten verschwinden aus den Sicherungen, wenn diese nach Ablauf ihrer Frist überschrieben werden.",
    "privacy.cookies.heading": "Cookies",
    "privacy.cookies.intro": "Die Plattform setzt nur diese Cookies. Alle sind technisch nötig:",
    "privacy.cookies.pendingLogin.name": "Anmeldung in zwei Schritten",
    "privacy.cookies.pendingLogin.text": "nur zwischen Passwort und Code der Authenticator-App; gilt fünf Minuten.",
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
      "Wir verarbeiten Ihre Daten, um die Beteiligung an der Strategie zu ermöglichen. Das ist eine öffentliche Aufgabe (Art. 6 Abs. 1 Buchstabe e der Datenschutz-Grundverordnung, DSGVO, zusammen mit dem Berliner Datenschutzgesetz). Wo wir Sie um Ihre Einwilligung bitten (Art. 6 Abs. 1 Buchstabe a DSGVO) oder eine rechtliche Pflicht erfüllen (Art. 6 Abs. 1 Buchstabe c DSGVO), steht das oben bei der jeweiligen Verarbeitung.\nEine Einwilligung können Sie jederzeit für die Zukunft widerrufen, zum Beispiel indem Sie freiwillige Angaben in Ihrem Konto löschen.",
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
      "Without an account you can read every public page. For that we store nothing about you except the technically necessary cookies (see below). Here is every processing the platform does – with purpose, data, legal basis and retention:",
    "privacy.stored.col.data": "Data",
    "privacy.stored.col.purpose": "What for",
    "privacy.stored.col.retention": "How long",
    "privacy.stored.col.basis": "Legal basis",
    "privacy.stored.contents": "Overview",
    "privacy.legalBasis.e": "Public task (Art. 6 (1) (e) GDPR).",
    "privacy.legalBasis.a": "Consent (Art. 6 (1) (a) GDPR) – voluntary, and you can withdraw it at any time.",
    "privacy.legalBasis.c": "Legal obligation (Art. 6 (1) (c) GDPR).",
    "privacy.stored.backups":
      "The operator keeps database backups and the logs of the server and the network according to its own retention periods. Deleted data disappears from the backups when they are overwritten at the end of their period.",
    "privacy.cookies.heading": "Cookies",
    "privacy.cookies.intro": "The platform sets only these cookies. All of them are technically necessary:",
    "privacy.cookies.pendingLogin.name": "Two-step sign-in",
    "privacy.cookies.pendingLogin.text":
      "only between the password and the authenticator app's code; valid for five minutes.",
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
      "We process your data to make participation in the strategy possible. This is a public task (Art. 6 (1) (e) of the General Data Protection Regulation, GDPR, together with the Berlin Data Protection Act). Where we ask for your consent (Art. 6 (1) (a) GDPR) or meet a legal obligation (Art. 6 (1) (c) GDPR), it says so above with the processing concerned.\nYou can withdraw consent at any time for the future, for example by deleting optional details in your account.",
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
