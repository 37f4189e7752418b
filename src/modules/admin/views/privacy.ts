import { declarePrivacy } from "../../../platform/contributions/contributions";

/** What the administration stores: who holds which role, and who granted it. */
export const adminPrivacy = declarePrivacy({
  roles: {
    legalBasis: ["e"],
    de: {
      name: "Rollen",
      data: "Welche Rolle ein Konto hat (zum Beispiel Strategiebüro oder Team einer Maßnahme), seit wann und wer sie vergeben hat.",
      purpose: "Damit nur berechtigte Personen Inhalte bearbeiten und Verfahren steuern.",
      basis: "Teil der Organisation der öffentlichen Aufgabe.",
      retention:
        "Bis die Rolle entzogen oder das Konto gelöscht wird. Vergabe und Entzug stehen im Änderungsprotokoll.",
    },
    en: {
      name: "Roles",
      data: "Which role an account holds (for example strategy office or team of a measure), since when and who granted it.",
      purpose: "So that only authorised people edit content and run procedures.",
      basis: "Part of organising the public task.",
      retention: "Until the role is revoked or the account deleted. Granting and revoking are in the change log.",
    },
  },
});
