import { declarePrivacy } from "../../../platform/contributions/contributions";

/** What the moderation stores: reports, decisions, blocked accounts and official feedback. */
export const moderationPrivacy = declarePrivacy({
  moderationReports: {
    legalBasis: ["e"],
    de: {
      name: "Meldungen an die Moderation",
      data: "Welchen Beitrag Sie gemeldet haben, den Grund und Ihre Beschreibung, den Zeitpunkt und – wenn Sie angemeldet waren – Ihr Konto. Für die Begrenzung der Anzahl Meldungen wird Ihre IP-Adresse kurz gezählt.",
      purpose:
        "Beiträge prüfen, die gegen die Regeln verstoßen. Meldungen sieht nur die Moderation; wer gemeldet hat, wird nicht veröffentlicht.",
      basis: "Öffentliche Aufgabe Beteiligung; Schutz der Beteiligten vor rechtswidrigen Inhalten.",
      retention:
        "Solange der gemeldete Beitrag besteht. Löschen Sie Ihr Konto, bleibt die Meldung ohne Verbindung zu Ihnen erhalten.",
    },
    en: {
      name: "Reports to the moderators",
      data: "Which contribution you reported, the reason and your description, the time and – if you were signed in – your account. To limit the number of reports, your IP address is counted for a short time.",
      purpose:
        "Checking contributions that break the rules. Only the moderators see reports; who reported is never published.",
      basis: "Public task, participation; protecting participants from unlawful content.",
      retention:
        "As long as the reported contribution exists. If you delete your account, the report stays without a link to you.",
    },
  },
  moderationBlocks: {
    legalBasis: ["e"],
    de: {
      name: "Sperren und Entscheidungen der Moderation",
      data: "Ausgeblendete Beiträge mit der öffentlichen Begründung; gesperrte Konten mit dem Grund und dem Zeitpunkt; wer aus der Moderation entschieden hat.",
      purpose: "Regeln der Beteiligung durchsetzen und jede Entscheidung nachvollziehbar machen.",
      basis: "Öffentliche Aufgabe Beteiligung.",
      retention:
        "Eine Sperre besteht, bis die Moderation sie aufhebt oder Sie Ihr Konto löschen. Entscheidungen bleiben mit dem Beitrag erhalten.",
    },
    en: {
      name: "Blocks and decisions of the moderators",
      data: "Hidden contributions with the public reason; blocked accounts with the reason and the time; who of the moderators decided.",
      purpose: "Enforcing the rules of participation and making every decision traceable.",
      basis: "Public task, participation.",
      retention:
        "A block lasts until the moderators lift it or you delete your account. Decisions stay with the contribution.",
    },
  },
  moderationFeedback: {
    legalBasis: ["e"],
    de: {
      name: "Offizielle Rückmeldungen",
      data: "Text der Rückmeldung, die Stelle (Moderation oder Strategiebüro), der Zeitpunkt und das Konto der Person, die sie geschrieben hat (nicht öffentlich).",
      purpose: "Die Verwaltung antwortet öffentlich auf Beiträge.",
      basis: "Öffentliche Aufgabe Beteiligung.",
      retention: "Solange der Beitrag besteht.",
    },
    en: {
      name: "Official feedback",
      data: "Text of the feedback, the office (moderators or strategy office), the time and the account of the person who wrote it (not public).",
      purpose: "The administration answers contributions publicly.",
      basis: "Public task, participation.",
      retention: "As long as the contribution exists.",
    },
  },
});
