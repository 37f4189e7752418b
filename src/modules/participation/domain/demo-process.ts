import type { Method } from "./process";
import type { PointFields } from "./report";
import type { Bilingual, Question } from "./survey";

/**
 * The demo participation process: the strategy's next version, open for comments. Every text says
 * it is demo content; the people are invented demo accounts nobody can sign in with.
 */

export const demoProcess = {
  slug: "naechste-fassung-der-strategie",
  title: { de: "Die nächste Fassung der Strategie", en: "The strategy's next version" },
  summary: {
    de: "Demo-Inhalt: Die Strategie wird fortgeschrieben. Lesen Sie den Entwurf der nächsten Fassung, kommentieren Sie ihn Absatz für Absatz, beantworten Sie die Umfrage und kommen Sie zur Werkstatt. Am Ende steht ein Bericht, was aus Ihren Hinweisen geworden ist.",
    en: "Demo content: the strategy is being updated. Read the draft of its next version, comment on it paragraph by paragraph, answer the survey and come to the workshop. At the end a report says what became of your comments.",
  },
  organisation: "Geschäftsstelle der Strategie (Demo)",
  contact: "beteiligung@demo.invalid",
};

/**
 * The phases as days from today, in the order the strategy's own process took: the information and
 * the text review are over (their comments stay to read), the survey runs now, so a newcomer to the
 * demo finds answers already given and can add their own; the workshops and the report follow.
 */
export const demoPhases: ReadonlyArray<{ method: Method; fromDay: number; toDay: number }> = [
  { method: "information", fromDay: -35, toDay: -24 },
  { method: "text-review", fromDay: -24, toDay: -3 },
  { method: "survey", fromDay: -3, toDay: 25 },
  { method: "workshops", fromDay: 25, toDay: 60 },
  { method: "closing-report", fromDay: 60, toDay: 90 },
];

export const demoDraft: Bilingual = {
  de: `# Wofür die Strategie steht

Demo-Inhalt: Die Strategie beschreibt, wie die Stadt digitale Werkzeuge gemeinsam mit den Menschen entwickelt, die hier leben und arbeiten.

Sie gilt für die ganze Verwaltung und für alle, die mit ihr Projekte umsetzen.

# Was sich ändern soll

Jede Maßnahme berichtet zweimal im Jahr, ob sie ihre Ziele erreicht. Die Berichte sind öffentlich.

Neue Maßnahmen entstehen vor allem aus der Arena der Ideen und aus den Bezirken.

Wer mitmachen will, findet alle Termine an einem Ort.

# Wie wir gemeinsam lernen

Was nicht funktioniert, schreiben wir auf und teilen es, damit andere es nicht wiederholen.
`,
  en: `# What the strategy stands for

Demo content: the strategy describes how the city develops digital tools together with the people who live and work here.

It applies to the whole administration and to everyone who carries out projects with it.

# What is to change

Every measure reports twice a year whether it reaches its goals. The reports are public.

New measures come above all from the Arena of ideas and from the districts.

Whoever wants to take part finds every date in one place.

# How we learn together

What does not work, we write down and share, so that others do not repeat it.
`,
};

/** The demo's people: a key for their demo address, a name, and the place of their group and district in the city's lists. */
export const demoPeople = [
  { key: "beteiligung-amira", displayName: "Amira K. (Demo)", group: 3, district: 0 },
  { key: "beteiligung-jonas", displayName: "Jonas W. (Demo)", group: 1, district: 1 },
  { key: "beteiligung-lena", displayName: "Lena S. (Demo)", group: 2, district: 2 },
  { key: "beteiligung-mehmet", displayName: "Mehmet A. (Demo)", group: 4, district: 3 },
  { key: "beteiligung-ruth", displayName: "Ruth B. (Demo)", group: 0, district: 4 },
  { key: "beteiligung-tim", displayName: "Tim O. (Demo)", group: 3, district: 5 },
];

/** Comments on paragraphs (by number), each by one of the demo people. */
export const demoComments: ReadonlyArray<{ paragraph: string; person: number; body: string }> = [
  {
    paragraph: "1.1",
    person: 0,
    body: "Demo-Kommentar: „Gemeinsam entwickeln“ klingt gut. Wer entscheidet am Ende, wenn sich Verwaltung und Menschen nicht einig sind?",
  },
  {
    paragraph: "1.2",
    person: 1,
    body: "Demo-Kommentar: Gilt das auch für die landeseigenen Unternehmen? Das sollte hier stehen.",
  },
  {
    paragraph: "2.1",
    person: 2,
    body: "Demo-Kommentar: Zweimal im Jahr ist gut. Bitte die Berichte auch in einfacher Sprache.",
  },
  {
    paragraph: "2.1",
    person: 3,
    body: "Demo-Kommentar: Öffentlich heißt hoffentlich auch: als offene Daten zum Herunterladen.",
  },
  {
    paragraph: "2.2",
    person: 4,
    body: "Demo-Kommentar: Die Bezirke haben sehr unterschiedlich viel Personal. Wie kommen kleine Bezirke zu Maßnahmen?",
  },
  {
    paragraph: "2.3",
    person: 5,
    body: "Demo-Kommentar: Ein Ort für alle Termine – ja, bitte mit Kalender zum Abonnieren.",
  },
  {
    paragraph: "3.1",
    person: 0,
    body: "Demo-Kommentar: Fehler teilen finde ich mutig. Gibt es dafür eine feste Seite?",
  },
];

const text = (de: string, en: string): Bilingual => ({ de, en });
const choice = (id: string, de: string, en: string) => ({ id, text: text(de, en) });

/** A short survey with questions of different kinds. */
export const demoQuestions: Question[] = [
  {
    id: "nutzung",
    kind: "single",
    text: text("Wie oft nutzen Sie digitale Angebote der Stadt?", "How often do you use the city's digital services?"),
    required: true,
    choices: [
      choice("woechentlich", "Jede Woche", "Every week"),
      choice("monatlich", "Jeden Monat", "Every month"),
      choice("selten", "Selten", "Rarely"),
      choice("nie", "Nie", "Never"),
    ],
    rows: [],
    scaleLabels: null,
    showIf: null,
  },
  {
    id: "themen",
    kind: "multiple",
    text: text("Welche Themen sind Ihnen am wichtigsten?", "Which topics matter most to you?"),
    required: false,
    choices: [
      choice("verwaltung", "Verwaltung online", "Administration online"),
      choice("mobilitaet", "Mobilität", "Mobility"),
      choice("bildung", "Bildung", "Education"),
      choice("klima", "Klima und Umwelt", "Climate and environment"),
    ],
    rows: [],
    scaleLabels: null,
    showIf: null,
  },
  {
    id: "verstaendlich",
    kind: "scale",
    text: text("Wie verständlich finden Sie den Entwurf?", "How easy to understand do you find the draft?"),
    required: true,
    choices: [],
    rows: [],
    scaleLabels: { low: text("gar nicht", "not at all"), high: text("sehr", "very") },
    showIf: null,
  },
  {
    id: "berichte",
    kind: "single",
    text: text("Würden Sie die Berichte der Maßnahmen lesen?", "Would you read the measures' reports?"),
    required: false,
    choices: [choice("ja", "Ja", "Yes"), choice("vielleicht", "Vielleicht", "Maybe"), choice("nein", "Nein", "No")],
    rows: [],
    scaleLabels: null,
    showIf: null,
  },
  {
    id: "wunsch",
    kind: "long-text",
    text: text("Was sollte die nächste Fassung unbedingt enthalten?", "What should the next version contain?"),
    required: false,
    choices: [],
    rows: [],
    scaleLabels: null,
    showIf: null,
  },
];

const wishes = [
  "Demo-Antwort: Mehr Angebote in einfacher Sprache.",
  "Demo-Antwort: Lernorte in jedem Bezirk.",
  "Demo-Antwort: Offene Daten zu allen Maßnahmen.",
  "",
];

/** The i-th of the demo's answers, as a form would send them: varied, but the same on every run. */
export function demoAnswer(i: number): Record<string, string | string[]> {
  const pick = <T>(list: readonly T[], step: number): T => list[(i * step + 1) % list.length] as T;
  return {
    nutzung: pick(["woechentlich", "monatlich", "monatlich", "selten", "nie"], 3),
    themen: ["verwaltung", "mobilitaet", "bildung", "klima"].filter((_, k) => (i + k) % 3 !== 0),
    verstaendlich: String(1 + ((i * 7) % 5)),
    berichte: pick(["ja", "vielleicht", "nein", "ja"], 5),
    wunsch: pick(wishes, 1),
  };
}

export const DEMO_ANSWERS = 20;

/** The closing report the office has begun (a draft: the process still runs). */
export const demoReport: { summary: Bilingual; points: PointFields[] } = {
  summary: text(
    "Demo-Inhalt: Entwurf des Abschlussberichts. Er wird veröffentlicht, wenn das Verfahren beim Abschlussbericht angekommen ist.",
    "Demo content: draft of the closing report. It is published once the process has reached its closing report.",
  ),
  points: [
    {
      heardDe: "Die Berichte der Maßnahmen sollen auch in einfacher Sprache erscheinen.",
      heardEn: "The measures' reports should also appear in plain language.",
      outcome: "changed-draft",
      responseDe: "Abschnitt 2.1 nennt jetzt einfache Sprache.",
      responseEn: "Section 2.1 now names plain language.",
    },
    {
      heardDe: "Die Berichte sollen als offene Daten erscheinen.",
      heardEn: "The reports should be published as open data.",
      outcome: "taken-into-measure",
      responseDe: "Die Maßnahme „Offene Daten“ nimmt die Berichte auf.",
      responseEn: "The open data measure takes up the reports.",
    },
    {
      heardDe: "Jeder Bezirk soll gleich viele Maßnahmen bekommen.",
      heardEn: "Every district should get the same number of measures.",
      outcome: "not-taken-up",
      responseDe:
        "Maßnahmen richten sich nach Bedarf und Ideen, nicht nach Zahl. Kleine Bezirke bekommen dafür Unterstützung beim Antrag.",
      responseEn:
        "Measures follow needs and ideas, not numbers. Small districts get help with their applications instead.",
    },
  ],
};
