import { eq } from "drizzle-orm";
import type { Deps } from "../../../platform/deps";
import { budgetHeadings, budgetProjects, budgets } from "./schema";

const DAY = 24 * 60 * 60 * 1000;

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
  await seedKiezkasse(deps);
  await seedOpenBudget(deps);
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
        proposalsStart: new Date(now.getTime() - 2 * DAY),
        reviewStart: new Date(now.getTime() + 30 * DAY),
        votingStart: new Date(now.getTime() + 45 * DAY),
        resultsStart: new Date(now.getTime() + 60 * DAY),
        implementationStart: new Date(now.getTime() + 120 * DAY),
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
        proposalsStart: new Date(now.getTime() - 40 * DAY),
        reviewStart: new Date(now.getTime() - 20 * DAY),
        votingStart: new Date(now.getTime() - 2 * DAY),
        resultsStart: new Date(now.getTime() + 14 * DAY),
        implementationStart: new Date(now.getTime() + 60 * DAY),
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
