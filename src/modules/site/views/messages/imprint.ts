import type { Catalogues } from "../../../../platform/i18n/i18n";

export const imprintMessages: Catalogues = {
  de: {
    "imprint.title": "Impressum",
    "imprint.heading": "Impressum",
    "imprint.provider.heading": "Anbieter",
    "imprint.provider.basis": "Angaben nach § 5 Digitale-Dienste-Gesetz (DDG).",
    "imprint.provider.subject": "der Stelle, die die Plattform betreibt",
    "imprint.contact.heading": "Kontakt",
    "imprint.responsible.heading": "Verantwortlich für den Inhalt",
    "imprint.responsible.subject": "der verantwortlichen Person (§ 18 Abs. 2 Medienstaatsvertrag)",
    "imprint.software.heading": "Software",
    "imprint.software.text":
      "Die Plattform läuft mit Gemeinsam. Gemeinsam ist freie Software unter der GNU Affero General Public License, Version 3 oder später. Sie dürfen sie nutzen, untersuchen, verändern und weitergeben.",
    "imprint.software.source": "Quellcode dieser Installation:",
    "imprint.software.missing": "Adresse des Quellcodes",
    "imprint.demo.heading": "Inhalte der Demo",
    "imprint.demo.text":
      "Die Inhalte der Demo beruhen auf der Berliner Strategie „Gemeinsam Digital: Berlin“. Einige Einträge sind für die Vorführung erfunden; sie sind als Demo-Inhalte gekennzeichnet.",
    "imprint.links.heading": "Links zu anderen Seiten",
    "imprint.links.text":
      "Für Inhalte anderer Internetseiten, auf die wir verlinken, sind deren Anbieter verantwortlich. Unsere Seiten laden selbst keine Inhalte von anderen Servern.",
  },
  en: {
    "imprint.title": "Imprint",
    "imprint.heading": "Imprint",
    "imprint.provider.heading": "Provider",
    "imprint.provider.basis": "Information according to section 5 of the German Digital Services Act (DDG).",
    "imprint.provider.subject": "the body running the platform",
    "imprint.contact.heading": "Contact",
    "imprint.responsible.heading": "Responsible for the content",
    "imprint.responsible.subject": "the person responsible (section 18 (2) Interstate Media Treaty)",
    "imprint.software.heading": "Software",
    "imprint.software.text":
      "The platform runs on Gemeinsam. Gemeinsam is free software under the GNU Affero General Public License, version 3 or later. You may use, study, change and share it.",
    "imprint.software.source": "Source code of this installation:",
    "imprint.software.missing": "address of the source code",
    "imprint.demo.heading": "Demo content",
    "imprint.demo.text":
      "The demo content is based on Berlin's strategy “Gemeinsam Digital: Berlin”. Some entries were invented for the demonstration; they are marked as demo content.",
    "imprint.links.heading": "Links to other sites",
    "imprint.links.text":
      "The providers of other websites we link to are responsible for their content. Our pages themselves load no content from other servers.",
  },
};
