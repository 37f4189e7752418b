import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { Conflict, Invalid, NotFound } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { budgetHeadings, budgets, budgetVotingCodes } from "../data/schema";
import { hashCode, newVotingCode, normaliseCode, phaseOf } from "./ballot-rules";

/**
 * Generates a batch of single-use voting codes for the letters of one heading. The codes are returned
 * once, for the mail merge and the print page; only their hashes are stored.
 */
export const generateVotingCodes = defineUseCase({
  action: "budget.manage",
  input: z.object({
    budgetId: z.uuid({ error: "budget.errors.notFound" }),
    headingId: z.uuid({ error: "budget.errors.heading" }),
    count: z.coerce
      .number({ error: "budget.codes.countInvalid" })
      .int({ error: "budget.codes.countInvalid" })
      .min(1, { error: "budget.codes.countInvalid" })
      .max(5000, { error: "budget.codes.countInvalid" }),
  }),
  run: async ({ tx, now, deps }, input) => {
    const [budget] = await tx.select().from(budgets).where(eq(budgets.id, input.budgetId)).for("update");
    if (!budget) throw new NotFound("budget.errors.notFound");
    const phase = phaseOf(budget, now);
    if (phase === "results" || phase === "implementation") throw new Conflict("budget.codes.closed");
    const [heading] = await tx
      .select()
      .from(budgetHeadings)
      .where(and(eq(budgetHeadings.id, input.headingId), eq(budgetHeadings.budgetId, budget.id)));
    if (!heading) throw new Invalid("errors.invalidInput", [{ path: "headingId", message: "budget.errors.heading" }]);
    const [last] = await tx
      .select({ n: sql<number>`coalesce(max(${budgetVotingCodes.batch}), 0)::int` })
      .from(budgetVotingCodes)
      .where(eq(budgetVotingCodes.budgetId, budget.id));
    const batch = Number(last?.n ?? 0) + 1;
    const codes = new Set<string>();
    while (codes.size < input.count) codes.add(newVotingCode(deps.random));
    const list = [...codes];
    for (let i = 0; i < list.length; i += 500) {
      await tx.insert(budgetVotingCodes).values(
        list.slice(i, i + 500).map((code) => ({
          codeHash: hashCode(normaliseCode(code)),
          budgetId: budget.id,
          headingId: heading.id,
          batch,
          createdAt: now,
        })),
      );
    }
    return {
      result: { batch, heading: heading.name, codes: list },
      audit: {
        action: "budget.codes",
        objectType: "budget",
        objectId: budget.id,
        after: { batch, heading: heading.id, count: list.length },
      },
    };
  },
});
