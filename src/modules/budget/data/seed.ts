import { eq } from "drizzle-orm";
import type { Deps } from "../../../platform/deps";
import { cityDay, startOfCityDay } from "../../../platform/reference-data";
import { type DemoCamp, demoBallots } from "../domain/demo-ballots";
import { budgetBallots, budgetHeadings, budgetProjects, budgets } from "./schema";
import { hashCode } from "./voting-codes";

const DAY = 24 * 60 * 60 * 1000;

/** Midnight in the city of the day `days` from now: demo phases start on a day, not at the seed's minute. */
function dayFrom(now: Date, days: number, timeZone: string): Date {
  return startOfCityDay(cityDay(new Date(now.getTime() + days * DAY), timeZone), timeZone);
}

/**
 * Invented demo content: last year's Kiezkasse, voted and counted. Its ballots are generated (a
 * fixed seed, `demo:` voter keys), so the results page shows a real Method-of-Equal-Shares outcome.
 */
const counted: {
  slug: string;
  title: string;
  description: string;
  headings: Array<{
    name: string;
    district: string;
    amount: number;
    ballots: number;
    seed: number;
    camps: DemoCamp[];
    projects: Array<[string, string, number]>;
  }>;
} = {
  slug: "kiezkasse-2025",
  title: "Kiezkasse 2025 (Demo)",
  description:
    "Demo: Die Abstimmung ist abgeschlossen, die Ergebnisse sind veröffentlicht. Projekte und Stimmzettel sind erfunden: Die Stimmzettel wurden für die Vorführung erzeugt, es sind keine echten Stimmen.",
  headings: [
    {
      name: "Pankow",
      district: "pankow",
      amount: 25000,
      ballots: 262,
      seed: 2025,
      camps: [
        { share: 0.5, likes: [0, 1], maybe: [4] },
        { share: 0.3, likes: [3, 4], maybe: [2] },
        { share: 0.2, likes: [2, 5], maybe: [1] },
      ],
      projects: [
        ["Spielplatz am Humannplatz erneuern", "Neue Schaukeln, ein Klettergerüst und Sand für den Spielplatz.", 12000],
        [
          "Schattensegel für den Kinderbauernhof",
          "Zwei Sonnensegel, damit Kinder auch im Hochsommer draußen spielen.",
          6000,
        ],
        ["Repair-Café im Stadtteilzentrum", "Werkzeug und Material für ein monatliches Repair-Café.", 3500],
        ["Fahrradbügel an der Schönhauser Allee", "Vierzig Fahrradbügel an Haltestellen und vor Geschäften.", 4000],
        [
          "Nachbarschaftsgarten an der Panke",
          "Beete, Wassertonnen und ein Geräteschuppen für einen Gemeinschaftsgarten.",
          7500,
        ],
        [
          "Sprachcafé für Neuzugezogene",
          "Ein wöchentliches Treffen zum Deutschüben, mit Kaffee und Kinderbetreuung.",
          2500,
        ],
      ],
    },
    {
      name: "Treptow-Köpenick",
      district: "treptow-koepenick",
      amount: 18000,
      ballots: 171,
      seed: 2026,
      camps: [
        { share: 0.55, likes: [0, 2] },
        { share: 0.25, likes: [3, 1] },
        { share: 0.2, likes: [4], maybe: [1] },
      ],
      projects: [
        ["Barrierefreier Zugang zur Badestelle", "Eine Rampe und ein fester Weg bis ans Wasser.", 11000],
        ["Bücherbox am S-Bahnhof", "Ein wetterfester Bücherschrank zum Tauschen.", 2000],
        ["Tischtennisplatten im Plänterwald", "Zwei Tischtennisplatten aus Beton am Spielplatz.", 3500],
        ["Seniorentreff mit Tablet-Kurs", "Leihgeräte und ein Kurs, betreut von Ehrenamtlichen.", 4000],
        ["Insektenwiese an der Wuhle", "Eine Blühwiese mit heimischen Pflanzen statt Rasen.", 5000],
      ],
    },
  ],
};

/** Invented demo content (not a real Berlin budget): a Kiezkasse for two districts, open for voting. */
const demo = {
  slug: "kiezkasse-2026",
  title: "Kiezkasse 2026 (Demo)",
  description:
    "Demo: Nachbarschaften in Neukölln und Lichtenberg entscheiden, welche kleinen Projekte aus der Kiezkasse bezahlt werden. Die Projekte sind erfunden.",
  headings: [
    {
      name: "Neukölln",
      district: "neukoelln",
      amount: 20000,
      projects: [
        [
          "Trinkbrunnen am Richardplatz",
          "Ein barrierefreier Trinkbrunnen für heiße Sommertage, mit Anschluss an das Wassernetz.",
          9000,
        ],
        [
          "Offene Werkstatt im Kiezladen",
          "Werkzeug und Kurse zum Reparieren von Fahrrädern, Möbeln und Elektrogeräten.",
          6000,
        ],
        [
          "Bücherschrank an der Sonnenallee",
          "Ein wetterfester Schrank zum Tauschen von Büchern, betreut von der Nachbarschaft.",
          2500,
        ],
        ["Hochbeete für den Schulhof", "Sechs Hochbeete, in denen Kinder Gemüse anbauen und über Klima lernen.", 4500],
      ],
    },
    {
      name: "Lichtenberg",
      district: "lichtenberg",
      amount: 15000,
      projects: [
        ["Bänke am Fennpfuhl", "Zehn neue Bänke mit Rückenlehne rund um den Fennpfuhlpark.", 7000],
        [
          "Digitale Sprechstunde für Ältere",
          "Ehrenamtliche helfen einmal pro Woche bei Smartphone, Tablet und Online-Terminen.",
          3000,
        ],
        ["Lastenrad zum Ausleihen", "Ein Lastenrad, das Nachbar:innen kostenlos buchen können.", 5500],
      ],
    },
  ],
} as const;

/** Invented demo content: a city-wide budget by theme that still takes proposals. */
const openForProposals = {
  slug: "buergerhaushalt-2027",
  title: "Bürger:innenhaushalt 2027 (Demo)",
  description:
    "Demo: Vorschläge für ganz Berlin zum Thema „Digitale Nachbarschaft“. Alle können Projekte vorschlagen; die Verwaltung prüft sie, danach wird abgestimmt.",
};

export async function seedBudget(deps: Deps): Promise<void> {
  await seedCountedBudget(deps);
  await seedKiezkasse(deps);
  await seedOpenBudget(deps);
}

async function seedCountedBudget(deps: Deps): Promise<void> {
  const { db } = deps.database;
  const [existing] = await db.select({ id: budgets.id }).from(budgets).where(eq(budgets.slug, counted.slug));
  if (existing) return;
  const now = deps.clock();
  const dates = {
    proposalsStart: dayFrom(now, -150, deps.city.timeZone),
    reviewStart: dayFrom(now, -110, deps.city.timeZone),
    votingStart: dayFrom(now, -60, deps.city.timeZone),
    resultsStart: dayFrom(now, -30, deps.city.timeZone),
    implementationStart: dayFrom(now, 120, deps.city.timeZone),
  };
  await db.transaction(async (tx) => {
    const [budget] = await tx
      .insert(budgets)
      .values({
        slug: counted.slug,
        title: counted.title,
        description: counted.description,
        rule: "mes_cost_add1_greedy",
        ballotType: "approval",
        maxProjects: 3,
        knapsack: true,
        pointsTotal: null,
        ...dates,
        createdAt: new Date(now.getTime() - 2000),
      })
      .onConflictDoNothing()
      .returning({ id: budgets.id });
    if (!budget) return;
    let number = 0;
    let voter = 0;
    const span = dates.resultsStart.getTime() - dates.votingStart.getTime();
    for (const [position, h] of counted.headings.entries()) {
      const [heading] = await tx
        .insert(budgetHeadings)
        .values({ budgetId: budget.id, name: h.name, district: h.district, amount: h.amount, position })
        .returning({ id: budgetHeadings.id });
      if (!heading) throw new Error("heading insert returned nothing");
      const projectIds: string[] = [];
      for (const [title, description, cost] of h.projects) {
        number += 1;
        const [project] = await tx
          .insert(budgetProjects)
          .values({
            budgetId: budget.id,
            headingId: heading.id,
            number,
            title,
            description,
            estimatedCost: cost,
            officialCost: cost,
            status: "feasible",
            reviewReason: null,
            createdAt: dates.proposalsStart,
            reviewedAt: dates.reviewStart,
          })
          .returning({ id: budgetProjects.id });
        if (!project) throw new Error("project insert returned nothing");
        projectIds.push(project.id);
      }
      const ballots = demoBallots({
        count: h.ballots,
        seed: h.seed,
        costs: h.projects.map((p) => p[2]),
        camps: h.camps,
        maxProjects: 3,
        moneyLimit: h.amount,
      });
      const rows = ballots.map((chosen, i) => {
        voter += 1;
        return {
          budgetId: budget.id,
          headingId: heading.id,
          voterKey: `demo:${voter}`,
          choices: chosen.map((index) => ({ projectId: projectIds[index] as string, points: 1 })),
          receiptHash: hashCode(`DEMO${counted.slug}${voter}`),
          idempotencyKey: `demo-${voter}`,
          createdAt: new Date(dates.votingStart.getTime() + Math.floor(((i + 0.5) * span) / ballots.length)),
        };
      });
      if (rows.length > 0) await tx.insert(budgetBallots).values(rows);
    }
  });
}

async function seedOpenBudget(deps: Deps): Promise<void> {
  const { db } = deps.database;
  const [existing] = await db.select({ id: budgets.id }).from(budgets).where(eq(budgets.slug, openForProposals.slug));
  if (existing) return;
  const now = deps.clock();
  await db.transaction(async (tx) => {
    const [budget] = await tx
      .insert(budgets)
      .values({
        ...openForProposals,
        rule: "mes_cost",
        ballotType: "approval",
        maxProjects: 5,
        knapsack: true,
        pointsTotal: null,
        proposalsStart: dayFrom(now, -2, deps.city.timeZone),
        reviewStart: dayFrom(now, 30, deps.city.timeZone),
        votingStart: dayFrom(now, 45, deps.city.timeZone),
        resultsStart: dayFrom(now, 60, deps.city.timeZone),
        implementationStart: dayFrom(now, 120, deps.city.timeZone),
        createdAt: new Date(now.getTime() - 1000),
      })
      .onConflictDoNothing()
      .returning({ id: budgets.id });
    if (!budget) return;
    await tx
      .insert(budgetHeadings)
      .values({ budgetId: budget.id, name: "Digitale Nachbarschaft", district: null, amount: 50000, position: 0 });
  });
}

async function seedKiezkasse(deps: Deps): Promise<void> {
  const { db } = deps.database;
  const [existing] = await db.select({ id: budgets.id }).from(budgets).where(eq(budgets.slug, demo.slug));
  if (existing) return;
  const now = deps.clock();
  await db.transaction(async (tx) => {
    const [budget] = await tx
      .insert(budgets)
      .values({
        slug: demo.slug,
        title: demo.title,
        description: demo.description,
        rule: "mes_cost_add1_greedy",
        ballotType: "approval",
        maxProjects: 3,
        knapsack: true,
        pointsTotal: null,
        proposalsStart: dayFrom(now, -40, deps.city.timeZone),
        reviewStart: dayFrom(now, -20, deps.city.timeZone),
        votingStart: dayFrom(now, -2, deps.city.timeZone),
        resultsStart: dayFrom(now, 14, deps.city.timeZone),
        implementationStart: dayFrom(now, 60, deps.city.timeZone),
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: budgets.id });
    if (!budget) return;
    let number = 0;
    for (const [position, h] of demo.headings.entries()) {
      const [heading] = await tx
        .insert(budgetHeadings)
        .values({ budgetId: budget.id, name: h.name, district: h.district, amount: h.amount, position })
        .returning({ id: budgetHeadings.id });
      if (!heading) throw new Error("heading insert returned nothing");
      for (const [title, description, cost] of h.projects) {
        number += 1;
        await tx.insert(budgetProjects).values({
          budgetId: budget.id,
          headingId: heading.id,
          number,
          title,
          description,
          estimatedCost: cost,
          officialCost: cost,
          status: "feasible",
          reviewReason: null,
          createdAt: now,
          reviewedAt: now,
        });
      }
    }
  });
}
