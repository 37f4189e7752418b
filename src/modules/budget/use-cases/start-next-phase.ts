import { eq } from "drizzle-orm";
import { z } from "zod";
import { Conflict, NotFound } from "../../../platform/errors/errors";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { budgets } from "../data/schema";
import { PHASES, phaseDateFields, phaseOf } from "./ballot-rules";

/**
 * Starts the next phase now (e.g. closes the proposals, or closes the voting and publishes the
 * results): the next phase's start date becomes now, and later dates move along if they would come
 * before it.
 */
export const startNextPhase = defineUseCase({
  action: "budget.manage",
  input: z.object({ budgetId: z.uuid({ error: "budget.errors.notFound" }) }),
  run: async ({ tx, now }, input) => {
    const [budget] = await tx.select().from(budgets).where(eq(budgets.id, input.budgetId)).for("update");
    if (!budget) throw new NotFound("budget.errors.notFound");
    const phase = phaseOf(budget, now);
    const index = PHASES.indexOf(phase);
    if (phase === "implementation") throw new Conflict("budget.manage.lastPhase");
    const dates = { ...Object.fromEntries(phaseDateFields.map((f) => [f, budget[f]])) } as Record<
      (typeof phaseDateFields)[number],
      Date
    >;
    // PHASES[index + 1] starts at phaseDateFields[index].
    const field = phaseDateFields[index] as (typeof phaseDateFields)[number];
    dates[field] = now;
    for (let i = index + 1; i < phaseDateFields.length; i++) {
      const later = phaseDateFields[i] as (typeof phaseDateFields)[number];
      if (dates[later].getTime() <= now.getTime()) dates[later] = new Date(now.getTime() + 1000 * (i - index));
    }
    await tx.update(budgets).set(dates).where(eq(budgets.id, budget.id));
    const next = PHASES[index + 1] as string;
    return {
      result: { phase: next },
      audit: {
        action: "budget.phase",
        objectType: "budget",
        objectId: budget.id,
        before: { phase },
        after: { phase: next },
      },
    };
  },
});
