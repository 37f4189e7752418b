import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feasibleProjects } from "../../../../tests/support/budget";
import { testDatabaseKinds } from "../../../../tests/support/database";
import { createDeps } from "../../../app/bootstrap";
import { auditLog } from "../../../platform/audit/schema";
import { loadConfig } from "../../../platform/config/config";
import type { Database } from "../../../platform/db/database";
import type { Deps } from "../../../platform/deps";
import { Conflict, Invalid, TooManyRequests } from "../../../platform/errors/errors";
import { createMemoryLogger } from "../../../platform/log/logger";
import type { Actor } from "../../../platform/permissions/permissions";
import { normaliseLetterCode as normaliseCode } from "../../../platform/security/letter-codes";
import { findBallotByReceipt, headingsOf } from "../data/queries";
import { budgetBallots } from "../data/schema";
import { hashCode } from "../data/voting-codes";
import { castBallot } from "./cast-ballot";
import { createBudget } from "./create-budget";
import { generateVotingCodes } from "./generate-codes";
import { findVoterOnPage } from "./prepare-ballot";

const DAY = 24 * 60 * 60 * 1000;
const system: Actor = { kind: "system", label: "test" };
const guest: Actor = { kind: "guest" };

describe.each(testDatabaseKinds)("changing a ballot cast with a code on $kind", ({ open }) => {
  let database: Database;
  let deps: Deps;
  let now = new Date(Date.UTC(2026, 5, 1, 12));
  let budgetId: string;
  let headingId: string;
  let project: Record<string, string> = {};
  let seq = 0;
  const key = () => `change-${String(++seq).padStart(12, "0")}`;
  const choose = (...titles: string[]) => titles.map((t) => ({ projectId: project[t] as string, points: 1 }));

  async function newCode(): Promise<string> {
    const { codes } = await generateVotingCodes(deps, { actor: system }, { budgetId, headingId, count: 1 });
    return codes[0] as string;
  }

  async function vote(code: string, titles: string[], receipt?: string, address = "addr") {
    return castBallot(
      deps,
      { actor: guest },
      { budgetId, code, receipt, choices: choose(...titles), idempotencyKey: key(), clientAddress: address },
    );
  }

  async function currentOf(code: string) {
    return database.db
      .select({ choices: budgetBallots.choices })
      .from(budgetBallots)
      .where(
        and(eq(budgetBallots.voterKey, `code:${hashCode(normaliseCode(code))}`), isNull(budgetBallots.replacedAt)),
      );
  }

  async function refusal(promise: Promise<unknown>): Promise<string> {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    if (error instanceof Invalid) return error.issues[0]?.message ?? error.message;
    if (error instanceof Error) return error.message;
    throw new Error("expected a refusal");
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
        slug: "change-data",
        title: "Change data",
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
    project = await feasibleProjects(database.db, budgetId, now, [
      onBallot("a", 400),
      onBallot("b", 500),
      onBallot("c", 600),
    ]);
  });
  afterAll(() => database.close());

  it("replaces the ballot with code and receipt, hands out a new receipt, and the old one says replaced", async () => {
    const code = await newCode();
    const first = await vote(code, ["a"]);
    // The code alone stays single-use.
    expect(await refusal(vote(code, ["b"]))).toBe("budget.vote.codeUsed");
    const second = await vote(code, ["b"], first.receipt.toLowerCase());
    expect(second.replaced).toBe(true);
    expect(second.receipt).not.toBe(first.receipt);
    const current = await currentOf(code);
    expect(current).toHaveLength(1);
    expect(current[0]?.choices).toEqual(choose("b"));
    const old = await findBallotByReceipt(database.db, budgetId, hashCode(normaliseCode(first.receipt)));
    expect(old?.replacedAt).not.toBeNull();
    const fresh = await findBallotByReceipt(database.db, budgetId, hashCode(normaliseCode(second.receipt)));
    expect(fresh?.replacedAt).toBeNull();
    // The newest receipt allows the next change; the old one does not.
    expect(await refusal(vote(code, ["c"], first.receipt))).toBe("budget.change.receiptReplaced");
    expect((await vote(code, ["a", "b"], second.receipt)).replaced).toBe(true);
    expect(await currentOf(code)).toHaveLength(1);
  });

  it("audits the change without the choice", async () => {
    const rows = await database.db.select().from(auditLog).where(eq(auditLog.action, "budget.ballot.replace"));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.objectId).toBe(budgetId);
      expect(JSON.stringify([row.before, row.after])).not.toContain(project.a as string);
    }
  });

  it("keeps the old ballot when a change is refused", async () => {
    const code = await newCode();
    const first = await vote(code, ["a"]);
    expect(await refusal(vote(code, ["b", "c"], first.receipt))).toBe("budget.ballot.overBudget");
    expect(await refusal(vote(code, [], first.receipt))).toBe("budget.ballot.empty");
    const current = await currentOf(code);
    expect(current).toHaveLength(1);
    expect(current[0]?.choices).toEqual(choose("a"));
  });

  it("refuses a receipt of another code, a malformed receipt and a code that has not voted yet", async () => {
    const mine = await newCode();
    const theirs = await newCode();
    await vote(mine, ["a"]);
    const their = await vote(theirs, ["b"]);
    expect(await refusal(vote(mine, ["c"], their.receipt))).toBe("budget.change.wrongPair");
    expect(await refusal(vote(mine, ["c"], "1234"))).toBe("budget.change.receiptFormat");
    const unused = await newCode();
    expect(await refusal(vote(unused, ["c"], their.receipt))).toBe("budget.change.notVotedYet");
    expect((await currentOf(theirs))[0]?.choices).toEqual(choose("b"));
  });

  it("keeps exactly one current ballot when the same change is confirmed twice at once", async () => {
    const code = await newCode();
    const first = await vote(code, ["a"]);
    const attempts = await Promise.allSettled([vote(code, ["b"], first.receipt), vote(code, ["c"], first.receipt)]);
    expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(1);
    const refused = attempts.find((a) => a.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason instanceof Invalid || refused.reason instanceof Conflict).toBe(true);
    expect(await currentOf(code)).toHaveLength(1);
  });

  it("counts wrong code/receipt pairs against the address, slows down only wrong ones, never a right pair", async () => {
    const code = await newCode();
    const first = await vote(code, ["a"], undefined, "guesser");
    const other = await newCode();
    const wrong = (await vote(other, ["b"], undefined, "elsewhere")).receipt;
    const statuses: string[] = [];
    // Casting allows 30 tries per code a minute; the ballot pages count guesses of the same address.
    for (let i = 0; i < 25; i++) statuses.push(await refusal(vote(code, ["b"], wrong, "guesser")));
    for (let i = 0; i < 177; i++) {
      const checked = await findVoterOnPage(deps, budgetId, guest, {
        code,
        receipt: wrong,
        clientAddress: "guesser",
      }).catch((e: unknown) => e);
      statuses.push(checked instanceof TooManyRequests ? "blocked" : (checked as { status: string }).status);
    }
    // 200 wrong pairs are answered as such (a school shares one address), the next ones "wait".
    expect(statuses.slice(0, 25).every((s) => s === "budget.change.wrongPair")).toBe(true);
    expect(statuses.slice(25, 200).every((s) => s === "wrongPair")).toBe(true);
    expect(statuses.slice(200)).toEqual(["blocked", "blocked"]);
    await expect(vote(code, ["b"], wrong, "guesser")).rejects.toBeInstanceOf(TooManyRequests);
    // The right pair from the same address is not refused because of the wrong ones.
    expect((await vote(code, ["b"], first.receipt, "guesser")).replaced).toBe(true);
    // Another address is not slowed down at all.
    expect(await refusal(vote(code, ["c"], wrong, "library"))).toBe("budget.change.wrongPair");
  });

  it("refuses a change after voting closed and keeps the ballot", async () => {
    const code = await newCode();
    const first = await vote(code, ["a"]);
    now = new Date(now.getTime() + 2 * DAY);
    expect(await refusal(vote(code, ["b"], first.receipt))).toBe("budget.vote.closed");
    expect((await currentOf(code))[0]?.choices).toEqual(choose("a"));
  });
});
