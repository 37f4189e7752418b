import { randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feasibleProjects } from "../../../../tests/support/budget";
import { testDatabaseKinds } from "../../../../tests/support/database";
import { createDeps } from "../../../app/bootstrap";
import { loadConfig } from "../../../platform/config/config";
import type { Database } from "../../../platform/db/database";
import type { Deps } from "../../../platform/deps";
import { Conflict, Invalid } from "../../../platform/errors/errors";
import { loadGrants } from "../../../platform/identity/grants";
import { users } from "../../../platform/identity/schema";
import { createMemoryLogger } from "../../../platform/log/logger";
import type { Actor } from "../../../platform/permissions/permissions";
import { headingsOf } from "../data/queries";
import { budgetBallots } from "../data/schema";
import { castBallot } from "./cast-ballot";
import { createBudget } from "./create-budget";
import { declareResidence } from "./declare-residence";
import { generateVotingCodes } from "./generate-codes";

const DAY = 24 * 60 * 60 * 1000;
const system: Actor = { kind: "system", label: "test" };

describe.each(testDatabaseKinds)("ballots on $kind", ({ open }) => {
  let database: Database;
  let deps: Deps;
  let now = new Date(Date.UTC(2026, 5, 1, 12));
  let budgetId: string;
  let headingId: string;
  let project: Record<string, string> = {};
  let seq = 0;
  const key = () => `key-${String(++seq).padStart(12, "0")}`;

  async function account(district: string): Promise<Actor> {
    const id = randomUUID();
    await database.db
      .insert(users)
      .values({ id, email: `${id}@example.org`, displayName: "Voter", emailVerifiedAt: now, district });
    const actor: Actor = { kind: "user", id, label: "Voter", grants: await loadGrants(database.db, id) };
    // The budget asks accounts where they live (self-declared eligibility); the profile decides nothing.
    const heading = (await headingsOf(database.db, budgetId)).find((h) => h.district === district);
    if (heading) await declareResidence(deps, { actor }, { budgetId, headingId: heading.id });
    return actor;
  }

  async function current(): Promise<Array<{ voterKey: string }>> {
    return database.db
      .select({ voterKey: budgetBallots.voterKey })
      .from(budgetBallots)
      .where(and(eq(budgetBallots.budgetId, budgetId), isNull(budgetBallots.replacedAt)));
  }

  async function all(): Promise<number> {
    return (
      await database.db.select({ id: budgetBallots.id }).from(budgetBallots).where(eq(budgetBallots.budgetId, budgetId))
    ).length;
  }

  beforeAll(async () => {
    database = await open();
    deps = await createDeps(loadConfig({ LOG_LEVEL: "silent" }), database, {
      logger: createMemoryLogger(),
      clock: () => now,
    });
    const t = now.getTime();
    ({ id: budgetId } = await createBudget(
      deps,
      { actor: system },
      {
        slug: "ballot-data",
        title: "Ballot data",
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
        headings: [
          { name: "Mitte", district: "mitte", amount: 1000 },
          { name: "Pankow", district: "pankow", amount: 1000 },
        ],
      },
    ));
    const headings = await headingsOf(database.db, budgetId);
    headingId = headings[0]?.id as string;
    const pankow = headings[1]?.id as string;
    const onBallot = (heading: string, title: string, cost: number) => ({
      headingId: heading,
      title,
      description: "x",
      estimatedCost: cost,
      officialCost: cost,
    });
    project = await feasibleProjects(database.db, budgetId, now, [
      onBallot(headingId, "a", 400),
      onBallot(headingId, "b", 500),
      onBallot(headingId, "c", 600),
      onBallot(pankow, "p", 100),
    ]);
  });
  afterAll(() => database.close());

  const choose = (...titles: string[]) => titles.map((t) => ({ projectId: project[t] as string, points: 1 }));

  it("keeps exactly one current ballot when one account confirms twice at the same moment", async () => {
    const voter = await account("mitte");
    const attempts = await Promise.allSettled([
      castBallot(deps, { actor: voter }, { budgetId, choices: choose("a"), idempotencyKey: key(), clientAddress: "t" }),
      castBallot(deps, { actor: voter }, { budgetId, choices: choose("b"), idempotencyKey: key(), clientAddress: "t" }),
    ]);
    const ok = attempts.filter((a) => a.status === "fulfilled").length;
    expect(ok).toBeGreaterThanOrEqual(1);
    for (const a of attempts) if (a.status === "rejected") expect(a.reason).toBeInstanceOf(Conflict);
    expect(await current()).toHaveLength(1);
    expect(await all()).toBe(ok);
  });

  it("counts a retried submission (same idempotency key) once and answers both with the same receipt", async () => {
    const voter = await account("mitte");
    const before = await all();
    const same = key();
    const attempts = await Promise.allSettled([
      castBallot(deps, { actor: voter }, { budgetId, choices: choose("a"), idempotencyKey: same, clientAddress: "t" }),
      castBallot(deps, { actor: voter }, { budgetId, choices: choose("a"), idempotencyKey: same, clientAddress: "t" }),
    ]);
    const answers = attempts.map((a) => (a.status === "fulfilled" ? a.value.receipt : a.reason));
    expect(answers[0]).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(answers[1]).toBe(answers[0]);
    expect(await all()).toBe(before + 1);
  });

  it("lets a code vote once, even when two confirmations race", async () => {
    const { codes } = await generateVotingCodes(deps, { actor: system }, { budgetId, headingId, count: 1 });
    const code = codes[0] as string;
    const guest: Actor = { kind: "guest" };
    const before = await all();
    const attempts = await Promise.allSettled([
      castBallot(
        deps,
        { actor: guest },
        { budgetId, code, choices: choose("a"), idempotencyKey: key(), clientAddress: "t" },
      ),
      castBallot(
        deps,
        { actor: guest },
        { budgetId, code, choices: choose("b"), idempotencyKey: key(), clientAddress: "t" },
      ),
    ]);
    expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(1);
    const refused = attempts.find((a) => a.status === "rejected") as PromiseRejectedResult;
    expect((refused.reason as Conflict).message).toBe("budget.vote.codeUsed");
    expect(await all()).toBe(before + 1);
  });

  it("replaces a changed ballot in one step and never leaves the voter without one", async () => {
    const voter = await account("mitte");
    const first = await castBallot(
      deps,
      { actor: voter },
      { budgetId, choices: choose("a"), idempotencyKey: key(), clientAddress: "t" },
    );
    expect(first.replaced).toBe(false);
    const countBefore = (await current()).length;
    // Over the limit: refused, the first ballot stays.
    await expect(
      castBallot(
        deps,
        { actor: voter },
        { budgetId, choices: choose("b", "c"), idempotencyKey: key(), clientAddress: "t" },
      ),
    ).rejects.toBeInstanceOf(Invalid);
    // Another district's project: refused, the first ballot stays.
    await expect(
      castBallot(deps, { actor: voter }, { budgetId, choices: choose("p"), idempotencyKey: key(), clientAddress: "t" }),
    ).rejects.toThrow("budget.vote.otherDistrict");
    expect((await current()).length).toBe(countBefore);
    const second = await castBallot(
      deps,
      { actor: voter },
      { budgetId, choices: choose("b"), idempotencyKey: key(), clientAddress: "t" },
    );
    expect(second.replaced).toBe(true);
    expect((await current()).length).toBe(countBefore);
    expect(second.receipt).not.toBe(first.receipt);
  });

  it("refuses every ballot after voting closed", async () => {
    const voter = await account("mitte");
    const before = await all();
    now = new Date(now.getTime() + 2 * DAY);
    await expect(
      castBallot(deps, { actor: voter }, { budgetId, choices: choose("a"), idempotencyKey: key(), clientAddress: "t" }),
    ).rejects.toThrow("budget.vote.closed");
    expect(await all()).toBe(before);
  });
});
