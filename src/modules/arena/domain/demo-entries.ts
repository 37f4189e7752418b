import type { EntryContent } from "./entry";
import type { EntryState } from "./workflow";

/**
 * The Arena's demo content: the two entries of the demo strategy file (A1, A2; titles from
 * `gdb-demo.yaml`, see the strategy module's demo folder and its source note) and six more written
 * for the demo. All are marked as demo content on their pages. Days are counted back from the day
 * the demo is seeded, so the answer figures look like a living Arena.
 */
export interface DemoEntry {
  key: string;
  author: string;
  daysAgo: number;
  content: Omit<EntryContent, "language" | "compass"> & { compass?: EntryContent["compass"] };
  /** The states it went through, each with its public explanation and the days after submission. */
  answers: Array<{ to: EntryState; explanation: string; afterDays: number }>;
  supporters: number;
  /** Entries joined into one demo consortium. */
  consortium?: string;
  /** Taken into the strategy as a measure of this type. */
  measure?: "central" | "decentral" | "network";
}

export const demoAuthors = [
  { key: "arena-demo-mara", displayName: "Mara K. (Demo)", stakeholderGroup: "resident", district: "neukoelln" },
  {
    key: "arena-demo-schule",
    displayName: "Schule am Park (Demo)",
    stakeholderGroup: "civil_society",
    district: "pankow",
  },
  { key: "arena-demo-tsb", displayName: "Technologiestiftung (Demo)", stakeholderGroup: "science", district: "mitte" },
  {
    key: "arena-demo-kiezdaten",
    displayName: "Kiezdaten GmbH (Demo)",
    stakeholderGroup: "business",
    district: "friedrichshain-kreuzberg",
  },
  {
    key: "arena-demo-bezirk",
    displayName: "Bezirksamt Lichtenberg (Demo)",
    stakeholderGroup: "state",
    district: "lichtenberg",
  },
  { key: "arena-demo-jonas", displayName: "Jonas T. (Demo)", stakeholderGroup: "resident", district: "spandau" },
] as const;

const compass = (scores: Record<string, [number, string]>) =>
  Object.fromEntries(Object.entries(scores).map(([id, [score, reason]]) => [id, { score, reason }]));

export const demoEntries: DemoEntry[] = [
  {
    key: "A1",
    author: "arena-demo-mara",
    daysAgo: 60,
    content: {
      kind: "challenge",
      title: "Wie erreichen wir Menschen ohne Smartphone bei Beteiligungen?",
      problem:
        "Viele Beteiligungen laufen nur noch online. Meine Nachbarin ist 82 und hat kein Smartphone – sie erfährt von Umfragen und Workshops oft erst, wenn sie vorbei sind.",
      affected: "Ältere Menschen, Menschen mit wenig Geld, Menschen, die wenig Deutsch lesen.",
      approach: "",
      actionFieldIds: ["IS-1"],
      districtIds: [],
      offers: ["know_how"],
      needs: ["partners", "space"],
      offerNote: "Ich kenne viele Nachbar:innen und helfe beim Verteilen.",
      needNote: "Orte im Kiez, an denen man auf Papier mitmachen kann.",
      compass: compass({ common_good: [3, "Alle sollen mitreden können, nicht nur wer online ist."] }),
    },
    answers: [
      {
        to: "qualification",
        afterDays: 9,
        explanation:
          "Danke! Das Strategieteam prüft, welche Beteiligungsformate schon Papier und Telefon anbieten, und meldet sich bis Ende des Monats.",
      },
      {
        to: "decision",
        afterDays: 40,
        explanation:
          "Die Prüfung ist fertig: Ein Beteiligungs-Telefon und Aushänge in Bibliotheken wären schnell machbar. Das Strategieboard entscheidet in seiner nächsten Sitzung.",
      },
    ],
    supporters: 5,
  },
  {
    key: "A2",
    author: "arena-demo-schule",
    daysAgo: 45,
    content: {
      kind: "idea",
      title: "Offene Sensorbox für Schulhöfe (Hitze, Lärm)",
      problem:
        "Im Sommer wird unser Schulhof so heiß, dass die Kinder in der Pause drinnen bleiben müssen. Wir wissen aber nicht genau, wann und wo es am schlimmsten ist.",
      affected: "Schüler:innen, Lehrkräfte und die Nachbarschaft des Schulhofs.",
      approach:
        "Eine einfache Sensorbox, die Schüler:innen selbst bauen: Temperatur und Lärm, offene Daten für alle. So lernen die Kinder messen, und der Bezirk sieht, wo Schatten fehlt.",
      actionFieldIds: ["RW-2", "ZA-1"],
      districtIds: ["pankow"],
      offers: ["space", "partners"],
      needs: ["money", "know_how"],
      offerNote: "Schulhof und Werkraum; zwei Klassen machen mit.",
      needNote: "Bauteile für 20 Boxen und jemand, der Sensoren erklärt.",
      compass: compass({
        sustainable: [3, "Zeigt, wo Hitze die Gesundheit gefährdet."],
        cooperative: [2, "Schule, Stiftung und Bezirk arbeiten zusammen."],
      }),
    },
    answers: [
      {
        to: "qualification",
        afterDays: 6,
        explanation: "Wir prüfen die Idee mit dem Schulamt und den Expert:innen für Stadtklima.",
      },
      {
        to: "consortium",
        afterDays: 20,
        explanation:
          "Die Idee passt zu einem ähnlichen Vorschlag der Technologiestiftung. Beide arbeiten jetzt als Konsortium zusammen.",
      },
    ],
    supporters: 6,
    consortium: "Schulhof-Klima",
  },
  {
    key: "A3",
    author: "arena-demo-tsb",
    daysAgo: 40,
    content: {
      kind: "existing_project",
      title: "Klimamessnetz für Schulen – Bausatz und Datenportal",
      problem:
        "Schulen wollen Klima messen, aber jede fängt von vorn an: andere Sensoren, keine gemeinsame Plattform für die Daten.",
      affected: "Schulen in ganz Berlin und alle, die mit Stadtklima-Daten arbeiten.",
      approach: "Wir haben einen Bausatz und ein offenes Datenportal entwickelt und suchen Schulen, die mitmachen.",
      actionFieldIds: ["RW-2", "RW-3"],
      districtIds: [],
      offers: ["know_how", "data"],
      needs: ["partners"],
      offerNote: "Bausatz, Anleitung, Datenportal.",
      needNote: "Schulen, die Sensoren aufstellen.",
    },
    answers: [
      {
        to: "qualification",
        afterDays: 3,
        explanation: "Ein schönes Beispiel. Wir prüfen, ob es mit anderen Beiträgen zusammenpasst.",
      },
      {
        to: "consortium",
        afterDays: 15,
        explanation: "Zusammen mit der Idee der Schule am Park bildet das Projekt ein Konsortium.",
      },
    ],
    supporters: 4,
    consortium: "Schulhof-Klima",
  },
  {
    key: "A4",
    author: "arena-demo-bezirk",
    daysAgo: 120,
    content: {
      kind: "idea",
      title: "Digitale Sprechstunde im Bürgeramt ohne Termin-Hürde",
      problem: "Termine im Bürgeramt sind schwer zu bekommen; viele Anliegen wären in zehn Minuten per Video geklärt.",
      affected: "Alle, die ein einfaches Anliegen haben, besonders Berufstätige und Eltern.",
      approach: "Eine Video-Sprechstunde für einfache Fragen, mit Buchung ohne Konto und Dolmetschung auf Wunsch.",
      actionFieldIds: ["EV-1"],
      districtIds: ["lichtenberg"],
      offers: ["know_how", "space"],
      needs: ["partners"],
      offerNote: "Ein Team im Bürgeramt Lichtenberg.",
      needNote: "Erfahrung mit barrierefreien Videodiensten.",
    },
    answers: [
      { to: "qualification", afterDays: 5, explanation: "Das Strategieteam prüft Aufwand und Datenschutz." },
      {
        to: "decision",
        afterDays: 40,
        explanation: "Die Prüfung ist abgeschlossen; die Idee liegt dem Strategieboard zur Entscheidung vor.",
      },
    ],
    supporters: 6,
    measure: "decentral",
  },
  {
    key: "A5",
    author: "arena-demo-kiezdaten",
    daysAgo: 30,
    content: {
      kind: "cooperation_offer",
      title: "Wir teilen anonymisierte Verkehrszählungen für Kiez-Projekte",
      problem: "Initiativen, die Straßen sicherer machen wollen, haben oft keine Zahlen zum Verkehr.",
      affected: "Initiativen für sichere Schulwege und verkehrsberuhigte Kieze.",
      approach: "Wir stellen unsere anonymisierten Zählungen kostenlos bereit und helfen beim Auswerten.",
      actionFieldIds: ["EV-3", "RW-1"],
      districtIds: ["friedrichshain-kreuzberg", "neukoelln"],
      offers: ["data", "know_how"],
      needs: ["partners"],
      offerNote: "Zählungen seit 2022, stündlich.",
      needNote: "Initiativen mit einer konkreten Frage.",
    },
    answers: [],
    supporters: 3,
  },
  {
    key: "A6",
    author: "arena-demo-jonas",
    daysAgo: 20,
    content: {
      kind: "event",
      title: "Reparatur-Café mit Datenschutz-Sprechstunde",
      problem:
        "Viele trauen sich nicht, alte Laptops weiterzugeben, weil sie nicht wissen, wie man Daten sicher löscht.",
      affected: "Alle, die Geräte spenden oder reparieren wollen.",
      approach: "Einmal im Monat: reparieren, Daten sicher löschen, Geräte an Schulen weitergeben.",
      actionFieldIds: ["IS-3", "ZA-2"],
      districtIds: ["spandau"],
      offers: ["know_how"],
      needs: ["space", "money"],
      offerNote: "Ehrenamtliche Reparaturhelfer:innen.",
      needNote: "Ein Raum mit Tischen und Strom.",
    },
    answers: [],
    supporters: 2,
  },
  {
    key: "A7",
    author: "arena-demo-mara",
    daysAgo: 90,
    content: {
      kind: "idea",
      title: "Eine App, die alle Parkplätze der Stadt zeigt",
      problem: "Parkplatzsuche kostet Zeit und erzeugt Verkehr.",
      affected: "Autofahrende.",
      approach: "Eine App mit allen freien Parkplätzen.",
      actionFieldIds: ["RW-1"],
      districtIds: [],
      offers: [],
      needs: ["money"],
      offerNote: "",
      needNote: "",
    },
    answers: [
      { to: "qualification", afterDays: 7, explanation: "Wir prüfen, ob es solche Angebote schon gibt." },
      {
        to: "declined",
        afterDays: 30,
        explanation:
          "Es gibt bereits ein Angebot des Landes mit Parkdaten; die Strategie setzt außerdem darauf, weniger Verkehr in die Kieze zu bringen. Wir verfolgen die Idee deshalb nicht weiter – danke für den Beitrag!",
      },
    ],
    supporters: 1,
  },
  {
    key: "A8",
    author: "arena-demo-jonas",
    daysAgo: 3,
    content: {
      kind: "challenge",
      title: "Barrierefreie Infos zu Baustellen im Kiez",
      problem: "Wer im Rollstuhl unterwegs ist, erfährt von gesperrten Gehwegen erst vor Ort.",
      affected: "Menschen im Rollstuhl, mit Rollator oder Kinderwagen.",
      approach: "",
      actionFieldIds: ["IS-2"],
      districtIds: [],
      offers: [],
      needs: ["data", "partners"],
      offerNote: "",
      needNote: "Daten zu Baustellen und Umleitungen.",
    },
    answers: [],
    supporters: 2,
  },
];

/** The demo discussion: comments with answers, and one comment a demo account reported. */
export const demoComments: Array<{
  entry: string;
  author: string;
  body: string;
  replies?: Array<{ author: string; body: string }>;
  reported?: string;
}> = [
  {
    entry: "A1",
    author: "arena-demo-jonas",
    body: "In Spandau hängen wir Aushänge in der **Bibliothek** und im Supermarkt auf – das erreicht viele, die nicht online sind.",
    replies: [
      { author: "arena-demo-mara", body: "Danke, gute Idee! Könnten die Aushänge einen Rückruf-Service anbieten?" },
    ],
  },
  {
    entry: "A2",
    author: "arena-demo-tsb",
    body: "Unser Bausatz passt dazu. Wir bringen gern zwei Boxen zum ersten Treffen mit.",
  },
  {
    entry: "A5",
    author: "arena-demo-bezirk",
    body: "Sehr hilfreich für die Schulwegplanung in Lichtenberg. Gibt es die Zählungen auch für Kreuzungen?",
  },
  {
    entry: "A6",
    author: "arena-demo-kiezdaten",
    body: "Jetzt Laptops günstig kaufen bei Kiezdaten – nur diese Woche!",
    reported: "Das ist Werbung und hat mit der Veranstaltung nichts zu tun.",
  },
];
