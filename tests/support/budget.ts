import { randomUUID } from "node:crypto";
import { budgetProjects } from "../../src/modules/budget/data/schema";
import { createBudget } from "../../src/modules/budget/use-cases/create-budget";
import type { Executor } from "../../src/platform/db/database";
import { createAccount, signIn } from "./accounts";
import type { TestApp } from "./app";
import { BrowserClient } from "./browser-client";

/**
 * A signed-in browser for an account made directly in the database, with the district of its
 * profile and (unless `verified: false`) a confirmed e-mail address.
 */
export async function signedIn(
  t: TestApp,
  options: { roles?: string[]; district?: string | null; verified?: boolean; name?: string } = {},
): Promise<{ browser: BrowserClient; userId: string }> {
  const id = await createAccount(t.deps, {
    email: `${randomUUID()}@example.org`,
    displayName: options.name ?? "Rosa Beispiel",
    roles: options.roles,
    district: options.district,
    verified: options.verified,
  });
  const browser = new BrowserClient(t.app);
  await signIn(browser, t.deps, id);
  return { browser, userId: id };
}

const DAY = 24 * 60 * 60 * 1000;

/** A Kiezkasse in its proposals phase with two district headings. */
export async function proposalBudget(
  t: TestApp,
  overrides: Partial<Parameters<typeof createBudget>[2]> = {},
): Promise<{ id: string; slug: string }> {
  const now = t.deps.clock().getTime();
  return createBudget(
    t.deps,
    { actor: { kind: "system", label: "test" } },
    {
      slug: "kiezkasse-test",
      title: "Kiezkasse Test",
      description: "Kleine Projekte für den Kiez.",
      rule: "mes_cost_add1_greedy",
      ballotType: "approval",
      maxProjects: 3,
      knapsack: true,
      proposalsStart: new Date(now - DAY),
      reviewStart: new Date(now + 10 * DAY),
      votingStart: new Date(now + 20 * DAY),
      resultsStart: new Date(now + 30 * DAY),
      implementationStart: new Date(now + 60 * DAY),
      headings: [
        { name: "Neukölln", district: "neukoelln", amount: 10000 },
        { name: "Lichtenberg", district: "lichtenberg", amount: 8000 },
      ],
      ...overrides,
    },
  );
}

/**
 * Projects put straight on the ballot (status feasible, numbered 1, 2, … in the order given),
 * without the proposal and review steps. Answers their ids by title.
 */
export async function feasibleProjects(
  db: Executor,
  budgetId: string,
  createdAt: Date,
  projects: Array<{
    headingId: string;
    title: string;
    description: string;
    estimatedCost: number;
    officialCost?: number;
    actionFields?: string[];
  }>,
): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const [n, project] of projects.entries()) {
    const [row] = await db
      .insert(budgetProjects)
      .values({ ...project, budgetId, number: n + 1, status: "feasible", createdAt })
      .returning({ id: budgetProjects.id });
    ids[project.title] = row?.id as string;
  }
  return ids;
}

/**
 * Declares on the ballot page, as a signed-in resident would, that the account lives in the area
 * named `place` (a budget whose eligibility is `self_declared`). Answers the status of the POST.
 */
export async function declareResidence(browser: BrowserClient, slug: string, place: string): Promise<number> {
  await browser.get(`/budgets/${slug}/vote`);
  const pattern = new RegExp(
    `value="([0-9a-f-]{36})"[^>]*>\\s*<label[^>]*>[^<]*(?:in ${place} wohne|\\(Bereich ${place}\\))`,
  );
  const headingId = browser.lastHtml.match(pattern)?.[1];
  if (!headingId) throw new Error(`no declaration for ${place} on the ballot page`);
  return (await browser.post(`/budgets/${slug}/vote/residence`, { headingId })).status;
}
