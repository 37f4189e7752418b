/**
 * Chooses how many of the M lottery tickets each panel of a distribution gets: integers m_P with
 * Σ m_P = M such that every group's total number of seats over the M tickets stays in a given
 * range (the range that keeps each member within one ticket of M × their probability).
 * Ranges are soft, with a penalty per unit of violation, so the program always has a solution;
 * a solution without violation is the guarantee.
 */
import { SolverFailure } from "../errors";
import { createModel, type Highs, MODEL_STATUS } from "./highs-solver";

export interface TicketProblem {
  readonly tickets: number;
  /** Panels as group counts. */
  readonly panels: readonly Int32Array[];
  /** A starting solution (tickets per panel, summing to `tickets`). */
  readonly start: Int32Array;
  /** Per group: allowed range of seats over all tickets, and the group size (scales the penalty). */
  readonly seatsLower: Float64Array;
  readonly seatsUpper: Float64Array;
  readonly groupSize: Float64Array;
  readonly timeLimitSeconds: number;
}

export interface TicketSolution {
  readonly ticketsPerPanel: Int32Array;
  /** Sum over groups of the range violation, in seats per member; 0 means every range holds. */
  readonly violation: number;
}

export function assignTickets(highs: Highs, problem: TicketProblem): TicketSolution {
  const panelCount = problem.panels.length;
  const groupCount = problem.groupSize.length;
  const model = createModel(highs, { time_limit: problem.timeLimitSeconds, mip_rel_gap: 0, mip_abs_gap: 1e-9 });
  try {
    const inf = highs.infinity;
    // Columns: tickets per panel (integer), then violation per group (continuous).
    model.addVars(new Float64Array(panelCount), new Float64Array(panelCount).fill(problem.tickets));
    model.changeColsIntegrality({ kind: "range", from: 0, to: panelCount - 1 }, new Int32Array(panelCount).fill(1));
    model.addVars(new Float64Array(groupCount), new Float64Array(groupCount).fill(inf));
    for (let g = 0; g < groupCount; g++) model.changeColCost(panelCount + g, 1);
    model.addRow(problem.tickets, problem.tickets, {
      indices: Int32Array.from({ length: panelCount }, (_, p) => p),
      values: new Float64Array(panelCount).fill(1),
    });
    for (let g = 0; g < groupCount; g++) {
      const indices: number[] = [];
      const values: number[] = [];
      problem.panels.forEach((counts, p) => {
        const c = counts[g] as number;
        if (c > 0) {
          indices.push(p);
          values.push(c);
        }
      });
      if (indices.length === 0) continue;
      const s = problem.groupSize[g] as number;
      model.addRow(problem.seatsLower[g] as number, inf, { indices: [...indices, panelCount + g], values: [...values, s] });
      model.addRow(-inf, problem.seatsUpper[g] as number, { indices: [...indices, panelCount + g], values: [...values, -s] });
    }
    model.setSolution({ indices: Int32Array.from({ length: panelCount }, (_, p) => p), values: Float64Array.from(problem.start) });
    const status = model.run().modelStatus;
    const solved = status === MODEL_STATUS.optimal || status === MODEL_STATUS.timeLimit;
    const values = solved ? model.getSolution().colValue : undefined;
    if (!values || values.length < panelCount || Number.isNaN(values[0])) {
      if (status === MODEL_STATUS.timeLimit) return { ticketsPerPanel: Int32Array.from(problem.start), violation: Number.NaN };
      throw new SolverFailure(`lottery rounding program ended with status ${status}`);
    }
    const ticketsPerPanel = Int32Array.from(values.subarray(0, panelCount), (x) => Math.round(x));
    let violation = 0;
    for (let g = 0; g < groupCount; g++) violation += Math.max(0, values[panelCount + g] as number);
    return { ticketsPerPanel, violation };
  } finally {
    model.dispose();
  }
}
