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
    "home.comingSoon": "Kommt bald",
    "home.way.strategy.title": "Die Strategie",
    "home.way.strategy.text": "Der Wertekompass, die Handlungsfelder und wie alles zusammenhängt.",
    "home.way.measures.title": "Maßnahmen",
    "home.way.measures.text":
      "Alle Projekte der Strategie: wer sie umsetzt, wo sie stehen und was sie bewirken sollen.",
    "home.way.arena.title": "Arena der Ideen",
    "home.way.arena.text": "Bringen Sie Ideen, Herausforderungen und Projekte ein und finden Sie Mitstreiter:innen.",
    "home.way.workshops.title": "Maßnahmenwerkstätten",
    "home.way.workshops.text": "Entwickeln Sie Maßnahmen in Werkstätten mit – vor Ort oder online.",
    "home.way.panel.title": "Bürger:innenrat",
    "home.way.panel.text": "Ein fair ausgeloster Rat, der die Vielfalt der Stadt abbildet.",
    "home.way.budget.title": "Bürger:innenhaushalt",
    "home.way.budget.text": "Schlagen Sie Projekte vor und entscheiden Sie mit, wofür Geld ausgegeben wird.",
    "home.way.monitoring.title": "Wirkung und Lernen",
    "home.way.monitoring.text": "Ziele, Kennzahlen und Erkenntnisse jeder Maßnahme – offen und nachvollziehbar.",
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
    "home.comingSoon": "Coming soon",
    "home.way.strategy.title": "The strategy",
    "home.way.strategy.text": "The values compass, the fields of action and how it all fits together.",
    "home.way.measures.title": "Measures",
    "home.way.measures.text":
      "Every project of the strategy: who carries it out, where it stands and what it should achieve.",
    "home.way.arena.title": "Arena of ideas",
    "home.way.arena.text": "Bring in ideas, challenges and projects and find people to work with.",
    "home.way.workshops.title": "Measure workshops",
    "home.way.workshops.text": "Help develop measures in workshops – on site or online.",
    "home.way.panel.title": "Citizen panel",
    "home.way.panel.text": "A fairly drawn panel that reflects the diversity of the city.",
    "home.way.budget.title": "Citizen budget",
    "home.way.budget.text": "Propose projects and decide what money is spent on.",
    "home.way.monitoring.title": "Impact and learning",
    "home.way.monitoring.text": "Goals, indicators and lessons of every measure – open and traceable.",
    "home.valuesHeading": "Our values compass",
    "home.valuesText":
      "Every measure is assessed by whether it makes Berlin more sustainable, community-oriented, resilient and cooperative.",
  },
};

export const siteMessages: Catalogues = {
  de: Object.assign(
    {},
    commonMessages.de,
    homeMessages.de,
    accessibilityMessages.de,
    imprintMessages.de,
    privacyMessages.de,
    easyLanguageMessages.de,
  ),
  en: Object.assign(
    {},
    commonMessages.en,
    homeMessages.en,
    accessibilityMessages.en,
    imprintMessages.en,
    privacyMessages.en,
    easyLanguageMessages.en,
  ),
};
