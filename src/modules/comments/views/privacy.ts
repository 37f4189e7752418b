import { declarePrivacy } from "../../../platform/contributions/contributions";

/** What the comments store: the text, its earlier versions and who wrote it. */
export const commentsPrivacy = declarePrivacy({
  comments: {
    legalBasis: ["e"],
    de: {
      name: "Kommentare",
      data: "Text Ihres Kommentars und frühere Fassungen, wenn Sie ihn nach 15 Minuten geändert haben; Zeitpunkt, der kommentierte Beitrag und Ihr Konto. Ihr Anzeigename steht öffentlich beim Kommentar. Für die Begrenzung der Anzahl Kommentare wird Ihre IP-Adresse kurz gezählt.",
      purpose: "Öffentliche Diskussion über Beiträge der Beteiligung.",
      basis: "Öffentliche Aufgabe Beteiligung.",
      retention:
        "Solange der kommentierte Beitrag besteht. Löschen Sie einen Kommentar, werden Text und frühere Fassungen gelöscht. Löschen Sie Ihr Konto, bleiben Ihre Kommentare als „Gelöschtes Konto“ stehen, damit Antworten verständlich bleiben.",
    },
    en: {
      name: "Comments",
      data: "Text of your comment and earlier versions if you changed it after 15 minutes; the time, the contribution commented on and your account. Your display name is shown publicly with the comment. To limit the number of comments, your IP address is counted for a short time.",
      purpose: "Public discussion of contributions to participation.",
      basis: "Public task, participation.",
      retention:
        "As long as the contribution commented on exists. If you delete a comment, its text and earlier versions are deleted. If you delete your account, your comments stay as by “Deleted account”, so that replies still make sense.",
    },
  },
});
