import type { Catalogues } from "../../../platform/i18n/i18n";

/** Texts the panel adds to the home page, the office's start page and the open-data page. */
export const panelSiteMessages: Catalogues = {
  de: {
    "panel.site.group": "Bürger:innenrat",
    "panel.site.registrationBadge": "Anmeldung offen",
    "panel.site.registrationText": "Wer einen Einladungsbrief bekommen hat, kann sich jetzt mit dem Code anmelden.",
    "panel.site.task.setup.title": "Einladungen vorbereiten: {panel}",
    "panel.site.task.setup.text": "Stichprobe hochladen, Briefe erstellen und die Anmeldung öffnen.",
    "panel.site.task.registration.title": "Auslosung vorbereiten: {panel}",
    "panel.site.task.registration.text":
      "Die Anmeldung läuft. Danach berechnen Sie die faire Losliste und veröffentlichen sie.",
    "panel.site.task.published.title": "Rat auslosen: {panel}",
    "panel.site.task.published.text": "Die Losliste ist veröffentlicht. Als Nächstes folgt die öffentliche Ziehung.",
    "panel.site.lotteryTitle": "Losliste: {panel}",
    "panel.site.lotteryText":
      "Alle möglichen Zusammensetzungen des Rats (nur Pseudonyme) und die Ziehung zum Nachprüfen.",
    "panel.site.lotteryLink": "Losliste als Textdatei",
    "panel.site.verifyLink": "Ziehung nachprüfen",
  },
  en: {
    "panel.site.group": "Citizen panel",
    "panel.site.registrationBadge": "Registration open",
    "panel.site.registrationText": "If you received an invitation letter, you can now register with its code.",
    "panel.site.task.setup.title": "Prepare the invitations: {panel}",
    "panel.site.task.setup.text": "Upload the sample, make the letters and open registration.",
    "panel.site.task.registration.title": "Prepare the draw: {panel}",
    "panel.site.task.registration.text": "Registration is open. Then compute the fair lottery list and publish it.",
    "panel.site.task.published.title": "Draw the panel: {panel}",
    "panel.site.task.published.text": "The lottery list is published. Next comes the public draw.",
    "panel.site.lotteryTitle": "Lottery list: {panel}",
    "panel.site.lotteryText": "Every possible composition of the panel (pseudonyms only) and the draw, to check.",
    "panel.site.lotteryLink": "Lottery list as a text file",
    "panel.site.verifyLink": "Check the draw",
  },
};
