import { randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feasibleProjects } from "../../../../tests/support/budget";
import { freshPglite } from "../../../../tests/support/database";
import { createDeps } from "../../../app/bootstrap";
import { loadConfig } from "../../../platform/config/config";
import type { Database } from "../../../platform/db/database";
import type { Deps } from "../../../platform/deps";
import { Conflict } from "../../../platform/errors/errors";
import { loadGrants } from "../../../platform/identity/grants";
import { users } from "../../../platform/identity/schema";
import { createMemoryLogger } from "../../../platform/log/logger";
import type { Actor } from "../../../platform/permissions/permissions";
import { headingsOf } from "../data/queries";
import { budgetBallots, budgetVotingCodes } from "../data/schema";
import { castBallot } from "./cast-ballot";
import { checkReceipt } from "./check-receipt";
import { createBudget } from "./create-budget";
import { declareResidence } from "./declare-residence";
import { generateVotingCodes } from "./generate-codes";

const DAY = 24 * 60 * 60 * 1000;
const system: Actor = { kind: "system", label: "test" };
const guest: Actor = { kind: "guest" };

describe("retried confirmations and shared idempotency keys", () => {
  let database: Database;
  let deps: Deps;
  const now = new Date(Date.UTC(2026, 5, 1, 12));
  let budgetId: string;
  let headingId: string;
  let project: Record<string, string> = {};
  let seq = 0;
  const key = () => `retry-${String(++seq).padStart(12, "0")}`;
  const choose = (...titles: string[]) => titles.map((t) => ({ projectId: project[t] as string, points: 1 }));

  async function account(): Promise<Actor> {
    const id = randomUUID();
    await database.db
      .insert(users)
      .values({ id, email: `${id}@example.org`, displayName: "Voter", emailVerifiedAt: now, district: "mitte" });
    const actor: Actor = { kind: "user", id, label: "Voter", grants: await loadGrants(database.db, id) };
    // The budget asks accounts where they live (self-declared eligibility) before they vote.
    await declareResidence(deps, { actor }, { budgetId, headingId });
    return actor;
  }

  async function ballots(): Promise<number> {
    return (
      await database.db.select({ id: budgetBallots.id }).from(budgetBallots).where(eq(budgetBallots.budgetId, budgetId))
    ).length;
  }

  async function codes(count: number): Promise<string[]> {
    return (await generateVotingCodes(deps, { actor: system }, { budgetId, headingId, count })).codes;
  }

  beforeAll(async () => {
    database = await freshPglite();
    deps = await createDeps(loadConfig({ LOG_LEVEL: "silent" }), database, {
      logger: createMemoryLogger(),
      clock: () => now,
    });
    const t = now.getTime();
    ({ id: budgetId } = await createBudget(
      deps,
      { actor: system },
      {
        slug: "ballot-replay",
        title: "Ballot replay",
        description: "",
        rule: "greedy_cost",
        ballotType: "approval",
        maxProjects: 2,
        knapsack: true,
        proposalsStart: new Date(t - 30 * DAY),
        reviewStart: new Date(t - 20 * DAY),
        votingStart: new Date(t - DAY),
        resultsStart: new Date(t + DAY),
        implementationStart: new Date(t + 30 * DAY),
        headings: [{ name: "Mitte", district: "mitte", amount: 1000 }],
      },
    ));
    headingId = (await headingsOf(database.db, budgetId))[0]?.id as string;
    const onBallot = (title: string, cost: number) => ({
      headingId,
      title,
      description: "x",
      estimatedCost: cost,
      officialCost: cost,
    });
    project = await feasibleProjects(database.db, budgetId, now, [onBallot("a", 400), onBallot("b", 500)]);
  });
  afterAll(() => database.close());

  it("accepts 40 different codes sent with one idempotency key, each with its own receipt", async () => {
    const shared = key();
    const before = await ballots();
    const sent = await codes(40);
    const receipts: string[] = [];
    for (const code of sent) {
      const cast = await castBallot(
        deps,
        { actor: guest },
        { budgetId, code, choices: choose("a"), idempotencyKey: shared, clientAddress: "10.0.0.1" },
      );
      receipts.push(cast.receipt);
    }
    expect(await ballots()).toBe(before + 40);
    expect(new Set(receipts).size).toBe(40);
    const used = await database.db
      .select({ codeHash: budgetVotingCodes.codeHash })
      .from(budgetVotingCodes)
      .where(and(eq(budgetVotingCodes.budgetId, budgetId), isNull(budgetVotingCodes.usedAt)));
    expect(used).toHaveLength(0);
  });

  it("answers a code's repeated confirmation with the first receipt and stores nothing twice", async () => {
    const [code] = (await codes(1)) as [string];
    const same = key();
    const input = { budgetId, code, choices: choose("b"), idempotencyKey: same, clientAddress: "10.0.0.2" };
    const first = await castBallot(deps, { actor: guest }, input);
    const before = await ballots();
    const retry = await castBallot(deps, { actor: guest }, input);
    expect(retry).toEqual(first);
    expect(await ballots()).toBe(before);
    expect(await checkReceipt(deps, { budgetId, receipt: retry.receipt })).toMatchObject({ status: "counted" });
  });

  it("answers an account's repeated change with the first receipt, still saying the old ballot was replaced", async () => {
    const voter = await account();
    await castBallot(
      deps,
      { actor: voter },
      { budgetId, choices: choose("a"), idempotencyKey: key(), clientAddress: "t" },
    );
    const change = { budgetId, choices: choose("b"), idempotencyKey: key(), clientAddress: "t" };
    const first = await castBallot(deps, { actor: voter }, change);
    expect(first.replaced).toBe(true);
    const retry = await castBallot(deps, { actor: voter }, change);
    expect(retry).toEqual(first);
  });

  it("does not hand a receipt to another voter who sends the same key", async () => {
    const [mine, theirs] = (await codes(2)) as [string, string];
    const same = key();
    const first = await castBallot(
      deps,
      { actor: guest },
      { budgetId, code: mine, choices: choose("a"), idempotencyKey: same, clientAddress: "t" },
    );
    const other = await castBallot(
      deps,
      { actor: guest },
      { budgetId, code: theirs, choices: choose("a"), idempotencyKey: same, clientAddress: "t" },
    );
    expect(other.receipt).not.toBe(first.receipt);
  });

  it("still refuses a used code sent with a new form", async () => {
    const [code] = (await codes(1)) as [string];
    await castBallot(
      deps,
      { actor: guest },
      { budgetId, code, choices: choose("a"), idempotencyKey: key(), clientAddress: "t" },
    );
    const again = castBallot(
      deps,
      { actor: guest },
      { budgetId, code, choices: choose("a"), idempotencyKey: key(), clientAddress: "t" },
    );
    await expect(again).rejects.toBeInstanceOf(Conflict);
    await expect(again).rejects.toThrow("budget.vote.codeUsed");
  });
});
