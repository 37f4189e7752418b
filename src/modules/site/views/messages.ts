import type { Catalogues } from "../../../platform/i18n/i18n";
import { accessibilityMessages } from "./messages/accessibility";
import { easyLanguageMessages } from "./messages/easy-language";
import { imprintMessages } from "./messages/imprint";
import { privacyMessages } from "./messages/privacy";

/** Shared by the imprint, privacy and accessibility pages: contacts and placeholders. */
const commonMessages: Catalogues = {
  de: {
    "site.placeholder": "Noch einzutragen: {what} (Feld {field})",
    "site.contactPending": "Diese Angaben werden gerade ergänzt.",
    "site.publicNotice":
      "Einige Kontaktangaben auf dieser Seite werden gerade ergänzt. Alles andere gilt schon so, wie es hier steht.",
    "site.operatorNotice.title": "Zu erledigen für den Betrieb (nur für Administrator:innen sichtbar):",
    "site.operatorNotice.text":
      "Auf dieser Seite fehlen Angaben der betreibenden Stelle. Tragen Sie diese Felder in die Betreiberdatei ein – die YAML-Datei, die die Einstellung OPERATOR_FILE nennt – und starten Sie die Plattform neu:",
    "site.operatorNotice.example":
      "Eine Vorlage mit allen Feldern liegt im Quellcode unter src/modules/site/data/operator.example.yaml. Bis dahin sieht die Öffentlichkeit statt der fehlenden Angaben nur einen neutralen Hinweis.",
    "site.contact.name": "Name",
    "site.contact.address": "Anschrift",
    "site.contact.email": "E-Mail",
    "site.contact.phone": "Telefon",
    "site.contact.website": "Internetseite",
    "site.contact.representative": "Vertreten durch",
    "site.contact.missing.name": "Name {subject}",
    "site.contact.missing.address": "Anschrift {subject}",
    "site.contact.missing.email": "E-Mail-Adresse {subject}",
    "site.contact.missing.phone": "Telefonnummer {subject}",
    "site.contact.missing.website": "Internetseite {subject}",
    "site.contact.missing.representative": "Vertretungsberechtigte Person {subject}",
  },
  en: {
    "site.placeholder": "To fill in: {what} (field {field})",
    "site.contactPending": "These details are being added.",
    "site.publicNotice":
      "Some contact details on this page are being added. Everything else already applies as written here.",
    "site.operatorNotice.title": "To do for the operator (visible to administrators only):",
    "site.operatorNotice.text":
      "Details of the body running the platform are missing on this page. Fill in these fields in the operator file – the YAML file named by the OPERATOR_FILE setting – and restart the platform:",
    "site.operatorNotice.example":
      "A template with every field is in the source code at src/modules/site/data/operator.example.yaml. Until then the public sees a neutral note instead of the missing details.",
    "site.contact.name": "Name",
    "site.contact.address": "Address",
    "site.contact.email": "E-mail",
    "site.contact.phone": "Phone",
    "site.contact.website": "Website",
    "site.contact.representative": "Represented by",
    "site.contact.missing.name": "name of {subject}",
    "site.contact.missing.address": "address of {subject}",
    "site.contact.missing.email": "e-mail address of {subject}",
    "site.contact.missing.phone": "phone number of {subject}",
    "site.contact.missing.website": "website of {subject}",
    "site.contact.missing.representative": "authorised representative of {subject}",
  },
};

const homeMessages: Catalogues = {
  de: {
    "home.title": "Startseite",
    "home.heading": "Gemeinsam Digital: Berlin – die Stadt gemeinsam gestalten",
    "home.lead":
      "Auf dieser Plattform setzt Berlin seine Smart-City-Strategie gemeinsam mit den Menschen der Stadt um: Ideen einbringen, Maßnahmen mitentwickeln, über Geld mitentscheiden und nachvollziehen, was jede Maßnahme bewirkt.",
    "home.easyLanguageLink": "Diese Seite in Leichter Sprache erklärt",
    "home.waysHeading": "So können Sie mitmachen",
    "home.nowHeading": "Gerade aktuell",
    "home.nowNone": "Gerade läuft keine Abstimmung und keine Anmeldung. Schauen Sie bald wieder vorbei.",
    "home.openDataLink": "Offene Daten: alle Downloads und die Schnittstelle",
    "home.way.strategy.title": "Die Strategie",
    "home.way.strategy.text": "Der Wertekompass, die Handlungsfelder und wie alles zusammenhängt.",
    "home.way.measures.title": "Maßnahmen",
    "home.way.measures.text":
      "Alle Projekte der Strategie: wer sie umsetzt, wo sie stehen und was sie bewirken sollen.",
    "home.way.arena.title": "Arena der Ideen",
    "home.way.arena.text": "Bringen Sie Ihre Idee ein, unterstützen Sie andere und machen Sie mit. Jeder Beitrag bekommt eine Antwort.",
    "home.way.panel.title": "Bürger:innenrat",
    "home.way.panel.text": "Ein fair ausgeloster Rat, der die Vielfalt der Stadt abbildet.",
    "home.way.budget.title": "Bürger:innenhaushalt",
    "home.way.budget.text": "Schlagen Sie Projekte vor und entscheiden Sie mit, wofür Geld ausgegeben wird.",
    "home.valuesHeading": "Unser Wertekompass",
    "home.valuesText":
      "Jede Maßnahme wird daran gemessen, ob sie Berlin nachhaltiger, gemeinwohlorientierter, resilienter und kooperativer macht.",
  },
  en: {
    "home.title": "Home",
    "home.heading": "Gemeinsam Digital: Berlin – shaping the city together",
    "home.lead":
      "On this platform Berlin carries out its smart-city strategy together with the people of the city: bring in ideas, co-develop measures, decide on money and follow what every measure achieves.",
    "home.easyLanguageLink": "This site explained in easy language (German)",
    "home.waysHeading": "How you can take part",
    "home.nowHeading": "Happening now",
    "home.nowNone": "No vote and no registration is open right now. Come back soon.",
    "home.openDataLink": "Open data: every download and the interface",
    "home.way.strategy.title": "The strategy",
    "home.way.strategy.text": "The values compass, the fields of action and how it all fits together.",
    "home.way.measures.title": "Measures",
    "home.way.measures.text":
      "Every project of the strategy: who carries it out, where it stands and what it should achieve.",
    "home.way.arena.title": "Arena of Ideas",
    "home.way.arena.text": "Bring in your idea, support others and join in. Every entry gets an answer.",
    "home.way.panel.title": "Citizen panel",
    "home.way.panel.text": "A fairly drawn panel that reflects the diversity of the city.",
    "home.way.budget.title": "Citizen budget",
    "home.way.budget.text": "Propose projects and decide what money is spent on.",
    "home.valuesHeading": "Our values compass",
    "home.valuesText":
      "Every measure is assessed by whether it makes Berlin more sustainable, community-oriented, resilient and cooperative.",
  },
};

const sharedPageMessages: Catalogues = {
  de: {
    "office.title": "Aufgaben des Strategiebüros",
    "office.lead":
      "Alles, was gerade auf Sie wartet – aus dem Bürger:innenhaushalt, dem Bürger:innenrat und den Maßnahmen.",
    "office.none": "Gerade wartet keine Aufgabe auf Sie.",
    "office.startHeading": "Etwas Neues beginnen",
    "office.start.measure": "Neue Maßnahme anlegen",
    "office.start.budget": "Neuen Bürger:innenhaushalt anlegen",
    "office.start.panel": "Neuen Bürger:innenrat anlegen",
    "openData.title": "Offene Daten",
    "openData.lead":
      "Alles, was die Plattform veröffentlicht, können Sie herunterladen und weiterverwenden: als Tabelle (CSV), als JSON oder über die Programmierschnittstelle. Personenbezogene Daten sind nicht dabei.",
    "openData.downloadsHeading": "Downloads",
    "openData.none": "Noch gibt es nichts zum Herunterladen.",
    "openData.apiHeading": "Programmierschnittstelle (API)",
    "openData.apiText":
      "Die Schnittstelle liefert Maßnahmen, Handlungsfelder, Organisationen, Bürger:innenhaushalte mit Ergebnissen und Bürger:innenräte mit ihren Loslisten als JSON. Die Beschreibung folgt dem Standard OpenAPI, so dass Programme sie lesen können.",
    "openData.apiLink": "Beschreibung der Schnittstelle (OpenAPI)",
    "openData.apiNote":
      "Zum Lesen brauchen Sie keinen Schlüssel. Einen API-Schlüssel für Ihr Konto legen Sie im Profil an.",
  },
  en: {
    "office.title": "Strategy office tasks",
    "office.lead": "Everything waiting for you now – from the citizen budget, the citizen panel and the measures.",
    "office.none": "No task is waiting for you right now.",
    "office.startHeading": "Start something new",
    "office.start.measure": "Create a measure",
    "office.start.budget": "Create a citizen budget",
    "office.start.panel": "Create a citizen panel",
    "openData.title": "Open data",
    "openData.lead":
      "Everything the platform publishes you can download and reuse: as a table (CSV), as JSON or through the programming interface. No personal data is included.",
    "openData.downloadsHeading": "Downloads",
    "openData.none": "There is nothing to download yet.",
    "openData.apiHeading": "Programming interface (API)",
    "openData.apiText":
      "The interface returns measures, fields of action, organisations, citizen budgets with their results and citizen panels with their lottery lists as JSON. Its description follows the OpenAPI standard, so programs can read it.",
    "openData.apiLink": "Description of the interface (OpenAPI)",
    "openData.apiNote": "You need no key to read. You create an API key for your account in your profile.",
  },
};

export const siteMessages: Catalogues = {
  de: Object.assign(
    {},
    commonMessages.de,
    homeMessages.de,
    sharedPageMessages.de,
    accessibilityMessages.de,
    imprintMessages.de,
    privacyMessages.de,
    easyLanguageMessages.de,
  ),
  en: Object.assign(
    {},
    commonMessages.en,
    homeMessages.en,
    sharedPageMessages.en,
    accessibilityMessages.en,
    imprintMessages.en,
    privacyMessages.en,
    easyLanguageMessages.en,
  ),
};
