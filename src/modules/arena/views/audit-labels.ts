import type { Catalogues } from "../../../platform/i18n/i18n";

/** Names of the Arena's actions in the audit log, by action code. */
export const arenaAuditLabels: Catalogues = {
  de: {
    "arena.draft.start": "Einreichung in der Arena begonnen",
    "arena.draft.save": "Entwurf eines Arena-Beitrags gespeichert",
    "arena.attachment.add": "Bild oder Dokument zu einem Entwurf hinzugefügt",
    "arena.attachment.remove": "Bild oder Dokument aus einem Entwurf entfernt",
    "arena.entry.submit": "Arena-Beitrag eingereicht",
    "arena.entry.edit": "Arena-Beitrag geändert",
    "arena.entry.support": "Arena-Beitrag unterstützt",
    "arena.entry.unsupport": "Unterstützung zurückgezogen",
    "arena.entry.state": "Stand eines Arena-Beitrags geändert",
    "arena.entry.accept": "Arena-Beitrag als Maßnahme aufgenommen",
    "arena.collaboration.offer": "Angebot zum Mitmachen gesendet",
    "arena.collaboration.accept": "Angebot zum Mitmachen angenommen",
    "arena.collaboration.decline": "Angebot zum Mitmachen abgelehnt",
    "arena.consortium.form": "Konsortium gebildet",
    "arena.seed": "Demo-Beiträge der Arena angelegt",
  },
  en: {
    "arena.draft.start": "Arena submission started",
    "arena.draft.save": "Draft of an arena entry saved",
    "arena.attachment.add": "Image or document added to a draft",
    "arena.attachment.remove": "Image or document removed from a draft",
    "arena.entry.submit": "Arena entry submitted",
    "arena.entry.edit": "Arena entry changed",
    "arena.entry.support": "Arena entry supported",
    "arena.entry.unsupport": "Support withdrawn",
    "arena.entry.state": "State of an arena entry changed",
    "arena.entry.accept": "Arena entry accepted as a measure",
    "arena.collaboration.offer": "Offer to take part sent",
    "arena.collaboration.accept": "Offer to take part accepted",
    "arena.collaboration.decline": "Offer to take part declined",
    "arena.consortium.form": "Consortium formed",
    "arena.seed": "Demo entries of the arena created",
  },
};
