import type { Catalogues } from "../../../../platform/i18n/i18n";

/** The accessibility statement (§ 5 BIKTG Bln). Lines separated by "\n" are shown as list items. */
export const accessibilityMessages: Catalogues = {
  de: {
    "a11y.title": "Erklärung zur Barrierefreiheit",
    "a11y.heading": "Erklärung zur Barrierefreiheit",
    "a11y.lead":
      "Alle Menschen sollen diese Plattform nutzen können. Hier steht, wie barrierefrei sie ist, was noch fehlt und wie Sie uns Barrieren melden können.",
    "a11y.scope":
      "Diese Erklärung gilt für die Beteiligungsplattform Gemeinsam Digital: Berlin. Sie folgt § 5 des Barrierefreie-IKT-Gesetzes Berlin (BIKTG Bln) und der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0).",
    "a11y.status.heading": "Wie barrierefrei ist die Plattform?",
    "a11y.status.summary": "Die Plattform ist teilweise barrierefrei.",
    "a11y.status.text":
      "Sie erfüllt die Anforderungen der BITV 2.0 und der Web Content Accessibility Guidelines (WCAG) 2.2 auf Stufe AA zum großen Teil. Die Inhalte im nächsten Abschnitt sind noch nicht barrierefrei.",
    "a11y.barriers.heading": "Was noch nicht barrierefrei ist",
    "a11y.barriers.intro": "Wir nennen jede bekannte Barriere, den Grund dafür und was Sie stattdessen nutzen können.",
    "a11y.barrier.what": "Was fehlt",
    "a11y.barrier.why": "Warum",
    "a11y.barrier.alternative": "Was Sie stattdessen tun können",
    "a11y.barrier.signLanguage.title": "Keine Videos in Deutscher Gebärdensprache",
    "a11y.barrier.signLanguage.what":
      "Es gibt noch keine Videos in Deutscher Gebärdensprache (DGS). Die BITV 2.0 verlangt sie auf der Startseite: zum Inhalt der Plattform, zur Bedienung und zu dieser Erklärung.",
    "a11y.barrier.signLanguage.why":
      "Gute Gebärdensprachvideos entstehen gemeinsam mit gehörlosen Menschen und werden von ihnen geprüft. Das ist noch nicht geschehen.",
    "a11y.barrier.signLanguage.alternative":
      "Schreiben Sie uns eine E-Mail (Adresse unten). Wir beantworten Ihre Fragen schriftlich.",
    "a11y.barrier.easyLanguage.title": "Leichte Sprache noch nicht geprüft",
    "a11y.barrier.easyLanguage.what":
      "Es gibt eine Seite in Leichter Sprache, die die Plattform erklärt. Prüflesende (Menschen mit Lernschwierigkeiten) haben sie noch nicht geprüft. Weitere Inhalte in Leichter Sprache gibt es noch nicht.",
    "a11y.barrier.easyLanguage.why":
      "Leichte Sprache muss von Prüflesenden geprüft werden. Diese Prüfung hat noch nicht stattgefunden.",
    "a11y.barrier.easyLanguage.alternative":
      "Wenn Sie etwas nicht verstehen, schreiben Sie uns. Wir erklären es Ihnen in einfachen Worten.",
    "a11y.barrier.pdf.title": "PDF-Dokumente nicht getaggt",
    "a11y.barrier.pdf.what":
      "PDF-Dokumente, die über die Plattform verschickt werden (zum Beispiel Briefe mit einer Einladung), sind noch nicht getaggt. Bildschirmleser können sie deshalb nicht gut vorlesen.",
    "a11y.barrier.pdf.why": "Die Erzeugung getaggter PDF-Dokumente ist noch nicht fertig entwickelt.",
    "a11y.barrier.pdf.alternative":
      "Auf Nachfrage senden wir Ihnen den Inhalt als barrierefreie Webseite oder als einfache Textdatei.",
    "a11y.barrier.charts.title": "Diagramme",
    "a11y.barrier.charts.what":
      "Diagramme (zum Beispiel zum Fortschritt von Maßnahmen) sind Grafiken. Wer sie nicht sehen kann, erfährt aus der Grafik allein nichts.",
    "a11y.barrier.charts.why": "Eine Grafik lässt sich nicht vollständig in Worten beschreiben.",
    "a11y.barrier.charts.alternative":
      "Neben jedem Diagramm steht eine Tabelle mit denselben Zahlen. Sie lässt sich mit einem Bildschirmleser lesen.",
    "a11y.barrier.contributions.title": "Beiträge von Nutzerinnen und Nutzern",
    "a11y.barrier.contributions.what":
      "Beiträge von Menschen, die die Plattform nutzen (zum Beispiel Ideen und Kommentare), prüfen wir nicht auf Barrierefreiheit. Sie können schwer verständlich sein.",
    "a11y.barrier.contributions.why":
      "Diese Texte schreiben die Nutzerinnen und Nutzer selbst. Wir verändern sie nicht ohne ihre Zustimmung.",
    "a11y.barrier.contributions.alternative": "Wenn ein Beitrag für Sie nicht verständlich ist, schreiben Sie uns.",
    "a11y.method.heading": "Wie diese Erklärung entstanden ist",
    "a11y.method.dates":
      "Wir haben diese Erklärung am {created} erstellt. Zuletzt überprüft haben wir sie am {reviewed}.",
    "a11y.method.intro": "Die Erklärung beruht auf einer Selbstbewertung:",
    "a11y.method.list":
      "Automatische Prüfung: Bei jeder Änderung der Software prüft das Werkzeug axe-core jede Seite der Plattform in einem echten Browser, auf Deutsch und auf Englisch, nach den Regeln der WCAG 2.2 Stufe A und AA.\nAutomatische Bedienungstests: Registrieren, Anmelden, Sprache wechseln, Passwort zurücksetzen und die Verwaltung werden im Browser durchgespielt, auch ohne JavaScript. Die Anmeldung wird dabei auch nur mit der Tastatur bedient.\nAutomatische Prüfung der Darstellung: Jede Seite passt bei 320 Pixel Breite (das entspricht 400 Prozent Vergrößerung) ohne seitliches Scrollen auf den Bildschirm.\nSichtprüfung: Bildschirmfotos der wichtigsten Seiten in Handy- und Bildschirmbreite.\nNoch nicht gemacht: eine vollständige Prüfung aller Seiten nur mit der Tastatur, ein Test mit Menschen, die täglich einen Bildschirmleser nutzen, und eine Prüfung durch eine unabhängige Stelle (zum Beispiel einen BITV-Test).",
    "a11y.method.review": "Wir überprüfen diese Erklärung mindestens einmal im Jahr und nach jeder größeren Änderung.",
    "a11y.feedback.heading": "Barrieren melden",
    "a11y.feedback.intro":
      "Haben Sie eine Barriere gefunden? Haben Sie eine Frage zur Barrierefreiheit? Oder brauchen Sie einen Inhalt, der hier nicht barrierefrei ist, in einer anderen Form?\nDann schreiben Sie uns eine E-Mail. Sie brauchen dafür kein Formular und kein Konto.",
    "a11y.feedback.subject": "der Kontaktstelle für Barrierefreiheit",
    "a11y.feedback.whatToWrite": "Es hilft uns, wenn Sie in die E-Mail schreiben:",
    "a11y.feedback.list":
      "die Adresse der Seite (sie steht oben im Browser) oder den Namen der Seite,\nwas nicht funktioniert hat oder was Sie suchen,\nwomit Sie die Seite nutzen, zum Beispiel einen Bildschirmleser, eine Vergrößerung oder nur die Tastatur – wenn Sie das sagen möchten,\nwie wir Sie erreichen können, wenn nicht per E-Mail.",
    "a11y.feedback.answerTime": "Wir antworten Ihnen unverzüglich, spätestens innerhalb eines Monats.",
    "a11y.enforcement.heading": "Durchsetzungsverfahren",
    "a11y.enforcement.text":
      "Haben Sie uns eine Barriere gemeldet und keine Antwort innerhalb eines Monats bekommen? Oder sind Sie mit unserer Antwort nicht zufrieden? Dann können Sie sich an die Landesbeauftragte für digitale Barrierefreiheit wenden.\nSie können sich dort auch beschweren, wenn diese Erklärung älter als ein Jahr ist.",
    "a11y.enforcement.subject": "der Landesbeauftragten",
    "a11y.more.heading": "Mehr dazu",
    "a11y.more.easyLanguage": "Die Plattform in Leichter Sprache erklärt",
    "a11y.more.privacy": "Datenschutzerklärung",
  },
  en: {
    "a11y.title": "Accessibility statement",
    "a11y.heading": "Accessibility statement",
    "a11y.lead":
      "Everyone should be able to use this platform. This page says how accessible it is, what is still missing and how you can report barriers to us.",
    "a11y.scope":
      "This statement applies to the participation platform Gemeinsam Digital: Berlin. It follows section 5 of the Berlin Accessible ICT Act (BIKTG Bln) and the Accessible Information Technology Ordinance (BITV 2.0).",
    "a11y.status.heading": "How accessible is the platform?",
    "a11y.status.summary": "The platform is partially accessible.",
    "a11y.status.text":
      "It largely meets the requirements of BITV 2.0 and of the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. The content listed in the next section is not yet accessible.",
    "a11y.barriers.heading": "What is not yet accessible",
    "a11y.barriers.intro": "We name every barrier we know of, the reason for it and what you can use instead.",
    "a11y.barrier.what": "What is missing",
    "a11y.barrier.why": "Why",
    "a11y.barrier.alternative": "What you can do instead",
    "a11y.barrier.signLanguage.title": "No videos in German Sign Language",
    "a11y.barrier.signLanguage.what":
      "There are no videos in German Sign Language (DGS) yet. BITV 2.0 requires them on the home page: about the content of the platform, how to use it and about this statement.",
    "a11y.barrier.signLanguage.why":
      "Good sign-language videos are made together with deaf people and checked by them. That has not happened yet.",
    "a11y.barrier.signLanguage.alternative":
      "Write us an e-mail (address below). We will answer your questions in writing.",
    "a11y.barrier.easyLanguage.title": "Easy language not yet checked",
    "a11y.barrier.easyLanguage.what":
      "There is a page in German easy language (Leichte Sprache) that explains the platform. It has not yet been checked by test readers (people with learning difficulties). There is no further content in easy language yet.",
    "a11y.barrier.easyLanguage.why":
      "Easy language has to be checked by test readers. This check has not taken place yet.",
    "a11y.barrier.easyLanguage.alternative":
      "If you do not understand something, write to us. We will explain it in simple words.",
    "a11y.barrier.pdf.title": "PDF documents not tagged",
    "a11y.barrier.pdf.what":
      "PDF documents sent through the platform (for example letters with an invitation) are not tagged yet. Screen readers cannot read them out well.",
    "a11y.barrier.pdf.why": "Producing tagged PDF documents has not been fully developed yet.",
    "a11y.barrier.pdf.alternative":
      "On request, we will send you the content as an accessible web page or as a plain text file.",
    "a11y.barrier.charts.title": "Charts",
    "a11y.barrier.charts.what":
      "Charts (for example on the progress of measures) are graphics. People who cannot see them learn nothing from the graphic alone.",
    "a11y.barrier.charts.why": "A graphic cannot be fully described in words.",
    "a11y.barrier.charts.alternative":
      "Next to every chart there is a table with the same figures. It can be read with a screen reader.",
    "a11y.barrier.contributions.title": "Contributions by users",
    "a11y.barrier.contributions.what":
      "We do not check contributions by people using the platform (for example ideas and comments) for accessibility. They may be hard to understand.",
    "a11y.barrier.contributions.why":
      "Users write these texts themselves. We do not change them without their consent.",
    "a11y.barrier.contributions.alternative": "If a contribution is not understandable for you, write to us.",
    "a11y.method.heading": "How this statement was made",
    "a11y.method.dates": "We made this statement on {created}. We last reviewed it on {reviewed}.",
    "a11y.method.intro": "The statement is based on a self-assessment:",
    "a11y.method.list":
      "Automated checks: on every change of the software, the tool axe-core checks every page of the platform in a real browser, in German and in English, against the rules of WCAG 2.2 levels A and AA.\nAutomated usage tests: registering, logging in, switching the language, resetting a password and the administration are played through in the browser, also without JavaScript. Logging in is also done with the keyboard only.\nAutomated layout check: every page fits on the screen at 320 pixels width (equal to 400 percent zoom) without scrolling sideways.\nVisual check: screenshots of the main pages at phone and desktop width.\nNot done yet: a complete check of all pages with the keyboard only, a test with people who use a screen reader every day, and a check by an independent body (for example a BITV test).",
    "a11y.method.review": "We review this statement at least once a year and after every major change.",
    "a11y.feedback.heading": "Report a barrier",
    "a11y.feedback.intro":
      "Have you found a barrier? Do you have a question about accessibility? Or do you need content that is not accessible here in another form?\nThen write us an e-mail. You need no form and no account for this.",
    "a11y.feedback.subject": "the accessibility contact",
    "a11y.feedback.whatToWrite": "It helps us if your e-mail says:",
    "a11y.feedback.list":
      "the address of the page (shown at the top of the browser) or the name of the page,\nwhat did not work or what you are looking for,\nwhat you use the page with, for example a screen reader, magnification or only the keyboard – if you want to tell us,\nhow we can reach you, if not by e-mail.",
    "a11y.feedback.answerTime": "We will answer without delay, within one month at the latest.",
    "a11y.enforcement.heading": "Enforcement procedure",
    "a11y.enforcement.text":
      "Did you report a barrier to us and get no answer within one month? Or are you not satisfied with our answer? Then you can contact the Berlin State Commissioner for Digital Accessibility (Landesbeauftragte für digitale Barrierefreiheit).\nYou can also complain there if this statement is more than a year old.",
    "a11y.enforcement.subject": "the State Commissioner",
    "a11y.more.heading": "More on this",
    "a11y.more.easyLanguage": "The platform explained in easy language (German)",
    "a11y.more.privacy": "Privacy statement",
  },
};
