import { declarePrivacy } from "../../../platform/contributions/contributions";

/** Reading the public pages: nothing but the two cookies the pages need. */
export const sitePrivacy = declarePrivacy({
  visits: {
    legalBasis: ["e"],
    de: {
      name: "Lesen der Seiten ohne Konto",
      data: "Nichts über Sie. Die Seiten setzen nur das Cookie für die Sprache und das Cookie für den Formularschutz (siehe Cookies).",
      purpose: "Die Seiten in Ihrer Sprache zeigen und Formulare vor Missbrauch schützen.",
      basis: "Technisch nötig für das Angebot.",
      retention: "Das Sprach-Cookie ein Jahr, der Formularschutz bis Sie den Browser schließen.",
    },
    en: {
      name: "Reading the pages without an account",
      data: "Nothing about you. The pages set only the language cookie and the form protection cookie (see Cookies).",
      purpose: "Showing the pages in your language and protecting forms against abuse.",
      basis: "Technically necessary for the service.",
      retention: "The language cookie for one year, the form protection until you close the browser.",
    },
  },
});
