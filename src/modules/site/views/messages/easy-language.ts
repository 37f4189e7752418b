import type { Catalogues } from "../../../../platform/i18n/i18n";

/**
 * The platform explained in Leichte Sprache (German) and in plain English. The German catalogue
 * holds the Leichte-Sprache text: one sentence a line, one idea a sentence, long words split with
 * a middle dot, hard words explained. The English catalogue holds a plain-language version with the
 * same keys. Lines separated by "\n" are shown as separate paragraphs or list items.
 */
export const easyLanguageMessages: Catalogues = {
  de: {
    "easy.title": "Leichte Sprache",
    "easy.heading": "Leichte Sprache",
    "easy.intro": "Hier erklären wir diese Internet·seite in Leichter Sprache.",
    "easy.wordLabel": "Wort·erklärung",

    "easy.about.heading": "Was ist diese Internet·seite?",
    "easy.about.text":
      "Diese Internet·seite heißt: Gemeinsam.\nBerlin hat einen Plan für die Zukunft.\nDer Plan heißt: Gemeinsam Digital: Berlin.\nIn dem Plan steht: So soll das Leben in Berlin besser werden.\nAlle Menschen in Berlin sollen bei dem Plan mit·reden.\nAuch Sie.\nAuf dieser Internet·seite können Sie mit·machen.",
    "easy.about.wordTerm": "Digital",
    "easy.about.wordText": "Digital bedeutet: mit Computern, Handys und dem Internet.",

    "easy.takePart.heading": "Was können Sie hier machen?",
    "easy.takePart.text": "Sie können hier viele Dinge machen:",
    "easy.takePart.list":
      "Sie können Ideen auf·schreiben. Eine Idee ist ein Vorschlag: So kann Berlin besser werden.\nSie können Projekte an·sehen. Die Projekte heißen hier: Maßnahmen.\nSie können bei Treffen mit·machen. Bei den Treffen arbeiten Menschen zusammen an einer Maßnahme.\nSie können mit·bestimmen: Wofür gibt die Stadt Geld aus? Das heißt: Bürger·innen·haushalt.\nVielleicht werden Sie für den Bürger·innen·rat aus·gelost. Dann beraten Sie mit anderen Menschen die Stadt.\nSie können sehen: Was haben die Maßnahmen geschafft?",
    "easy.takePart.wordTerm": "Bürger·innen·rat",
    "easy.takePart.wordText":
      "Der Bürger·innen·rat ist eine Gruppe von Menschen aus Berlin.\nDie Gruppe berät die Stadt.\nDie Menschen in der Gruppe werden aus·gelost.\nAus·gelost bedeutet: Der Zufall entscheidet. Wie bei einer Lotterie.",

    "easy.navigation.heading": "So finden Sie sich zurecht",
    "easy.navigation.text":
      "Oben auf jeder Seite ist ein Menü.\nMit dem Menü kommen Sie zu den Teilen von der Internet·seite.\nGanz oben können Sie die Sprache wählen: Deutsch oder Englisch.\nGanz unten auf jeder Seite sind noch mehr Links.\nZum Beispiel zu diesem Text in Leichter Sprache.\nSie können die Internet·seite auch nur mit der Tastatur benutzen.\nDrücken Sie die Tab·taste.\nDann kommen Sie zum nächsten Link.",

    "easy.account.heading": "Ein Konto an·legen",
    "easy.account.text":
      "Zum Lesen brauchen Sie kein Konto.\nZum Mit·machen brauchen Sie ein Konto.\nSo legen Sie ein Konto an:",
    "easy.account.list":
      "Klicken Sie oben auf: Registrieren.\nSchreiben Sie Ihre E-Mail-Adresse auf.\nDenken Sie sich ein Passwort aus.\nDann bekommen Sie eine E-Mail von uns.\nIn der E-Mail ist ein Link. Klicken Sie auf den Link.\nJetzt können Sie sich an·melden.",
    "easy.account.wordTerm": "Passwort",
    "easy.account.wordText":
      "Ein Passwort ist ein geheimes Wort.\nNur Sie kennen das Passwort.\nDas Passwort muss mindestens 12 Zeichen lang sein.\nZeichen sind: Buchstaben, Zahlen und andere Zeichen.",

    "easy.data.heading": "Ihre Daten",
    "easy.data.text":
      "Wir speichern nur wenige Daten über Sie.\nZum Beispiel Ihre E-Mail-Adresse.\nWir geben Ihre Daten nicht an andere weiter.\nWir beobachten nicht, was Sie auf der Internet·seite machen.\nSie können Ihre Daten herunter·laden. Das geht in Ihrem Konto.\nSie können Ihr Konto auch löschen.\nDann sind Ihre Daten weg.\nIhre Ideen bleiben auf der Internet·seite.\nAber Ihr Name steht nicht mehr dabei.",

    "easy.help.heading": "Haben Sie Probleme mit der Internet·seite?",
    "easy.help.text":
      "Manche Teile von der Internet·seite sind noch nicht barriere·frei.\nZum Beispiel: Es gibt noch keine Videos in Gebärden·sprache.\nHaben Sie ein Problem mit der Internet·seite?\nDann schreiben Sie uns eine E-Mail.\nWir antworten Ihnen.\nSpätestens nach 1 Monat.",
    "easy.help.wordTerm": "Barriere·frei",
    "easy.help.wordText":
      "Barriere·frei bedeutet: Alle Menschen können die Internet·seite benutzen.\nAuch Menschen mit Behinderung.",
    "easy.help.contact": "Unsere E-Mail-Adresse:",
    "easy.help.statement": "Mehr dazu steht in der Erklärung zur Barriere·freiheit.",
    "easy.help.statementNote": "Die Erklärung ist nicht in Leichter Sprache.",

    "easy.aboutText.heading": "Über diesen Text",
    "easy.aboutText.text":
      "Wir haben diesen Text in Leichter Sprache geschrieben.\nMenschen mit Lern·schwierigkeiten haben den Text noch nicht geprüft.\nHaben Sie einen Vorschlag für den Text?\nDann schreiben Sie uns bitte.",

    "easy.bilingual.intro":
      "Leichte Sprache ist ein Regelwerk für deutsche Texte, die leicht zu verstehen sind. Unten steht diese Seite zuerst in Leichter Sprache und dann in einfachem Englisch.",
    "easy.bilingual.skip": "Zur Fassung in einfachem Englisch",
    "easy.bilingual.germanHeading": "In Leichter Sprache",
    "easy.bilingual.plainHeading": "In einfachem Englisch",
  },
  en: {
    "easy.title": "Easy language",
    "easy.heading": "Easy language",
    "easy.intro": "This page explains the platform in plain English.",
    "easy.wordLabel": "What the word means",

    "easy.about.heading": "What is this website?",
    "easy.about.text":
      "This website is called Gemeinsam.\nBerlin has a plan for the future.\nThe plan is called Gemeinsam Digital: Berlin.\nThe plan says how life in Berlin should get better.\nEveryone in Berlin should have a say in the plan.\nYou too.\nOn this website you can take part.",
    "easy.about.wordTerm": "Digital",
    "easy.about.wordText": "Digital means: with computers, mobile phones and the internet.",

    "easy.takePart.heading": "What can you do here?",
    "easy.takePart.text": "You can do many things here:",
    "easy.takePart.list":
      "You can write down ideas. An idea is a suggestion for how Berlin can get better.\nYou can look at projects. Here the projects are called measures.\nYou can take part in meetings. At the meetings, people work together on a measure.\nYou can help decide what the city spends money on. This is called the citizen budget.\nYou may be drawn by lot for the citizen panel. Then you advise the city together with other people.\nYou can see what the measures have achieved.",
    "easy.takePart.wordTerm": "Citizen panel",
    "easy.takePart.wordText":
      "The citizen panel is a group of people from Berlin.\nThe group advises the city.\nThe people in the group are drawn by lot.\nDrawn by lot means: chance decides. Like in a lottery.",

    "easy.navigation.heading": "Finding your way",
    "easy.navigation.text":
      "At the top of every page there is a menu.\nThe menu takes you to the parts of the website.\nAt the very top you can choose the language: German or English.\nAt the very bottom of every page there are more links.\nFor example to this page.\nYou can also use the website with the keyboard only.\nPress the Tab key.\nThis takes you to the next link.",

    "easy.account.heading": "Creating an account",
    "easy.account.text":
      "You do not need an account to read.\nYou need an account to take part.\nThis is how you create an account:",
    "easy.account.list":
      "Click on Register at the top.\nWrite down your e-mail address.\nThink of a password.\nThen you get an e-mail from us.\nThere is a link in the e-mail. Click on the link.\nNow you can log in.",
    "easy.account.wordTerm": "Password",
    "easy.account.wordText":
      "A password is a secret word.\nOnly you know the password.\nThe password must be at least 12 characters long.\nCharacters are letters, numbers and other signs.",

    "easy.data.heading": "Your data",
    "easy.data.text":
      "We store only a little data about you.\nFor example your e-mail address.\nWe do not pass your data on to others.\nWe do not watch what you do on the website.\nYou can download your data. You do this in your account.\nYou can also delete your account.\nThen your data is gone.\nYour ideas stay on the website.\nBut your name is no longer shown with them.",

    "easy.help.heading": "Do you have problems with the website?",
    "easy.help.text":
      "Some parts of the website are not yet accessible.\nFor example, there are no videos in sign language yet.\nDo you have a problem with the website?\nThen write us an e-mail.\nWe will answer you.\nWithin 1 month at the latest.",
    "easy.help.wordTerm": "Accessible",
    "easy.help.wordText": "Accessible means: everyone can use the website.\nPeople with disabilities too.",
    "easy.help.contact": "Our e-mail address:",
    "easy.help.statement": "You can read more in the accessibility statement.",
    "easy.help.statementNote": "The statement is not in easy language.",

    "easy.aboutText.heading": "About this text",
    "easy.aboutText.text":
      "We wrote this text in plain language.\nThe German version is in Leichte Sprache. People with learning difficulties have not checked it yet.\nDo you have a suggestion for the text?\nThen please write to us.",

    "easy.bilingual.intro":
      "Leichte Sprache is a set of rules for German that makes texts easier to understand. Below you find this page in German Leichte Sprache first, and then the same content in plain English.",
    "easy.bilingual.skip": "Go to the plain English version",
    "easy.bilingual.germanHeading": "In German easy language (Leichte Sprache)",
    "easy.bilingual.plainHeading": "In plain English",
  },
};
