/**
 * Errors of the panel selection. They carry enough structure for a form, the API and the CLI to
 * say exactly what is wrong (which file, row and column; which quotas) without parsing messages.
 */
import type { InfeasibilityReport } from "./infeasibility-report";

/** Where in the input a problem sits. Rows count as a spreadsheet does: the header is row 1. */
export interface InputLocation {
  readonly file?: string;
  readonly row?: number;
  readonly column?: string;
}

/** Malformed pool or quotas: missing columns, unknown values, duplicate ids, min > max, k too large. */
export class PanelInputError extends Error {
  override readonly name = "PanelInputError";
  constructor(
    readonly problem: string,
    readonly location: InputLocation = {},
  ) {
    super(formatLocation(location) + problem);
  }
}

function formatLocation({ file, row, column }: InputLocation): string {
  const parts = [file, row === undefined ? undefined : `row ${row}`, column === undefined ? undefined : `column "${column}"`];
  const where = parts.filter((p) => p !== undefined).join(", ");
  return where ? `${where}: ` : "";
}

/** No panel satisfies all quotas; the report names the conflicting quotas and the smallest relaxation. */
export class InfeasibleQuotasError extends Error {
  override readonly name = "InfeasibleQuotasError";
  constructor(readonly report: InfeasibilityReport) {
    super(report.summary);
  }
}

/** The LP/ILP solver failed in a way the algorithm could not recover from (it is safe to retry). */
export class SolverFailure extends Error {
  override readonly name = "SolverFailure";
}

/** LEGACY's greedy draw kept running into dead ends with these quotas (LEXIMIN may still work). */
export class LegacyGaveUpError extends Error {
  override readonly name = "LegacyGaveUpError";
  constructor(readonly failedAttempts: number) {
    super(`LEGACY failed ${failedAttempts} times; the quotas are too tight for the greedy method`);
  }
}
