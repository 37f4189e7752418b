import { declarePrivacy } from "../../../platform/contributions/contributions";

/** What the Arena of Ideas stores about people. */
export const arenaPrivacy = declarePrivacy({
  arenaEntries: {
    legalBasis: ["e", "a"],
    de: {
      name: "Beiträge in der Arena der Ideen",
      data: "Was Sie einreichen (Titel, Problem, Ansatz, Einschätzung zum Wertekompass, Angebote und Bedarfe), Bilder und PDF-Dokumente, die Sie beifügen (Bilder neu gespeichert, ohne Aufnahmeort und Angaben zur Kamera), Ihr Anzeigename, Ihre Akteursgruppe zum Zeitpunkt der Einreichung, jede Fassung Ihres Textes, Ihre Anfragen an andere Beiträge, sich zu einem Konsortium zusammenzuschließen (die Nachricht lesen nur deren Einreichende); Entwürfe, bis Sie sie einreichen.",
      purpose:
        "Ideen öffentlich sichtbar machen, damit andere sie unterstützen, diskutieren und mitmachen, und damit die Verwaltung öffentlich antworten kann.",
      basis: "Ihr Beitrag ist freiwillig (Einwilligung); die Beantwortung ist eine öffentliche Aufgabe der Strategie.",
      retention:
        "Beiträge bleiben als Teil des öffentlichen Verfahrens. Löschen Sie Ihr Konto, bleibt der Beitrag ohne Ihren Namen stehen („gelöschtes Konto“); Entwürfe werden gelöscht.",
    },
    en: {
      name: "Entries in the Arena of Ideas",
      data: "What you submit (title, problem, approach, values-compass self-assessment, offers and needs), images and PDF documents you add (images stored anew, without where and with which camera they were taken), your display name, your stakeholder group at the time of submission, every version of your text, your requests to other entries to join into a consortium (only their submitters read the message); drafts until you submit them.",
      purpose:
        "Making ideas public so that others can support, discuss and join them, and so that the administration can answer publicly.",
      basis: "Your entry is voluntary (consent); answering it is a public task of the strategy.",
      retention:
        "Entries stay as part of the public process. If you delete your account, the entry stays without your name (“deleted account”); drafts are deleted.",
    },
  },
  arenaSupports: {
    legalBasis: ["a"],
    de: {
      name: "Unterstützungen und Angebote zum Mitmachen",
      data: "Welche Beiträge Sie unterstützen (öffentlich ist nur die Zahl), Ihre Nachricht, wenn Sie mitmachen möchten, und ob die Autor:innen angenommen haben. Ihre E-Mail-Adresse sehen die Autor:innen erst, wenn sie Ihr Angebot annehmen.",
      purpose: "Zeigen, welche Ideen Rückhalt haben, und Menschen zusammenbringen, die an einer Idee arbeiten wollen.",
      basis: "Freiwillig (Einwilligung); Sie können Ihre Unterstützung jederzeit zurückziehen.",
      retention:
        "Bis Sie die Unterstützung zurückziehen oder Ihr Konto löschen; Angebote verlieren dann Ihren Namen und Ihre Nachricht.",
    },
    en: {
      name: "Supports and offers to take part",
      data: "Which entries you support (only the number is public), your message when you offer to take part, and whether the authors accepted. The authors see your e-mail address only once they accept your offer.",
      purpose: "Showing which ideas have backing, and bringing together people who want to work on an idea.",
      basis: "Voluntary (consent); you can withdraw your support at any time.",
      retention: "Until you withdraw the support or delete your account; offers then lose your name and your message.",
    },
  },
});
