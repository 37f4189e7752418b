import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { proposalBudget } from "../../../../tests/support/budget";
import { auditLog } from "../../../platform/audit/schema";
import { Invalid } from "../../../platform/errors/errors";
import type { Actor } from "../../../platform/permissions/permissions";
import { findBudget, headingsOf } from "../data/queries";
import { budgetProjects } from "../data/schema";
import type { BudgetEditInput } from "../domain/inputs";
import { castBallot } from "./cast-ballot";
import { editBudget } from "./edit-budget";
import { generateVotingCodes } from "./generate-codes";
import { startNextPhase } from "./start-next-phase";

const DAY = 24 * 60 * 60 * 1000;
const office: Actor = { kind: "system", label: "test" };
let t: TestApp;
let now = new Date(Date.UTC(2026, 2, 1, 9, 30));
let budget: { id: string; slug: string };
let headingIds: string[] = [];

const dayIn = (days: number) => new Date(now.getTime() + days * DAY).toISOString().slice(0, 10);

function edit(input: Partial<BudgetEditInput>) {
  return editBudget(t.deps, { actor: office }, { budgetId: budget.id, title: "Kiezkasse Test", ...input });
}

async function issues(promise: Promise<unknown>): Promise<Array<{ path: string; message: string }>> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Invalid);
  return (error as Invalid).issues;
}

const ballot = (over: Partial<NonNullable<BudgetEditInput["ballot"]>> = {}) => ({
  rule: "mes_cost_add1_greedy" as const,
  ballotType: "approval" as const,
  maxProjects: 3,
  knapsack: true,
  amounts: [
    { headingId: headingIds[0] as string, amount: 10000 },
    { headingId: headingIds[1] as string, amount: 8000 },
  ],
  ...over,
});

beforeAll(async () => {
  t = await createTestApp({ deps: { clock: () => now } });
  budget = await proposalBudget(t);
  headingIds = (await headingsOf(t.deps.database.db, budget.id)).map((h) => h.id);
});
afterAll(() => t.close());

describe("editing a budget before voting", () => {
  it("changes texts, rule, ballot, amounts and later dates, and audits which fields changed", async () => {
    const result = await edit({
      title: "Kiezkasse 2027",
      description: "Neu beschrieben.",
      ballot: ballot({
        rule: "greedy_points",
        ballotType: "points",
        pointsTotal: 10,
        amounts: [
          { headingId: headingIds[0] as string, amount: 12000 },
          { headingId: headingIds[1] as string, amount: 8000 },
        ],
      }),
      dates: { votingStart: dayIn(25), resultsStart: dayIn(40) },
    });
    expect(result.changed).toEqual(
      expect.arrayContaining(["title", "description", "rule", "ballotType", "pointsTotal", "votingStart"]),
    );
    const stored = await findBudget(t.deps.database.db, budget.id);
    expect(stored).toMatchObject({
      title: "Kiezkasse 2027",
      rule: "greedy_points",
      ballotType: "points",
      pointsTotal: 10,
      maxProjects: null,
      knapsack: false,
    });
    expect(stored?.votingStart.toISOString()).toBe(`${dayIn(25)}T00:00:00.000Z`);
    const amounts = (await headingsOf(t.deps.database.db, budget.id)).map((h) => h.amount);
    expect(amounts).toEqual([12000, 8000]);
    const [entry] = await t.deps.database.db.select().from(auditLog).where(eq(auditLog.action, "budget.edit"));
    expect(entry?.objectId).toBe(budget.id);
  });

  it("refuses a rule that does not fit the ballot, dates out of order or in the past, and changes nothing", async () => {
    const refused = await issues(
      edit({
        title: "Ganz anders",
        ballot: ballot({ rule: "greedy_points", ballotType: "approval" }),
        dates: { reviewStart: dayIn(50), implementationStart: dayIn(-1) },
      }),
    );
    expect(refused).toEqual(
      expect.arrayContaining([
        { path: "ballot.rule", message: "budget.errors.ruleBallotType" },
        { path: "dates.implementationStart", message: "budget.edit.datePast" },
        { path: "dates.votingStart", message: "budget.errors.dateOrder" },
      ]),
    );
    expect((await findBudget(t.deps.database.db, budget.id))?.title).toBe("Kiezkasse 2027");
  });

  it("keeps the date of a phase that has started", async () => {
    const refused = await issues(edit({ title: "Kiezkasse 2027", dates: { proposalsStart: dayIn(2) } }));
    expect(refused).toEqual([{ path: "dates.proposalsStart", message: "budget.edit.dateStarted" }]);
  });
});

describe("editing a budget once voting runs", () => {
  beforeAll(async () => {
    // Back to an approval ballot, a project on it, then voting opens and someone votes.
    await edit({ title: "Kiezkasse 2027", ballot: ballot() });
    const [project] = await t.deps.database.db
      .insert(budgetProjects)
      .values({
        budgetId: budget.id,
        headingId: headingIds[0] as string,
        number: 1,
        title: "Bank",
        description: "Eine Bank am Platz.",
        estimatedCost: 500,
        status: "feasible",
        createdAt: now,
      })
      .returning({ id: budgetProjects.id });
    await startNextPhase(t.deps, { actor: office }, { budgetId: budget.id });
    now = new Date(now.getTime() + 1000);
    await startNextPhase(t.deps, { actor: office }, { budgetId: budget.id });
    now = new Date(now.getTime() + 1000);
    const { codes } = await generateVotingCodes(
      t.deps,
      { actor: office },
      { budgetId: budget.id, headingId: headingIds[0] as string, count: 1 },
    );
    await castBallot(
      t.deps,
      { actor: { kind: "guest" } },
      {
        budgetId: budget.id,
        code: codes[0],
        choices: [{ projectId: project?.id as string, points: 1 }],
        idempotencyKey: "edit-test-ballot-0001",
        clientAddress: "t",
      },
    );
  });

  it("still changes the texts and the start of a later phase", async () => {
    const stored = await findBudget(t.deps.database.db, budget.id);
    const result = await edit({
      title: "Kiezkasse 2027 – Abstimmung",
      description: "Jetzt abstimmen.",
      ballot: ballot(),
      dates: { votingStart: stored?.votingStart.toISOString().slice(0, 10), resultsStart: dayIn(20) },
    });
    expect(result.changed.sort()).toEqual(["description", "resultsStart", "title"]);
  });

  it("refuses a new rule, ballot or amount, and a new start of voting, with clear reasons", async () => {
    const refused = await issues(
      edit({
        title: "Kiezkasse 2027 – Abstimmung",
        ballot: ballot({
          rule: "greedy_cost",
          maxProjects: 5,
          amounts: [
            { headingId: headingIds[0] as string, amount: 99999 },
            { headingId: headingIds[1] as string, amount: 8000 },
          ],
        }),
        dates: { votingStart: dayIn(3) },
      }),
    );
    expect(refused).toEqual(
      expect.arrayContaining([
        { path: "ballot.rule", message: "budget.edit.ballotLocked" },
        { path: "ballot.maxProjects", message: "budget.edit.ballotLocked" },
        { path: "ballot.amounts.0.amount", message: "budget.edit.ballotLocked" },
        { path: "dates.votingStart", message: "budget.edit.dateStarted" },
      ]),
    );
    const stored = await findBudget(t.deps.database.db, budget.id);
    expect(stored?.rule).toBe("mes_cost_add1_greedy");
    expect((await headingsOf(t.deps.database.db, budget.id))[0]?.amount).toBe(10000);
  });

  it("lets only the strategy office edit", async () => {
    await expect(
      editBudget(t.deps, { actor: { kind: "guest" } }, { budgetId: budget.id, title: "Gekapert" }),
    ).rejects.toThrow();
    expect((await findBudget(t.deps.database.db, budget.id))?.title).toBe("Kiezkasse 2027 – Abstimmung");
  });
});
