import { z } from "zod";
import type { Deps } from "../../../platform/deps";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { endedEligibilityLeft, purgeEndedEligibility } from "../data/eligibility";

/**
 * Deletes the eligibility lists (salt and every hash) and the unused verification-letter codes of
 * every budget whose voting has ended. Run by the periodic job (hourly); the lists are useless
 * from the end of voting anyway, since matching needs voting to be open.
 */
const purge = defineUseCase({
  action: "budget.manage",
  input: z.object({}),
  rateLimit: () => null,
  run: async ({ tx, now }) => {
    const lists = await purgeEndedEligibility(tx, now);
    return {
      result: lists,
      audit: { action: "budget.eligibility.purge", objectType: "budget", after: { lists } },
    };
  },
});

export async function purgeEligibilityLists(deps: Deps): Promise<number> {
  // Nothing to delete (the usual case): no audit entry every hour.
  if (!(await endedEligibilityLeft(deps.database.db, deps.clock()))) return 0;
  return purge(deps, { actor: { kind: "system", label: "budget eligibility purge" } }, {});
}
