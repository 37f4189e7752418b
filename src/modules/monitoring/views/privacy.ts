import { declarePrivacy } from "../../../platform/contributions/contributions";

/** What the monitoring module stores about people. */
export const monitoringPrivacy = declarePrivacy({
  monitoringEntries: {
    legalBasis: ["e"],
    de: {
      name: "Wirkungsmessung der Maßnahmen",
      data: "Wer einen Indikator in den Katalog aufgenommen oder geändert, eine Wirkungslogik oder einen Zielwert geändert, einen Messwert eingetragen oder korrigiert, einen Bericht in einer Revisionsrunde geschrieben oder über eine vorgeschlagene Änderung entschieden hat, und wann. Öffentlich sind nur die Inhalte (Werte, Ziele, Berichte, Lehren, Begründungen), nicht die Namen.",
      purpose:
        "Nachvollziehbar machen, wie weit die Maßnahmen der Strategie gekommen sind und warum sich Ziele geändert haben; Fehler in Messwerten korrigieren können.",
      basis: "Die Wirkungsmessung ist eine öffentliche Aufgabe der Strategie.",
      retention:
        "Werte, Ziele und Begründungen bleiben als Teil der öffentlichen Rechenschaft. Löschen Sie Ihr Konto, bleiben sie ohne Ihren Namen stehen („gelöschtes Konto“).",
    },
    en: {
      name: "Measuring the measures' impact",
      data: "Who added or changed an indicator in the catalogue, changed a logic model or a target, recorded or corrected a value, wrote a report in a review round or decided on a proposed change, and when. Only the content (values, targets, reports, lessons, reasons) is public, not the names.",
      purpose:
        "Making it traceable how far the strategy's measures have come and why targets changed; being able to correct mistakes in values.",
      basis: "Measuring impact is a public task of the strategy.",
      retention:
        "Values, targets and reasons stay as part of public accountability. If you delete your account, they stay without your name (“deleted account”).",
    },
  },
});
