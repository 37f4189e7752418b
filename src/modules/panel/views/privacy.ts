import { declarePrivacy } from "../../../platform/contributions/contributions";

/** What the citizen panel stores: the address sample and letters, registrations, the lottery. */
export const panelPrivacy = declarePrivacy({
  panelInvitations: {
    legalBasis: ["e", "c"],
    de: {
      name: "Einladungen zum Bürger:innenrat",
      data: "Die Stichprobe aus dem Melderegister (Namen und Anschriften), aus der die Verwaltung einlädt, und die Serienbriefe – beide nur verschlüsselt gespeichert; die persönlichen Einladungscodes nur als Hash.",
      purpose: "Zufällig ausgewählte Menschen einladen, sich für den Rat zu melden.",
      basis:
        "Öffentliche Aufgabe Bürger:innenrat; die Verwaltung erhält die Stichprobe nach dem Melderecht (Gruppenauskunft).",
      retention:
        "Die Stichprobe, bis die Briefe erstellt sind; die Briefe, bis die Verwaltung sie gedruckt und gelöscht hat. Codes bleiben als Hash für die Nachprüfung.",
    },
    en: {
      name: "Invitations to the citizen panel",
      data: "The sample from the population register (names and addresses) the office invites from, and the mail-merge letters – both stored only encrypted; the personal invitation codes only as hashes.",
      purpose: "Inviting randomly chosen people to volunteer for the panel.",
      basis:
        "Public task, the citizen panel; the office receives the sample under registration law (group information).",
      retention:
        "The sample until the letters are made; the letters until the office has printed and deleted them. Codes stay as hashes for checking.",
    },
  },
  panelRegistrations: {
    legalBasis: ["e", "a"],
    de: {
      name: "Anmeldungen zum Bürger:innenrat",
      data: "Name, E-Mail-Adresse und Sprache; Ihre Antworten auf die Merkmalsfragen (Altersgruppe, Geschlecht, Bezirk und die weiteren Fragen des Rats); ein Pseudonym; Ihre Auswahlwahrscheinlichkeit und ob Sie ausgelost wurden.",
      purpose:
        "Eine faire Auslosung, die die Vielfalt der Stadt abbildet, und die Benachrichtigung der Ausgelosten. Öffentlich ist nur die Liste der Pseudonyme, nie Ihr Name.",
      basis: "Ihre Anmeldung ist freiwillig (Einwilligung); die Auslosung ist eine öffentliche Aufgabe.",
      retention:
        "Name, E-Mail-Adresse und Sprache löscht die Software von selbst, wenn die Aufbewahrungsfrist nach der Auslosung abgelaufen ist (sie steht bei jedem Rat; üblich sind 365 Tage). Pseudonym und Antworten bleiben ohne Namen, damit die Auslosung nachprüfbar bleibt.",
    },
    en: {
      name: "Registrations for the citizen panel",
      data: "Name, e-mail address and language; your answers to the feature questions (age group, gender, district and the panel's other questions); a pseudonym; your selection probability and whether you were drawn.",
      purpose:
        "A fair draw that reflects the diversity of the city, and telling those drawn. Only the list of pseudonyms is public, never your name.",
      basis: "Registering is voluntary (consent); the draw is a public task.",
      retention:
        "The software deletes name, e-mail address and language by itself when the retention period after the draw has passed (each panel states it; 365 days is usual). Pseudonym and answers stay without a name, so the draw can still be checked.",
    },
  },
});
