import type { Catalogues } from "../../../platform/i18n/i18n";

/** Texts the strategy adds to the home page and the open-data page. */
export const strategySiteMessages: Catalogues = {
  de: {
    "strategy.site.group": "Strategie und Maßnahmen",
    "strategy.site.measureBadge": "Maßnahme",
    "strategy.site.measureNoSummary": "Was die Maßnahme vorhat und wer sie umsetzt.",
    "strategy.site.measuresTitle": "Alle Maßnahmen",
    "strategy.site.measuresText":
      "Der Katalog der Maßnahmen mit Handlungsfeldern, Zuständigkeit, Status und Bewertungen. Die Filter der Maßnahmenliste gelten auch für die Downloads.",
    "strategy.site.measuresJson": "Maßnahmen als JSON",
    "strategy.site.measuresCsv": "Maßnahmen als CSV-Tabelle",
  },
  en: {
    "strategy.site.group": "Strategy and measures",
    "strategy.site.measureBadge": "Measure",
    "strategy.site.measureNoSummary": "What the measure sets out to do and who carries it out.",
    "strategy.site.measuresTitle": "All measures",
    "strategy.site.measuresText":
      "The catalogue of measures with fields of action, responsibility, status and assessments. The filters of the measure list apply to the downloads too.",
    "strategy.site.measuresJson": "Measures as JSON",
    "strategy.site.measuresCsv": "Measures as a CSV table",
  },
};
