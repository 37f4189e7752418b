import { Forbidden, NotFound, Unauthenticated } from "../../../platform/errors/errors";
import type { AppContext } from "../../../platform/http/env";
import { can } from "../../../platform/permissions/permissions";
import { type BudgetRow, findBudget } from "../use-cases/queries";

/** Helpers shared by the module's route files. */
export async function loadBudget(c: AppContext): Promise<BudgetRow> {
  const budget = await findBudget(c.get("deps").database.db, c.req.param("slug") ?? "");
  if (!budget) throw new NotFound("budget.errors.notFound");
  return budget;
}

export function invocation(c: AppContext) {
  const state = c.get("state");
  return { actor: state.actor, requestId: state.requestId };
}

export function requireAction(c: AppContext, action: string): void {
  const { actor } = c.get("state");
  if (!can(actor, action))
    throw actor.kind === "guest" ? new Unauthenticated("errors.unauthenticated") : new Forbidden("errors.forbidden");
}
