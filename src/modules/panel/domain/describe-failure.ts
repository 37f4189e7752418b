import { InfeasibleQuotasError, PanelInputError, SolverFailure } from "./errors";
import type { SelectionFailure } from "./panel";

/** What the coordinator's page needs to know about a failed selection run. */
export function describeFailure(error: unknown): SelectionFailure {
  if (error instanceof InfeasibleQuotasError) {
    return {
      kind: "infeasible",
      message: error.report.summary,
      conflicts: error.report.conflicts.map((c) => c.message),
      relaxation: error.report.relaxation.map((r) => ({ ...r })),
    };
  }
  if (error instanceof PanelInputError) return { kind: "input", message: error.message };
  if (error instanceof SolverFailure) return { kind: "solver", message: error.message };
  return { kind: "solver", message: error instanceof Error ? error.message : String(error) };
}
