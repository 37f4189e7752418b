/**
 * The one place that knows the HiGHS WebAssembly API. The algorithms receive an already-loaded
 * HiGHS instance, so they stay pure and testable; `loadHighs` instantiates the WebAssembly module
 * for the callers (the selection job and the command line).
 */
import type { Basis, Highs, Model, OptionValue } from "highs";
import { SolverFailure } from "../errors";

export type { Basis, Highs, Model };

export const MODEL_STATUS = {
  optimal: 7,
  infeasible: 8,
  unboundedOrInfeasible: 9,
  unbounded: 10,
  timeLimit: 13,
  unknown: 15,
  solutionLimit: 16,
} as const;

/** A fresh HiGHS instance (instantiating the WebAssembly module takes a moment). */
export async function loadHighs(): Promise<Highs> {
  const loader = (await import("highs")).default;
  return loader();
}

/** Creates a persistent model with logging off and a fixed random seed (runs are reproducible). */
export function createModel(highs: Highs, options: Record<string, OptionValue> = {}): Model {
  const model = highs.createModel();
  model.options.set({ output_flag: false, random_seed: 1, ...options });
  return model;
}

/**
 * Runs the solver and returns the model status. HiGHS throws on internal errors instead of
 * returning a status; those become `SolverFailure` with the operation named.
 */
export function run(model: Model, what: string): number {
  try {
    const status = model.run().modelStatus;
    if (status !== MODEL_STATUS.unknown) return status;
    // After columns are deleted or row bounds and coefficients change, the simplex warm start
    // occasionally stops without a verdict ("unknown") on perfectly good LPs. A cold start from
    // a cleared basis settles them; only a second "unknown" is a real failure.
    model.clearSolver();
    return model.run().modelStatus;
  } catch (error) {
    throw new SolverFailure(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Range selection of all columns [from, to]. */
export function columnRange(from: number, to: number): { kind: "range"; from: number; to: number } {
  return { kind: "range", from, to };
}
